import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { EXIT, type ExitCode, usageError, writeError } from '../../errors.js';
import { readInputFile } from '../../input/read-input.js';
import { showPath } from '../../shared/paths.js';
import { type FileChange, WriteFailure, writeFilesTogether } from '../../shared/write-file.js';
import { buildJsonSchemas } from './json-schema.js';

/**
 * `plan schema`: write the JSON Schemas editors read, or with --check say whether they are current.
 * The files that are out of date are written together: all of them, or, if one cannot be written,
 * none (exit 3).
 */
export async function runSchema(options: { plans: string; templates?: string | undefined; check?: boolean }): Promise<ExitCode> {
  const folders = { plans: resolve(options.plans), templates: resolve(options.templates ?? 'templates') };
  const stale: Array<FileChange & { shown: string }> = [];
  for (const { folder, name, text } of buildJsonSchemas()) {
    const path = join(folders[folder], name);
    const shown = showPath(path);
    // Read without waiting: a named pipe where a schema file should be is refused, not waited on.
    let current: string | undefined;
    const folderExists = await stat(folders[folder]).then(
      (s) => s.isDirectory(),
      () => false,
    );
    // A project of the officer's own (plan init) has no templates folder: its schemas are not needed there.
    if (!folderExists && folder === 'templates' && options.templates === undefined) continue;
    if (!folderExists)
      throw usageError(`the folder for ${name} does not exist: ${showPath(folders[folder])}`, `pass the folder with --${folder}`);
    const read = readInputFile(path, 16 * 1024 * 1024);
    if ('bytes' in read) current = Buffer.from(read.bytes).toString('utf8');
    else if (read.code === 'not-a-file')
      throw usageError(`${shown} ${read.message.replace(/^this /, '')}`, 'remove it, then run plan schema again');
    else if (read.message !== 'the file does not exist') throw usageError(`cannot read ${shown}: ${read.message}`, read.hint);
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
