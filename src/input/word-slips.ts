import { say } from '../messages/index.js';
import type { LineInfo } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';
import { outlookFaces } from './typed-text-slips.js';

/**
 * What Word and Outlook change in what an officer types or pastes, where the change alters what plan
 * reads: a dash or a non-breaking hyphen where a hyphen is meant (a date, an id, a minus), "(c)" of a
 * lettered list turned into "©", and Outlook's bullets ("·", "o", "§" and a wide gap) in text. Each
 * has one right answer, so `plan validate --fix` writes it. Typography that means the same (an en
 * dash in a sentence, curly quotes, "½") is the officer's text and is left alone.
 */

/** Characters that look like "-": hyphens, dashes, the minus sign and their small and full-width forms. */
const DASH = /[\u2010-\u2015\u2212\ufe63\uff0d]/;
const DASHES = /[\u2010-\u2015\u2212\ufe63\uff0d]/g;

/** What a value with hyphens is where a hyphen is meant: a date, a quarter with its year, an id. */
const HYPHEN_FORMS: readonly RegExp[] = [
  /^\d{4}-\d{2}-\d{2}$/,
  /^(?:\d{4}[/-]\d{2,4}\s+)?Q[1-4](?:\s+\d{4}[/-]\d{2,4})?$/i,
  // An id has a letter: "2015-16" alone is no id (a year label is "2015/16"), nor "30-11-2014" a date plan reads.
  /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)+$/,
];
/** A figure with a minus: no figure plan reads is negative, so the sign is said, and taken off only in memory. */
const NEGATIVE = /^-\d+(?:\.\d+)?$/;
const ID_FORM = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+$/;

/**
 * "due: 2018‑12‑31", "- id: supplier‑portal", "waivers: { WBC: −12 }", "spend–without–po:": a
 * character that looks like "-" where plan reads only "-". Said only where the value has a form (its
 * key's schema refuses a sentence) and becomes one with hyphens, or in a key; an en dash in text is text.
 * Money has its own reading of a minus (money.ts: an amount cannot be negative).
 */
export function dashLookalike(line: LineInfo, context: SlipContext, parent: string | undefined): Slip | undefined {
  const rest = line.text.slice(line.indent);
  if (!DASH.test(rest)) return undefined;
  const dashes = /^(?:- +)*/.exec(rest)![0].length;
  const colon = rest.indexOf(':', dashes);
  if (colon < 0) return undefined;
  const key = rest.slice(dashes, colon).trimEnd();
  const after = rest.slice(colon + 1);
  if (!/^[\w\u2010-\u2015\u2212\ufe63\uff0d]+$/.test(key) || !/^(?:[ \t]|$)/.test(after)) return undefined;
  const note = after.search(/[ \t]#/);
  const value = (note >= 0 ? after.slice(0, note) : after).trim();
  const keyAt = line.start + line.indent + dashes;
  const valueAt = line.start + line.indent + colon + 1 + after.indexOf(value);
  const fixedKey = key.replace(DASHES, '-');
  const keySlip = fixedKey !== key && ID_FORM.test(fixedKey);
  const found = keySlip
    ? { positions: [...key.matchAll(DASHES)].map((d) => d.index), minus: false }
    : valueDashes(value, key, context, parent);
  if (found.positions.length === 0) return undefined;
  const { positions, minus } = found;
  const written = keySlip ? `${key}:` : value;
  const at = keySlip ? keyAt : valueAt;
  // "2015–16 Q1": the dash between a quarter's two years is written "/", as the plan writes the year.
  const slash = !keySlip && context.dateKeys?.has(key) === true && /\bq[1-4]\b/i.test(value);
  const hyphen = (p: number) => (minus ? '' : slash && /\d{4}$/.test(value.slice(0, p)) && /^\d{2}/.test(value.slice(p + 1)) ? '/' : '-');
  const fixedValue = keySlip ? value : positions.reduceRight((v, p) => v.slice(0, p) + hyphen(p) + v.slice(p + 1), value);
  const slip: Slip = {
    offset: at,
    code: minus ? 'negative-figure' : 'dash-for-hyphen',
    ...say.dashLookalike({
      written,
      found: positions.map((p) => written[p]!),
      line: `${fixedKey}:${fixedValue === '' ? '' : ` ${fixedValue}`}`,
      key: fixedKey,
      minus,
      ...(slash && fixedValue.includes('/') && !value.includes('/') ? { slash: true } : {}),
    }),
    edits: positions.map((p) => ({ at: at + p, remove: 1, insert: keySlip ? '-' : hyphen(p) })),
  };
  return slip;
}

/**
 * Where in `value` a dash stands for a hyphen, or (`minus`) for a minus before a figure: none when the
 * value is text, or does not become a form with hyphens.
 */
function valueDashes(
  value: string,
  key: string,
  context: SlipContext,
  parent: string | undefined,
): { positions: number[]; minus: boolean } {
  const none = { positions: [], minus: false };
  if (!DASH.test(value)) return none;
  const formKey = context.formKeys?.has(key) === true;
  // A key plan does not know is a council code or a measure id: its value is a figure, or text (a note).
  if (context.knownKeys.has(key) && !formKey) return none;
  if (parent !== undefined && context.moneyBlocks?.has(parent)) return none;
  if (/^[{[]/.test(value)) return { positions: minusesInBrackets(value), minus: true };
  const quote = /^(["'])(.*)\1$/.exec(value);
  const inner = (quote ? quote[2]! : value).replace(DASHES, '-');
  if (!(formKey && HYPHEN_FORMS.some((form) => form.test(inner))) && !NEGATIVE.test(inner)) return none;
  return { positions: [...value.matchAll(DASHES)].map((d) => d.index), minus: NEGATIVE.test(inner) };
}

/**
 * In a value in brackets, "{ WBC: −12 }": each dash before a figure at the start of an item. Each dash
 * looks back only over the spaces before it, so a line of many spaces costs no more than its length.
 */
function minusesInBrackets(value: string): number[] {
  return [...value.matchAll(DASHES)]
    .filter((d) => {
      let before = d.index - 1;
      while (before >= 0 && (value[before] === ' ' || value[before] === '\t')) before--;
      return /\d/.test(value[d.index + 1] ?? '') && /[{[,:]/.test(value[before] ?? '');
    })
    .map((d) => d.index);
}

// ---------------------------------------------------------------------------------------------
// In text: Word's autocorrect in a lettered list, and Outlook's bullets.

/**
 * The signs Word's autocorrect makes of "(c)", "(r)" and "(e)", standing alone as a list's letter: words
 * follow it, not a figure ("\u20ac 5,000", "\u00a9 2015" are meant).
 */
const AUTOCORRECTED = /(?<=^|\s)[\u00a9\u00ae\u20ac](?=[ \t]+[^\d\s])/g;
const LETTER_OF: Readonly<Record<string, string>> = { '\u00a9': 'c', '\u00ae': 'r', '\u20ac': 'e' };

/**
 * Outlook's and Word's list marks as pasted, then a wide gap or a tab: any bullet-like symbol, from the
 * punctuation bullets ("\u00b7", "\u2022", "\u2023", "\u2043", "\u2219"), the geometric shapes
 * ("\u25a0", "\u25aa", "\u25cf", "\u25c6", "\u25e6"...), arrows, dingbats ("\u27a2") and the Symbol and
 * Wingdings fonts' private codes for them; "o" and "\u00a7" (Outlook's second and third levels); "-" or
 * "\u2013" with a tab. A tick or a cross (dingbats, Wingdings) is left alone: it says whether the point
 * is done, which "- " would lose.
 */
const MARK =
  '[\\u00b7\\u2022\\u2023\\u2043\\u2219\\u2190-\\u21ff\\u25a0-\\u25ff\\u2700-\\u2712\\u2719-\\u27bf\\u2b00-\\u2bff\\ue000-\\uf8ff\\u2013-]|o|\\u00a7';
const PASTED_BULLET = new RegExp(`^(${MARK})(\\t|[ \\u00a0]{2,})[ \\t\\u00a0]*(?=\\S)`);
/** A private-use glyph (a Symbol or Wingdings bullet as a PDF copies it) then one space: never text of its own. */
const PRIVATE_BULLET = /^([\ue000-\uf8ff])[ \u00a0](?=\S)/;
/** Marks plan reads as a bullet after a space ("\u2022 ", "- "): only a tab after them is a slip. */
const BULLET_WITH_SPACE: ReadonlySet<string> = new Set(['\u2022', '-', '\u2013']);
/** A file without a mark that only a bullet uses has no pasted list to look for. */
const ANY_MARK =
  /[\u00b7\u2022\u2023\u2043\u2219\u2190-\u21ff\u25a0-\u25ff\u2700-\u2712\u2719-\u27bf\u2b00-\u2bff\ue000-\uf8ff\u00a7]|[-\u2013o]\t|o {2}/;
const LEVEL_OF: Readonly<Record<string, number>> = { o: 1, '\u25e6': 1, '\u25cb': 1, '\u00a7': 2, '\uf0a7': 2, '\u25aa': 2 };

/** The slips in the text of the file's `|` blocks and one-line texts: autocorrected list letters and pasted bullets. */
export function findTextSlips(text: string, lines: readonly LineInfo[]): Slip[] {
  const slips: Slip[] = [];
  if (/[\u00a9\u00ae\u20ac]/.test(text)) {
    lines.forEach((line, i) => {
      if (!line.blank && !line.comment) slips.push(...autocorrectedLetters(lines, i));
    });
  }
  if (ANY_MARK.test(text)) slips.push(...pastedBullets(lines));
  if (/[.!?)][ \t]+[JKL][ \t]*$/m.test(text)) slips.push(...outlookFaces(lines));
  return slips;
}

/** The lines of the text line `i` stands in: its `|` block, or the line itself. */
function textAround(lines: readonly LineInfo[], i: number): string {
  if (!lines[i]!.inBlock) return lines[i]!.text;
  let first = i;
  while (first > 0 && lines[first - 1]!.inBlock) first--;
  let last = i;
  while (last + 1 < lines.length && lines[last + 1]!.inBlock) last++;
  return lines
    .slice(first, last + 1)
    .map((l) => l.text)
    .join('\n');
}

/**
 * "(a) review contracts (b) publish data © report": Word turned "(c)" into "©". Certain only where the
 * letter before or after it in the alphabet stands in brackets in the same text; a lone © is meant.
 */
function autocorrectedLetters(lines: readonly LineInfo[], i: number): Slip[] {
  const line = lines[i]!;
  const found = [...line.text.matchAll(AUTOCORRECTED)];
  if (found.length === 0) return [];
  const around = textAround(lines, i);
  return found.flatMap((m) => {
    const symbol = m[0];
    const lower = LETTER_OF[symbol]!;
    for (const letter of [lower, lower.toUpperCase()]) {
      const code = letter.charCodeAt(0);
      const beside = [`(${String.fromCharCode(code - 1)})`, `(${String.fromCharCode(code + 1)})`].find((b) => standsAsLetter(around, b));
      if (beside === undefined) continue;
      const meant = `(${letter})`;
      const at = line.start + m.index;
      return [
        {
          offset: at,
          code: 'autocorrected-symbol',
          severity: 'warning' as const,
          ...say.autocorrectedSymbol({ symbol, meant, line: i + 1, beside }),
          edits: [{ at, remove: 1, insert: meant }],
        },
      ];
    }
    return [];
  });
}

/** Whether "(b)" stands in `text` as a list's letter: at the start of a line or after a space, not as in "3(b)". */
function standsAsLetter(text: string, letter: string): boolean {
  for (let at = text.indexOf(letter); at >= 0; at = text.indexOf(letter, at + 1)) {
    if (at === 0 || /\s/.test(text[at - 1]!)) return true;
  }
  return false;
}

/** A pasted bullet on a line of text: its level (0 for the first) and the width of the mark and its gap. */
function pastedBullet(line: LineInfo): { level: number; mark: string; width: number; tab: boolean } | undefined {
  if (!line.inBlock || line.blank) return undefined;
  const m = PASTED_BULLET.exec(line.text.slice(line.indent)) ?? PRIVATE_BULLET.exec(line.text.slice(line.indent));
  if (!m) return undefined;
  const mark = m[1]!;
  // "• text" is a bullet plan reads; "• " followed by a tab shows the tab as a space.
  if (BULLET_WITH_SPACE.has(mark) && !m[0].includes('\t')) return undefined;
  return { level: LEVEL_OF[mark] ?? 0, mark, width: m[0].length, tab: m[0].includes('\t') };
}

/**
 * "·        Contract register updated", "o       second level", "§       third", "•<tab>text": a list
 * pasted from Outlook or Word into text. Said once at the first line of the run; each line is written
 * as "- " and its text, two spaces further in for each level, which the report shows as a list.
 */
function pastedBullets(lines: readonly LineInfo[]): Slip[] {
  const slips: Slip[] = [];
  for (let i = 0; i < lines.length; i++) {
    const first = pastedBullet(lines[i]!);
    // A list pasted from its second or third level on ("\u25aa<TAB>text" alone) is still a list: its
    // levels count from the shallowest.
    if (!first) continue;
    const base = lines[i]!.indent;
    const run: Array<{ line: LineInfo; n: number; bullet: NonNullable<ReturnType<typeof pastedBullet>> }> = [];
    let j = i;
    for (; j < lines.length && lines[j]!.inBlock; j++) {
      const bullet = pastedBullet(lines[j]!);
      if (bullet) run.push({ line: lines[j]!, n: j + 1, bullet });
      else if (!lines[j]!.blank) break;
    }
    const marks = [...new Set(run.map((r) => r.bullet.mark))];
    const top = run[0]!;
    const shallowest = Math.min(...run.map((r) => r.bullet.level));
    slips.push({
      offset: top.line.start + top.line.indent,
      code: 'pasted-bullets',
      severity: 'warning',
      ...say.pastedBullets({
        first: top.n,
        last: run[run.length - 1]!.n,
        marks,
        levels: Math.max(...run.map((r) => r.bullet.level)) - shallowest + 1,
        tab: run.every((r) => r.bullet.tab),
        // "•" and "-" are bullets plan reads: only their tab is wrong.
        listWithTabs: run.every((r) => r.bullet.mark === '\u2022' || r.bullet.mark === '-'),
        example: `- ${top.line.text
          .slice(top.line.indent + top.bullet.width)
          .slice(0, 40)
          .trimEnd()}`,
      }),
      edits: run.map((r) => ({
        at: r.line.start,
        remove: r.line.indent + r.bullet.width,
        insert: `${' '.repeat(base + 2 * (r.bullet.level - shallowest))}- `,
      })),
    });
    i = j - 1;
  }
  return slips;
}
