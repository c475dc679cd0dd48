import type { Plan } from '../plan/model.js';
import type { Quarter } from '../plan/quarters.js';

/**
 * The plan as it stood at the end of `quarter`: the actions with an update for that quarter, in the
 * sections that have any. An action added in a later quarter was not yet in the plan, and one that
 * ended earlier (completed or dropped) no longer is; the rules make sure every other action has its
 * update. Pure: the report of a quarter is built from this.
 */
export function planAt(plan: Plan, quarter: Quarter): Plan {
  const sections = plan.sections
    .map((section) => ({ ...section, actions: section.actions.filter((action) => action.updates[quarter] !== undefined) }))
    .filter((section) => section.actions.length > 0);
  return { ...plan, sections };
}
