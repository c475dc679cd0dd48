import { say } from '../messages/index.js';
import { COUNCIL_CODE_KEY, type LineInfo } from './slip-lines.js';
import type { Slip } from './slips.js';

/**
 * What plan wrote or the report adds, left in a line the officer has edited: the section number copied
 * with a title from last quarter's appendix ("title: 5.3 Social Value"), a year roll's "confirm:" line
 * answered instead of deleted, and the "check:" left of the "TODO check:" new-quarter put before a
 * carried note. Each has one right answer, which --fix writes.
 */

/** "key: value" at the start of a line, with the value's offset in the line. */
function keyValue(line: LineInfo): { key: string; value: string; at: number } | undefined {
  const rest = line.text.slice(line.indent);
  const m = /^([A-Za-z][\w-]*):[ \t]+(\S.*)$/.exec(rest);
  if (!m) return undefined;
  let value = m[2]!;
  let end = value.length;
  while (end > 0 && (value[end - 1] === ' ' || value[end - 1] === '\t')) end--;
  value = value.slice(0, end);
  return { key: m[1]!, value, at: line.start + line.indent + m[0].length - m[2]!.length };
}

/** A value's text and the quote around it ('' when plain); a value with a comment or odd quotes is left alone. */
function textOf(value: string): { text: string; quote: string } | undefined {
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
  if (quote === '') return /[ \t]#/.test(value) ? undefined : { text: value, quote };
  if (value.length < 2 || value[value.length - 1] !== quote || value.slice(1, -1).includes(quote)) return undefined;
  return { text: value.slice(1, -1), quote };
}

/** Lines around a title looked at for its section's number: the two stand together at the top of a file. */
const NEAR = 20;

/** The section number given near line `i` ("section: "5.3""), if any: looked for nearby only, so a file of many "title:" lines stays quick. */
export function sectionNumber(lines: readonly LineInfo[], i: number): string | undefined {
  for (let j = Math.max(0, i - NEAR); j < Math.min(lines.length, i + NEAR); j++) {
    const line = lines[j]!;
    if (line.indent !== 0 || line.blank || line.comment || line.inBlock) continue;
    const m = /^section:[ \t]*(["']?)(\d+(?:\.\d+)*)\1[ \t]*(?:#.*)?$/.exec(line.text);
    if (m) return m[2];
  }
  return undefined;
}

/**
 * "title: 5.3 Social Value and Climate": the section's title starts with its own number (and perhaps
 * "Section", a dot or a dash after it), which the report puts before the title itself.
 */
export function numberInTitle(line: LineInfo, section: string | undefined): Slip | undefined {
  if (section === undefined || line.indent !== 0) return undefined;
  const kv = keyValue(line);
  if (kv?.key !== 'title') return undefined;
  const written = textOf(kv.value);
  if (!written) return undefined;
  const number = section.replace(/\./g, '\\.');
  const m = new RegExp(`^(?:section[ \\t]+)?${number}\\.?(?:[ \\t]*[:\\u2013\\u2014-])?[ \\t]+(?=[A-Za-z])`, 'i').exec(written.text);
  if (!m) return undefined;
  const title = written.text.slice(m[0].length);
  const at = kv.at + written.quote.length;
  return {
    offset: kv.at,
    code: 'section-number-in-title',
    ...say.numberInTitle({ number: section, written: m[0], title }),
    edits: [{ at, remove: m[0].length, insert: '' }],
    severity: 'warning',
  };
}

/**
 * "section: "4.12."": the section number copied from a Word heading, whose numbering puts a full stop
 * (or a bracket or colon) after it. Digits and dots with that mark after them have one reading, the
 * number without it, which --fix writes (quotes kept).
 */
export function sectionNumberMark(line: LineInfo): Slip | undefined {
  if (line.indent !== 0 || line.inBlock || line.comment) return undefined;
  const m = /^(section:[ \t]*)(["']?)(\d+(?:\.\d+)*)([.):]+)\2[ \t]*(?:#.*)?$/.exec(line.text);
  if (!m) return undefined;
  const number = m[3]!;
  const at = line.start + m[1]!.length + m[2]!.length + number.length;
  return {
    offset: line.start + m[1]!.length,
    code: 'section-number-mark',
    ...say.sectionNumberMark({ number, mark: m[4]! }),
    edits: [
      ...(m[2] ? [] : [{ at: line.start + m[1]!.length, remove: 0, insert: '"' }]),
      { at, remove: m[4]!.length, insert: m[2] ? '' : '"' },
    ],
  };
}

/** Words that say a target is not yet checked: the line is then still the officer's reminder. */
const NOT_DONE = /\bTODO\b|\b(?:tbc|tbd|pending|not yet)\b|\?|^\s*check\b|delete this line/i;

/**
 * "confirm: checked 14/04/2031": the line the year roll wrote into a target, answered instead of
 * deleted. The target is confirmed; the line has no place in the plan.
 */
export function confirmAnswered(text: string, lines: readonly LineInfo[], i: number, parent: string | undefined): Slip | undefined {
  const line = lines[i]!;
  const kv = keyValue(line);
  if (kv?.key !== 'confirm' || parent !== 'target') return undefined;
  const written = textOf(kv.value);
  if (!written || written.text.trim() === '' || NOT_DONE.test(written.text)) return undefined;
  const end = i + 1 < lines.length ? lines[i + 1]!.start : text.length;
  return {
    offset: line.start + line.indent,
    code: 'confirm-answered',
    ...say.confirmAnswered({ answer: written.text, line: i + 1 }),
    edits: [{ at: line.start, remove: end - line.start, insert: '' }],
    severity: 'warning',
  };
}

/**
 * "KBC: "check: two parish councils paid late"": "TODO " deleted from the "TODO check: " new-quarter
 * puts before a carried note, and "check:" left, which the report would print.
 */
export function checkLeftOnNote(line: LineInfo, parent: string | undefined): Slip | undefined {
  if (parent !== 'notes') return undefined;
  const kv = keyValue(line);
  if (!kv || !COUNCIL_CODE_KEY.test(kv.key)) return undefined;
  const written = textOf(kv.value);
  const m = written && /^[ \t]*check[ \t]*:[ \t]*(?=\S)/i.exec(written.text);
  if (!written || !m) return undefined;
  return {
    offset: kv.at,
    code: 'check-left-on-note',
    ...say.checkLeftOnNote({ code: kv.key, note: written.text.slice(m[0].length), written: m[0].trim() }),
    edits: [{ at: kv.at + written.quote.length, remove: m[0].length, insert: '' }],
  };
}
