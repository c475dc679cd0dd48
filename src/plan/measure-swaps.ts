import { asDict } from '../input/check-yaml.js';
import type { Wording } from '../messages/index.js';
import { say } from '../messages/index.js';
import { shown } from './measure-figures.js';
import { QUARTERS, type Quarter } from './quarters.js';
import type { Dict } from './rule-context.js';

/**
 * Two measure lines of one update whose figures were exchanged (a spreadsheet's two columns in the
 * other order): each line still fits its unit, so nothing else is said, and the report's direction of
 * travel compares against them. Read as exchanged only when, council by council, the figures are far
 * from their own measure's other quarters and target, while the other way round every one sits among
 * them.
 */

/** Within this factor of the range of a measure's other figures, a figure is among them. */
const AMONG = 1.5;
/** At least this factor outside that range, a figure is far from them. */
const FAR = 3;

export interface MeasureSwap {
  quarter: Quarter;
  first: string;
  second: string;
  /** The councils whose figures were exchanged, each with the two figures as written. */
  councils: Array<[string, number, number]>;
  wording: Wording;
}

function measureValue(raw: unknown): number | undefined {
  const v = typeof raw === 'number' ? raw : asDict(raw)?.value;
  return typeof v === 'number' ? v : undefined;
}

export function valueAt(updates: Dict, q: Quarter, id: string, code: string): number | undefined {
  return measureValue(asDict(asDict(asDict(updates[q])?.measures)?.[id])?.[code]);
}

/** The range of a council's other figures of a measure (other quarters and its target), when two or more. */
export function rangeOf(measure: Dict, updates: Dict, q: Quarter, id: string, code: string): [number, number] | undefined {
  const target = measureValue(asDict(measure.target)?.[code]);
  const refs = [...QUARTERS.filter((l) => l !== q).map((l) => valueAt(updates, l, id, code)), target].filter(
    (n): n is number => n !== undefined && n > 0,
  );
  return refs.length >= 2 ? [Math.min(...refs), Math.max(...refs)] : undefined;
}

/** How many times outside the range a figure is (1 within it); a percentage over 100 is out of every range. */
export function outside(value: number, [lo, hi]: [number, number], unit: unknown): number {
  if (value <= 0 || (unit === 'percent' && value > 100)) return Number.POSITIVE_INFINITY;
  return Math.max(1, lo / value, value / hi);
}

/** Whether every shared council's figures fit the other line's measure, and not their own. */
function exchanged(ms: [Dict, Dict], updates: Dict, q: Quarter, ids: [string, string], codes: readonly string[]): boolean {
  let far = 0;
  for (const code of codes) {
    const ranges = ids.map((id) => rangeOf(ms[ids.indexOf(id)]!, updates, q, id, code));
    const values = ids.map((id) => valueAt(updates, q, id, code));
    if (!ranges[0] || !ranges[1] || values[0] === undefined || values[1] === undefined) return false;
    const [u0, u1] = [ms[0].unit, ms[1].unit];
    if (outside(values[1], ranges[0], u0) > AMONG || outside(values[0], ranges[1], u1) > AMONG) return false;
    if (Math.max(outside(values[0], ranges[0], u0), outside(values[1], ranges[1], u1)) >= FAR) far++;
  }
  return far === codes.length;
}

/** Every pair of measure lines of an update whose figures look exchanged. */
export function swappedMeasures(action: Dict): MeasureSwap[] {
  const measures = asDict(action.measures) ?? {};
  const updates = asDict(action.updates) ?? {};
  const out: MeasureSwap[] = [];
  for (const q of QUARTERS) {
    const rows = Object.entries(asDict(asDict(updates[q])?.measures) ?? {}).filter(([id, row]) => asDict(measures[id]) && asDict(row));
    rows.forEach(([first, row], n) => {
      for (const [second, other] of rows.slice(n + 1)) {
        const codes = Object.keys(asDict(row)!).filter((c) => c in asDict(other)!);
        const ms: [Dict, Dict] = [asDict(measures[first])!, asDict(measures[second])!];
        if (codes.length === 0 || !exchanged(ms, updates, q, [first, second], codes)) continue;
        const councils = codes.map((c): [string, number, number] => [c, valueAt(updates, q, first, c)!, valueAt(updates, q, second, c)!]);
        // The figures as written are shown in their unit; those to write, as plain numbers.
        const list = (i: 1 | 2, unit: unknown) => councils.map((c) => `${c[0]} ${shown(unit, c[i])}`).join(', ');
        const wording = say.measuresExchanged({
          quarter: q,
          first,
          second,
          firstNow: list(1, ms[0].unit),
          secondNow: list(2, ms[1].unit),
          firstMeant: list(2, undefined),
          secondMeant: list(1, undefined),
        });
        out.push({ quarter: q, first, second, councils, wording });
      }
    });
  }
  return out;
}
