import { constants, unlinkSync } from 'node:fs';
import { copyFile, type FileHandle, link, open, readdir, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { EXIT, ExitError, writeError } from '../errors.js';
import { holdInterrupts } from './interrupt.js';
import { showPath } from './paths.js';
import { isRunning } from './process-alive.js';
import { readRegularFile } from './read-regular.js';

/**
 * Write a file so that readers see either the old content or the new, never half of either: write a
 * uniquely named temporary file in the same folder, flush it to disk, then rename it over the target.
 * On any failure the temporary file is removed and the previous file is untouched; two runs at once
 * each write their own temporary file, and the last rename wins with a complete file.
 */

class Interrupted extends Error {}

/**
 * One write in progress: whether a signal has asked it to stop (it then removes its temporary files at
 * its next step instead of renaming them), the temporary files of new content it has made so far, and
 * the old files it keeps under a second name until it is done. Each write has its own, so nothing of
 * one run is left for the next run in the same process.
 */
class Write {
  stopped = false;
  readonly temps = new Set<string>();
  readonly backups = new Set<string>();

  check(): void {
    if (this.stopped) throw new Interrupted('interrupted');
  }

  /**
   * Stop: remove the new content's temporary files at once (plan ends within a second of a signal,
   * even while a slow disk keeps the write's own clean-up waiting), wait for the write to put back
   * what it replaced, then remove anything left (belt and braces). Removing a temporary file is safe
   * at any moment: one not yet renamed is never renamed (check() above, or the rename finds nothing),
   * and one already renamed is no longer there. Backups wait: they may be needed to put a file back.
   */
  async stop(done: Promise<unknown>): Promise<void> {
    this.stopped = true;
    removeNow(this.temps);
    await Promise.allSettled([done]);
    removeNow(this.temps);
    removeNow(this.backups);
  }
}

function removeNow(paths: Iterable<string>): void {
  for (const path of paths) {
    try {
      unlinkSync(path);
    } catch {
      // Already removed, or renamed over its target.
    }
  }
}

/** A write that failed, with the file it was writing. */
export class WriteFailure extends Error {
  constructor(
    readonly path: string,
    override readonly cause: unknown,
  ) {
    super(`cannot write ${path}: ${(cause as NodeJS.ErrnoException)?.code ?? String(cause)}`);
    this.name = 'WriteFailure';
  }
}

/**
 * ".report.docx.<pid>.<8 hex>.tmp" beside the target. The process id keeps runs apart, the random part
 * keeps writes of one run apart, and the file is opened with "wx", so a clash could only fail, never
 * overwrite. (Math.random rather than node:crypto, which costs ~6 ms of every start-up to load.)
 */
function tempName(target: string): string {
  const random = Math.floor(Math.random() * 0x1_0000_0000)
    .toString(16)
    .padStart(8, '0');
  return `.${basename(target)}.${process.pid}.${random}.tmp`;
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

export function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  return track((write) => writeSteps(write, path, data));
}

/** A write in progress: a signal now stops it and removes its files before plan ends (interrupt.ts). */
function track(steps: (write: Write) => Promise<void>): Promise<void> {
  const write = new Write();
  const done = steps(write);
  // Should plan have to end before the write has stopped, its new content is removed all the same.
  const release = holdInterrupts(
    () => write.stop(done),
    () => removeNow(write.temps),
  );
  return done.finally(release);
}

/**
 * A file locked for a moment (a report open in Word gives EBUSY or EPERM on Windows) may be free a
 * moment later: the rename is tried again after these pauses. The temporary file is written once,
 * so a folder where files can be made but not renamed or removed is left with one of them at most.
 */
const RENAME_RETRIES_MS = [100, 300, 600];

async function writeSteps(write: Write, path: string, data: string | Uint8Array): Promise<void> {
  write.check();
  await removeStaleTempFiles(path);
  const temp = await writeTemp(write, path, data);
  try {
    for (let attempt = 0; ; attempt++) {
      write.check();
      try {
        await rename(temp, path);
        break;
      } catch (error) {
        // A signal removed the temporary file under the rename: say so, not that it was missing.
        write.check();
        const code = (error as NodeJS.ErrnoException).code;
        const delay = RENAME_RETRIES_MS[attempt];
        if ((code !== 'EBUSY' && code !== 'EPERM') || delay === undefined) throw error;
        await new Promise((done) => setTimeout(done, delay));
      }
    }
    write.temps.delete(temp);
  } catch (error) {
    const removed = await unlink(temp).then(
      () => true,
      () => false,
    );
    write.temps.delete(temp);
    // After a signal the file is gone already (Write.stop), so there is nothing left over to name.
    if (!removed && !write.stopped && error instanceof Error) Object.assign(error, { leftover: temp });
    throw error;
  }
}

/** Write `data` to a new temporary file beside `path`, flushed to disk; returns its path. */
async function writeTemp(write: Write, path: string, data: string | Uint8Array): Promise<string> {
  const temp = join(dirname(path), tempName(path));
  let handle: FileHandle | undefined;
  // Registered before the file exists, so an interrupt at any moment knows what to remove.
  write.temps.add(temp);
  try {
    write.check();
    handle = await open(temp, 'wx', 0o644);
    write.check();
    await handle.writeFile(data);
    write.check();
    await handle.sync();
    await handle.close();
    return temp;
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    write.temps.delete(temp);
    throw error;
  }
}

export interface FileChange {
  path: string;
  data: string | Uint8Array;
  /**
   * The bytes the command read and edited. The file is replaced only while it still holds them: an
   * editor that saved it meanwhile keeps its save, and nothing of the run is written.
   */
  expected?: Uint8Array | undefined;
}

/** The file on disk is no longer what the command read: stop, and put back what was replaced. */
async function checkUnchanged(change: FileChange): Promise<void> {
  if (change.expected === undefined) return;
  let removed = false;
  try {
    if (readRegularFile(change.path, change.expected.length).equals(change.expected)) return;
  } catch (error) {
    removed = (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
  throw new ExitError(
    EXIT.write,
    `${showPath(change.path)} ${removed ? 'was removed' : 'changed'} while plan was working; nothing was changed`,
    'run plan again: it will read the file as it is now',
  );
}

/**
 * Codes with which a file system refuses hard links (FAT and exFAT drives, some network shares) rather
 * than refusing the file: there the old file is kept by a copy instead.
 */
const NO_LINKS: ReadonlySet<string> = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EINVAL']);

/** Keep the old file under `backup`: a hard link where the file system has them, else a copy. */
async function keepOld(path: string, backup: string): Promise<void> {
  try {
    await link(path, backup);
  } catch (error) {
    if (!NO_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await copyFile(path, backup, constants.COPYFILE_EXCL);
  }
}

/**
 * Change several files so that they are either all changed or all as before, whatever fails: every
 * new file is written to a temporary file first (a full disk stops the run here, with nothing
 * changed); then each old file is kept under a second name (a hard link: no copy, no space) and the
 * new one renamed over it. If a rename fails or the run is interrupted, the files already replaced
 * get their old selves back by rename. A failure names its file (WriteFailure). `removals` are
 * files to delete in the same step (a finished section leaving the plans folder): each is kept under
 * a second name until the end, so that it too comes back if anything fails.
 */
export function writeFilesTogether(changes: readonly FileChange[], removals: readonly string[] = []): Promise<void> {
  return track((write) => togetherSteps(write, changes, removals));
}

/** Keep `path` under a second name (a hard link) beside it; undefined when there is no such file. */
async function keepBackup(write: Write, path: string): Promise<string | undefined> {
  const backup = join(dirname(path), tempName(path));
  write.backups.add(backup);
  // A hard link where the file system has them, else a copy (keepOld).
  return keepOld(path, backup).then(
    () => backup,
    (error: NodeJS.ErrnoException) => {
      write.backups.delete(backup);
      if (error.code === 'ENOENT') return undefined;
      throw new WriteFailure(path, error);
    },
  );
}

async function togetherSteps(write: Write, changes: readonly FileChange[], removals: readonly string[]): Promise<void> {
  const temps: string[] = [];
  const backups: Array<string | undefined> = [];
  const removeAll = async (paths: ReadonlyArray<string | undefined>) => {
    for (const p of paths) {
      if (p === undefined) continue;
      await unlink(p).catch(() => undefined);
      write.temps.delete(p);
      write.backups.delete(p);
    }
  };
  try {
    for (const change of changes) {
      write.check();
      await removeStaleTempFiles(change.path);
      temps.push(
        await writeTemp(write, change.path, change.data).catch((error: unknown) => Promise.reject(new WriteFailure(change.path, error))),
      );
    }
  } catch (error) {
    await removeAll(temps);
    throw error;
  }
  const replaced: number[] = [];
  const removed: Array<{ path: string; backup: string }> = [];
  try {
    for (const [i, change] of changes.entries()) {
      write.check();
      await checkUnchanged(change);
      // A file that does not exist yet has nothing to keep.
      backups[i] = await keepBackup(write, change.path);
      write.check();
      await checkUnchanged(change);
      await rename(temps[i]!, change.path).catch((error: unknown) => {
        write.check();
        return Promise.reject(new WriteFailure(change.path, error));
      });
      write.temps.delete(temps[i]!);
      replaced.push(i);
    }
    for (const path of removals) {
      write.check();
      const backup = await keepBackup(write, path);
      if (backup === undefined) continue;
      // Listed before the unlink: if the unlink fails, putting the backup back is harmless.
      removed.push({ path, backup });
      await unlink(path).catch((error: unknown) => Promise.reject(new WriteFailure(path, error)));
    }
    // Interrupted while the last file was being replaced: put everything back, so that an
    // interrupted run never leaves a change behind.
    write.check();
  } catch (error) {
    // Put back what was removed or replaced, newest first; then nothing of this run is left behind.
    for (const { path, backup } of removed.reverse()) {
      await rename(backup, path).catch(() => undefined);
      write.backups.delete(backup);
    }
    for (const i of replaced.reverse()) {
      const backup = backups[i];
      if (backup !== undefined) await rename(backup, changes[i]!.path).catch(() => undefined);
      else await unlink(changes[i]!.path).catch(() => undefined);
      write.backups.delete(backup ?? '');
    }
    await removeAll(temps);
    await removeAll(backups);
    await removeAll(removed.map((r) => r.backup));
    throw error;
  }
  await removeAll(backups);
  await removeAll(removed.map((r) => r.backup));
}

/** Plan files that could not be written together: one line naming the file, exit 3, every plan file as it was; any other error as it is. */
export function planWriteFailed(error: unknown): unknown {
  if (!(error instanceof WriteFailure)) return error;
  return writeError(showPath(error.path), error.cause, 'no plan file was changed');
}
