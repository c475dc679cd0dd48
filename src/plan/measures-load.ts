import type { Measure, MeasureValues } from './measure-model.js';
import type { MeasuresInput, UpdateMeasuresInput } from './measures-schema.js';
import type { Quarter } from './quarters.js';

/** Measures from checked YAML to the plan model (load-plan.ts calls these); councils in the plan's order. */

function inOrder<T>(record: Record<string, T>, order: readonly string[]): Record<string, T> {
  const out: Record<string, T> = {};
  for (const code of order) if (Object.hasOwn(record, code)) out[code] = record[code] as T;
  return out;
}

export function measuresOf(input: MeasuresInput | undefined, order: readonly string[]): Measure[] | undefined {
  if (!input) return undefined;
  return Object.entries(input).map(([id, m]) => ({
    id,
    name: m.name.trim(),
    unit: m.unit,
    better: m.better,
    target: m.target === undefined || m.target === 'none' ? undefined : inOrder(m.target, order),
    ...(m.amberWithinPercent !== undefined ? { amberWithinPercent: m.amberWithinPercent } : {}),
  }));
}

export function measureValuesOf(
  input: UpdateMeasuresInput | undefined,
  quarter: Quarter,
  order: readonly string[],
): MeasureValues | undefined {
  if (!input) return undefined;
  const out: MeasureValues = {};
  for (const [id, values] of Object.entries(input)) {
    const byCouncil: MeasureValues[string] = {};
    for (const [code, v] of Object.entries(inOrder(values, order))) {
      // A value still marked TODO (plan new-quarter) is not a figure yet.
      if (typeof v === 'string') continue;
      byCouncil[code] = typeof v === 'number' ? { value: v, quarter } : { value: v.value, quarter: v.quarter };
    }
    out[id] = byCouncil;
  }
  return out;
}

/**
 * The councils to leave a value for when neither a measure's target nor last quarter's figures name
 * any (a measure with `target: none`, say, at the start of a year): those with a figure for it in any
 * update given, else every council of the plan. Never none, or the measure would drop out unseen.
 */
export interface CouncilsToFill {
  earlier: ReadonlyArray<MeasureValues | undefined>;
  all: readonly string[];
}

function fallbackCodes(id: string, councils: CouncilsToFill): string[] {
  const reported = new Set(councils.earlier.flatMap((values) => Object.keys(values?.[id] ?? {})));
  const known = councils.all.filter((code) => reported.has(code));
  return known.length > 0 ? known : [...councils.all];
}

/**
 * The values `plan new-quarter` leaves to fill in, per council: "TODO: Q3 figure (was 33)" for a
 * council with a figure last quarter or a target, so the officer sees where to write each one and what
 * it was (`plan validate` lists every one left: measure-rules.ts).
 */
export function measureValuesToFill(
  measures: readonly Measure[] | undefined,
  from: MeasureValues | undefined,
  quarter: Quarter,
  councils: CouncilsToFill,
) {
  if (!measures || measures.length === 0) return undefined;
  return Object.fromEntries(
    measures.map((m) => {
      const before = from?.[m.id] ?? {};
      const named = [...new Set([...Object.keys(m.target ?? {}), ...Object.keys(before)])];
      const codes = named.length > 0 ? named : fallbackCodes(m.id, councils);
      return [
        m.id,
        Object.fromEntries(codes.map((code) => [code, `TODO: ${quarter} figure${before[code] ? ` (was ${before[code]!.value})` : ''}`])),
      ];
    }),
  );
}
