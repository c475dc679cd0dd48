import { crc32, deflateRawSync } from 'node:zlib';

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

export function zip(entries: readonly ZipEntry[], mtime: Date, level = 1): Buffer {
  if (entries.length > 0xffff) throw new Error(`a zip without ZIP64 holds at most 65,535 entries, not ${entries.length}`);
  const { time, day } = dosDateTime(mtime);
  const parts: Uint8Array[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8');
    const body = entry.deflate ? deflateRawSync(entry.data, { level }) : entry.data;
    const crc = crc32(entry.data);
    if (offset > MAX_32 || body.length > MAX_32 || entry.data.length > MAX_32)
      throw new Error('the document is too large for a zip without ZIP64');
    const method = entry.deflate ? 8 : 0;

    // The local header and the central directory entry share a run of fields: from "version needed"
    // to the name's length, at offset 4 in the one and 6 in the other.
    const fields = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at);
      header.writeUInt16LE(UTF8_NAMES, at + 2);
      header.writeUInt16LE(method, at + 4);
      header.writeUInt16LE(time, at + 6);
      header.writeUInt16LE(day, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(body.length, at + 14);
      header.writeUInt32LE(entry.data.length, at + 18);
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
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...directory, end]);
}
