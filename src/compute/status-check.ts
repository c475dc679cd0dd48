import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Plan } from '../plan/model.js';
import type { Quarter } from '../plan/quarters.js';
import { listAnd } from '../shared/words.js';
import { computeActionFigures, DEFAULT_RAG, type RagThresholds } from './savings.js';

/**
 * A status the officer wrote that the figures contradict: "On track for WBC and NDC" while EDC is
 * behind pace, or "Behind target" while every council is on pace. A warning at the status line
 * (an error under --strict); the report shows why the figures rate it as they do. Statuses that say
 * neither, and actions the officer rated with `rag:`, are left alone.
 */
const SAYS_ON_TRACK = /\b(?:on track|on target|on schedule|ahead|achieved|met)\b/i;
const SAYS_BEHIND = /\b(?:behind|shortfall|short of|off track|at risk|delay(?:ed)?|slipp(?:ed|ing)|below target)\b/i;

export function checkStatusesAgainstFigures(
  plan: Plan,
  quarters: readonly Quarter[],
  thresholds: RagThresholds = DEFAULT_RAG,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const action of plan.sections.flatMap((s) => s.actions)) {
    if (!action.target) continue;
    for (const quarter of quarters) {
      const update = action.updates[quarter];
      const place = update?.statusPlace;
      if (!update?.status || !place || update.rag) continue;
      const onTrack = SAYS_ON_TRACK.test(update.status);
      const behind = SAYS_BEHIND.test(update.status);
      if (onTrack === behind) continue;
      const figures = computeActionFigures(action, quarter, plan.councils, thresholds);
      if (!figures) continue;
      // "On track for WBC and NDC" speaks of those two councils only.
      const named = figures.councils.filter((c) => new RegExp(`\\b${c.code}\\b`).test(update.status!));
      const judged = named.length > 0 ? named : figures.councils;
      const late = judged.filter((c) => c.rag !== 'green').map((c) => c.code);
      const councils = named.length > 0 ? listAnd(named.map((c) => c.code)) : 'every council';
      let message: string | undefined;
      if (onTrack && late.length > 0) {
        message = `the status says "${update.status}", but the figures put ${listAnd(late)} behind the pace expected by the end of ${quarter}`;
      } else if (behind && late.length === 0) {
        message = `the status says "${update.status}", but the figures put ${councils} on or ahead of the pace expected by the end of ${quarter}`;
      }
      if (!message) continue;
      out.push({
        file: place.file,
        line: place.line,
        column: place.column,
        severity: 'warning',
        code: 'status-against-figures',
        message,
        hint: 'say so in the status, or give your own rating with "rag:" if the figures do not tell the whole story',
        sourceLine: place.text,
      });
    }
  }
  return out;
}
