import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { usageError } from '../../errors.js';
import { showPath } from '../../shared/paths.js';
import { writeFileAtomic } from '../../shared/write-file.js';
import { buildJsonSchemas } from './json-schema.js';

export async function runSchema(options: { plans: string; templates: string; check?: boolean }): Promise<void> {
  const folders = { plans: resolve(options.plans), templates: resolve(options.templates) };
  let stale = 0;
  for (const { folder, name, text } of buildJsonSchemas()) {
    const path = join(folders[folder], name);
    const shown = showPath(path);
    let current: string | undefined;
    try {
      current = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw usageError(`cannot read ${shown}: ${(error as NodeJS.ErrnoException).code}`);
    }
    if (current === text) {
      process.stderr.write(`${shown} is up to date\n`);
      continue;
    }
    if (options.check) {
      stale++;
      process.stderr.write(`${shown} is ${current === undefined ? 'missing' : 'out of date'}; run: plan schema\n`);
      continue;
    }
    await writeFileAtomic(path, text);
    process.stderr.write(`wrote ${shown}\n`);
  }
  if (stale > 0) process.exitCode = 1;
}
