import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type LoadOptions, type LoadResult, loadPlan } from '../plan/load-plan.js';
import { QUARTERS } from '../plan/quarters.js';
import { checkStatusesAgainstFigures } from './status-check.js';

/**
 * What `plan validate` checks, for `plan validate` and `plan lsp` alike: the plan loaded and checked,
 * then the statuses the figures contradict, for the quarter asked about, or every quarter.
 */
export async function checkPlan(options: LoadOptions): Promise<{ result: LoadResult; diagnostics: Diagnostic[] }> {
  const result = await loadPlan(options);
  const diagnostics = result.plan
    ? [...result.diagnostics, ...checkStatusesAgainstFigures(result.plan, options.quarter ? [options.quarter] : QUARTERS)]
    : result.diagnostics;
  return { result, diagnostics };
}
