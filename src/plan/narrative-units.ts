import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { inLine, measureSlipPlace } from './measure-figures.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { type Dict, eachAction, problem, type RuleContext } from './rule-context.js';
import { NUMBER_WORD, numberOf } from './text-figures.js';

/**
 * A measure in days given a value in weeks, as the council's return now gives it: "SDN's return now
 * gives its average in weeks: three weeks, or 21 days". The 3 fits the unit, and reads as the best
 * figure of all. Or given the share of invoices paid in time from the same finance return: "RDC paid
 * 92% of invoices within 30 days, at an average of 19 days", with 92 typed. Found when the update's
 * narrative gives the council's figure in weeks, or as a percentage, as the value typed, and the days
 * it means (or gives beside it) are in line with the council's other quarters and target while the
 * value typed is not.
 */

export interface UnitSlip {
  quarter: Quarter;
  id: string;
  code: string;
  now: number;
  /** The narrative's words for the figure ("three weeks, or 21 days"), and the days to write. */
  said: string;
  meant: number;
  /** What the value typed is: the figure in weeks, or a percentage ("92%"). */
  as: 'weeks' | 'percent';
}

const WEEKS = new RegExp(`\\b(${NUMBER_WORD})\\s+weeks?\\b(?:[^\\d.;]{0,12}?\\b(\\d+(?:\\.\\d+)?)\\s+days?\\b)?`, 'i');

/** A number of days that is a figure, not a limit: "an average of 19 days", not "within 30 days". */
const DAYS = /(?<!\b(?:within|in|under|inside|than|over|after|beyond|by)\s)\b(\d+(?:\.\d+)?)\s+days?\b/i;

/** The part of a narrative line about `code`: from its name to the next council's. */
function aboutCouncil(line: string, code: string, codes: readonly string[]): string | undefined {
  const start = line.search(new RegExp(`\\b${code}\\b`));
  if (start === -1) return undefined;
  const rest = line.slice(start + code.length);
  const next = Math.min(
    ...codes
      .filter((c) => c !== code)
      .map((c) => rest.search(new RegExp(`\\b${c}\\b`)))
      .filter((i) => i >= 0),
    rest.length,
  );
  return rest.slice(0, next);
}

/** What the narrative says the value typed is (in weeks, or a percentage), and the days meant; undefined when it does not. */
function inWeeks(
  narrative: string,
  code: string,
  codes: readonly string[],
  now: number,
): Omit<UnitSlip, 'quarter' | 'id' | 'code' | 'now'> | undefined {
  for (const line of narrative.split('\n')) {
    const part = aboutCouncil(line, code, codes);
    if (part === undefined) continue;
    const m = WEEKS.exec(part);
    if (m && numberOf(m[1]!) === now) {
      const days = m[2] === undefined ? undefined : Number(m[2]);
      return { said: m[0], meant: days !== undefined && Math.abs(days - now * 7) <= 7 ? days : now * 7, as: 'weeks' };
    }
    const percent = new RegExp(`\\b${now}\\s?(?:%|per ?cent\\b)`, 'i').exec(part);
    const days = percent ? DAYS.exec(part) : null;
    if (percent && days) return { said: percent[0], meant: Number(days[1]), as: 'percent' };
  }
  return undefined;
}

/** Values of days measures typed in weeks or as a percentage, as their narratives give them. */
export function figuresInWeeks(action: Dict): UnitSlip[] {
  const out: UnitSlip[] = [];
  const updates = asDict(action.updates) ?? {};
  for (const [id, raw] of Object.entries(asDict(action.measures) ?? {})) {
    const measure = asDict(raw);
    if (measure?.unit !== 'days') continue;
    for (const quarter of QUARTERS) {
      const update = asDict(updates[quarter]);
      const row = asDict(asDict(update?.measures)?.[id]);
      if (!row || typeof update?.narrative !== 'string') continue;
      for (const [code, v] of Object.entries(row)) {
        const now = typeof v === 'number' ? v : asDict(v)?.value;
        if (typeof now !== 'number' || now <= 0) continue;
        const found = inWeeks(update.narrative, code, Object.keys(row), now);
        if (!found || inLine(measure, updates, id, code, quarter, now) || !inLine(measure, updates, id, code, quarter, found.meant))
          continue;
        out.push({ quarter, id, code, now, ...found });
      }
    }
  }
  return out;
}

/** A thing as counted, one or many: "supplier" of "suppliers", "company" of "companies". */
const singular = (word: string) => word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');

/** The thing a count measure counts: the first word of its name when it is a plural ("suppliers attending \u2026"). */
function countedThing(name: unknown): string | undefined {
  const m = /^\s*([a-z][a-z-]{2,}s)\b/i.exec(typeof name === 'string' ? name : '');
  return m ? singular(m[1]!) : undefined;
}

/** Each number of a text with the words after it (two at most): "2 events in", "72 suppliers between". */
const counts = (text: string) => [...text.matchAll(/\b(\d+)\s+([a-z][a-z'-]*)(?:\s+([a-z][a-z'-]*))?/gi)];

/**
 * A count's figure that the narrative gives the council as a number of other things, beside the
 * number of the things counted: "SKC held 2 events \u2026 with 72 suppliers between them", and 2 typed
 * for suppliers. Read from the part of a line about the council, when the figure is never given of the
 * things counted there and one other number is.
 */
function otherThing(part: string, thing: string, now: number): { said: string; meant: number } | undefined {
  const found = counts(part);
  const of = (m: RegExpMatchArray) => [m[2], m[3]].some((w) => w !== undefined && singular(w) === thing);
  const typed = found.filter((m) => Number(m[1]) === now);
  const things = [...new Set(found.filter(of).map((m) => Number(m[1])))].filter((n) => n !== now);
  const t = typed[0];
  // The things the figure numbers are a plural, right after it or after one word: "2 events", "3 panel meetings".
  const plural = t && (/s$/i.test(t[2]!) ? t[2] : t[3] !== undefined && /s$/i.test(t[3]) ? `${t[2]} ${t[3]}` : undefined);
  if (!t || !plural || typed.some(of) || things.length !== 1) return undefined;
  return { said: `${t[1]} ${plural}`, meant: things[0]! };
}

/** Values of count measures typed as the number of another thing their narratives give. */
function figuresOfOtherThings(action: Dict): (Omit<UnitSlip, 'as'> & { thing: string })[] {
  const updates = asDict(action.updates) ?? {};
  return Object.entries(asDict(action.measures) ?? {}).flatMap(([id, raw]) => {
    const measure = asDict(raw);
    const thing = measure?.unit === 'count' ? countedThing(measure.name) : undefined;
    if (!measure || !thing) return [];
    return QUARTERS.flatMap((quarter) => {
      const update = asDict(updates[quarter]);
      const row = asDict(asDict(update?.measures)?.[id]);
      if (!row || typeof update?.narrative !== 'string') return [];
      const narrative = update.narrative;
      return Object.entries(row).flatMap(([code, now]) => {
        if (typeof now !== 'number' || now <= 0) return [];
        const parts = narrative.split('\n').flatMap((line) => aboutCouncil(line, code, Object.keys(row)) ?? []);
        const found = parts.map((p) => otherThing(p, thing, now)).find((f) => f !== undefined);
        if (!found || inLine(measure, updates, id, code, quarter, now) || !inLine(measure, updates, id, code, quarter, found.meant))
          return [];
        return [{ quarter, id, code, now, ...found, thing }];
      });
    });
  });
}

export const measuresInOtherUnits = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    for (const slip of figuresInWeeks(ref.action)) {
      const { offset, line } = measureSlipPlace(ref, slip);
      const wording = slip.as === 'weeks' ? say.measureInWeeks({ ...slip, line }) : say.measurePercentAsDays({ ...slip, line });
      out.push(problem(ref.f, offset, 'warning', 'figure-in-other-unit', wording));
    }
    for (const slip of figuresOfOtherThings(ref.action)) {
      const { offset, line } = measureSlipPlace(ref, slip);
      out.push(problem(ref.f, offset, 'warning', 'figure-of-other-thing', say.measureOfOtherThing({ ...slip, line })));
    }
  }
  return out;
};
