import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { measureValue } from './measure-figures.js';
import { RUNNING_NAME } from './narrative-other.js';
import { QUARTERS } from './quarters.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A count kept as running totals by its name ("contracts let to local SMEs (year to date)") whose
 * figure falls: the quarter's own figure copied from the return's "in quarter" column for the total.
 * A count of the year so far cannot fall, so the council is shown far below its target and worse than
 * the quarter before. Said at each council's figure, with the total it would be.
 */
export const runningTotalsRise: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const updates = asDict(ref.action.updates) ?? {};
    for (const [id, raw] of Object.entries(asDict(ref.action.measures) ?? {})) {
      const measure = asDict(raw);
      if (measure?.unit !== 'count' || !RUNNING_NAME.test(String(measure.name ?? ''))) continue;
      QUARTERS.slice(1).forEach((q, k) => {
        const before = QUARTERS[k]!;
        const row = asDict(asDict(asDict(updates[q])?.measures)?.[id]) ?? {};
        const was = asDict(asDict(asDict(updates[before])?.measures)?.[id]) ?? {};
        for (const [code, v] of Object.entries(row)) {
          const [now, then] = [measureValue(v), measureValue(was[code])];
          if (now === undefined || then === undefined || now >= then || typeof v !== 'number') continue;
          const wording = say.runningTotalFalls({ id, code, quarter: q, before, now, was: then, total: then + now });
          out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'measures', id, code]), 'warning', 'running-total-falls', wording));
        }
      });
    }
  }
  return out;
};
