import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT, type ExitCode, usageError, writeError } from '../../errors.js';
import { showPath } from '../../shared/paths.js';
import { type FileChange, WriteFailure, writeFilesTogether } from '../../shared/write-file.js';
import { buildJsonSchemas } from './json-schema.js';

/**
 * `plan schema`: write the JSON Schemas editors read, or with --check say whether they are current.
 * The files that are out of date are written together: all of them, or, if one cannot be written,
 * none (exit 3).
 */
export async function runSchema(options: { plans: string; templates: string; check?: boolean }): Promise<ExitCode> {
  const folders = { plans: resolve(options.plans), templates: resolve(options.templates) };
  const stale: Array<FileChange & { shown: string }> = [];
  for (const { folder, name, text } of buildJsonSchemas()) {
    const path = join(folders[folder], name);
    const shown = showPath(path);
    let current: string | undefined;
    try {
      current = await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const folderExists = await stat(folders[folder]).then(
        (s) => s.isDirectory(),
        () => false,
      );
      if (!folderExists)
        throw usageError(`the folder for ${name} does not exist: ${showPath(folders[folder])}`, `pass the folder with --${folder}`);
      if (code !== 'ENOENT') throw usageError(`cannot read ${shown}: ${code}`);
    }
    if (current === text) {
      process.stderr.write(`${shown} is up to date\n`);
      continue;
    }
    if (options.check) process.stderr.write(`${shown} is ${current === undefined ? 'missing' : 'out of date'}; run: plan schema\n`);
    stale.push({ path, data: text, shown });
  }
  if (options.check) return stale.length > 0 ? EXIT.invalid : EXIT.ok;
  try {
    await writeFilesTogether(stale);
  } catch (error) {
    if (error instanceof WriteFailure) throw writeError(showPath(error.path), error.cause, 'no schema file was changed');
    throw error;
  }
  for (const file of stale) process.stderr.write(`wrote ${file.shown}\n`);
  return EXIT.ok;
}
