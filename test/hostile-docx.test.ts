import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, canRun, tempFolders } from './helpers.js';

/**
 * Hostile Word files (issue 21, item 6): each is refused in plain words, exit 2, nothing written,
 * in under 2 s and 300 MB. Every file is built here from its recipe.
 */

const temp = tempFolders('plan-hostile-docx-');
afterAll(temp.removeAll);

const MB = 1024 * 1024;
const encode = (s: string) => new TextEncoder().encode(s);

/** A little-endian record from [value, bytes] fields. */
function record(fields: Array<[number | bigint, 2 | 4 | 8]>): Uint8Array {
  const out = new Uint8Array(fields.reduce((n, [, size]) => n + size, 0));
  const view = new DataView(out.buffer);
  let at = 0;
  for (const [value, size] of fields) {
    if (size === 2) view.setUint16(at, Number(value), true);
    else if (size === 4) view.setUint32(at, Number(value), true);
    else view.setBigUint64(at, BigInt(value), true);
    at += size;
  }
  return out;
}

const join_ = (...parts: Uint8Array[]) => Buffer.concat(parts);

/** 128 bytes: a local-header signature, then ZIP64 end records claiming 2^32 − 1 entries. */
function zip64ManyEntries(): Uint8Array {
  const local = join_(record([[0x04034b50, 4]]), new Uint8Array(26));
  const zip64End = record([
    [0x06064b50, 4],
    [44, 8],
    [45, 2],
    [45, 2],
    [0, 4],
    [0, 4],
    [0xffffffff, 8],
    [0xffffffff, 8],
    [0, 8],
    [0, 8],
  ]);
  const locator = record([
    [0x07064b50, 4],
    [0, 4],
    [local.length, 8],
    [1, 4],
  ]);
  const end = record([
    [0x06054b50, 4],
    [0, 2],
    [0, 2],
    [0xffff, 2],
    [0xffff, 2],
    [0xffffffff, 4],
    [0xffffffff, 4],
    [0, 2],
  ]);
  return join_(local, zip64End, locator, end);
}

const documentXml = (body: string) =>
  encode(
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );

/** Set the uncompressed size every central-directory entry declares (a lie the file tells). */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 <= out.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  return out;
}

const HOSTILE: Array<[string, () => Uint8Array, RegExp]> = [
  ['a 128-byte ZIP64 record claiming 2^32 − 1 entries', zip64ManyEntries, /claims 4,294,967,295 parts/],
  [
    'a zip bomb: 100 MB of empty paragraphs',
    () => zipSync({ 'word/document.xml': documentXml('<w:p/>'.repeat((100 * MB) / 6)) }, { level: 9 }),
    /word\/document\.xml of the \.docx is 100 MB/,
  ],
  [
    'XML dense enough to take minutes to read: 15 MB of empty paragraphs',
    () => zipSync({ 'word/document.xml': documentXml('<w:p/>'.repeat((15 * MB) / 6)) }, { level: 9 }),
    /word\/document\.xml of the \.docx holds more than 200,000 XML elements/,
  ],
  [
    'a part that unpacks to far more than it declares',
    () => declareSize(zipSync({ 'word/document.xml': documentXml(' '.repeat(50 * MB)) }, { level: 9 }), 4096),
    /unpacks to more than the 4,096 bytes it declares/,
  ],
  [
    'XML nested 100,000 deep',
    () => zipSync({ 'word/document.xml': documentXml(`${'<w:sdt>'.repeat(100_000)}${'</w:sdt>'.repeat(100_000)}`) }),
    /nests XML more than 500 deep/,
  ],
];

/**
 * Records the process's peak memory (kB) on stderr as it exits: VmHWM, the high-water mark of this
 * program's own memory (getrusage's maxRSS would count the test runner's memory at fork).
 */
const PEAK = join(temp.make(), 'peak.cjs');
writeFileSync(
  PEAK,
  "process.on('exit', () => process.stderr.write('peak-rss-kb=' + /VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1] + '\\n'));\n",
);

const PROC = canRun('/proc/self/status', () => existsSync('/proc/self/status'), 'the peak memory is read from Linux /proc');
describe.runIf(PROC)('plan import of a hostile .docx', () => {
  it.each(HOSTILE)('%s: refused in plain words, exit 2, in under 2 s and 300 MB', (_, make, message) => {
    const dir = temp.make();
    const file = join(dir, 'hostile.docx');
    const bytes = make();
    writeFileSync(file, bytes);
    const started = performance.now();
    const r = spawnSync(process.execPath, ['-r', PEAK, BIN, 'import', file, '--plans', join(dir, 'plans')], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    const seconds = (performance.now() - started) / 1000;
    const peakMb = Number(/peak-rss-kb=(\d+)/.exec(r.stderr)?.[1]) / 1024;
    console.log(`${_}: ${(bytes.length / 1024).toFixed(1)} KB file, refused in ${seconds.toFixed(2)} s, peak ${peakMb.toFixed(0)} MB`);
    expect(r.stderr).toMatch(/^plan: error: cannot import hostile\.docx: .+; nothing was written\n {2}hint: .+\n/);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
    expect(existsSync(join(dir, 'plans'))).toBe(false);
    expect(seconds).toBeLessThan(2);
    expect(peakMb).toBeLessThan(300);
  });
});
