import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { LoadResult } from '../plan/load-plan.js';
import { QUARTERS, type Quarter } from '../plan/quarters.js';
import { checkStatusesAgainstFigures } from './status-check.js';

/**
 * What `plan validate` finds, for `plan validate`, `plan lsp` and `plan import` alike: the loaded plan's
 * own problems, then the statuses the figures contradict, for the quarter asked about, or every quarter.
 */
export function planProblems(loaded: LoadResult, quarter?: Quarter): Diagnostic[] {
  return loaded.plan
    ? [...loaded.diagnostics, ...checkStatusesAgainstFigures(loaded.plan, quarter ? [quarter] : QUARTERS)]
    : loaded.diagnostics;
}
