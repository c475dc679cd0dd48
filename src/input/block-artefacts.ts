import type { ArtefactFamily } from '../messages/index.js';

/**
 * The artefacts another program leaves in the lines of a block of text, as a whole: an e-mail's quote
 * marks and heading, OneNote's page heading, a reviewer's note, lines pasted twice, the heading the
 * text had where it was copied from, words a PDF broke at a line end. artefact-slips.ts reads the texts
 * of a file and says what these find.
 */

/** One line of a text: its line, the offset in the file of its first character, and its characters. */
export interface Segment {
  line: number;
  at: number;
  text: string;
}

/** A text: its key, its lines, and for a text of one line the quote around it ('' when plain). */
export interface Unit {
  key: string;
  block: boolean;
  quote: string;
  segments: Segment[];
  /** A one-line text read with a note after it that is a spreadsheet's error: the text cannot be mended in place. */
  note?: true;
}

export interface Hit {
  family: ArtefactFamily;
  seg: number;
  index: number;
  length: number;
  found: string;
  /** What the mended text has in its place, when there is one right answer. */
  meant?: string;
  /** The artefact is the whole line: mended, the line goes. */
  alone?: boolean;
  /** Words the message names it by, where they are not its neighbours (a broken word's halves). */
  said?: { before: string; after: string; meant: string; rest?: string };
}

/** A month's name or its first three letters: "Nov", "November". */
export const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*';

/** "> " before the lines of a text: an e-mail reply's quote marks, on two lines or more of a block. */
export function quoteMarks(unit: Unit): Hit[] {
  if (!unit.block) return [];
  const hits: Hit[] = [];
  unit.segments.forEach((seg, s) => {
    const m = /^(?:>[ \t]?)+/.exec(seg.text);
    if (m) hits.push({ family: 'quoteMarks', seg: s, index: 0, length: m[0].length, found: m[0], meant: '' });
  });
  return hits.length >= 2 && hits.length * 2 >= unit.segments.length ? hits : [];
}

/**
 * A spreadsheet cell of several lines as Excel copies it: the whole text wrapped in quote marks, and
 * each quote mark inside written twice. Read so when the text's first line starts and its last line
 * ends with a quote mark, and the quote marks inside are all doubled, at least one pair of them. The
 * mended text has the outer marks taken off and each pair written once.
 */
export function cellQuotes(unit: Unit): Hit[] {
  const segs = unit.segments;
  const [first, last] = [segs[0], segs[segs.length - 1]];
  if (!unit.block || segs.length < 2 || !first?.text.startsWith('"') || !last?.text.trimEnd().endsWith('"')) return [];
  const end = last.text.trimEnd().length - 1;
  const inner = segs.map((seg, s) => seg.text.slice(s === 0 ? 1 : 0, s === segs.length - 1 ? end : undefined));
  if (!inner.some((t) => t.includes('""')) || inner.some((t) => t.replace(/""/g, '').includes('"'))) return [];
  const pairs = inner.flatMap((t, s) =>
    [...t.matchAll(/""/g)].map(
      (m): Hit => ({ family: 'cellQuotes', seg: s, index: m.index + (s === 0 ? 1 : 0), length: 2, found: '""', meant: '"' }),
    ),
  );
  return [
    { family: 'cellQuotes', seg: 0, index: 0, length: 1, found: '"', meant: '' },
    ...pairs,
    { family: 'cellQuotes', seg: segs.length - 1, index: end, length: 1, found: '"', meant: '' },
  ];
}

/** "From: …", "Sent: …", "To: …", "Subject: …": the heading of an e-mail, two lines or more of it. */
export function emailHeader(unit: Unit): Hit[] {
  if (!unit.block) return [];
  const HEADER = /^(?:From|Sent|To|Cc|Subject|Date|Importance|Attachments):[ \t]+\S/;
  for (let s = 0; s < unit.segments.length; s++) {
    let e = s;
    while (e < unit.segments.length && HEADER.test(unit.segments[e]!.text)) e++;
    const run = unit.segments.slice(s, e);
    if (run.length >= 2 && run.some((r) => /^(?:From|Sent):/.test(r.text))) {
      return run.map((r, k) => ({ family: 'emailHeader', seg: s + k, index: 0, length: r.text.length, found: r.text }));
    }
  }
  return [];
}

/**
 * "Kind regards," alone on its line: how an e-mail is signed off. "Thanks," and "Cheers," only with
 * their comma: "Thank you" alone may be a line of the text (a comment card's). A letter's "Yours
 * faithfully" is left: a narrative may quote the letter it reports.
 */
const CLOSING = /^(?:(?:(?:kind|best|warm(?:est)?|many)[ \t]+)?(?:regards|wishes)[,.!]?|(?:many[ \t]+)?thanks,|cheers,|thank[ \t]+you,)$/i;
/** A name, or a team's, on the line below the closing: "Sam Okoro", "Procurement Team". */
const NAME_LINE = /^[A-Z][\p{L}'.-]*(?:[ \t]+[A-Z][\p{L}'.-]*){0,3}$/u;

/**
 * "Kind regards," alone on a line after the text's own words, a name below it, and a few lines more
 * (a role, a telephone number, a mail system's notice) to the end of the text: an e-mail's sign-off
 * and signature, copied with the message. Said as a whole, from the closing to the end.
 */
export function signOff(unit: Unit): Hit[] {
  const segs = unit.segments;
  const s = segs.findIndex((seg, k) => k > 0 && CLOSING.test(seg.text.trim()));
  if (!unit.block || s < 0 || segs.length - s - 1 > 8 || !NAME_LINE.test(segs[s + 1]?.text.trim() ?? '')) return [];
  return segs.slice(s).map((seg, k) => ({ family: 'signOff', seg: s + k, index: 0, length: seg.text.length, found: seg.text }));
}

const WEEKDAY_DATE = new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \\t]+)?\\d{1,2}[ \\t]+${MONTH}[ \\t]+\\d{4}$`);
const CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?$/;

/**
 * "Meet the Buyer – debrief", "Wednesday, 18 November 2054", "16:42" at the start of a text: the
 * title, date and time OneNote puts at the top of a page, copied with the page. Said, not mended: the
 * title may be the officer's own first line.
 */
export function pageHeader(unit: Unit): Hit[] {
  const segs = unit.segments;
  if (!unit.block || segs.length < 3) return [];
  const k = [0, 1].find((d) => WEEKDAY_DATE.test(segs[d]!.text.trim()) && CLOCK.test(segs[d + 1]!.text.trim()));
  if (k === undefined) return [];
  const title = segs[0]!.text.trim();
  if (k === 1 && (/[.!?:;]$/.test(title) || title.split(/\s+/).length > 10)) return [];
  return segs.slice(0, k + 2).map((seg, s) => ({ family: 'pageHeader', seg: s, index: 0, length: seg.text.length, found: seg.text }));
}

/** "#BuyLocal campaign launched": a hashtag, written as text, not a reviewer's "#JM:" or "# JM -". */
const HASHTAG = /^#(?=[\p{L}\p{N}_]*\p{Ll})[\p{L}\p{N}_]{3,}(?![\p{L}\p{N}_]*[ \t]*[:\-\u2013])/u;

/** "# JM - check the date": a reviewer's note typed in line with a block's text, where "#" is text the report prints. */
export function hashInText(unit: Unit): Hit[] {
  if (!unit.block) return [];
  return unit.segments.flatMap((seg, s) =>
    /^#[ \t]*\p{L}/u.test(seg.text) && !HASHTAG.test(seg.text)
      ? [{ family: 'hashInText' as const, seg: s, index: 0, length: seg.text.length, found: seg.text, alone: true }]
      : [],
  );
}

/**
 * "Deleted: 13 November", "Formatted: Font: Bold", "Moved (insertion) [1]": the words Word shows in
 * the balloons beside tracked changes, copied with the text as whole lines of a block.
 */
const BALLOON =
  /^(?:(?:Deleted|Inserted):[ \t]+\S.{0,60}|Formatted:[ \t]+(?:Font|Indent|Left|Right|Centered|Justified|Space|Line spacing|Normal|Highlight|Not |Bold|Italic|Underline|English|Tab stops|Bulleted|Numbered|List|Border|Pattern|Keep)\b.*|Formatted Table|Field Code Changed|Moved (?:\((?:insertion|deletion)\)|up|down)(?:[ \t]*\[\d+\])?:?.*)$/;

/** "Deleted: 212 expired contracts": an officer's own log of a clean-up, not a balloon, unless a surer balloon line is beside it. */
const LOGGED = /^(?:Deleted|Inserted):/;

/**
 * Word's tracked-change balloon lines in a block (see BALLOON): each line goes. "Deleted:" and
 * "Inserted:" lines count only when short (a few words, as a balloon holds a change) or beside a
 * line only Word writes ("Formatted: Font: Bold").
 */
export function balloonText(unit: Unit): Hit[] {
  if (!unit.block) return [];
  const lines = unit.segments.map((seg) => seg.text.trim());
  const sure = lines.some((t) => BALLOON.test(t) && !LOGGED.test(t));
  return unit.segments.flatMap((seg, s) => {
    const t = lines[s]!;
    const words = t.split(/\s+/).length;
    if (!BALLOON.test(t) || words > 10 || (LOGGED.test(t) && !sure && words > 4)) return [];
    return [{ family: 'balloonText' as const, seg: s, index: 0, length: seg.text.length, found: t, alone: true }];
  });
}

/** A block's lines pasted twice, one copy right after the other (eight words or more): the second copy goes. */
export function textTwice(unit: Unit): Hit[] {
  const segs = unit.segments;
  if (!unit.block) return [];
  // Each line trimmed and its words counted once: a long text of long lines is compared, not re-joined, for each span.
  const texts = segs.map((x) => x.text.trim());
  const words = texts.map((t) => (t === '' ? 0 : t.split(/\s+/).length));
  const same = (a: number, b: number, k: number) => texts.slice(a, a + k).every((t, i) => t === texts[b + i]);
  for (let s = 0; s < segs.length; s++) {
    for (let k = 1; s + 2 * k <= segs.length; k++) {
      if (!same(s, s + k, k) || words.slice(s, s + k).reduce((a, b) => a + b, 0) < 8) continue;
      return segs.slice(s + k, s + 2 * k).map((seg, d) => ({
        family: 'textTwice' as const,
        seg: s + k + d,
        index: 0,
        length: seg.text.length,
        found: seg.text,
        meant: '',
        alone: true,
      }));
    }
  }
  return [];
}

/** "Narrative: " at the start of a block's text under "narrative: |": the heading the text had where it was copied from. */
export function keyHeading(unit: Unit): Hit[] {
  const first = unit.segments[0];
  if (!unit.block || !first) return [];
  const name = unit.key.replace(/([a-z])([A-Z])/g, '$1[ \\t]*$2');
  const m = new RegExp(`^${name}[ \\t]*:[ \\t]+(?=\\S)`, 'i').exec(first.text);
  return m ? [{ family: 'keyHeading', seg: 0, index: 0, length: m[0].length, found: m[0], meant: '' }] : [];
}

/** Prefixes a compound keeps its hyphen after: "cross-" and "council" on the next line is "cross-council". */
const PREFIX = /^(?:self|co|non|pre|post|cross|multi|sub|inter|re|anti|semi|well|short|long|full|part|year|mid|over|under|low|high)$/;
/**
 * Second halves that make a word written with its hyphen: "follow-" and "up" on the next line is
 * "follow-up", as are "cost-effective", "in-house", "one-off", "risk-based".
 */
const COMPOUND_TAIL =
  /^(?:up|off|on|in|out|over|back|down|house|effective|efficient|based|led|term|wide|making|time|scale|free|friendly|related|owned|run|going|level|value|date|line|site|side|size|case|way|tier|party|stage|step|point|ready|fit|rate|funded|sourced|focused|specific|known|sized|related|making|sharing|saving|building)$/;
/** Words that follow a hyphen that stands for a word left out: "short- and long-term". */
const CONNECTOR = /^(?:and|or|to|nor|as|than|then)$/;

/** "procure-" at the end of a line and "ment" at the start of the next: a word a PDF broke at a line end. */
export function brokenWords(unit: Unit): Hit[] {
  if (!unit.block) return [];
  for (let s = 0; s + 1 < unit.segments.length; s++) {
    const seg = unit.segments[s]!;
    const first = /(?:^|[\s(])([a-z]{2,})-$/.exec(seg.text);
    const rest = /^([a-z]{2,})(?=[\s.,;:!?)]|$)/.exec(unit.segments[s + 1]!.text);
    if (!first || !rest || CONNECTOR.test(rest[1]!) || unit.segments[s + 1]!.line !== seg.line + 1) continue;
    const word = `${first[1]!}-`;
    // "ment. The" on the next line: the stop goes up with the word, and the line starts at "The".
    const tail = /^([.,;:!?)]*)\s*(.*)$/.exec(unit.segments[s + 1]!.text.slice(rest[1]!.length))!;
    const joined = PREFIX.test(first[1]!) || COMPOUND_TAIL.test(rest[1]!) ? `${word}${rest[1]!}` : `${first[1]!}${rest[1]!}`;
    const said = { before: word, after: rest[1]!, meant: `${joined}${tail[1]!}`, rest: tail[2]!.split(/\s+/).slice(0, 3).join(' ') };
    return [{ family: 'brokenWord', seg: s, index: seg.text.length - word.length, length: word.length, found: word, said }];
  }
  return [];
}
