import { entry, group } from './entry.js';

/** The names of characters, as the messages say them. */

const SPACE_NAMES: Record<number, string> = {
  9: 'a tab',
  160: 'a non-breaking space',
  5760: 'an Ogham space',
  8192: 'an en quad space',
  8193: 'an em quad space',
  8194: 'an en space',
  8195: 'an em space',
  8196: 'a three-per-em space',
  8197: 'a four-per-em space',
  8198: 'a six-per-em space',
  8199: 'a figure space',
  8200: 'a punctuation space',
  8201: 'a thin space',
  8202: 'a hair space',
  8203: 'a zero-width space',
  8288: 'a word joiner',
  8239: 'a narrow non-breaking space',
  8287: 'a mathematical space',
  12288: 'an ideographic space',
  65279: 'a zero-width no-break space',
  173: 'a soft hyphen',
  1564: 'an Arabic letter mark',
  8204: 'a zero-width non-joiner',
  8205: 'a zero-width joiner',
  8206: 'a left-to-right mark',
  8207: 'a right-to-left mark',
};

const CONTROL_NAMES: Record<number, string> = {
  0: 'NUL',
  7: 'BEL',
  8: 'BACKSPACE',
  11: 'VERTICAL TAB',
  12: 'FORM FEED',
  13: 'CARRIAGE RETURN',
  27: 'ESCAPE',
  127: 'DELETE',
};

/** What YAML's escape codes in double quotes stand for, in words. */
const ESCAPE_NAMES: Record<string, string> = {
  t: 'a tab',
  n: 'a new line',
  r: 'a carriage return',
  N: 'a new line (U+0085)',
  L: 'a line separator (U+2028)',
  P: 'a paragraph separator (U+2029)',
  _: 'a non-breaking space',
  '0': 'a NUL character',
  a: 'a bell character',
  b: 'a backspace',
  e: 'an escape character',
  f: 'a form feed',
  v: 'a vertical tab',
  ' ': 'a space',
  '/': 'a slash',
  '\t': 'a tab',
};

/** "U+00A0". */
export function hexCode(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "a non-breaking space (U+00A0)". */
export function spaceName(ch: string): string {
  const cp = ch.codePointAt(0)!;
  const fallback = /\p{Cf}/u.test(ch) ? 'an invisible formatting character' : 'an unusual space';
  return `${SPACE_NAMES[cp] ?? fallback} (${hexCode(cp)})`;
}

/** "U+0007 (BEL)". */
function codePointLabel(cp: number): string {
  const name = CONTROL_NAMES[cp];
  return name ? `${hexCode(cp)} (${name})` : hexCode(cp);
}

/** What the escape code after a backslash stands for ("t", "x07", "u202E"), or undefined for none. */
export function escapeName(code: string): string | undefined {
  return ESCAPE_NAMES[code] ?? (code.length > 1 ? `the character ${code.replace(/^[xuU]/, 'U+').toUpperCase()}` : undefined);
}

/** Dashes and hyphens that look like "-" but are other characters: the name of one, and of several. */
const DASH_NAMES: Record<number, readonly [string, string]> = {
  8208: ['a Unicode hyphen', 'Unicode hyphens'],
  8209: ['a non-breaking hyphen', 'non-breaking hyphens'],
  8210: ['a figure dash', 'figure dashes'],
  8211: ['an en dash', 'en dashes'],
  8212: ['an em dash', 'em dashes'],
  8213: ['a horizontal bar', 'horizontal bars'],
  8722: ['a minus sign', 'minus signs'],
  65123: ['a small hyphen', 'small hyphens'],
  65293: ['a full-width hyphen', 'full-width hyphens'],
};

/** "a non-breaking hyphen (U+2011)", "non-breaking hyphens (U+2011)", "an en dash (U+2013) and an em dash (U+2014)". */
function dashNames(found: readonly string[]): string {
  const kinds = [...new Set(found)];
  return kinds
    .map((ch) => {
      const cp = ch.codePointAt(0)!;
      const [one, many] = DASH_NAMES[cp] ?? ['a dash', 'dashes'];
      return `${found.filter((c) => c === ch).length > 1 ? many : one} (${hexCode(cp)})`;
    })
    .join(' and ');
}

/** What Word's autocorrect makes of "(c)", "(r)" and "(e)", in words. */
const SYMBOL_NAMES: Record<string, string> = { '\u00a9': 'a copyright sign', '\u00ae': 'a registered sign', '\u20ac': 'a euro sign' };

const ZERO_WIDTH = /[\u200b\u2060\ufeff]/;
const pasted = ', probably pasted from Word or an email';

export const characters = group(
  'Characters pasted from Word, Outlook and Excel',
  'Characters that look right on the screen but are not what YAML reads: odd spaces, tabs, curly quotes, dashes. Most of them `plan validate --fix` repairs itself.',
  {
    tabIndent: entry([{ line: 4, atStart: true, width: 4 }], (p) => ({
      message: p.atStart ? `line ${p.line} starts with a tab` : `the indentation of line ${p.line} has a tab in it`,
      hint: `indent with spaces only: make it ${p.width} spaces`,
      fixed: `tab indentation replaced by ${p.width} spaces`,
    })),
    oddSpaceIndent: entry(
      [
        { line: 4, atStart: true, space: '\u00a0', linesUpWithout: false },
        { line: 4, atStart: false, space: '\u200b', linesUpWithout: false },
        { line: 4, atStart: false, space: '\u00a0', linesUpWithout: true },
      ],
      (p) => {
        const what = spaceName(p.space);
        const deleted = p.linesUpWithout || ZERO_WIDTH.test(p.space);
        return {
          message: p.atStart
            ? `line ${p.line} starts with ${what}${pasted}`
            : `the indentation of line ${p.line} has ${what} in it${pasted}`,
          hint: p.linesUpWithout
            ? 'delete it: the line lines up without it'
            : ZERO_WIDTH.test(p.space)
              ? 'delete it: it is invisible'
              : 'replace it with an ordinary space',
          fixed: `${what} in the indentation ${deleted ? 'deleted' : 'replaced by a space'}`,
        };
      },
    ),
    invisibleInValue: entry([{ key: 'due', mark: '\u200e', written: '\u200e2051-09-30', meant: '2051-09-30' }], (p) => ({
      message: `"${p.key}:" has ${spaceName(p.mark)} in its value, an invisible character pasted with it, so plan cannot read "${p.written}"`,
      hint: `delete it: write ${p.key}: ${p.meant}`,
      fixed: `${spaceName(p.mark)} deleted from the value of "${p.key}"`,
    })),
    oddSpaceAtEnd: entry([{ line: 7, space: '\u00a0' }], (p) => ({
      message: `line ${p.line} ends with ${spaceName(p.space)}${pasted}`,
      hint: 'delete it: it is invisible and has no use at the end of a line',
      fixed: `${spaceName(p.space)} at the end of the line deleted`,
    })),
    oddSpaceAfterDash: entry(
      [
        { line: 5, space: '\u00a0' },
        { line: 5, space: '\t' },
      ],
      (p) => ({
        message: `the space after "-" on line ${p.line} is ${spaceName(p.space)}${pasted}`,
        hint: 'replace it with an ordinary space',
        fixed: `${spaceName(p.space)} after "-" replaced by a space`,
      }),
    ),
    invisibleInKey: entry([{ key: 'status', space: '\u200b' }], (p) => ({
      message: `"${p.key}:" has ${spaceName(p.space)} in it${pasted}, so plan does not know the key`,
      hint: 'delete it: it is invisible (retyping the key does the same)',
      fixed: `${spaceName(p.space)} deleted from "${p.key}:"`,
    })),
    oddSpaceAfterKey: entry([{ line: 5, key: 'status', space: '\u00a0' }], (p) => ({
      message: `the space after "${p.key}:" on line ${p.line} is ${spaceName(p.space)}${pasted}`,
      hint: 'replace it with an ordinary space',
      fixed: `${spaceName(p.space)} after "${p.key}:" replaced by a space`,
    })),
    curlyQuotedKey: entry([{ key: 'status', open: '“', close: '”' }], (p) => ({
      message: `the key ${p.open}${p.key}${p.close} is in curly quotes, probably from Word: YAML reads them as part of the name`,
      hint: `remove the quotes: ${p.key}:`,
      fixed: `curly quotes removed from the key ${p.key}`,
    })),
    curlyQuotedValue: entry([{ key: 'section', text: '8.2', open: '“', close: '”', quoted: '"8.2"' }], (p) => ({
      message: `${p.open}${p.text}${p.close} is in curly quotes, probably from Word: YAML needs straight quotes here`,
      hint: `write ${p.key}: ${p.quoted}`,
      fixed: `curly quotes around the value of ${p.key} made straight: ${p.quoted}`,
    })),
    wordDash: entry(
      [
        { dash: '–', key: 'id' },
        { dash: '•', key: 'id' },
      ],
      (p) => {
        const what = p.dash === '•' ? 'a bullet' : dashNames([p.dash]);
        return {
          message: `line starts with ${what}, probably from Word: a new item starts with "-"`,
          hint: `replace "${p.dash}" with "-"`,
          fixed: `${what} at the start of "${p.key}:" written as "-"`,
        };
      },
    ),
    dashLookalike: entry(
      [
        { written: '2018\u201112\u201131', found: ['\u2011', '\u2011'], line: 'due: 2018-12-31', key: 'due', minus: false },
        { written: '{ WBC: \u221212, NDC: 8 }', found: ['\u2212'], line: 'waivers: { WBC: 12, NDC: 8 }', key: 'waivers', minus: true },
        { written: '2015\u201316 Q1', found: ['\u2013'], line: 'due: 2015/16 Q1', key: 'due', minus: false, slash: true },
      ],
      (p: { written: string; found: readonly string[]; line: string; key: string; minus: boolean; slash?: boolean }) => ({
        message: p.minus
          ? `"${p.written}" has ${dashNames(p.found)} in it${pasted}: it makes the figure negative, and a figure here cannot be negative`
          : p.slash
            ? `"${p.written}" has ${dashNames(p.found)} in it${pasted}: plan writes the year of a quarter with "/"`
            : `"${p.written}" has ${dashNames(p.found)} in it${pasted}: plan reads only the ordinary hyphen "-" here`,
        hint: p.minus ? `write the figure without the minus sign: ${p.line}` : `write ${p.line}`,
        ...(p.minus ? {} : { fixed: `${dashNames(p.found)} in "${p.key}:" written as "${p.slash ? '/' : '-'}"` }),
      }),
    ),
    autocorrectedSymbol: entry([{ symbol: '\u00a9', meant: '(c)', line: 12, beside: '(b)' }], (p) => ({
      message: `"${p.symbol}" on line ${p.line} is "${p.meant}" turned into ${SYMBOL_NAMES[p.symbol] ?? 'a sign'} by Word's autocorrect: the list around it has "${p.beside}"`,
      hint: `write "${p.meant}" in place of "${p.symbol}"`,
      fixed: `"${p.symbol}" written back as "${p.meant}"`,
    })),
    pastedBullets: entry(
      [
        { first: 35, last: 37, marks: ['\u00b7', 'o', '\u00a7'], levels: 3, tab: false, listWithTabs: false, example: '- WBC 21' },
        { first: 35, last: 35, marks: ['\u2022'], levels: 1, tab: true, listWithTabs: true, example: '- WBC 21' },
        { first: 25, last: 26, marks: ['\uf0b7'], levels: 1, tab: false, listWithTabs: false, example: '- 603 contracts' },
      ],
      (p: {
        first: number;
        last: number;
        marks: readonly string[];
        levels: number;
        tab: boolean;
        listWithTabs: boolean;
        example: string;
      }) => {
        const lines = p.first === p.last ? `line ${p.first} starts` : `lines ${p.first}\u2013${p.last} start`;
        const nested = `${p.levels > 1 ? ', "  - " for the second level' : ''}${p.levels > 2 ? ', "    - " for the third' : ''}`;
        // A private-use glyph (a Symbol-font bullet from a PDF) shows as a box or nothing: named by its code.
        const privateUse = p.marks.some((m) => m >= '\ue000' && m <= '\uf8ff');
        const shown = p.marks
          .map((m) => (m >= '\ue000' && m <= '\uf8ff' ? `U+${m.charCodeAt(0).toString(16).toUpperCase()}` : `"${m}"`))
          .join(', ');
        if (privateUse)
          return {
            message: `${lines} with ${shown}, a Symbol or Wingdings font's bullet as a PDF copies it (a character of no font's own, shown as a box): the report shows ${p.first === p.last ? 'it' : 'them'} as text, not as a list`,
            hint: `write ${p.first === p.last ? 'it' : 'each'} as "- " and its text${nested}, e.g. ${p.example}`,
            fixed: p.first === p.last ? 'a pasted bullet written as a "- " list line' : 'pasted bullets written as "- " list lines',
          };
        return {
          message: `${lines} with ${p.first === p.last ? 'a bullet' : 'bullets'} pasted from Outlook or Word (${shown} and ${p.tab ? 'a tab' : 'a wide gap'}): the report shows ${p.listWithTabs ? 'the tab as a space' : `${p.first === p.last ? 'it' : 'them'} as text, not as a list`}`,
          hint: `write ${p.first === p.last ? 'it' : 'each'} as "- " and its text${nested}, e.g. ${p.example}`,
          fixed: p.first === p.last ? 'a pasted bullet written as a "- " list line' : 'pasted bullets written as "- " list lines',
        };
      },
    ),
    tabInText: entry([undefined], () => ({
      message: 'tab character in text; it is shown as a space in the report',
      hint: 'replace the tab with a space (often pasted from Word or a spreadsheet)',
    })),
    tabInKey: entry([undefined], () => ({ message: 'the key has a tab in it', hint: 'a key is one word: remove the tab' })),
    controlCharacter: entry(
      [
        { codePoint: 7, inKey: false },
        { codePoint: 0x85, inKey: true },
      ],
      (p) => ({
        message: `control character ${codePointLabel(p.codePoint)} in text${p.inKey ? ' in a key' : ''}`,
        hint: 'delete it: it is invisible here and cannot appear in a Word document (often pasted from another program)',
      }),
    ),
    controlAtLineStart: entry(
      [
        { line: 17, codePoint: 12, alone: false },
        { line: 13, codePoint: 11, alone: true },
      ],
      (p) => {
        const what =
          p.codePoint === 12 ? 'a page break' : p.codePoint === 11 ? 'a line break from Word (Shift+Enter)' : 'a control character';
        return {
          message: `line ${p.line} ${p.alone ? 'holds nothing but' : 'starts with'} ${what}, ${codePointLabel(p.codePoint)}, pasted with text from a PDF or Word: it is invisible, but plan reads ${p.alone ? 'it as text' : 'the line as starting'} at the left edge`,
          hint: `delete it: the line ${p.alone ? 'is then blank' : 'then stands where it is shown'}`,
          fixed: `${codePointLabel(p.codePoint)} at the start of the line deleted`,
        };
      },
    ),
    nonCharacter: entry([{ codePoint: 0xfffe, inKey: false }], (p) => ({
      message: `character ${codePointLabel(p.codePoint)} is not allowed in text${p.inKey ? ' in a key' : ''}`,
      hint: 'delete it: Word and LibreOffice refuse to open a document that contains it',
    })),
    brokenCharacter: entry([{ codePoint: 0xd800, inKey: false }], (p) => ({
      message: `broken character ${codePointLabel(p.codePoint)} (half of a surrogate pair) in text${p.inKey ? ' in a key' : ''}`,
      hint: 'delete it and retype the character; it would show as � in the report',
    })),
    bidiControl: entry([{ codePoint: 0x202e, inKey: false }], (p) => ({
      message: `bidirectional control ${codePointLabel(p.codePoint)} in text${p.inKey ? ' in a key' : ''}`,
      hint: 'delete it: it makes the text display in a different order from how it is written',
    })),
    escapeInQuotes: entry([{ code: 't' }, { code: 'x07' }], (p) => ({
      message: `inside double quotes, "\\${p.code}" is read as ${escapeName(p.code)}, not as a backslash followed by "${p.code}"`,
      hint: "use single quotes around text with backslashes, e.g. 'C:\\temp\\new', or write each backslash twice",
    })),
    backslashInQuotes: entry([{ written: '\\R' }], (p) => ({
      message: `inside double quotes, "${p.written}" is read as a code, not as a backslash followed by "${p.written.slice(1)}"`,
      hint: "use single quotes around text with backslashes, e.g. 'C:\\Temp', or write each backslash twice",
    })),
  },
);
