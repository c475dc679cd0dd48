import { quoteForYaml } from '../messages/entry.js';
import { type ArtefactFamily, say } from '../messages/index.js';
import { cellEscape, entity, lineBreak, MOJIBAKE, unGarbled } from './artefact-meanings.js';
import {
  balloonText,
  brokenWords,
  cellQuotes,
  emailHeader,
  type Hit,
  hashInText,
  keyHeading,
  MONTH,
  pageHeader,
  quoteMarks,
  type Segment,
  signOff,
  textTwice,
  type Unit,
} from './block-artefacts.js';
import { LIGATURES } from './marked-value-slips.js';
import { COUNCIL_CODE_KEY, keyAndValue, keyColumn, keyOf, type LineInfo, needsQuotes, scanLines } from './slip-lines.js';
import type { Edit, Slip, SlipContext } from './slips.js';

/**
 * Text that is not the officer's words but what another program left in it when it was pasted: an
 * invisible character, a spreadsheet's or a web page's escape code, Word's or Excel's error message,
 * an e-mail's quote marks and picture placeholders, a chat's time and name, a contents page's dot
 * leader. The report would print each as written. Every text (a one-line value such as "status:", or
 * the lines of a "|" block) is looked at as a whole and said once, at its first artefact, in the words
 * of the family's entry in messages/artefacts.ts. A family with one right reading carries the edit that
 * mends it (--fix writes it); the others (a broken cross-reference: only the officer knows the number)
 * are said and left as written.
 */

interface Family {
  id: ArtefactFamily;
  /** Where it stands in one line of text (global). */
  pattern: RegExp;
  /** Its one right replacement, or undefined where the officer must choose. */
  meant?: (found: string, where: { block: boolean; indent: string; atEnd: boolean; before: string }) => string | undefined;
  /** It is a line of its own (a chat's time and name): said only where it is the whole line. */
  wholeLine?: true;
  /** Only in the text of these keys. */
  keys?: readonly string[];
  /** In double quotes it is YAML's own escape ("\n"), which plan reads as meant. */
  notInDoubleQuotes?: true;
}

const QUARTER = '(?:Q[1-4]|Quarter [1-4])';
const YEAR = '(?:[ \\t]+\\d{4}(?:/\\d{2})?)?';
const HEADING_WORD = '[ \\t]+(?:Update|Report|Progress(?: Report| Update)?|Monitoring(?: Report)?|Position)';
/**
 * "\u2013 Q3 Update", ": Quarter 2", "(December 2041)", " Q3 Report" at the end of a title: set apart
 * by a dash, a colon or a bracket, or (a quarter) followed by a heading's word; "Savings in Q4" is a title.
 */
const QUARTER_HEADING = new RegExp(
  `[ \\t]*(?:(?:[-\\u2013\\u2014:|,][ \\t]*|\\()(?:${QUARTER}|${MONTH} \\d{4})${YEAR}(?:${HEADING_WORD})?|${QUARTER}${YEAR}${HEADING_WORD})\\)?[ \\t]*$`,
  'g',
);

/**
 * A line a mail system adds to an e-mail: the warning on one from outside ("CAUTION: This email
 * originated from outside of the organisation..."), a confidentiality notice, a plea not to print it.
 */
const MAIL_BANNER =
  /^(?:\[?(?:CAUTION|WARNING|EXTERNAL(?: E-?MAIL| SENDER)?|ATTENTION)\]?[ \t]*[:!-]?[ \t]*)?(?:This (?:e-?mail|message) (?:originated|was sent|came|comes|is) from (?:outside|an external)\b.*|(?:\[?(?:CAUTION|WARNING|EXTERNAL)\b.*\b(?:do not click (?:on )?links|open attachments|recogni[sz]e the sender)\b.*)|(?:This|The information (?:in|contained in)(?: this)?) e-?mail\b.*\b(?:is|are|may be) (?:strictly )?(?:confidential|privileged|intended (?:solely|only) for)\b.*|Please consider the environment before printing this e-?mail\.?)$/gi;

/** Whether `before` ends with the address (its scheme, "www." and a last "/" aside): Outlook's "text<address>". */
function repeatsAddress(address: string, before: string): boolean {
  const bare = (a: string) =>
    a
      .replace(/^https?:\/\//i, '')
      .replace(/^www\./i, '')
      .replace(/\/$/, '')
      .toLowerCase();
  const words = /(\S+)$/.exec(before.trimEnd())?.[1] ?? '';
  return words !== '' && bare(words) === bare(address);
}

/** "\u00a339,800\u00a341,300", "45%48%": two figures with no space between them, a tracked change pasted from Word. */
const TWO_FIGURES =
  /[\u00a3\u20ac$]\d[\d,]*(?:\.\d+)?(?:k|m|bn)?[\u00a3\u20ac$]\d[\d,]*(?:\.\d+)?(?:k|m|bn)?(?![\w\u00a3\u20ac$])|(?<![\d.,])\d[\d,]*(?:\.\d+)?%\d[\d,]*(?:\.\d+)?%/gi;

/**
 * The families, in the order they are looked for. Invisible format characters (Unicode's Cf) are here
 * save the direction controls, which the check of the text's characters refuses (text-check.ts); the
 * controls (Cc) are that check's too.
 */
/** Characters that show as nothing, which a browser, Word or a PDF copies with text: a soft hyphen, a left-to-right mark, zero-width spaces. */
export const INVISIBLE_CHARACTER = /[\u00ad\u061c\u180e\u200b-\u200f\u2060-\u2064\u206a-\u206f\ufeff\ufff9-\ufffb]/;

const FAMILIES: readonly Family[] = [
  { id: 'invisible', pattern: new RegExp(INVISIBLE_CHARACTER.source, 'g'), meant: () => '' },
  { id: 'separator', pattern: /[ \t]*[\u2028\u2029][ \t]*/g, meant: lineBreak },
  { id: 'objectMark', pattern: /\ufffc/g, meant: () => '' },
  { id: 'lostCharacter', pattern: /\ufffd/g },
  { id: 'cellEscape', pattern: /(?:_x000[dDaA]_)+|_x[0-9A-Fa-f]{4}_/g, meant: cellEscape },
  { id: 'htmlEntity', pattern: /&(?:#\d{2,7}|#[xX][0-9A-Fa-f]{2,6}|[a-z][a-z0-9]{1,6});/g, meant: entity },
  { id: 'htmlTag', pattern: /<\/?(?:br|p|div|span|b|i|u|em|strong|li|ul|ol|font|a)\b[^<>\n]{0,200}?\/?>/gi },
  { id: 'literalEscape', pattern: /\\r\\n|\\n(?=[A-Z0-9\s"'(\u2022-]|$)|(?<=[.!?:;])\\n/g, meant: lineBreak, notInDoubleQuotes: true },
  { id: 'wordFieldError', pattern: /Error! [A-Z][A-Za-z ,'-]{3,80}?\./g },
  { id: 'spreadsheetError', pattern: /(?<![\w#])#(?:REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!|GETTING_DATA)(?!\w)/g },
  { id: 'columnHashes', pattern: /(?<![\w#])#{4,}(?![\w#])/g },
  { id: 'imagePlaceholder', pattern: /[ \t]*\[cid:[^\]\s]{1,200}\]/g, meant: () => '' },
  {
    id: 'appSignature',
    pattern:
      /^(?:Sent from my [A-Za-z][\w]*(?: [\w]+)?|Sent from (?:Outlook|Mail) for [A-Z][\w]*(?: \d+)?|Get Outlook for (?:iOS|Android))$/g,
    meant: () => '',
    wholeLine: true,
  },
  // Teams' and Slack's mark on a message edited after it was sent, copied at the end of its sentence.
  { id: 'chatEdited', pattern: /(?<=[.!?)])[ \t]+\(edited\)$/g, meant: () => '' },
  // A web form's counter below its text box: "1,856 characters remaining".
  {
    id: 'formCounter',
    pattern:
      /^(?:\d{1,3}(?:,\d{3})+|\d+)[ \t]+characters?[ \t]+(?:remaining|left)\.?$|^Characters[ \t]+(?:remaining|left):[ \t]*\d[\d,]*$/gi,
    meant: () => '',
    wholeLine: true,
  },
  {
    id: 'chatHeader',
    pattern:
      /^\[(?:\d{1,2}\/\d{1,2}\/\d{2,4},? )?\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?\][ \t]+[A-Z][\p{L}'.-]*(?:[ \t]+[A-Z(][\p{L}'.()-]*){0,4}$/gu,
    meant: () => '',
    wholeLine: true,
  },
  {
    id: 'mailBanner',
    pattern: MAIL_BANNER,
    meant: () => '',
    wholeLine: true,
  },
  // An e-mail reply's "On 9 Jan 2057, at 11:42, Dev Okafor wrote:" above the quoted message.
  {
    id: 'replyHeader',
    pattern: /^On [^\n]{4,60}?\d[^\n]{0,60}?(?:,| at)?[ \t][^\n]{1,80}? wrote:$/g,
    wholeLine: true,
  },
  // OneNote writes where a clip came from below it: a web page's or a file's address, or the time of a screen clipping.
  {
    id: 'clipSource',
    pattern:
      /^(?:Pasted from[ \t]*<[^<>\n]{1,300}>|Screen clipping taken:[ \t]*\d{1,2}\/\d{1,2}\/\d{2,4}[ \t,]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?)$/g,
    meant: () => '',
    wholeLine: true,
  },
  // Notepad's F5 (Edit > Time/Date) at the end of a line: the time and the date, glued to the text.
  {
    id: 'timeStamp',
    pattern: /(?:^|(?<=[.!?)][ \t]?)|(?<=\p{L}))\d{1,2}:\d{2}(?: ?[AaPp][Mm])? \d{1,2}\/\d{1,2}\/\d{4}$/gu,
    meant: () => '',
  },
  {
    id: 'linkInBrackets',
    pattern: /<(?:https?:\/\/|www\.)[^<>\s]{1,300}>/g,
    meant: (found, w) => (repeatsAddress(found.slice(1, -1), w.before) ? '' : undefined),
  },
  {
    id: 'hashForPound',
    pattern: /(?<![\w#&])#(?=\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?![\d,])|\d+\.\d{2}(?!\d)|\d+(?:\.\d+)?(?:k|m|bn)\b)/gi,
    meant: () => '\u00a3',
  },
  {
    id: 'mailto',
    pattern: /<mailto:[^>\s]{1,200}>/g,
    meant: (found, w) => (w.before.endsWith(found.slice(8, -1)) ? '' : found.slice(8, -1)),
  },
  // Only in a title: a row of dots and a figure in a narrative may be the officer's own table of figures.
  {
    id: 'dotLeader',
    pattern: /[ \t]*(?:\.{4,}|\u2026{2,}|(?:\. ){3,}\.?|_{4,})[ \t]*\d{1,4}[ \t]*$/g,
    meant: () => '',
    keys: ['title', 'name', 'measure'],
  },
  { id: 'commentText', pattern: /\bCommented \[[A-Z]{1,4}\d{1,3}\]:?/g },
  { id: 'commentMark', pattern: /(?<=[\p{L}\d.,;:!?)"'\u2019])\[[A-Z]{1,4}\d{1,3}\]/gu, meant: () => '' },
  { id: 'ligature', pattern: /[\ufb00-\ufb06]/g, meant: (found) => LIGATURES[found] },
  { id: 'mojibake', pattern: MOJIBAKE, meant: unGarbled },
  {
    id: 'quarterHeading',
    pattern: QUARTER_HEADING,
    meant: () => '',
    keys: ['title'],
  },
  // A Word form's or a to-do list's check box before a one-line text ("\u2612 Complete"); in a narrative, a tick list is the officer's own.
  {
    id: 'checkBox',
    pattern: /^[\u2610-\u2612\u2713\u2714\u2717\u2718\u25a1\u25a0\uf0a8\uf0fd\uf0fe\uf06f\uf078][ \t]*(?=\S)/g,
    meant: () => '',
    keys: ['status', 'action', 'title', 'measure', 'lead'],
  },
  // Outlook's "Name <address>", copied from an e-mail's To: line as the lead officer's name.
  { id: 'nameAddress', pattern: /[ \t]*<[^<>\s@:]{1,64}@[^<>\s]{1,200}>/g, meant: () => '', keys: ['lead'] },
  // Word's tracked change pasted as text: the deleted figure and the one typed in, run together.
  { id: 'trackedChange', pattern: TWO_FIGURES },
];

/** "# 29,900", "#1.5m": an amount of money after "#", the pound sign of a keyboard set to US English. */
export const NOTE_MONEY = /^#(?:\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?![\d,])|\d+\.\d{2}(?!\d)|\d+(?:\.\d+)?(?:k|m|bn)\b)/i;

/** A note that is a spreadsheet's error or a run of its hashes, not an officer's note. */
export const NOTE_ERROR = /^#(?:REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NULL!|NUM!|SPILL!|CALC!)|^#{4,}/;

/** Each text of the file: one-line values of text keys, and the lines of every "|" or ">" block. */
function textUnits(lines: readonly LineInfo[], context: SlipContext): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.comment || line.inBlock) continue;
    const kv = keyAndValue(line, true);
    if (!kv) continue;
    if (/^[|>][-+0-9]*$/.test(kv.value)) {
      const segments: Segment[] = [];
      for (let j = i + 1; j < lines.length && lines[j]!.inBlock; j++) {
        const l = lines[j]!;
        if (!l.blank) segments.push({ line: j, at: l.start + l.indent, text: l.text.slice(l.indent) });
      }
      if (segments.length > 0) units.push({ key: kv.key, block: true, quote: '', segments });
      continue;
    }
    // A council's note ("EDC: fleet savings expected from October") is text too; its figures are not.
    const note = COUNCIL_CODE_KEY.test(kv.key) && /^[A-Za-z][^\s]*\s+\S/.test(kv.value);
    if (!note && (!context.textKeys?.has(kv.key) || context.formKeys?.has(kv.key))) continue;
    const quote = /^(["'])(.*)\1$/.exec(kv.value);
    // "status: On track #REF!": YAML reads the error as a note and leaves it out of the text.
    const raw = line.text.slice(kv.at - line.start).trimEnd();
    const after = raw.slice(kv.value.length).trimStart();
    const errorNote = !quote && raw !== kv.value && NOTE_ERROR.test(after);
    // "Rebates of #29,900": the pound sign typed on a US keyboard, read as a note; mended, it is text.
    const money = !quote && raw !== kv.value && NOTE_MONEY.test(after);
    const text = quote ? quote[2]! : errorNote || money ? raw : kv.value;
    const segments = [{ line: i, at: kv.at + (quote ? 1 : 0), text }, ...(quote || errorNote || money ? [] : continuation(lines, i))];
    units.push({ key: kv.key, block: false, quote: quote ? quote[1]! : '', segments, ...(errorNote ? { note: true as const } : {}) });
  }
  return units;
}

/**
 * The lines below "narrative: text" that YAML reads as more of the same text: deeper than its key,
 * with no key of their own, up to a blank line.
 */
function continuation(lines: readonly LineInfo[], i: number): Segment[] {
  const column = keyColumn(lines[i]!);
  const segments: Segment[] = [];
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.blank || l.comment || l.inBlock || l.indent <= column || keyOf(l) !== undefined) break;
    segments.push({ line: j, at: l.start + l.indent, text: l.text.slice(l.indent) });
  }
  return segments;
}

/** The word just before `index` and just after `end` in `text`. */
function around(text: string, index: number, end: number): { before?: string; after?: string } {
  const before = /(\S+)\s*$/.exec(text.slice(0, index))?.[1];
  const after = /^\s*(\S+)/.exec(text.slice(end))?.[1];
  return { ...(before ? { before: before.slice(-30) } : {}), ...(after ? { after: after.slice(0, 30) } : {}) };
}

/** The artefacts of the families in one line of a text. */
function hitsInSegment(unit: Unit, s: number, lines: readonly LineInfo[]): Hit[] {
  const seg = unit.segments[s]!;
  const line = lines[seg.line]!;
  const hits: Hit[] = [];
  // Most text is plain ASCII words and marks: only a line with a character some family needs is looked at.
  if (
    unit.key !== 'title' &&
    !/[^\x20-\x7e]|\d[%$]\d|[_&<\\#[]|\.\.\.\.|\. \. \.|Error!|Sent from|Get Outlook|\d:\d\d|e-?mail|message|\(edited\)|characters/i.test(
      seg.text,
    )
  )
    return hits;
  for (const family of FAMILIES) {
    if (family.keys && !family.keys.includes(unit.key)) continue;
    if (family.notInDoubleQuotes && unit.quote === '"') continue;
    for (const m of seg.text.matchAll(family.pattern)) {
      const found = m[0];
      if (
        family.id === 'invisible' &&
        found === '\u200d' &&
        /[^\x00-\x7f]/.test(seg.text.slice(Math.max(0, m.index - 2), m.index + 3).replace('\u200d', ''))
      )
        continue;
      if (family.id === 'quarterHeading' && m.index === 0) continue;
      const where = {
        block: unit.block,
        indent: line.text.slice(0, line.indent),
        atEnd: seg.text.slice(m.index + found.length).trim() === '',
        before: seg.text.slice(0, m.index),
      };
      const meant = family.meant?.(found, where);
      const alone = seg.text.trim() === found.trim();
      hits.push({
        family: family.id,
        seg: s,
        index: m.index,
        length: found.length,
        found,
        ...(meant === undefined ? {} : { meant }),
        alone,
      });
    }
  }
  return hits;
}

/**
 * The artefacts of every text of the file, one slip for each text that has any: its first artefact's
 * family, with all of that family in the text mended together where each has one right reading.
 */
export function findArtefactSlips(text: string, context: SlipContext, lines: readonly LineInfo[] = scanLines(text)): Slip[] {
  const slips: Slip[] = [];
  for (const unit of textUnits(lines, context)) {
    const hits = [
      ...quoteMarks(unit),
      ...cellQuotes(unit),
      ...emailHeader(unit),
      ...signOff(unit),
      ...pageHeader(unit),
      ...hashInText(unit),
      ...textTwice(unit),
      ...balloonText(unit),
      ...keyHeading(unit),
      ...unit.segments.flatMap((_, s) => hitsInSegment(unit, s, lines)),
      ...brokenWords(unit),
    ];
    if (hits.length === 0) continue;
    hits.sort((a, b) => a.seg - b.seg || a.index - b.index);
    const family = hits[0]!.family;
    slips.push(
      slipOf(
        unit,
        hits.filter((h) => h.family === family),
        lines,
        text.length,
      ),
    );
  }
  return slips;
}

/** The mended value of a text of one line, with quotes where plan needs them, or undefined when none is certain. */
function mendedValue(unit: Unit, hits: readonly Hit[]): string | undefined {
  const seg = unit.segments[0]!;
  let fixed = seg.text;
  for (const h of [...hits].sort((a, b) => b.index - a.index)) fixed = fixed.slice(0, h.index) + h.meant! + fixed.slice(h.index + h.length);
  fixed = fixed.trim();
  if (fixed === '' || (unit.quote === '"' && /["\\]/.test(fixed)) || (unit.quote === "'" && fixed.includes("'"))) return undefined;
  if (unit.quote !== '') return `${unit.quote}${fixed}${unit.quote}`;
  return needsQuotes(fixed) ? quoteForYaml(fixed) : fixed;
}

/** The edits that mend the hits, or undefined when one of them has no one right reading. */
function mending(
  unit: Unit,
  hits: readonly Hit[],
  lines: readonly LineInfo[],
  end: number,
): { edits: Edit[]; written?: string } | undefined {
  if (unit.note || !hits.every((h) => h.meant !== undefined)) return undefined;
  // Text of several lines without "|": a mark plan reads in it ("&#58;" for ":") would change how it is read.
  if (!unit.block && unit.segments.length > 1 && hits.some((h) => /[:#]/.test(h.meant!))) return undefined;
  if (!unit.block && unit.segments.length === 1) {
    const value = mendedValue(unit, hits);
    const seg = unit.segments[0]!;
    if (value === undefined) return undefined;
    const at = seg.at - unit.quote.length;
    return { edits: [{ at, remove: seg.text.length + 2 * unit.quote.length, insert: value }], written: `${unit.key}: ${value}` };
  }
  const gone = hits.filter((h) => h.alone && h.meant === '').length;
  if (gone >= unit.segments.length) return undefined;
  const edits = hits.map((h): Edit => {
    const seg = unit.segments[h.seg]!;
    if (h.alone && h.meant === '') {
      const line = lines[seg.line]!;
      const next = lines[seg.line + 1]?.start ?? end;
      return { at: line.start, remove: next - line.start, insert: '' };
    }
    return { at: seg.at + h.index, remove: h.length, insert: h.meant! };
  });
  return { edits };
}

function slipOf(unit: Unit, hits: readonly Hit[], lines: readonly LineInfo[], end: number): Slip {
  const first = hits[0]!;
  const seg = unit.segments[first.seg]!;
  const mended = mending(unit, hits, lines, end);
  const found = first.family === 'quoteMarks' ? first.found.replace(/(?<=>)[ \t]*$/, ' ') : first.found.replace(/^[ \t]+|[ \t]+$/g, '');
  const words = first.said ?? around(seg.text, first.index, first.index + first.length);
  // The family's other marks in the text, each said once, so that the hint mends them all.
  const also = [
    ...new Map(
      hits.filter((h) => h.found !== first.found && h.meant !== undefined && h.meant.trim() !== '').map((h) => [h.found, h.meant!]),
    ).entries(),
  ].map(([f, meant]) => ({ found: f, meant }));
  // Further invisible characters of the same kind, each found by its neighbours: "and the one between \u2026".
  const more = hits
    .slice(1)
    .filter((h) => first.family === 'invisible' && h.found === first.found)
    .map((h) => around(unit.segments[h.seg]!.text, h.index, h.index + h.length));
  const wording = say.pastedArtefact({
    family: first.family,
    found,
    key: unit.key,
    lines: [...new Set(hits.map((h) => unit.segments[h.seg]!.line + 1))],
    ...words,
    ...(first.meant !== undefined ? { meant: first.meant } : first.said ? { meant: first.said.meant } : {}),
    ...(mended?.written === undefined ? {} : { written: mended.written }),
    ...(first.alone ? { alone: true } : {}),
    ...(also.length > 0 && first.meant !== undefined && mended?.written === undefined ? { also } : {}),
    ...(more.length > 0 ? { more } : {}),
  });
  if (!mended) delete wording.fixed;
  return { offset: seg.at + first.index, code: 'pasted-artefact', ...wording, edits: mended?.edits ?? [], severity: 'warning' };
}
