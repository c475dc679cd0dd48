import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { QUARTERS, type Quarter, quarterIndex } from './quarters.js';
import { at, eachAction, problem, type RuleContext } from './rule-context.js';

/**
 * A lagging figure's "quarter:" copied onto a new figure: the officer copies last quarter's
 * `{ value: 77, quarter: Q2 }` over the new quarter's placeholder and changes only the figure. The
 * report then shows the new figure as an old quarter's and rates it so. Found when an earlier update
 * already gives the council's figure for that quarter, and a different one: a quarter has one figure.
 */

interface Given {
  update: Quarter;
  value: number;
}

function unit(u: unknown, n: number): string {
  if (u === 'percent') return `${n}%`;
  return u === 'days' ? `${n} days` : String(n);
}

export const lagQuartersKept = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const updates = asDict(ref.action.updates) ?? {};
    const measures = asDict(ref.action.measures) ?? {};
    // Measure, council and quarter the figure is for → the first update that gives it.
    const given = new Map<string, Given>();
    for (const q of QUARTERS) {
      for (const [id, row] of Object.entries(asDict(asDict(asDict(updates[q])?.measures)) ?? {})) {
        for (const [code, raw] of Object.entries(asDict(row) ?? {})) {
          const long = asDict(raw);
          const value = typeof raw === 'number' ? raw : long?.value;
          const forQuarter = long?.quarter ?? q;
          if (typeof value !== 'number' || typeof forQuarter !== 'string' || !(QUARTERS as readonly string[]).includes(forQuarter))
            continue;
          const key = `${id} ${code} ${forQuarter}`;
          const first = given.get(key);
          if (!first) {
            given.set(key, { update: q, value });
            continue;
          }
          if (!long || forQuarter === q || first.value === value || quarterIndex(forQuarter as Quarter) >= quarterIndex(q)) continue;
          const path = [...ref.path, 'updates', q, 'measures', id, code];
          const firstAt = at(ref.f, [...ref.path, 'updates', first.update, 'measures', id, code], true);
          const u = asDict(measures[id])?.unit;
          const wording = say.lagQuarterCopied({
            code,
            id,
            quarter: q,
            forQuarter,
            now: unit(u, value),
            value,
            earlier: first.update,
            line: ref.f.file.position(firstAt).line,
            was: unit(u, first.value),
          });
          out.push(problem(ref.f, at(ref.f, [...path, 'quarter']), 'warning', 'lag-quarter-copied', wording));
        }
      }
    }
  }
  return out;
};
