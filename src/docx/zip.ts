import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/**
 * A minimal zip writer for the .docx package, on Node's own zlib: the document part of a large report
 * is tens of megabytes of XML, and native deflate is several times faster than a JavaScript one.
 * Entries are deflated or stored as asked, every entry gets the same date, names are UTF-8 (flag bit
 * 11), and nothing else varies, so the same files give the same bytes. No ZIP64: a report is refused
 * long before 4 GB or 65,535 parts.
 */

export interface ZipEntry {
  path: string;
  data: Uint8Array;
  /** Deflate the data (XML); false stores it as it is (parts that are compressed already). */
  deflate: boolean;
  /**
   * The same bytes recur in many zips of one run (the fixed parts of each chart's workbook): with a
   * ZipMemo, they are deflated once. zlib sets up about 250 KB of state for every deflate, which for
   * a thousand charts' small parts cost more than deflating them.
   */
  recurs?: boolean;
}

/**
 * An entry given as a run of pieces (zipStreamed): the document part of a large report, whose tables
 * are already bytes of their own, is deflated piece by piece instead of being joined into one more
 * copy first (at 10,000 actions that copy, and the one joining made, were 120 MB of the peak).
 */
export interface ZipPiecesEntry {
  path: string;
  pieces: readonly Uint8Array[];
}

/** An entry ready to be written: its body (deflated or stored) and what its headers say of it. */
interface Packed {
  path: string;
  body: Uint8Array;
  crc: number;
  size: number;
  method: 0 | 8;
}

const UTF8_NAMES = 0x0800;
const MAX_32 = 0xffffffff;

/** MS-DOS time and date fields, from the date's own fields (zip has no time zone). */

function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * The bytes in an ArrayBuffer of their own. Node hands out small buffers (zlib's output, Buffer.from,
 * Buffer.concat) as slices of shared 64 KB pools, and one slice kept alive keeps its whole pool: a
 * large report keeps two small parts and a workbook for each of its charts until the package is
 * zipped, which held 60 MB of pools at 10,000 actions.
 */
export function ownBytes(data: Uint8Array): Uint8Array {
  return data.byteLength === data.buffer.byteLength ? data : new Uint8Array(data);
}

/** A string's UTF-8 bytes in an ArrayBuffer of their own (see ownBytes). */
export function utf8Bytes(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text, 'utf8'));
  bytes.write(text, 'utf8');
  return bytes;
}

/** Buffer.concat, into an ArrayBuffer of its own (see ownBytes). */
function join(parts: readonly Uint8Array[]): Buffer {
  const out = Buffer.allocUnsafeSlow(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Entries packed already, by level, path and bytes (see ZipEntry.recurs); one per run, never shared between runs. */
export type ZipMemo = Map<string, Packed>;

function packEntry(entry: ZipEntry, level: number, memo?: ZipMemo): Packed {
  if (memo && entry.recurs) {
    const key = `${level}\0${entry.path}\0${Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength).toString('latin1')}`;
    const packed = memo.get(key) ?? packEntry(entry, level);
    memo.set(key, packed);
    return packed;
  }
  return {
    path: entry.path,
    body: entry.deflate ? ownBytes(deflateRawSync(entry.data, { level })) : entry.data,
    crc: crc32(entry.data),
    size: entry.data.length,
    method: entry.deflate ? 8 : 0,
  };
}

/**
 * Deflate the pieces through one zlib stream. zlib's output does not depend on how its input is cut
 * (the bytes are those deflateRawSync makes of the joined pieces; test/report.test.ts compares them).
 */
async function packPieces(entry: ZipPiecesEntry, level: number): Promise<Packed> {
  let crc = 0;
  let size = 0;
  const out: Buffer[] = [];
  const deflate = createDeflateRaw({ level });
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('data', (chunk: Buffer) => out.push(chunk));
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  for (const piece of entry.pieces) {
    crc = crc32(piece, crc);
    size += piece.length;
    deflate.write(piece);
  }
  deflate.end();
  await done;
  return { path: entry.path, body: join(out), crc, size, method: 8 };
}

/** The zip file: each entry's local header and body, then the central directory. */
function assemble(packed: readonly Packed[], mtime: Date): Buffer {
  const { time, day } = dosDateTime(mtime);
  const parts: Uint8Array[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of packed) {
    const name = Buffer.from(entry.path, 'utf8');
    const { body } = entry;
    if (offset > MAX_32 || body.length > MAX_32 || entry.size > MAX_32)
      throw new Error('the document is too large for a zip without ZIP64');

    // The local header and the central directory entry share a run of fields: from "version needed"
    // to the name's length, at offset 4 in the one and 6 in the other.
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at);
      header.writeUInt16LE(UTF8_NAMES, at + 2);
      header.writeUInt16LE(entry.method, at + 4);
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(day, at + 8);
      header.writeUInt32LE(entry.crc, at + 10);
      header.writeUInt32LE(body.length, at + 14);
      header.writeUInt32LE(entry.size, at + 18);
      header.writeUInt16LE(name.length, at + 22);
    };
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    fields(local, 4);
    // Extra field length: 0.
    name.copy(local, 30);

    const central = Buffer.alloc(46 + name.length);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    fields(central, 6);
    // Extra field, comment, disk number, internal and external attributes: all 0.
    central.writeUInt32LE(offset, 42);
    name.copy(central, 46);

    parts.push(local, body);
    directory.push(central);
    offset += local.length + body.length;
  }
  const directorySize = directory.reduce((sum, d) => sum + d.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(packed.length, 8);
  end.writeUInt16LE(packed.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return join([...parts, ...directory, end]);
}

export function zip(entries: readonly ZipEntry[], mtime: Date, level = 1, memo?: ZipMemo): Buffer {
  if (entries.length > 0xffff) throw new Error(`a zip without ZIP64 holds at most 65,535 entries, not ${entries.length}`);
  return assemble(
    entries.map((entry) => packEntry(entry, level, memo)),
    mtime,
  );
}

/** As zip, where an entry may be a run of pieces (always deflated), which are never joined. */
export async function zipStreamed(entries: readonly (ZipEntry | ZipPiecesEntry)[], mtime: Date, level = 1): Promise<Buffer> {
  if (entries.length > 0xffff) throw new Error(`a zip without ZIP64 holds at most 65,535 entries, not ${entries.length}`);
  const packed: Packed[] = [];
  for (const entry of entries) packed.push('pieces' in entry ? await packPieces(entry, level) : packEntry(entry, level));
  return assemble(packed, mtime);
}
