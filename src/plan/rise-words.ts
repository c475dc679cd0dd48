import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { type SaidAmount, saidAmounts } from './narrative-amounts.js';
import { ASIDE } from './narrative-figures.js';
import { previousQuarter, QUARTERS, type Quarter } from './quarters.js';
import { type ActionRef, at, eachAction, lineOfWords, problem, type RuleContext } from './rule-context.js';

/**
 * A quarter's achieved figure that two narratives agree is wrong: each quarter's narrative gives every
 * council the amount of its quarter ("SKC: \u00a334,800, mostly from the print and post contract"), the
 * other councils' figures rise by theirs, and for one council the quarter before's figure plus this
 * quarter's amount is what the next quarter's figure less the next narrative's amount gives, while the
 * figure typed is something else: most often the next quarter's, reached by a Replace All that changed
 * the earlier line too.
 */

type Figures = Readonly<Record<string, number>>;

const figuresOf = (action: Record<string, unknown>, q: Quarter | undefined): Figures =>
  q === undefined ? {} : Object.fromEntries(numberEntries(asDict(asDict(asDict(action.updates)?.[q]))?.achieved));

/** Each council's one amount of its quarter in the update's words (none for a council given two, or a running total). */
function quarterAmounts(action: Record<string, unknown>, q: Quarter, names: ReadonlyMap<string, readonly string[]>) {
  const update = asDict(asDict(action.updates)?.[q]);
  const out = new Map<string, SaidAmount>();
  if (!update) return out;
  const said = saidAmounts(update, names).filter(
    (s) => s.code !== undefined && (s.kind === 'achieved' || s.kind === 'own') && !s.running && !s.other && !ASIDE.test(s.near ?? ''),
  );
  for (const s of said) {
    if (said.filter((t) => t.code === s.code).length === 1) out.set(s.code!, s);
  }
  return out;
}

interface RiseSlip {
  code: string;
  quarter: Quarter;
  next: Quarter;
  value: number;
  write: number;
  said: SaidAmount;
  nextSaid: SaidAmount;
}

/** The achieved figures of an action that the words of their quarter and the next both put elsewhere. */
function risesAgainstWords(action: Record<string, unknown>, names: ReadonlyMap<string, readonly string[]>): RiseSlip[] {
  return QUARTERS.slice(0, -1).flatMap((q, i): RiseSlip[] => {
    const next = QUARTERS[i + 1]!;
    const [before, now, after] = [figuresOf(action, previousQuarter(q)), figuresOf(action, q), figuresOf(action, next)];
    const [amounts, nextAmounts] = [quarterAmounts(action, q, names), quarterAmounts(action, next, names)];
    const rose = (c: string) => now[c]! - (before[c] ?? 0) === amounts.get(c)?.value;
    return Object.keys(now).flatMap((code): RiseSlip[] => {
      const [said, nextSaid] = [amounts.get(code), nextAmounts.get(code)];
      if (!said || !nextSaid || after[code] === undefined || rose(code)) return [];
      if (!Object.keys(now).some((c) => c !== code && rose(c))) return [];
      const write = (before[code] ?? 0) + said.value;
      return after[code]! - nextSaid.value === write ? [{ code, quarter: q, next, value: now[code]!, write, said, nextSaid }] : [];
    });
  });
}

function wordingOf(ref: ActionRef, s: RiseSlip) {
  const before = previousQuarter(s.quarter);
  const was = before ? (figuresOf(ref.action, before)[s.code] ?? 0) : 0;
  const nextValue = figuresOf(ref.action, s.next)[s.code]!;
  return say.figureBothNarrativesPlace({
    code: s.code,
    quarter: s.quarter,
    now: formatMoney(s.value),
    next: s.next,
    same: s.value === nextValue,
    before,
    was: formatMoney(was),
    said: s.said.said,
    line: lineOfWords(ref, ['updates', s.quarter], s.said.said),
    nextSaid: s.nextSaid.said,
    nextLine: lineOfWords(ref, ['updates', s.next], s.nextSaid.said),
    nextValue: formatMoney(nextValue),
    write: s.write,
  });
}

export const risesAsNarrated = (ctx: RuleContext): Diagnostic[] => {
  const names = ctx.words?.names ?? new Map<string, readonly string[]>();
  return eachAction(ctx).flatMap((ref) =>
    risesAgainstWords(ref.action, names).map((s) =>
      problem(
        ref.f,
        at(ref.f, [...ref.path, 'updates', s.quarter, 'achieved', s.code], true),
        'warning',
        'figure-against-narrative',
        wordingOf(ref, s),
      ),
    ),
  );
};
