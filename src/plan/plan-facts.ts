import { asDict, checkYaml } from '../input/check-yaml.js';
import type { SourceFile } from '../input/source-file.js';
import { isProsePath, type PlanFileInput, planFileSchema } from './schema.js';

/**
 * What a section's slips are read knowing of plan.yaml: its councils (a council written by its name is
 * known by it) and the month its financial year starts in (a quarter written as its months is known).
 */

/** The councils a plan.yaml names (code → name), read as `plan validate --fix` reads it, on its own. */
export function councilsOfPlan(file: SourceFile): ReadonlyMap<string, string> | undefined {
  return councilsOf(checkYaml<PlanFileInput>(file, planFileSchema, { isProse: isProsePath, startHint: '' }));
}

/** The month plan.yaml's financial year starts in (0 = January), read as `plan validate --fix` reads it. */
export function yearStartOfPlan(file: SourceFile): number | undefined {
  return yearStartOf(checkYaml<PlanFileInput>(file, planFileSchema, { isProse: isProsePath, startHint: '' }));
}

/** The month of plan.yaml's "starts:" (0 = January), for reading a quarter written as its months in a section. */
export function yearStartOf(planFile: { data?: unknown } | undefined): number | undefined {
  const starts = asDict(asDict(planFile?.data)?.financialYear)?.starts;
  const m = typeof starts === 'string' ? /^\d{4}-(\d{2})-01$/.exec(starts) : null;
  const month = m ? Number(m[1]) - 1 : -1;
  return month >= 0 && month < 12 ? month : undefined;
}

/** The councils plan.yaml names (code → name), for reading a council written by its name in a section. */
export function councilsOf(planFile: { data?: unknown } | undefined): ReadonlyMap<string, string> | undefined {
  const councils = asDict(asDict(planFile?.data)?.councils);
  if (!councils) return undefined;
  return new Map(Object.entries(councils).flatMap(([code, name]) => (typeof name === 'string' ? [[code, name] as const] : [])));
}
