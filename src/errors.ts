/**
 * Exit codes are part of plan's contract with CI scripts and officers, so they live in one place.
 * Keep in sync with the "Exit codes" table in README.md.
 */
export const EXIT = {
  ok: 0,
  /** The plan (or template) has errors. */
  invalid: 1,
  /** The tool cannot run: bad flags, a missing folder, an unreadable input. */
  usage: 2,
  /** A file could not be written: the report, or a plan file (everything is left as it was). */
  write: 3,
  /** A bug in plan itself. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The one way deep code asks the process to stop. It is caught once, in `runCli` (src/cli.ts), which
 * prints the message and returns the exit code; only src/index.ts ends the process.
 */
export class ExitError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ExitError';
  }
}

/** A problem with how plan was called (exit 2). */
export function usageError(message: string, hint?: string): ExitError {
  return new ExitError(EXIT.usage, message, hint);
}

/** A usage error worded by the table of messages (src/messages/): `wordedUsageError(say.namedMissing({ name }))`. */
export function wordedUsageError(wording: { message: string; hint: string }): ExitError {
  return new ExitError(EXIT.usage, wording.message, wording.hint);
}

/** Why a write failed, in words, and what to do, by the file system's error code. */
const WRITE_REASONS: Record<string, [reason: string, hint: string]> = {
  EACCES: ['permission denied', 'choose a folder you may write to'],
  EPERM: ['the file is locked or permission was denied', 'if the file is open in Word or another program, close it and run plan again'],
  EBUSY: ['the file is open in another program', 'close it and run plan again'],
  ENOSPC: ['the disk is full', 'free some space and run plan again'],
  EDQUOT: ['the disk quota is used up', 'free some space and run plan again'],
  EROFS: ['the file system is read-only', 'choose another folder'],
  EISDIR: ['it is a folder', 'choose a file name, not a folder'],
  ENOTDIR: ['part of the path is a file, not a folder', 'check the path'],
  ENOENT: ['the folder does not exist', 'create the folder first, or choose another'],
  EEXIST: ['a file with the name of the folder is in the way', 'move or rename that file, or choose another folder'],
  EMFILE: ['too many files are open', 'close some programs and run plan again'],
  EIO: ['the disk reported an error', 'check the disk, then run plan again'],
};

/**
 * A write that failed, as one line naming the file (exit 3): `cannot write plans/x.yaml: the disk is
 * full; no plan file was changed`. `kept` says what was left as it was; `hints` gives a command's own
 * advice for some codes (report's --out).
 */
export function writeError(shown: string, cause: unknown, kept: string, hints: Partial<Record<string, string>> = {}): ExitError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? '';
  const [reason, hint] = WRITE_REASONS[code] ?? [
    code || String(cause),
    'run plan again; if it keeps failing, report it with the output of --debug',
  ];
  return new ExitError(EXIT.write, `cannot write ${shown}: ${reason}; ${kept}`, hints[code] ?? hint);
}
