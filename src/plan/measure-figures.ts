import { asDict } from '../input/check-yaml.js';
import { formatMoney } from '../shared/numbers.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { type ActionRef, at, type Dict, lineOfWords } from './rule-context.js';

/** A measure's figures as the checks that hold them to the plan's words read them. */

/** A figure said in line with the council's other figures: within this factor of their range. */
const IN_LINE = 2;

/** A measure's value, written as a number or as "value:" with a quarter. */
export function measureValue(raw: unknown): number | undefined {
  const v = typeof raw === 'number' ? raw : asDict(raw)?.value;
  return typeof v === 'number' ? v : undefined;
}

/** A measure's row as council → value, leaving out what is no figure. */
export function rowValues(row: unknown): Map<string, number> {
  return new Map(
    Object.entries(asDict(row) ?? {}).flatMap(([c, v]) => (measureValue(v) === undefined ? [] : [[c, measureValue(v)!] as const])),
  );
}

/** Whether `said` sits among the council's figures of the measure in the other quarters and its target. */
export function inLine(measure: Dict, updates: Dict, id: string, code: string, q: Quarter, said: number): boolean {
  const refs = others(measure, updates, id, code, q);
  if (refs.length === 0 || said <= 0) return false;
  return said >= Math.min(...refs) / IN_LINE && said <= Math.max(...refs) * IN_LINE;
}

/** The council's figures of the measure in the other quarters, and its target. */
export function others(measure: Dict, updates: Dict, id: string, code: string, q: Quarter): number[] {
  return [
    ...QUARTERS.filter((l) => l !== q).map((l) => measureValue(asDict(asDict(asDict(updates[l])?.measures)?.[id])?.[code])),
    measureValue(asDict(measure.target)?.[code]),
  ].filter((n): n is number => n !== undefined && n > 0);
}

/**
 * Where a measure figure held to its narrative is said: at the figure (its "value:" when written
 * long), and the line of the narrative that gives the words.
 */
export function measureSlipPlace(
  ref: ActionRef,
  slip: { quarter: Quarter; id: string; code: string; said: string },
): { offset: number; line: number } {
  const update = [...ref.path, 'updates', slip.quarter];
  const line = lineOfWords(ref, ['updates', slip.quarter, 'narrative'], slip.said);
  const path = [...update, 'measures', slip.id, slip.code];
  const row = asDict(asDict(asDict(asDict(ref.action.updates)?.[slip.quarter])?.measures)?.[slip.id]);
  const long = asDict(row?.[slip.code]) !== undefined;
  return { offset: at(ref.f, long ? [...path, 'value'] : path), line };
}

/** A measure's figure as its unit writes it: "9%", "\u00a32,400", "21 days", "14". */
export function shown(unit: unknown, n: number): string {
  if (unit === 'percent') return `${n}%`;
  if (unit === 'money') return formatMoney(n);
  return unit === 'days' ? `${n} days` : String(n);
}
