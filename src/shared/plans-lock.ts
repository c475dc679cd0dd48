import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { EXIT, ExitError } from '../errors.js';
import { showPath } from './paths.js';
import { isRunning } from './process-alive.js';
import { readRegularFile } from './read-regular.js';
import { realPath } from './real-path.js';

/** A lock file's text; read without waiting (a named pipe put in its place cannot hang plan). */
const readLock = (path: string) => readRegularFile(path, 4096).toString('utf8');

/**
 * One command at a time changes a plans folder. Two `plan new-quarter Q4` started together each read
 * the plan before the other wrote it, and both added every Q4 block (a duplicate key the plan then
 * refuses). Commands that change plan files (new-quarter, validate --fix, init, import) hold this lock
 * while they read and write.
 *
 * The lock is a small file beside the plans folder (".plans.plan-lock" next to "plans"), made with
 * O_EXCL so that exactly one run can create it, holding who made it: process id, host, command and
 * when. It lives beside the folder rather than in it so that init and import, which create the
 * folder, take the same lock as the commands that edit it. A run that was killed outright leaves its
 * lock behind; the next run sees that the process is gone (or, from another machine on a shared
 * drive, that the lock is older than any run takes) and takes it over.
 */

interface Holder {
  pid: number;
  host: string;
  command: string;
  /** When the lock was taken, in ms since 1970. */
  started: number;
}

/** How long a second command waits for the first before saying which command holds the folder. */
const WAIT_MS = 3000;
const POLL_MS = 50;
/** No plan command runs this long: a lock older than this was left by a run that did not end. */
const STALE_AFTER_MS = 10 * 60 * 1000;
/** A lock file with no holder yet is being written; one this old never will be. */
const EMPTY_STALE_AFTER_MS = 5000;

/** Where the lock of a plans folder lives. */
function lockPathOf(plansDir: string): string {
  const real = realPath(plansDir);
  return join(dirname(real), `.${basename(real)}.plan-lock`);
}

function readHolder(lock: string): { text: string; holder: Holder | undefined; age: number } | undefined {
  try {
    const text = readLock(lock);
    const age = Date.now() - statSync(lock).mtimeMs;
    let holder: Holder | undefined;
    try {
      const data = JSON.parse(text) as Partial<Holder>;
      if (typeof data.pid === 'number' && typeof data.started === 'number') {
        holder = { pid: data.pid, host: String(data.host ?? ''), command: String(data.command ?? 'plan'), started: data.started };
      }
    } catch {
      // Not written yet, or damaged: judged by age below.
    }
    return { text, holder, age };
  } catch {
    return undefined; // Gone meanwhile: try again.
  }
}

function isStale(found: { holder: Holder | undefined; age: number }): boolean {
  const { holder, age } = found;
  if (!holder) return age > EMPTY_STALE_AFTER_MS;
  if (Date.now() - holder.started > STALE_AFTER_MS && age > STALE_AFTER_MS) return true;
  return holder.host === hostname() && holder.pid !== process.pid && !isRunning(holder.pid);
}

/**
 * Take a stale lock out of the way. Two runs may find the same stale lock: each moves it to a name of
 * its own first, so only one succeeds, and the one that moved a lock that is not the stale one it read
 * (a fresh lock made meanwhile) puts it back.
 */
function removeStale(lock: string, staleText: string): boolean {
  const aside = `${lock}.${process.pid}.${Math.floor(Math.random() * 0x1_0000_0000).toString(16)}.stale`;
  try {
    renameSync(lock, aside);
  } catch {
    return false;
  }
  let moved = '';
  try {
    moved = readLock(aside);
  } catch {
    // Unreadable: treat as the stale one.
  }
  try {
    if (moved !== staleText) renameSync(aside, lock);
    else unlinkSync(aside);
  } catch {
    // Nothing more to do: the next attempt reads the folder as it now is.
  }
  return true;
}

function tryCreate(lock: string, holder: Holder): boolean {
  let fd: number;
  try {
    fd = openSync(lock, 'wx', 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(holder));
  } finally {
    closeSync(fd);
  }
  return true;
}

function secondsAgo(ms: number): string {
  const s = Math.max(0, Math.round((Date.now() - ms) / 1000));
  return s < 120 ? `${s} s ago` : `${Math.round(s / 60)} min ago`;
}

function busyError(plansDir: string, lock: string, holder: Holder | undefined): ExitError {
  const who = holder
    ? `"${holder.command}" (process ${holder.pid}${holder.host === hostname() ? '' : ` on ${holder.host}`}, started ${secondsAgo(holder.started)})`
    : 'another plan command';
  return new ExitError(
    EXIT.write,
    `the plans folder ${showPath(plansDir)} is being changed by ${who}; nothing was changed`,
    `wait for it to finish, then run again; if no plan command is running, delete ${showPath(lock)}`,
  );
}

/** Codes for which no lock can be made where the plans folder is: the command itself then says why it cannot write. */
const CANNOT_LOCK: ReadonlySet<string> = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT']);

/**
 * Run `run` holding the lock of `plansDir`; `command` names it to a second command that has to wait.
 * Waits up to three seconds for another command to finish, then refuses (exit 3) with nothing changed.
 */
export async function withPlansLock<T>(plansDir: string, command: string, run: () => Promise<T>): Promise<T> {
  const lock = lockPathOf(plansDir);
  const holder: Holder = { pid: process.pid, host: hostname(), command, started: Date.now() };
  const deadline = Date.now() + WAIT_MS;
  let held = false;
  for (;;) {
    try {
      held = tryCreate(lock, holder);
    } catch (error) {
      // A folder where no lock can be made (read-only, missing parent) is one no other run can
      // change either: go on, and let the command report the real reason it cannot write.
      if (!CANNOT_LOCK.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
      return run();
    }
    if (held) break;
    const found = readHolder(lock);
    if (Date.now() >= deadline) throw busyError(plansDir, lock, found?.holder);
    if (found && isStale(found) && removeStale(lock, found.text)) continue;
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  const mine = JSON.stringify(holder);
  // Ctrl-C ends the process from src/index.ts: the lock goes with it.
  const release = () => {
    try {
      if (readLock(lock) === mine) unlinkSync(lock);
    } catch {
      // Already gone.
    }
  };
  process.once('exit', release);
  try {
    return await run();
  } finally {
    process.removeListener('exit', release);
    release();
  }
}
