import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Write a file so that readers see either the old content or the new, never half of either: write a
 * uniquely named temporary file in the same folder, flush it to disk, then rename it over the target.
 * On any failure the temporary file is removed and the previous file is untouched; two runs at once
 * each write their own temporary file, and the last rename wins with a complete file.
 */

/** Temporary files being written now, so an interrupted run (Ctrl-C) can remove them. */
const active = new Set<string>();

/** Remove the temporary files of writes in progress; returns how many there were. */
export function removeActiveTempFiles(): number {
  const count = active.size;
  for (const path of active) {
    try {
      unlinkSync(path);
    } catch {
      // Already renamed or removed.
    }
  }
  active.clear();
  return count;
}

function tempName(target: string): string {
  return `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A run killed outright (power cut, kill -9) cannot clean up; the next run removes what it left. */
async function removeStaleTempFiles(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(/^\.(?:.*)\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) await unlink(join(dirname(target), name)).catch(() => undefined);
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await removeStaleTempFiles(path);
  const temp = join(dirname(path), tempName(path));
  let handle;
  try {
    handle = await open(temp, 'wx', 0o644);
    active.add(temp);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
    active.delete(temp);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    active.delete(temp);
    throw error;
  }
}
