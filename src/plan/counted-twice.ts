import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { saidAmounts } from './narrative-amounts.js';
import { wordsOf } from './narrative-rules.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { type ActionRef, actionName, at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * An amount counted in two actions: a rebate added to the council's cashable savings as well as to
 * its rebates, so the partnership's totals hold it twice. Found when a council's rise over the quarter
 * is the amount its narrative gives for the quarter plus, to the pound, the council's rise in another
 * action that quarter.
 */

type Rises = ReadonlyMap<string, number>;

/** Each council's rise in an action's achieved figures at quarter `i`, where it rose. */
function risesAt(action: Record<string, unknown>, i: number): Rises {
  const updates = asDict(action.updates) ?? {};
  const now = numberEntries(asDict(updates[QUARTERS[i]!])?.achieved);
  const before = new Map(numberEntries(asDict(updates[QUARTERS[i - 1] ?? ''])?.achieved));
  return new Map(now.map(([code, v]) => [code, v - (before.get(code) ?? 0)] as const).filter(([, rise]) => rise > 0));
}

function twiceIn(ref: ActionRef, refs: readonly ActionRef[], names: ReadonlyMap<string, readonly string[]>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const updates = asDict(ref.action.updates) ?? {};
  QUARTERS.forEach((q: Quarter, i) => {
    const update = asDict(updates[q]);
    if (!update) return;
    const own = risesAt(ref.action, i);
    const said = saidAmounts(update, names).filter(
      (s) => s.code !== undefined && !s.running && (s.kind === 'achieved' || s.kind === 'own'),
    );
    for (const s of said) {
      const rise = own.get(s.code!);
      if (rise === undefined || rise <= s.value) continue;
      const other = refs.find((r) => r !== ref && risesAt(r.action, i).get(s.code!) === rise - s.value);
      if (!other) continue;
      const was = new Map(numberEntries(update.achieved)).get(s.code!)! - rise;
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
  return refs.flatMap((ref) => twiceIn(ref, refs, names));
};
