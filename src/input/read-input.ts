import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { say, type Wording } from '../messages/index.js';
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
      return { code: 'not-a-file', ...say.notAFile({ what }) };
    }
    if (stat.size > maxBytes) {
      return { code: 'file-too-large', ...say.fileTooLarge({ size: (stat.size / 1024 / 1024).toFixed(1), most: maxBytes / 1024 / 1024 }) };
    }
    // Read at most one byte more than allowed, in case the file grows while it is read.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    return { bytes: buffer.subarray(0, length) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const reasons: Record<string, Wording> = {
      ENOENT: say.noSuchFile(),
      EACCES: say.notAllowedToRead(),
      EISDIR: say.notAFile({ what: 'a folder' }),
      ELOOP: say.linkInACircle(),
    };
    return { code: 'unreadable', ...(reasons[code] ?? say.cannotRead({ reason: code || String(error) })) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
