import { say } from '../messages/index.js';
import { MONTHS } from '../shared/words.js';
import { type LineInfo, scanLines } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

const LABEL_LINE = /^[ \t]+label:[ \t]*(["']?)(\d{4})\/(\d{2})\1[ \t]*(?:#.*)?$/;
const STARTS_LINE = /^([ \t]+starts:[ \t]*)(["']?)(\d{4})-01-01\2[ \t]*(#.*)?$/;

/**
 * plan.yaml's "starts: 2034-01-01" under "label: 2034/35": the first day of the calendar year typed by
 * habit. A year labelled across two calendar years cannot start in January (it would end in December
 * of its first), so there is one right reading: the month the line's own note gives Q1 ("Q1 is
 * April-June"), else April, when English councils' financial year starts. --fix writes it, note kept.
 */
export function findPlanSlips(text: string, context: SlipContext, lines: readonly LineInfo[] = scanLines(text)): Slip[] {
  if (!context.firstDayKeys?.has('starts')) return [];
  const written = labelWritten(lines);
  if (written) return [written];
  const last = startsOnLastDay(lines);
  return last ? [last] : startsInJanuary(lines);
}

/** "label: 2046/2047", "label: 2046-47", "label: 46/47": a financial year of one reading in another form. */
const LABEL_FORM = /^([ \t]+label:[ \t]*)(["']?)((?:FY[ \t]*)?(\d{4}|\d{2})[ \t]*[/-][ \t]*(\d{4}|\d{2}))\2[ \t]*(?:#.*)?$/i;

/**
 * plan.yaml's label written with both years in full, a hyphen, or the first year short: the two years
 * follow each other, so there is one label to write, which --fix writes.
 */
function labelWritten(lines: readonly LineInfo[]): Slip | undefined {
  for (const line of lines) {
    const m = line.inBlock || line.comment ? null : LABEL_FORM.exec(line.text);
    if (!m) continue;
    const first = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    const next = m[5]!.length === 2 ? Math.floor((first + 1) / 100) * 100 + Number(m[5]) : Number(m[5]);
    const label = `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
    if (next !== first + 1 || m[3] === label) return undefined;
    const at = line.start + m[1]!.length;
    const remove = m[2]!.length * 2 + m[3]!.length;
    return {
      offset: at,
      code: 'year-label-written',
      ...say.yearLabelWritten({ written: m[3]!, label }),
      edits: [{ at, remove, insert: label }],
    };
  }
  return undefined;
}

const STARTS_ANY = /^([ \t]+starts:[ \t]*)(["']?)(\d{4})-(\d{2})-(\d{2})\2[ \t]*(?:#.*)?$/;

/**
 * "starts: 2050-03-31" under "label: 2049/50": the year's last day typed for its first, from the
 * accounts' "year ending 31 March 2050". A month's last day in the label's second year is the end of
 * the year that starts the next day, a year earlier: one reading, which --fix writes (note kept).
 */
function startsOnLastDay(lines: readonly LineInfo[]): Slip | undefined {
  const label = lines.map((l) => (l.inBlock || l.comment ? null : LABEL_LINE.exec(l.text))).find((m) => m);
  if (!label || Number(label[3]) !== (Number(label[2]) + 1) % 100) return undefined;
  for (const line of lines) {
    const m = line.inBlock || line.comment ? null : STARTS_ANY.exec(line.text);
    if (!m || Number(m[3]) !== Number(label[2]) + 1) continue;
    const day = new Date(Date.UTC(Number(m[3]), Number(m[4]) - 1, Number(m[5])));
    const next = new Date(day.getTime() + 86_400_000);
    if (next.getUTCDate() !== 1 || day.getUTCMonth() !== Number(m[4]) - 1) return undefined;
    const month = next.getUTCMonth();
    const meant = `${next.getUTCFullYear() - 1}-${String(month + 1).padStart(2, '0')}-01`;
    if (Number(meant.slice(0, 4)) !== Number(label[2])) return undefined;
    const at = line.start + m[1]!.length + m[2]!.length;
    const written = `${m[3]}-${m[4]}-${m[5]}`;
    const wording = say.yearStartsOnLastDay({ label: `${label[2]}/${label[3]}`, written, meant, month: MONTHS[month]! });
    return { offset: at, code: 'year-starts-on-last-day', ...wording, edits: [{ at, remove: 10, insert: meant }] };
  }
  return undefined;
}

function startsInJanuary(lines: readonly LineInfo[]): Slip[] {
  const label = lines.map((l) => (l.inBlock || l.comment ? null : LABEL_LINE.exec(l.text))).find((m) => m);
  if (!label || Number(label[3]) !== (Number(label[2]) + 1) % 100) return [];
  for (const line of lines) {
    const m = line.inBlock || line.comment ? null : STARTS_LINE.exec(line.text);
    if (!m || m[3] !== label[2]) continue;
    const month = monthOfQ1(m[4] ?? '');
    const at = line.start + m[1]!.length + m[2]!.length;
    const meant = `${m[3]}-${String(month + 1).padStart(2, '0')}-01`;
    const wording = say.yearStartsInJanuary({
      label: `${label[2]}/${label[3]}`,
      written: `${m[3]}-01-01`,
      meant,
      month: MONTHS[month]!,
      q1: `${MONTHS[month]}\u2013${MONTHS[(month + 2) % 12]}`,
    });
    return [{ offset: at, code: 'year-starts-in-january', ...wording, edits: [{ at, remove: 10, insert: meant }] }];
  }
  return [];
}

/** The month a note says Q1 starts in ("# Q1 is July to September"), if not January; else April (3). */
function monthOfQ1(note: string): number {
  const m = /\bQ1\b\D{0,12}?([A-Za-z]{3,9})/i.exec(note);
  const month = m ? MONTHS.findIndex((name) => name.toLowerCase().startsWith(m[1]!.toLowerCase().slice(0, 3))) : -1;
  return month > 0 ? month : 3;
}
