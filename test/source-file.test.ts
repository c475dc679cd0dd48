import { describe, expect, it } from 'vitest';
import { decodeSource, SourceFile } from '../src/input/source-file.js';
import { findBadCharacters } from '../src/input/text-check.js';

describe('decoding plan files', () => {
  const decode = (bytes: number[] | Buffer) => decodeSource(Buffer.from(bytes), '/x/a.yaml', 'a.yaml');

  it('strips a byte-order mark so columns on line 1 are right', () => {
    const result = decode(Buffer.from('\ufeffa: 1\n'));
    expect('file' in result && result.file.text).toBe('a: 1\n');
  });

  it.each([
    ['a Windows-1252 pound sign', [0x61, 0x3a, 0x20, 0xa3], /byte 0xA3 at line 1, column 4/],
    ['a truncated sequence at the end', [0x61, 0xe2, 0x82], /byte 0xE2 at line 1, column 2/],
    ['an overlong encoding', [0x0a, 0xc0, 0xaf], /byte 0xC0 at line 2, column 1/],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], /byte 0xED at line 1, column 1/],
    ['UTF-16 little-endian', [0xff, 0xfe, 0x61, 0x00], /UTF-16/],
    ['UTF-16 big-endian', [0xfe, 0xff, 0x00, 0x61], /UTF-16/],
    ['a NUL byte', [0x61, 0x0a, 0x62, 0x00], /NUL byte at line 2, column 2/],
  ])('refuses %s', (_name, bytes, message) => {
    const result = decode(bytes);
    expect('diagnostic' in result && result.diagnostic.message).toMatch(message);
  });

  it('accepts multi-byte UTF-8 (£, –, emoji, Welsh ŵ)', () => {
    const result = decode(Buffer.from('a: £5 – 👍 ŵ\n'));
    expect('file' in result).toBe(true);
  });

  it('turns offsets into 1-based line and column', () => {
    const f = new SourceFile('/x', 'x', 'ab\ncd\r\nef');
    expect(f.position(0)).toEqual({ line: 1, column: 1 });
    expect(f.position(4)).toEqual({ line: 2, column: 2 });
    expect(f.position(8)).toEqual({ line: 3, column: 2 });
    expect(f.lineText(2)).toBe('cd');
  });
});

describe('characters that would corrupt the Word document', () => {
  it.each([
    ['\u0007', 'control'],
    ['\u0085', 'control'],
    ['\ufffe', 'noncharacter'],
    ['\uffff', 'noncharacter'],
    ['\ufdd0', 'noncharacter'],
    ['\ud800', 'surrogate'],
    ['\udc00', 'surrogate'],
    ['\u202e', 'bidi'],
    ['\u2067', 'bidi'],
    ['\t', 'tab'],
  ])('finds %j as %s', (ch, kind) => {
    expect(findBadCharacters(`ab${ch}c`)).toEqual([{ index: 2, codePoint: ch.codePointAt(0), kind }]);
  });

  it.each(['plain', 'emoji 👍🏽', 'right-to-left עברית', 'marks \u200e\u200f', 'line\nbreak', '&<>"\''])('accepts %j', (text) => {
    expect(findBadCharacters(text)).toEqual([]);
  });

  it('objects to exactly the documented characters, checking every one of the 65,536 UTF-16 code units', () => {
    const documented = (u: number) =>
      u === 0x09 ||
      (u < 0x20 && u !== 0x0a) ||
      (u >= 0x7f && u <= 0x9f) ||
      (u >= 0x202a && u <= 0x202e) ||
      (u >= 0x2066 && u <= 0x2069) ||
      (u >= 0xfdd0 && u <= 0xfdef) ||
      u === 0xfffe ||
      u === 0xffff ||
      (u >= 0xd800 && u <= 0xdfff);
    const wrong: string[] = [];
    for (let u = 0; u <= 0xffff; u++) {
      const found = findBadCharacters(`text ${String.fromCharCode(u)} more`).length > 0;
      if (found !== documented(u)) wrong.push(u.toString(16));
    }
    expect(wrong).toEqual([]);
    // Astral non-characters come as surrogate pairs; the pair is looked at as one character.
    expect(findBadCharacters('a\u{1FFFE}b')).toEqual([{ index: 1, codePoint: 0x1fffe, kind: 'noncharacter' }]);
    expect(findBadCharacters('a\u{1F600}b')).toEqual([]);
  });
});

describe('file order', () => {
  it('is the same on every machine: ignoring case first, then by code unit', async () => {
    const { compareNames } = await import('../src/shared/paths.js');
    expect(['b.yaml', 'B.yaml', 'a.yaml', '8.2-y.yaml', '8.10-x.yaml', 'Ä.yaml'].sort(compareNames)).toEqual([
      '8.10-x.yaml',
      '8.2-y.yaml',
      'a.yaml',
      'B.yaml',
      'b.yaml',
      'Ä.yaml',
    ]);
  });
});

describe('decoding any bytes', () => {
  it('never throws: a file exactly when the bytes are UTF-8 text with ordinary line endings, otherwise a message with a line and column', async () => {
    const fc = (await import('fast-check')).default;
    const { decodeSource } = await import('../src/input/source-file.js');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => new TextEncoder().encode(s)),
      fc
        .tuple(fc.string({ maxLength: 10 }), fc.uint8Array({ minLength: 1, maxLength: 4 }), fc.string({ maxLength: 10 }))
        .map(([a, b, c]) => Uint8Array.from([...new TextEncoder().encode(a), ...b, ...new TextEncoder().encode(c)])),
    );
    fc.assert(
      fc.property(bytes, (data) => {
        const result = decodeSource(data, '/x.yaml', 'x.yaml');
        let decodable = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(data);
        } catch {
          decodable = false;
        }
        const utf16 = (data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff);
        // Lines ended by a carriage return alone get a message of their own.
        const text = Buffer.from(data)
          .toString('latin1')
          .replace(/^\xef\xbb\xbf/, '');
        const oldMac = text.includes('\r') && !text.includes('\n') && text.indexOf('\r') < text.length - 1;
        expect('file' in result).toBe(decodable && !data.includes(0) && !utf16 && !oldMac);
        if ('diagnostic' in result) {
          expect(result.diagnostic.line).toBeGreaterThanOrEqual(1);
          expect(result.diagnostic.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  });
});
