import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ExitError, usageError } from '../errors.js';
import { type LoadResult, loadPlan } from '../plan/load-plan.js';
import type { Plan } from '../plan/model.js';
import { QUARTERS, type Quarter, quarterIndex, yearLabelFrom } from '../plan/quarters.js';
import { showPath } from '../shared/paths.js';

/** The year before's archive, as `new-quarter --new-year` leaves it in the plans folder, when it is there. */
export function lastYearArchive(plan: Plan, where: { plansDir: string; cwd: string }): { year: string; shown: string } | undefined {
  const year = yearLabelFrom(plan.financialYear.startYear - 1);
  const archive = resolve(where.cwd, where.plansDir, 'archive', year.replace('/', '-'));
  return existsSync(archive) ? { year, shown: showPath(archive, where.cwd) } : undefined;
}

/**
 * A quarter asked for (`plan report --quarter`, `plan validate --quarter`) that no action of the plan
 * has: before its first update, or past its last (not started yet, or the year before, now in the
 * archive that `new-quarter --new-year` made). One message saying which, instead of "has no Q3 update"
 * at every action; undefined when some action has the quarter, or the plan has no update at all.
 */
function quarterNotInPlan(
  plan: Plan,
  quarter: Quarter,
  where: { plansDir: string; cwd: string },
  command: 'report' | 'validate',
): ExitError | undefined {
  const actions = plan.sections.flatMap((s) => s.actions);
  const written = QUARTERS.filter((q) => actions.some((a) => a.updates[q] !== undefined));
  if (written.length === 0 || written.includes(quarter)) return undefined;
  const [first, last] = [written[0]!, written.at(-1)!];
  const year = plan.financialYear.label;
  const archived = lastYearArchive(plan, where);
  const elsewhere = archived
    ? `${archived.year} is in ${archived.shown}: plan ${command} --plans ${archived.shown} --quarter ${quarter}; `
    : '';
  if (quarterIndex(quarter) < quarterIndex(first)) {
    const what = command === 'report' ? `so a ${quarter} report would hold no action` : 'so there is nothing to check for it';
    return usageError(
      `the plan has no updates for ${quarter} or before: its first quarter of ${year} is ${first}, ${what}`,
      `${elsewhere}${elsewhere ? 'or ' : ''}${command} a quarter the plan has, e.g. plan ${command} --quarter ${last}`,
    );
  }
  const next = QUARTERS[quarterIndex(last) + 1]!;
  return usageError(
    `no action has a ${quarter} update yet: the plan's last quarter of ${year} is ${last}`,
    `${elsewhere}to go on with ${year}, start ${next} with plan new-quarter ${next}, then write its updates`,
  );
}

/**
 * The same, from a plan loaded for `quarter`: asked only when that load found actions without the
 * quarter's update, and then from the plan loaded without the quarter (so that those errors, which
 * are the point, do not stop it). A plan with other errors gets its messages as usual.
 */
export async function askedQuarterMissing(
  result: LoadResult,
  quarter: Quarter,
  plansDir: string,
  cwd: string,
  command: 'report' | 'validate',
): Promise<ExitError | undefined> {
  if (result.plan) return quarterNotInPlan(result.plan, quarter, { plansDir, cwd }, command);
  if (!result.diagnostics.some((d) => d.code === 'missing-quarter')) return undefined;
  const plan = (await loadPlan({ plansDir, cwd })).plan;
  return plan && quarterNotInPlan(plan, quarter, { plansDir, cwd }, command);
}
