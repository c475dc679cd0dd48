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
 * The values `plan new-quarter` leaves to fill in, per council: "TODO: Q3 figure (Q2: 33)" for a
 * council with a figure last quarter or a target, so the officer sees where to write each one and what
 * it was (`plan validate` lists every one left: measure-rules.ts).
 */
export function measureValuesToFill(measures: readonly Measure[] | undefined, from: MeasureValues | undefined, quarter: Quarter) {
  if (!measures || measures.length === 0) return undefined;
  return Object.fromEntries(
    measures.map((m) => {
      const before = from?.[m.id] ?? {};
      const codes = [...new Set([...Object.keys(m.target ?? {}), ...Object.keys(before)])];
      return [
        m.id,
        Object.fromEntries(codes.map((code) => [code, `TODO: ${quarter} figure${before[code] ? ` (was ${before[code]!.value})` : ''}`])),
      ];
    }),
  );
}
