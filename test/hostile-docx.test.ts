import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, canRun, ROOT, tempFolders } from './helpers.js';

/**
 * Hostile Word files (issue 21, item 6): each is refused in plain words, exit 2, nothing written,
 * at no more than three times the CPU time of an ordinary import, and in 300 MB. Every file is built here from
 * its recipe.
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
 * Records on stderr, as the process exits, its peak memory (kB): VmHWM, the high-water mark of this
 * program's own memory (getrusage's maxRSS would count the test runner's memory at fork); and the CPU
 * time it used (ms), which a loaded machine changes far less than the time on the clock.
 */
const PEAK = join(temp.make(), 'peak.cjs');
writeFileSync(
  PEAK,
  [
    "process.on('exit', () => {",
    "  process.stderr.write('peak-rss-kb=' + /VmHWM:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status', 'utf8'))[1] + '\\n');",
    '  const cpu = process.cpuUsage();',
    "  process.stderr.write('cpu-ms=' + (cpu.user + cpu.system) / 1000 + '\\n');",
    '});',
    '',
  ].join('\n'),
);

/** `plan import` of `file` into a new plans folder, measured by PEAK. */
function importMeasured(file: string, dir: string) {
  const r = spawnSync(process.execPath, ['-r', PEAK, BIN, 'import', file, '--plans', join(dir, 'plans')], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  const cpuMs = Number(/cpu-ms=([\d.]+)/.exec(r.stderr)?.[1]);
  const peakMb = Number(/peak-rss-kb=(\d+)/.exec(r.stderr)?.[1]) / 1024;
  return { ...r, cpuMs, peakMb };
}

/**
 * What refusing may cost: at most three times the CPU time of importing an ordinary Word appendix (test/
 * fixtures/officer, 38 KB), measured here on the same machine at the same time, the lesser of two
 * runs. A ratio, not a number of seconds, so that a slow or busy machine cannot fail it; a file that
 * made plan unpack or parse what it should refuse costs many times an ordinary import.
 */
const ORDINARY_CPU_MS = Math.min(
  ...[0, 1].map(() => importMeasured(join(ROOT, 'test', 'fixtures', 'officer', 'officer-appendix.docx'), temp.make()).cpuMs),
);

const PROC = canRun('/proc/self/status', () => existsSync('/proc/self/status'), 'the peak memory is read from Linux /proc');
describe.runIf(PROC)('plan import of a hostile .docx', () => {
  it.each(HOSTILE)('%s: refused in plain words, exit 2, in at most 3× an ordinary import and 300 MB', (_, make, message) => {
    const dir = temp.make();
    const file = join(dir, 'hostile.docx');
    const bytes = make();
    writeFileSync(file, bytes);
    const r = importMeasured(file, dir);
    const ratio = r.cpuMs / ORDINARY_CPU_MS;
    console.log(
      `${_}: ${(bytes.length / 1024).toFixed(1)} KB file, refused in ${r.cpuMs.toFixed(0)} ms of CPU (${ratio.toFixed(2)}× an ordinary import's ${ORDINARY_CPU_MS.toFixed(0)} ms), peak ${r.peakMb.toFixed(0)} MB`,
    );
    expect(r.stderr).toMatch(/^plan: error: cannot import hostile\.docx: .+; nothing was written\n {2}hint: .+\n/);
    expect(r.stderr).toMatch(message);
    expect(r.status).toBe(2);
    expect(existsSync(join(dir, 'plans'))).toBe(false);
    expect(ratio).toBeLessThanOrEqual(3);
    expect(r.peakMb).toBeLessThan(300);
  });
});
