import type { Plan } from '../plan/model.js';
import type { Quarter } from '../plan/quarters.js';
import type { Movement } from './movement.js';
import type { ActionFigures } from './savings.js';

/** What the report model (src/report) of a quarter is built from: the plan as it stood, and its figures. */
export interface QuarterReport {
  plan: Plan;
  quarter: Quarter;
  /** Savings against target, by action id. */
  figures: ReadonlyMap<string, ActionFigures>;
  /** What moved since the previous quarter, by action id; empty for the first quarter of a plan. */
  movements: ReadonlyMap<string, Movement>;
}
