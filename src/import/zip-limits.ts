import { Inflate } from 'fflate';

/**
 * Opening a .docx (a ZIP file) without trusting what it says about itself. A hostile file can claim
 * four billion entries in 128 bytes (a ZIP library then loops for ever), or hold a part that unpacks
 * to gigabytes from a few kilobytes, or XML so dense that reading it takes minutes and gigabytes. So,
 * before anything is unpacked, the central directory is checked against the file's real size and
 * fixed limits (ZIP64 records too); only the parts plan reads are unpacked, each stopped as soon as it
 * grows past the size it declared; and the XML is measured before it is parsed. Every refusal is a
 * plain sentence (DocxRefused), and comes within a second or two and a few megabytes.
 */

export class DocxRefused extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'DocxRefused';
  }
}

/** A Word document has a few dozen parts; one with thousands of images still has far fewer than this. */
const MAX_ENTRIES = 10_000;
/** An XML part plan reads; a real appendix's document.xml is under 2 MB. */
const MAX_PART_BYTES = 16 * 1024 * 1024;
/**
 * Elements in one XML part. A 100-page appendix has well under 100,000; reading one element costs
 * the XML reader a few microseconds and a few hundred bytes, so this keeps reading under a second.
 */
const MAX_XML_ELEMENTS = 200_000;
/** Nesting of XML elements; Word's own goes a few dozen deep (a table in a table in a table). */
const MAX_XML_DEPTH = 500;
/** Compressed bytes fed to the inflater at a time: what one step can unpack is bounded by this. */
const INFLATE_CHUNK = 16 * 1024;

const DAMAGED_HINT = 'open it in Word, save it again, and import the saved copy';
const damaged = (what = 'the .docx file is damaged and cannot be opened') => new DocxRefused(what, DAMAGED_HINT);
const hostile = (what: string) =>
  new DocxRefused(
    `${what}, so plan does not open it`,
    'open it in Word and save it again, and import the saved copy; if it came from outside, check where it came from',
  );

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Reading fixed-size numbers, refusing any read past the end of the file. */
class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private check(at: number, size: number): void {
    if (!Number.isSafeInteger(at) || at < 0 || at + size > this.bytes.length) throw damaged();
  }
  u16(at: number): number {
    this.check(at, 2);
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    this.check(at, 4);
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    this.check(at, 8);
    const value = this.view.getBigUint64(at, true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged();
    return Number(value);
  }
}

/** Where the end-of-central-directory record is: within the last 64 KB (its comment) of the file. */
function findEnd(r: Reader): number {
  const last = r.bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) if (r.u32(at) === EOCD) return at;
  throw damaged();
}

/** The central directory's place and size, and its number of entries, checked against the file. */
function centralDirectory(r: Reader): { offset: number; size: number; entries: number } {
  const end = findEnd(r);
  let entries = r.u16(end + 10);
  let size = r.u32(end + 12);
  let offset = r.u32(end + 16);
  let limit = end;
  if (r.u16(end + 4) !== 0 || r.u16(end + 6) !== 0) throw hostile('the .docx says it is split over several disks');
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    // ZIP64: the real figures are in a second record, found through the locator just before.
    if (end < 20 || r.u32(end - 20) !== ZIP64_LOCATOR) throw damaged();
    const at = r.u64(end - 12);
    if (at + 56 > end - 20 || r.u32(at) !== ZIP64_EOCD) throw damaged();
    entries = r.u64(at + 32);
    size = r.u64(at + 40);
    offset = r.u64(at + 48);
    limit = at;
  }
  if (entries > MAX_ENTRIES) throw hostile(`the .docx claims ${entries.toLocaleString('en-GB')} parts (a Word document has a few dozen)`);
  // Each entry takes at least 46 bytes of the directory, and the directory lies inside the file.
  if (entries * 46 > size || offset + size > limit) throw damaged();
  return { offset, size, entries };
}

/** The ZIP64 extra field's figures, for those the entry marks as too large for 32 bits. */
function zip64Sizes(r: Reader, extraStart: number, extraEnd: number, entry: Entry): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = r.u16(at);
    const length = r.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        if (field + 8 > at + 4 + length) throw damaged();
        const value = r.u64(field);
        field += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    at += 4 + length;
  }
}

function readEntries(r: Reader): Entry[] {
  const { offset, size, entries: count } = centralDirectory(r);
  const entries: Entry[] = [];
  const end = offset + size;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || r.u32(at) !== CENTRAL) throw damaged();
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength + commentLength > end) throw damaged();
    const entry: Entry = {
      name: new TextDecoder('utf-8').decode(r.bytes.subarray(nameStart, nameStart + nameLength)),
      flags: r.u16(at + 8),
      method: r.u16(at + 10),
      compressedSize: r.u32(at + 20),
      size: r.u32(at + 24),
      localOffset: r.u32(at + 42),
    };
    zip64Sizes(r, nameStart + nameLength, nameStart + nameLength + extraLength, entry);
    entries.push(entry);
    at = nameStart + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Unpack one deflated part, stopping as soon as it grows past the size it declared. */
function inflateBounded(data: Uint8Array, size: number, name: string): Uint8Array {
  const out = new Uint8Array(size);
  let length = 0;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > size)
      throw hostile(`the part ${name} of the .docx unpacks to more than the ${size.toLocaleString('en-GB')} bytes it declares`);
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < data.length; at += INFLATE_CHUNK) {
      const end = Math.min(at + INFLATE_CHUNK, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (error) {
    if (error instanceof DocxRefused) throw error;
    throw damaged();
  }
  if (length !== size) throw damaged();
  return out;
}

/** The bytes of one entry, read through its local header; every offset is checked against the file. */
function unpack(r: Reader, entry: Entry): Uint8Array {
  if (entry.flags & 0x0001) throw new DocxRefused('the document is protected with a password, so it cannot be read', DAMAGED_HINT);
  if (entry.size > MAX_PART_BYTES)
    throw hostile(`the part ${entry.name} of the .docx is ${(entry.size / 1024 / 1024).toFixed(0)} MB (a real appendix's is under 2 MB)`);
  const at = entry.localOffset;
  if (r.u32(at) !== LOCAL) throw damaged();
  const start = at + 30 + r.u16(at + 26) + r.u16(at + 28);
  if (start + entry.compressedSize > r.bytes.length) throw damaged();
  const data = r.bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw damaged();
    return data.slice();
  }
  if (entry.method !== 8) throw damaged(`the .docx is packed in a way Word does not use (method ${entry.method})`);
  return inflateBounded(data, entry.size, entry.name);
}

/**
 * The named parts of a ZIP file (those present), read within the limits above. Throws DocxRefused,
 * in plain words, for a file that is damaged or built to exhaust the machine.
 */
export function readZipParts(bytes: Uint8Array, names: readonly string[] | ((name: string) => boolean)): Record<string, Uint8Array> {
  const wanted = typeof names === 'function' ? names : (name: string) => names.includes(name);
  const r = new Reader(bytes);
  const parts: Record<string, Uint8Array> = {};
  for (const entry of readEntries(r)) {
    if (!wanted(entry.name) || parts[entry.name] !== undefined) continue;
    parts[entry.name] = unpack(r, entry);
  }
  return parts;
}

/**
 * Measure XML before parsing it: the number of elements and how deep they nest, counted in one quick
 * pass. Refuses (DocxRefused) a part that would take the XML reader more than about a second.
 */
export function checkXmlSize(xml: string, name: string): void {
  let elements = 0;
  let depth = 0;
  for (let at = xml.indexOf('<'); at !== -1; at = xml.indexOf('<', at + 1)) {
    const next = xml.charCodeAt(at + 1);
    if (next === 0x2f /* / */) {
      depth--;
      continue;
    }
    if (next === 0x3f /* ? */ || next === 0x21 /* ! */) continue;
    if (++elements > MAX_XML_ELEMENTS)
      throw hostile(`the part ${name} of the .docx holds more than ${MAX_XML_ELEMENTS.toLocaleString('en-GB')} XML elements`);
    const close = xml.indexOf('>', at);
    if (close > 0 && xml.charCodeAt(close - 1) === 0x2f) continue; // <empty/>
    if (++depth > MAX_XML_DEPTH) throw hostile(`the part ${name} of the .docx nests XML more than ${MAX_XML_DEPTH} deep`);
  }
}
