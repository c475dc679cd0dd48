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
  /** The report could not be written. */
  write: 3,
  /** A bug in plan itself. */
  internal: 70,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * The one way deep code asks the process to stop. It is caught once, in `src/index.ts`, which prints
 * the message (if any) and sets the exit code; nothing else calls `process.exit`.
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
