import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_BYTES } from './source-file.js';

export type ReadResult = { bytes: Uint8Array } | { code: string; message: string; hint: string };

/**
 * Read an input file without ever waiting or growing without bound: opened without blocking (a named
 * pipe given as a plan file or a template cannot hang plan), checked to be an ordinary file, and its
 * size checked before a byte is read (a 3 GB file is refused at once, not read into memory).
 */
export function readInputFile(path: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const what = stat.isDirectory() ? 'a folder' : stat.isFIFO() ? 'a named pipe' : stat.isSocket() ? 'a socket' : 'a device';
      return { code: 'not-a-file', message: `this is ${what}, not a file`, hint: 'give plan an ordinary text file' };
    }
    if (stat.size > maxBytes) {
      return {
        code: 'file-too-large',
        message: `file is ${(stat.size / 1024 / 1024).toFixed(1)} MB; plan files may be at most ${maxBytes / 1024 / 1024} MB`,
        hint: 'split the section into smaller files, or check that this is really a plan file',
      };
    }
    // Read at most one byte more than allowed, in case the file grows while it is read.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reasons: Record<string, [string, string]> = {
      ENOENT: ['the file does not exist', 'check the name and the folder'],
      EACCES: ['permission denied', 'check that you may read the file'],
      EISDIR: ['this is a folder, not a file', 'give plan an ordinary text file'],
      ELOOP: ['it is a link that leads round in a circle', 'point it at a real file'],
    };
    const [message, hint] = reasons[code] ?? [
      `the file cannot be read (${code || String(error)})`,
      'check that the file exists and that you may read it',
    ];
    return { code: 'unreadable', message, hint };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
