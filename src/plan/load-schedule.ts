import { type Due, resolveDue, type SavingsProfile, toProfile } from './schedule.js';

/** The model's lead, due date and savings profile, from a section file's checked data (load-plan.ts). */

/** An action's lead and due date, as the model holds them. */
export function scheduleOf(
  action: { lead?: string | undefined; due?: string | undefined },
  yearStart: { year: number; month: number },
): { lead?: string; due?: Due } {
  const due = action.due === undefined ? undefined : resolveDue(action.due, yearStart);
  return {
    ...(action.lead !== undefined ? { lead: action.lead.trim() } : {}),
    ...(due ? { due } : {}),
  };
}

/** A target's own profile, else the plan's `savingsProfile`, else none (a straight line). */
export function targetProfile(
  own: readonly number[] | undefined,
  planDefault: readonly number[] | undefined,
): { profile?: SavingsProfile } {
  if (own) return { profile: toProfile(own, 'target') };
  if (planDefault) return { profile: toProfile(planDefault, 'plan') };
  return {};
}
