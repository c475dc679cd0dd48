import { mkdir, rmdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * mkdir with { recursive: true }, with the real reason when it fails. On a read-only file system Node
 * reports ENOENT for a recursive mkdir, and plan said "the folder does not exist"; the first missing
 * folder is then made on its own, which fails with the true reason (EROFS, EACCES, ENOSPC…).
 * Resolves with the first folder made, as mkdir does.
 */
export async function makeFolder(path: string): Promise<string | undefined> {
  try {
    return await mkdir(path, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw (await realReason(resolve(path))) ?? error;
  }
}

async function realReason(path: string): Promise<unknown> {
  let first = path;
  for (let up = dirname(first); up !== first; first = up, up = dirname(first)) {
    if (
      await stat(up).then(
        () => true,
        () => false,
      )
    )
      break;
  }
  try {
    await mkdir(first);
    await rmdir(first);
    return undefined;
  } catch (error) {
    return error;
  }
}
