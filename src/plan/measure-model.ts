import type { Quarter } from './quarters.js';

/**
 * Measures beyond money: what an action tracks per council besides a savings target, such as "spend
 * without a purchase order" in percent, lower being better. Plain data, as the rest of the program
 * sees it (load-plan.ts builds it from the YAML; measures-schema.ts is its shape there).
 */

export const MEASURE_UNITS = ['percent', 'count', 'days', 'money'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];
export type Better = 'higher' | 'lower';

export interface Measure {
  /** The key the plan gives it, used by the updates. */
  id: string;
  name: string;
  unit: MeasureUnit;
  better: Better;
  /** The target (or threshold) per council, in the plan's council order; undefined when the plan says `target: none`. */
  target: Record<string, number> | undefined;
  /** The amber band, as a % of the target, when the plan sets it for this measure (else the template's). */
  amberWithinPercent?: number | undefined;
}

/** A council's value of a measure in one update, and the quarter it is for (an earlier one when the figure lags). */
export interface MeasureValue {
  value: number;
  quarter: Quarter;
}

/** An update's measure values: measure id → council code → value. */
export type MeasureValues = Record<string, Record<string, MeasureValue>>;
