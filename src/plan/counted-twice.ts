import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { saidAmounts } from './narrative-amounts.js';
import { wordsOf } from './narrative-rules.js';
import { previousQuarter, QUARTERS, type Quarter } from './quarters.js';
import { type ActionRef, achievedIn, actionName, at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * An amount counted in two actions: a rebate added to the council's cashable savings as well as to
 * its rebates, so the partnership's totals hold it twice. Found when a council's rise over the quarter
 * is the amount its narrative gives for the quarter plus, to the pound, the council's rise in another
 * action that quarter.
 */

/** Each council's rise in an action's achieved figures at quarter `i`, where it rose. */
function risesAt(action: Record<string, unknown>, i: number): ReadonlyMap<string, number> {
  const updates = asDict(action.updates) ?? {};
  const q = QUARTERS[i]!;
  const before = achievedIn(updates, previousQuarter(q));
  return new Map(
    [...achievedIn(updates, q)].map(([code, v]) => [code, v - (before.get(code) ?? 0)] as const).filter(([, rise]) => rise > 0),
  );
}

/** The actions by quarter, council and rise ("2 WMBC 2900"), found once for the whole plan. */
type RiseIndex = ReadonlyMap<string, readonly ActionRef[]>;

function riseIndex(refs: readonly ActionRef[]): {
  index: RiseIndex;
  rises: ReadonlyMap<ActionRef, ReadonlyArray<ReadonlyMap<string, number>>>;
} {
  const index = new Map<string, ActionRef[]>();
  const rises = new Map<ActionRef, ReadonlyArray<ReadonlyMap<string, number>>>();
  for (const ref of refs) {
    const byQuarter = QUARTERS.map((_, i) => risesAt(ref.action, i));
    rises.set(ref, byQuarter);
    byQuarter.forEach((quarter, i) => {
      for (const [code, rise] of quarter) {
        const key = `${i} ${code} ${rise}`;
        index.set(key, [...(index.get(key) ?? []), ref]);
      }
    });
  }
  return { index, rises };
}

function twiceIn(ref: ActionRef, found: ReturnType<typeof riseIndex>, names: ReadonlyMap<string, readonly string[]>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const updates = asDict(ref.action.updates) ?? {};
  QUARTERS.forEach((q: Quarter, i) => {
    const update = asDict(updates[q]);
    const own = found.rises.get(ref)![i]!;
    if (!update || own.size === 0) return;
    const said = saidAmounts(update, names).filter(
      (s) => s.code !== undefined && !s.running && (s.kind === 'achieved' || s.kind === 'own'),
    );
    for (const s of said) {
      const rise = own.get(s.code!);
      if (rise === undefined || rise <= s.value) continue;
      const other = found.index.get(`${i} ${s.code} ${rise - s.value}`)?.find((r) => r !== ref);
      if (!other) continue;
      const was = achievedIn(updates, q).get(s.code!)! - rise;
      const wording = say.countedTwice({
        code: s.code!,
        quarter: q,
        rise: formatMoney(rise),
        said: formatMoney(s.value),
        extra: formatMoney(rise - s.value),
        other: actionName(other),
        write: was + s.value,
      });
      out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'achieved', s.code!]), 'warning', 'counted-twice', wording));
    }
  });
  return out;
}

export const amountsCountedOnce: Rule = (ctx) => {
  const { names } = wordsOf(ctx);
  const refs = eachAction(ctx).filter((r) => asDict(asDict(r.action.target)?.amounts));
  const found = riseIndex(refs);
  return refs.flatMap((ref) => twiceIn(ref, found, names));
};
