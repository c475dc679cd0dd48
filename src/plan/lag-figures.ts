import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { sentencesOf } from './narrative-amounts.js';
import { firstMonthOf } from './note-amounts.js';
import { quarterOfMonths } from './quarter-months.js';
import { previousQuarter, QUARTERS, type Quarter, quarterIndex } from './quarters.js';
import { at, eachAction, lineOfWords, problem, type Rule, type RuleContext } from './rule-context.js';

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

/** "has now come in at 22 days": the words that say a late figure is in, and the figure after them. */
const CAME_IN = /\b(?:has (?:now )?come in|came in|is now in|now in|has arrived|arrived|been received)\b\D{0,20}?(\d+(?:\.\d+)?)/i;

/**
 * A lagging figure carried into the next update unchanged, "{ value: 24, quarter: Q2 }" as it was,
 * while the narrative says the council's late figure has now come in ("TDC's figure for October to
 * December has now come in at 22 days"). The report would print the old figure as the latest. The
 * figure to write is the one the words give, for the quarter whose months they name (else the
 * quarter before).
 */
export const lagFiguresUpdated: Rule = (ctx) => {
  const firstMonth = firstMonthOf(ctx);
  return eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    return QUARTERS.flatMap((q): Diagnostic[] => {
      const p = previousQuarter(q);
      const update = asDict(updates[q]);
      if (!p || !update) return [];
      const sentences = sentencesOf(update);
      return Object.entries(asDict(update.measures) ?? {}).flatMap(([id, row]) =>
        Object.entries(asDict(row) ?? {}).flatMap(([code, raw]): Diagnostic[] => {
          const lag = asDict(raw);
          const before = asDict(asDict(asDict(asDict(updates[p])?.measures)?.[id])?.[code]);
          if (!lag || !before || lag.value !== before.value || lag.quarter !== before.quarter) return [];
          const sentence = sentences.find((t) => new RegExp(`\\b${code}\\b`).test(t) && CAME_IN.test(t));
          const now = sentence ? Number(CAME_IN.exec(sentence)![1]) : undefined;
          if (sentence === undefined || now === undefined || now === lag.value) return [];
          const quarter = quarterOfMonths(sentence, firstMonth) ?? p;
          const line = lineOfWords(ref, ['updates', q], CAME_IN.exec(sentence)![0]);
          const wording = say.lagFigureCameIn({
            code,
            quarter: q,
            before: p,
            value: String(lag.value),
            was: String(lag.quarter),
            now,
            forQuarter: quarter,
            line,
          });
          return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'measures', id, code]), 'warning', 'lag-figure-came-in', wording)];
        }),
      );
    });
  });
};
