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

/** A council's own figure for a quarter, if its figures of the quarters before are all there: its total so far taken away. */
function ownFigure(
  updates: Record<string, unknown>,
  id: string,
  code: string,
  k: number,
): { now: number; own: number; earlier: number[] } | undefined {
  const value = (q: string) => measureValue(asDict(asDict(asDict(updates[q])?.measures)?.[id])?.[code]);
  const earlier = QUARTERS.slice(0, k).map(value);
  const now = value(QUARTERS[k]!);
  if (now === undefined || earlier.some((v) => v === undefined || v <= 0)) return undefined;
  const seen = earlier as number[];
  return { now, own: now - seen.reduce((a, b) => a + b, 0), earlier: seen };
}

/** Words that give the year's total so far: "the year's totals", "so far this year", "to date". */
const YEAR_SO_FAR = /\b(?:so far|to date|year[- ]to[- ]date|the year's|for the year|in the year|this year)\b/i;

/**
 * The reverse: a count of each quarter (not the year so far, by its name) whose Q3 or Q4 figures are,
 * council for council, the year's totals: the quarters before added up, and an own figure in line with
 * theirs, and the quarter's words (only this quarter's) give the year's totals. Taken from the return's
 * "year to date" column, every council is shown far above its target.
 * Said once for the row, at its first figure, with the quarter's own figures it would be.
 */
export const quarterCountsOwn: Rule = (ctx) =>
  eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    return Object.entries(asDict(ref.action.measures) ?? {}).flatMap(([id, raw]): Diagnostic[] => {
      const measure = asDict(raw);
      if (measure?.unit !== 'count' || RUNNING_NAME.test(String(measure.name ?? ''))) return [];
      return [2, 3].flatMap((k): Diagnostic[] => {
        const q = QUARTERS[k]!;
        const row = asDict(asDict(asDict(updates[q])?.measures)?.[id]) ?? {};
        const codes = Object.keys(row);
        const owns = codes.map((code) => ownFigure(updates, id, code, k));
        const totals = owns.every(
          (o) =>
            o !== undefined &&
            o.own >= Math.min(...o.earlier) / 2 &&
            o.own <= Math.max(...o.earlier) * 2 &&
            o.now > 1.5 * Math.max(...o.earlier),
        );
        // The words must give the year's totals in this quarter only: said every quarter, the count is of the year so far.
        const narrative = (l: string) => String(asDict(updates[l])?.narrative ?? '');
        if (!YEAR_SO_FAR.test(narrative(q)) || QUARTERS.slice(0, k).some((l) => YEAR_SO_FAR.test(narrative(l)))) return [];
        if (codes.length < 2 || !totals) return [];
        const wording = say.quarterCountAsTotal({
          id,
          quarter: q,
          figures: codes.map((code, n) => ({ code, now: owns[n]!.now, own: owns[n]!.own })),
        });
        return [
          problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'measures', id, codes[0]!]), 'warning', 'quarter-count-as-total', wording),
        ];
      });
    });
  });
