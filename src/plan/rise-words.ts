import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { ownFigures } from './carried-figures.js';
import { AMOUNT, mentions, pounds, QUARTER_OWN, type SaidAmount, saidAmounts, sentencesOf } from './narrative-amounts.js';
import { ASIDE, doubtfulFigures } from './narrative-figures.js';
import { previousQuarter, QUARTERS, type Quarter } from './quarters.js';
import { type ActionRef, achievedIn, at, eachAction, lineOfWords, problem, type RuleContext } from './rule-context.js';

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
  Object.fromEntries(achievedIn(asDict(action.updates) ?? {}, q));

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

/** A figure two narratives put elsewhere: said at the figure. */
const riseProblem = (ref: ActionRef, s: RiseSlip): Diagnostic =>
  problem(
    ref.f,
    at(ref.f, [...ref.path, 'updates', s.quarter, 'achieved', s.code], true),
    'warning',
    'figure-against-narrative',
    wordingOf(ref, s),
  );

/** A change and the total it makes, as a sentence gives them: "up £6,240 this quarter to £27,640", "£8,700 so far, up £3,100". */
interface NarratedTotal {
  code: string;
  quarter: Quarter;
  value: number;
  total: number;
  /** The words that give them, as written. */
  said: string;
}

const PRICE = /\b(?:price|prices|cost|costs|value|rate|rates|fee|fees|bill|spend|budget)\b/i;
const GROSS = /^\s*(?:gross|before|including|incl\.?|with VAT|plus VAT)\b/i;
const CHANGE_THEN_TOTAL = /^[^\u00a3\d]{0,40}\bto\s+$/i;
const TOTAL_THEN_CHANGE = /^[^\u00a3\d]{0,40}\b(?:up|down|a rise of|a fall of|an increase of|a drop of|rising by|falling by)\s+$/i;

/** The total a sentence about one council gives with the change that made it from the quarter before's figure. */
function narratedTotal(sentence: string, was: number): { total: number; said: string } | undefined {
  const amounts = [...sentence.matchAll(AMOUNT)];
  for (let i = 0; i + 1 < amounts.length; i++) {
    const [a, b] = [amounts[i]!, amounts[i + 1]!];
    const between = sentence.slice(a.index! + a[0].length, b.index!);
    const [x, y] = [pounds(a), pounds(b)];
    const said = sentence.slice(a.index!, b.index! + b[0].length).trim();
    // "the annual price fell by \u00a3900 to \u00a329,100": a price or value, not the council's total; "to \u00a362,000 gross": before what is taken off.
    if (PRICE.test(sentence.slice(0, a.index!)) || GROSS.test(sentence.slice(b.index! + b[0].length))) continue;
    if (CHANGE_THEN_TOTAL.test(between) && (was + x === y || was - x === y)) return { total: y, said };
    // "\u00a321,600 this quarter (up \u00a31,200 on Q1)": the quarter's own amount compared with another's, not a total.
    const compared = /^\s*(?:on|than|compared|over|from)\b/i.test(sentence.slice(b.index! + b[0].length)) || QUARTER_OWN.test(between);
    if (TOTAL_THEN_CHANGE.test(between) && !compared && (was + y === x || was - y === x)) return { total: x, said };
  }
  return undefined;
}

/** Achieved figures that are not the total their narrative gives with the change from the quarter before's figure. */
function totalsAgainstWords(action: Record<string, unknown>, names: ReadonlyMap<string, readonly string[]>): NarratedTotal[] {
  return QUARTERS.flatMap((q): NarratedTotal[] => {
    const p = previousQuarter(q);
    const update = asDict(asDict(action.updates)?.[q]);
    if (!p || !update) return [];
    const [before, now] = [figuresOf(action, p), figuresOf(action, q)];
    // The council's figure written as its own amount ("the net \u00a360,000 is reported", its share): not the words' total.
    const written = new Set(
      saidAmounts(update, names)
        .filter((s) => (s.kind === 'achieved' || s.kind === 'own') && !s.other && !ASIDE.test(s.near ?? ''))
        .map((s) => `${s.code} ${s.value}`),
    );
    return sentencesOf(update).flatMap((sentence): NarratedTotal[] => {
      const named = [...new Set(mentions(sentence, names).map((m) => m.code))];
      const code = named.length === 1 ? named[0]! : undefined;
      if (!code || now[code] === undefined || before[code] === undefined) return [];
      const found = narratedTotal(sentence, before[code]!);
      // The figure itself written anywhere in the words ("\u00a360,000 after the clawback", its own share) explains it.
      return found && found.total !== now[code] && !written.has(`${code} ${now[code]!}`)
        ? [{ code, quarter: q, value: now[code]!, ...found }]
        : [];
    });
  });
}

/** The figures not the total their narrative gives with the change, less those another check of the words explains. */
function totalProblems(ctx: RuleContext, ref: ActionRef, names: ReadonlyMap<string, readonly string[]>, rises: readonly RiseSlip[]) {
  // A figure another check of the words already explains is that check's to say.
  const said = new Set((ctx.words?.said.get(ref.action) ?? []).map((s) => `${s.quarter} ${s.code}`));
  for (const slip of ctx.words?.slips.get(ref.action) ?? [])
    for (const path of doubtfulFigures(slip)) said.add(`${String(path[1])} ${String(path[3])}`);
  for (const r of rises) said.add(`${r.quarter} ${r.code}`);
  for (const o of ownFigures(ref.action)) said.add(`${o.quarter} ${o.code}`);
  return totalsAgainstWords(ref.action, names)
    .filter((t) => !said.has(`${t.quarter} ${t.code}`))
    .map((t) => {
      const before = previousQuarter(t.quarter)!;
      const wording = say.figureNotNarratedTotal({
        code: t.code,
        quarter: t.quarter,
        now: formatMoney(t.value),
        said: t.said,
        line: lineOfWords(ref, ['updates', t.quarter], t.said),
        before,
        was: formatMoney(figuresOf(ref.action, before)[t.code]!),
        write: t.total,
      });
      const at_ = at(ref.f, [...ref.path, 'updates', t.quarter, 'achieved', t.code], true);
      return problem(ref.f, at_, 'warning', 'figure-against-narrative', wording);
    });
}

/**
 * Achieved figures the narratives put elsewhere: by two quarters' amounts (risesAgainstWords), or by
 * a change and the total it makes (totalsAgainstWords). The rises are found once and serve both.
 */
export const figuresAsNarrated = (ctx: RuleContext): Diagnostic[] => {
  const names = ctx.words?.names ?? new Map<string, readonly string[]>();
  return eachAction(ctx).flatMap((ref) => {
    const rises = risesAgainstWords(ref.action, names);
    return [...rises.map((s) => riseProblem(ref, s)), ...totalProblems(ctx, ref, names, rises)];
  });
};
