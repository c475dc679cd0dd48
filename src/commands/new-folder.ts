import { readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { usageError, writeError } from '../errors.js';
import { planJsonSchemas } from '../plan/json-schema.js';
import { makeFolder } from '../shared/make-folder.js';
import { showPath } from '../shared/paths.js';
import { type FileChange, WriteFailure, writeFilesTogether } from '../shared/write-file.js';

/**
 * Starting a plans folder, for `plan init` and `plan import`: the folder must be new or hold no plan,
 * and the plan's files, with the JSON Schemas their modelines name, are written all together or not
 * at all.
 */

/** Refuse a folder that already holds a plan (any .yaml file): nothing of the officer's is overwritten. */
export async function checkFolderIsFree(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw usageError(`${showPath(dir)} is a file, not a folder`, 'choose a folder for the plan with --plans');
    throw usageError(`cannot read the folder ${showPath(dir)} (${code ?? String(error)})`, 'choose a folder you may write to with --plans');
  }
  const plans = names.filter((n) => /\.ya?ml$/i.test(n));
  if (plans.length > 0)
    throw usageError(
      `${showPath(dir)} already holds a plan (${plans.includes('plan.yaml') ? 'plan.yaml' : plans[0]}); nothing was written`,
      'choose a new or empty folder with --plans, or move the old plan away first',
    );
}

/** The schema files every plans folder holds, so that an editor checks the files from the start. */
export function schemaFiles(dir: string): Array<FileChange & { data: string }> {
  return planJsonSchemas().map((s) => ({ path: join(dir, s.name), data: s.text }));
}

/** Write the files of a new plan together; on failure, nothing is left behind (exit 3). */
export async function writeNewPlan(dir: string, files: readonly FileChange[]): Promise<void> {
  const created: string[] = [];
  // Folders this run made are removed again, deepest first, whatever fails (they are empty: no file
  // was written), so "nothing was written" is true: no empty plans/ is left when .vscode is a file.
  const removeMade = async () => {
    for (const folder of created.reverse()) await rm(folder, { recursive: true, force: true }).catch(() => undefined);
  };
  for (const folder of new Set([dir, ...files.map((f) => dirname(f.path))])) {
    const made = await makeFolder(folder).catch(async (error: unknown) => {
      await removeMade();
      throw writeError(showPath(folder), error, 'nothing was written');
    });
    if (made) created.push(made);
  }
  try {
    await writeFilesTogether(files);
  } catch (error) {
    await removeMade();
    if (error instanceof WriteFailure) throw writeError(showPath(error.path), error.cause, 'nothing was written');
    throw error;
  }
}
