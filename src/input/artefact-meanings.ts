/**
 * What the marks other programs leave in pasted text stand for: an HTML entity's character, a
 * spreadsheet's cell escape, a line break, and text garbled between character sets read back as meant.
 */

/** A line break in place of a mark: a new line at the text's indentation in a block, a space in a line. */
export const lineBreak = (_: string, w: { block: boolean; indent: string; atEnd: boolean }): string =>
  w.atEnd ? '' : w.block ? `\n${w.indent}` : ' ';

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  pound: '\u00a3',
  euro: '\u20ac',
  hellip: '\u2026',
  bull: '\u2022',
  deg: '\u00b0',
  frac12: '\u00bd',
  times: '\u00d7',
};

/** What an HTML entity stands for: a named one plan knows, or a character by its number (no control). */
export function entity(found: string): string | undefined {
  const code = /^&#(x?)([0-9a-f]+);$/i.exec(found);
  if (!code) return ENTITIES[found.slice(1, -1)];
  const cp = Number.parseInt(code[2]!, code[1] ? 16 : 10);
  if (cp === 0xa0) return ' ';
  return cp >= 0x20 && cp <= 0x10ffff && !(cp >= 0x7f && cp <= 0x9f) && !(cp >= 0xd800 && cp <= 0xdfff)
    ? String.fromCodePoint(cp)
    : undefined;
}

/** "_x000D_" (a cell's line break, or a run of them), "_x0026_" ("&"). */
export function cellEscape(found: string, w: { block: boolean; indent: string; atEnd: boolean }): string | undefined {
  if (/^(?:_x000[dDaA]_)+$/.test(found)) return lineBreak(found, w);
  const cp = Number.parseInt(found.slice(2, 6), 16);
  return cp >= 0x20 && !(cp >= 0x7f && cp <= 0x9f) && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCharCode(cp) : undefined;
}

/** The characters Windows-1252 shows for the bytes 0x80-0x9F, by byte; the rest of 0x80-0xFF is Latin-1's own. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
/** A UTF-8 continuation byte (0x80-0xBF) as Windows-1252 shows it. */
const CONTINUATION = `[${CP1252_HIGH}\\u00a0-\\u00bf]`;
/**
 * UTF-8 read as Windows-1252 ("\u00c2\u00a3" for "\u00a3", "\u00e2\u20ac\u2122" for "\u2019"): a lead byte's
 * character followed by as many continuation bytes' characters as it needs, which ordinary text never has.
 */
export const MOJIBAKE = new RegExp(
  `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`,
  'g',
);

/** The text garbled text stood for: its characters as Windows-1252 bytes, read as UTF-8. */
export function unGarbled(found: string): string | undefined {
  const bytes = [...found].map((ch) => {
    const high = CP1252_HIGH.indexOf(ch);
    return high >= 0 ? 0x80 + high : ch.charCodeAt(0);
  });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}
