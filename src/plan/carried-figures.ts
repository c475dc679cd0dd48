import { asDict } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { previousQuarter, QUARTERS, type Quarter } from './quarters.js';

/**
 * Figures copied or carried inside one action and not overtyped: a quarter's achieved figures pasted
 * over the target, the achieved lines copied to make the pending ones, a measure line left as the
 * quarter before's while the other line moved. Each set compared is two or more uneven figures, so that the sameness cannot be chance. Pure
 * functions of an action's data (raw, or the loaded plan's), so that the status the figures would
 * rate is left alone while they are in doubt (src/compute/check-plan.ts).
 */

type Dict = Record<string, unknown>;
type Figures = Readonly<Record<string, number>>;

/** A slip found in an action: where (inside the action), what kind, and its quarter. */
export interface Carried {
  at: PathSegment[];
  quarter: Quarter;
  /** The other figures it is the same as, inside the action. */
  like: PathSegment[];
}

function numbersOf(part: unknown): Figures {
  return Object.fromEntries(Object.entries(asDict(part) ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

/** Two or more figures above zero, not all the same: another set having them all is no chance. */
function uneven(figures: Figures): boolean {
  const above = Object.values(figures).filter((v) => v > 0);
  return above.length >= 2 && new Set(above).size > 1;
}

/** Every council of `copy` has the same figure in `source`, and there are two or more uneven ones. */
function sameFigures(copy: Figures, source: Figures): boolean {
  const codes = Object.keys(copy);
  return uneven(copy) && codes.every((c) => Object.hasOwn(source, c) && source[c] === copy[c]);
}

const updateOf = (action: Dict, q: Quarter) => asDict(asDict(action.updates)?.[q]);

/**
 * The quarter whose achieved figures the target's amounts are, council for council, when the sameness
 * cannot be a target met: the figures are not round thousands, or they are reached before the year's
 * last quarter by figures that grew to them (not a one-off sum paid in full).
 */
export function targetAsAchieved(action: Dict): Quarter | undefined {
  const target = numbersOf(asDict(action.target)?.amounts);
  return [...QUARTERS].reverse().find((q, i) => {
    const achieved = numbersOf(updateOf(action, q)?.achieved);
    if (!sameFigures(target, achieved)) return false;
    if (Object.values(target).some((v) => v % 1000 !== 0)) return true;
    const p = previousQuarter(q);
    const before = p ? numbersOf(updateOf(action, p)?.achieved) : {};
    return i > 0 && Object.keys(target).every((c) => (before[c] ?? 0) > 0 && before[c]! < target[c]!);
  });
}

/** The quarters whose pending figures are their own achieved figures, council for council. */
export function pendingAsAchieved(action: Dict): Quarter[] {
  return QUARTERS.filter((q) => {
    const update = updateOf(action, q);
    return sameFigures(numbersOf(update?.pending), numbersOf(update?.achieved));
  });
}

/**
 * Measure lines the same as the quarter before's, council for council, while another measure line of
 * the same update changed: the lines were copied to write the quarter and this one not overtyped.
 */
export function measureLinesCarried(action: Dict): Carried[] {
  return QUARTERS.flatMap((q) => {
    const p = previousQuarter(q);
    const now = asDict(updateOf(action, q)?.measures);
    const before = p ? asDict(updateOf(action, p)?.measures) : undefined;
    if (!p || !now || !before) return [];
    const same = (id: string) => sameFigures(numbersOf(now[id]), numbersOf(before[id]));
    const moved = Object.keys(now).some((id) => {
      const [a, b] = [numbersOf(now[id]), numbersOf(before[id])];
      return Object.keys(a).length > 0 && Object.entries(a).some(([c, v]) => Object.hasOwn(b, c) && b[c] !== v);
    });
    if (!moved) return [];
    return Object.keys(now)
      .filter(same)
      .map((id) => ({ at: ['updates', q, 'measures', id], quarter: q, like: ['updates', p, 'measures', id] }));
  });
}
