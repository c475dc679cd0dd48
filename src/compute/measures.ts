import type { Better, Measure, MeasureUnit, MeasureValue } from '../plan/measure-model.js';
import type { Action, Council, Rag } from '../plan/model.js';
import { previousQuarter, type Quarter } from '../plan/quarters.js';

/**
 * A measure's standing at a quarter, per council: its target, value, the previous quarter's value, a
 * RAG rating from the target with a tolerance band, and the direction of travel. Pure.
 *
 * RAG: green at the target or better; amber when worse than the target by no more than
 * `amberWithinPercent` % of it; red beyond that. Direction: the value against the previous quarter's,
 * better or worse as the measure says which way is better.
 */

/** The amber band when neither the plan nor the template sets one: within 10% of the target. */
const DEFAULT_MEASURE_AMBER_PERCENT = 10;

export type Direction = 'better' | 'worse' | 'same';

export interface MeasurePoint {
  target?: number | undefined;
  value?: MeasureValue | undefined;
  previous?: MeasureValue | undefined;
  rag?: Rag | undefined;
  direction?: Direction | undefined;
}

interface MeasureCouncil extends MeasurePoint {
  code: string;
  name: string;
}

export interface MeasureFigures {
  actionId: string;
  measure: Measure;
  quarter: Quarter;
  /** The quarter `previous` values are from, when there is one. */
  previousQuarter?: Quarter | undefined;
  amberWithinPercent: number;
  councils: MeasureCouncil[];
  /** All councils added, for counts and money when every council has a target and a value; never for percentages or days. */
  combined?: MeasurePoint | undefined;
}

/** Whether `a` is at most `b`, allowing for the binary rounding of decimals such as 2.2. */
function atMost(a: number, b: number): boolean {
  return a <= b + 1e-9 * Math.max(1, Math.abs(b));
}

export function measureRag(value: number, target: number, better: Better, amberWithinPercent: number): Rag {
  // Scaled by 100 so that "within 10%" compares 100 × value with (100 ± 10) × target.
  if (better === 'lower') {
    if (atMost(value, target)) return 'green';
    return atMost(value * 100, target * (100 + amberWithinPercent)) ? 'amber' : 'red';
  }
  if (atMost(target, value)) return 'green';
  return atMost(target * (100 - amberWithinPercent), value * 100) ? 'amber' : 'red';
}

export function direction(value: number, previous: number, better: Better): Direction {
  if (atMost(value, previous) && atMost(previous, value)) return 'same';
  return value < previous === (better === 'lower') ? 'better' : 'worse';
}

function point(
  target: number | undefined,
  value: MeasureValue | undefined,
  previous: MeasureValue | undefined,
  m: Measure,
  amber: number,
): MeasurePoint {
  return {
    target,
    value,
    previous,
    rag: target !== undefined && value ? measureRag(value.value, target, m.better, amber) : undefined,
    direction: value && previous ? direction(value.value, previous.value, m.better) : undefined,
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/**
 * Units whose councils' figures add up to a figure for all of them: money and counts. A percentage is a
 * share of each council's own whole, and days are an average or a time per case (days to pay, days
 * to award): 18 days and 26 days are not 44 days, and their plain mean would hide the slower council.
 */
const ADDITIVE: ReadonlySet<MeasureUnit> = new Set(['money', 'count']);

function combinedPoint(m: Measure, councils: readonly MeasureCouncil[], q: Quarter, amber: number): MeasurePoint | undefined {
  if (!ADDITIVE.has(m.unit) || councils.length < 2 || !m.target) return undefined;
  if (councils.some((c) => c.target === undefined || !c.value || c.value.quarter !== q)) return undefined;
  const target = sum(councils.map((c) => c.target!));
  const value = { value: sum(councils.map((c) => c.value!.value)), quarter: q };
  const previousQ = councils[0]!.previous?.quarter;
  const previous =
    previousQ && councils.every((c) => c.previous?.quarter === previousQ)
      ? { value: sum(councils.map((c) => c.previous!.value)), quarter: previousQ }
      : undefined;
  return point(target, value, previous, m, amber);
}

/** Each measure of `action` at `quarter`, with the councils that have a target or a value. */
export function computeMeasures(
  action: Action,
  quarter: Quarter,
  councils: readonly Council[],
  templateAmber = DEFAULT_MEASURE_AMBER_PERCENT,
): MeasureFigures[] {
  const prevQ = previousQuarter(quarter);
  const now = action.updates[quarter]?.measures ?? {};
  const before = prevQ ? (action.updates[prevQ]?.measures ?? {}) : {};
  return (action.measures ?? []).map((m) => {
    const amber = m.amberWithinPercent ?? templateAmber;
    const rows: MeasureCouncil[] = councils
      .filter((c) => m.target?.[c.code] !== undefined || now[m.id]?.[c.code] !== undefined || before[m.id]?.[c.code] !== undefined)
      .map((c) => {
        const value = now[m.id]?.[c.code];
        const previous = before[m.id]?.[c.code];
        // A lagging figure carried into the next quarter is the same figure, not a previous one.
        const earlier = previous && value && previous.quarter === value.quarter ? undefined : previous;
        return { code: c.code, name: c.name, ...point(m.target?.[c.code], value, earlier, m, amber) };
      });
    return {
      actionId: action.id,
      measure: m,
      quarter,
      previousQuarter: prevQ && action.updates[prevQ] ? prevQ : undefined,
      amberWithinPercent: amber,
      councils: rows,
      combined: combinedPoint(m, rows, quarter, amber),
    };
  });
}
