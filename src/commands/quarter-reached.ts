import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ExitError, usageError } from '../errors.js';
import { type LoadResult, loadPlan } from '../plan/load-plan.js';
import type { Plan } from '../plan/model.js';
import { QUARTERS, type Quarter, quarterIndex, yearLabelFrom } from '../plan/quarters.js';
import { showPath } from '../shared/paths.js';
import { listAnd } from '../shared/words.js';

interface Where {
  plansDir: string;
  cwd: string;
}

/** The quarters some action of the plan has an update for, in order. */
export function quartersOf(plan: Plan): Quarter[] {
  const actions = plan.sections.flatMap((s) => s.actions);
  return QUARTERS.filter((q) => actions.some((a) => a.updates[q] !== undefined));
}

/** A folder as a command line takes it: in quotes when it has a space. */
const asArgument = (shown: string) => (/\s/.test(shown) ? `"${shown}"` : shown);

/** " --plans <dir>" for a command a hint gives, unless the folder is the default plans/. */
export function plansOption({ plansDir, cwd }: Where): string {
  return resolve(cwd, plansDir) === resolve(cwd, 'plans') ? '' : ` --plans ${asArgument(showPath(resolve(cwd, plansDir), cwd))}`;
}

/**
 * The year before's archive, as `new-quarter --new-year` leaves it in the plans folder, with the
 * quarters it holds; undefined when it is not there or cannot be read as a plan.
 */
export async function lastYearArchive(
  plan: Plan,
  where: Where,
): Promise<{ year: string; option: string; quarters: Quarter[] } | undefined> {
  const year = yearLabelFrom(plan.financialYear.startYear - 1);
  const archive = resolve(where.cwd, where.plansDir, 'archive', year.replace('/', '-'));
  if (!existsSync(archive)) return undefined;
  const archived = (await loadPlan({ plansDir: archive, cwd: where.cwd })).plan;
  return archived && { year, option: plansOption({ plansDir: archive, cwd: where.cwd }), quarters: quartersOf(archived) };
}

/**
 * A quarter asked for (`plan report --quarter`, `plan validate --quarter`, `plan preview --quarter`) that no action of the plan
 * has: before its first update, between two it has, or past its last (not started yet, or the year
 * before, now in the archive that `new-quarter --new-year` made). One message saying which, instead
 * of "has no Q3 update" at every action; undefined when some action has it, or the plan has no update.
 */
export async function quarterNotInPlan(
  plan: Plan,
  quarter: Quarter,
  where: Where,
  command: 'report' | 'validate' | 'preview',
): Promise<ExitError | undefined> {
  const written = quartersOf(plan);
  if (written.length === 0 || written.includes(quarter)) return undefined;
  const [last, year, plans] = [written.at(-1)!, plan.financialYear.label, plansOption(where)];
  const archived = await lastYearArchive(plan, where);
  const elsewhere = archived?.quarters.includes(quarter)
    ? `${archived.year} is in the archive: plan ${command}${archived.option} --quarter ${quarter}; `
    : '';
  const has = `plan ${command}${plans} --quarter ${last}`;
  if (quarterIndex(quarter) < quarterIndex(last)) {
    const why = command === 'validate' ? 'so there is nothing to check for it' : `so a ${quarter} report would hold no action`;
    return usageError(
      `no action has a ${quarter} update: the plan's ${written.length === 1 ? 'quarter' : 'quarters'} of ${year} ${written.length === 1 ? 'is' : 'are'} ${listAnd(written)}, ${why}`,
      `${elsewhere}${elsewhere ? 'or ' : ''}${command} a quarter the plan has, e.g. ${has}`,
    );
  }
  const next = QUARTERS[quarterIndex(last) + 1]!;
  return usageError(
    `no action has a ${quarter} update yet: the plan's last quarter of ${year} is ${last}`,
    `${elsewhere}to go on with ${year}, start ${next} with plan new-quarter${plans} ${next}, then write its updates`,
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
  where: Where,
  command: 'report' | 'validate',
): Promise<ExitError | undefined> {
  // A plan valid for the quarter has every action there or ended before it: only a quarter before its
  // first update (a report of no action at all) is refused. Actions that all ended are still reported.
  if (result.plan) {
    const first = quartersOf(result.plan)[0];
    return first && quarterIndex(quarter) < quarterIndex(first) ? quarterNotInPlan(result.plan, quarter, where, command) : undefined;
  }
  if (!result.diagnostics.some((d) => d.code === 'missing-quarter')) return undefined;
  const plan = (await loadPlan(where)).plan;
  return plan && quarterNotInPlan(plan, quarter, where, command);
}
