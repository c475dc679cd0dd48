import { closeSync, constants, fstatSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * Reading or writing a path plan does not control (package.json, $GITHUB_STEP_SUMMARY, a file another
 * program made) must never wait: opening a named pipe blocks until someone opens its other end, and
 * Ctrl-C cannot stop a blocked open. Each path is opened without blocking, then checked to be an
 * ordinary file before a byte moves.
 */

/** Why a path is not an ordinary file, in words ("a named pipe"), or undefined when it is one. */
function notAFile(fd: number): string | undefined {
  const stat = fstatSync(fd);
  if (stat.isFile()) return undefined;
  return stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : 'a device';
}

/** An error like the file system's own, with a code of plan's and the reason in words. */
function notRegular(path: string, what: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${path} is ${what}, not a file`), { code: 'ENOTREG', what });
}

/**
 * The bytes of an ordinary file of at most `maxBytes`. Throws the file system's error (ENOENT…), or
 * ENOTREG for a named pipe, folder or device, or EFBIG for a larger file.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const what = notAFile(fd);
    if (what) throw notRegular(path, what);
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw Object.assign(new Error(`${path} is larger than ${maxBytes} bytes`), { code: 'EFBIG' });
    // One byte more than allowed, in case the file grows while it is read.
    const buffer = Buffer.alloc(size + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw Object.assign(new Error(`${path} is larger than ${maxBytes} bytes`), { code: 'EFBIG' });
    return buffer.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

/** Add `text` to the end of an ordinary file (made if missing); a named pipe or device is refused (ENOTREG). */
export function appendRegularFile(path: string, text: string): void {
  // O_NONBLOCK: opening a pipe nobody reads fails (ENXIO) instead of waiting for a reader.
  const fd = openSync(path, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK, 0o644);
  try {
    const what = notAFile(fd);
    if (what) throw notRegular(path, what);
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  } finally {
    closeSync(fd);
  }
}
