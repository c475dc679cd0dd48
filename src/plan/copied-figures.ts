import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { type ActionRef, at, eachAction, problem, type RuleContext, where } from './rule-context.js';

/**
 * Figures copied from another action: a target's amounts, or a quarter's achieved or pending figures,
 * the same council for council as another action's. Pasted from the action above, they look right and
 * add up, and would reach committee as this action's. Two actions can share round figures (50000 each),
 * so only figures that tell the copy apart are compared: at least two councils above zero, and not one
 * round figure for all of them.
 */

export type Figures = Readonly<Record<string, number>>;

/** Whether the figures are uneven enough that another action having them all is no coincidence. */
function telling(figures: Figures): boolean {
  const above = Object.values(figures).filter((v) => v > 0);
  return above.length >= 2 && (new Set(above).size > 1 || above.some((v) => v % 1000 !== 0));
}

/**
 * Whether `copy` looks copied from `source`: every council of `copy` has the same figure in `source`,
 * and the figures are telling. `copy` may leave out councils of `source` (lines pasted, not the whole).
 */
function looksCopied(copy: Figures, source: Figures): boolean {
  const codes = Object.keys(copy);
  return telling(copy) && codes.every((c) => Object.hasOwn(source, c) && source[c] === copy[c]);
}

/**
 * How far figures are from what their own action expects (its target, times the share of the year
 * gone), over `codes`: a copy stands out against its own target. Undefined when there is nothing to
 * weigh them against.
 */
function oddness(figures: Figures, expected: Figures | undefined, codes: readonly string[]): number | undefined {
  const sum = (f: Figures) => codes.reduce((total, c) => total + (f[c] ?? 0), 0);
  const got = sum(figures);
  const wanted = expected ? sum(expected) : 0;
  return got > 0 && wanted > 0 ? Math.abs(Math.log(got / wanted)) : undefined;
}

/** Of two sets of figures that agree where both have them, which is the copy: 0 for `a`, 1 for `b`. */
function whichIsCopy(a: Figures, b: Figures, expected: readonly [Figures | undefined, Figures | undefined]): 0 | 1 {
  const smaller = Object.keys(a).length <= Object.keys(b).length ? a : b;
  const codes = Object.keys(smaller);
  const [oddA, oddB] = [oddness(a, expected[0], codes), oddness(b, expected[1], codes)];
  // Figures pasted over an action's own are out of line with its target, the source's are not: by
  // twice as far at least, so that two actions both near their pace are not told apart by chance.
  if (oddA !== undefined && oddB !== undefined && Math.abs(oddA - oddB) > Math.LN2) return oddA > oddB ? 0 : 1;
  if (Object.keys(a).length !== Object.keys(b).length) return smaller === a ? 0 : 1;
  return 1;
}

/**
 * The pairs i < j, in reading order, `alike` allows, where one's figures look copied from the other's. A copy has all
 * its figures in its source, so only the actions sharing its rarest figure are compared: a plan of
 * thousands of actions is not compared pair by pair.
 */
function lookAlikePairs(all: readonly Figures[], alike: (i: number, j: number) => boolean): [number, number][] {
  const keyOf = ([code, value]: [string, number]) => `${code}\u0000${value}`;
  const having = new Map<string, number[]>();
  all.forEach((f, i) => {
    for (const entry of Object.entries(f)) {
      const list = having.get(keyOf(entry));
      if (list) list.push(i);
      else having.set(keyOf(entry), [i]);
    }
  });
  const pairs = new Map<string, [number, number]>();
  all.forEach((a, i) => {
    if (!telling(a)) return;
    const lists = Object.entries(a).map((entry) => having.get(keyOf(entry)) ?? []);
    const rarest = lists.reduce((x, y) => (y.length < x.length ? y : x));
    for (const j of rarest) {
      const pair: [number, number] = [Math.min(i, j), Math.max(i, j)];
      if (j !== i && alike(...pair) && looksCopied(a, all[j]!)) pairs.set(pair.join(), pair);
    }
  });
  return [...pairs.values()].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/**
 * Of figures given in reading order, the ones that look copied from another, with it: index → index
 * of the source. `expected` gives what each action expects of its figures, when known: the one out of
 * line with it is the copy. Else, of two with the same councils the later is the copy, and of two
 * with different councils the one with fewer (lines pasted, not the whole).
 */
export function copiedFigures(
  all: readonly Figures[],
  alike: (i: number, j: number) => boolean = () => true,
  expected: readonly (Figures | undefined)[] = [],
): Map<number, number> {
  const out = new Map<number, number>();
  for (const [i, j] of lookAlikePairs(all, alike)) {
    const [copy, source] = whichIsCopy(all[i]!, all[j]!, [expected[i], expected[j]]) === 0 ? [i, j] : [j, i];
    if (!out.has(copy)) out.set(copy, source);
  }
  return out;
}

/** The number figures of a council-keyed part of the data. */
function numbersOf(part: unknown): Figures {
  return Object.fromEntries(numberEntries(part));
}

interface Found {
  ref: ActionRef;
  path: PathSegment[];
  figures: Figures;
}

/** "cashable-savings" and where its figures are. */
function source(x: Found): { action: string; where: string } {
  return { action: String(x.ref.action.id), where: where(x.ref.f, at(x.ref.f, x.path, true)) };
}

/** Where a target's amounts are: their first line. */
function firstAmount(ref: ActionRef): PathSegment[] {
  const first = Object.keys(asDict(asDict(ref.action.target)?.amounts) ?? {})[0] ?? '';
  return [...ref.path, 'target', 'amounts', first];
}

const measureOf = (ref: ActionRef) =>
  String(asDict(ref.action.target)?.measure ?? '')
    .trim()
    .toLowerCase();

function targetsFound(refs: readonly ActionRef[]): Found[] {
  return refs.map((ref) => ({ ref, path: firstAmount(ref), figures: numbersOf(asDict(ref.action.target)?.amounts) }));
}

/**
 * The year's figures an action's latest achieved figures point to, at a straight pace: what its
 * target should be near. `achieved` is per quarter, in order.
 */
export function yearAtPace(achieved: readonly (Figures | undefined)[]): Figures | undefined {
  const last = achieved.findLastIndex((a) => a !== undefined && Object.keys(a).length > 0);
  if (last === -1) return undefined;
  const share = (last + 1) / QUARTERS.length;
  return Object.fromEntries(Object.entries(achieved[last]!).map(([c, v]) => [c, v / share]));
}

/** Of targets in reading order, the copies, with their source: index → index. */
function targetCopies(found: readonly Found[]): Map<number, number> {
  const year = found.map((x) => yearAtPace(QUARTERS.map((q) => numbersOf(asDict(asDict(x.ref.action.updates)?.[q])?.achieved))));
  // Two targets of the same measure (one split in two actions) may share their amounts.
  const measures = found.map((x) => measureOf(x.ref));
  const copies = copiedFigures(
    found.map((x) => x.figures),
    (i, j) => measures[i] !== measures[j],
    year,
  );
  return new Map([...copies].filter(([copy]) => !textGivesTargets(found[copy]!)));
}

/** The action's own text writes every one of its target amounts ("ADC \u00a312,000, BBC \u00a38,000"): they are its own. */
function textGivesTargets({ ref, figures }: Found): boolean {
  const text = typeof ref.action.action === 'string' ? ref.action.action : '';
  const amounts = Object.values(figures);
  return amounts.length > 0 && amounts.every((v) => text.includes(formatMoney(v)) || new RegExp(`\\b${v}\\b`).test(text));
}

/**
 * The councils of an action's target that no update gives an achieved figure for, when some update
 * gives figures: councils a target pasted from another action brought with it.
 */
export function councilsWithoutFigures(action: Readonly<Record<string, unknown>>): string[] {
  const updates = Object.values(asDict(action.updates) ?? {}).map((u) => asDict(asDict(u)?.achieved));
  const given = updates.filter((a) => a !== undefined);
  if (given.length === 0) return [];
  return Object.keys(asDict(asDict(action.target)?.amounts) ?? {}).filter((code) => !given.some((a) => Object.hasOwn(a, code)));
}

/** The actions whose target looks copied from another's: their missing figures are the copy's doing. */
export function actionsWithCopiedTarget(ctx: RuleContext): ReadonlySet<unknown> {
  const found = targetsFound(eachAction(ctx));
  return new Set([...targetCopies(found).keys()].map((i) => found[i]!.ref.action));
}

/** Targets with the same amounts as another action's whose target measures something else. */
function copiedTargets(refs: readonly ActionRef[]): Diagnostic[] {
  const found = targetsFound(refs);
  return [...targetCopies(found)].map(([i, j]) => {
    const copy = found[i]!;
    const wording = say.targetSameAsOther({ ...source(found[j]!), unfigured: councilsWithoutFigures(copy.ref.action) });
    return problem(copy.ref.f, at(copy.ref.f, copy.path, true), 'warning', 'figures-copied', wording);
  });
}

/** What an action's target expects by the end of `quarter`: a share of the year's amounts (straight line). */
export function expectedBy(amounts: Figures | undefined, quarter: Quarter): Figures | undefined {
  const share = (QUARTERS.indexOf(quarter) + 1) / QUARTERS.length;
  return amounts && Object.fromEntries(Object.entries(amounts).map(([c, v]) => [c, v * share]));
}

/** A quarter's achieved or pending figures of each action, and which are the same as another action's (copy → source). */
function updateCopies(refs: readonly ActionRef[], quarter: Quarter, field: 'achieved' | 'pending') {
  const found = refs.map((ref) => {
    const path = [...ref.path, 'updates', quarter, field];
    return { ref, path, figures: numbersOf(asDict(asDict(ref.action.updates)?.[quarter])?.[field]) };
  });
  // Achieved figures count the year so far against the target; pending ones have no pace to keep.
  const expected = field === 'achieved' ? refs.map((ref) => expectedBy(numbersOf(asDict(ref.action.target)?.amounts), quarter)) : [];
  return {
    found,
    copies: copiedFigures(
      found.map((x) => x.figures),
      undefined,
      expected,
    ),
  };
}

/** A quarter's achieved or pending figures the same as another action's in that quarter. */
function copiedUpdates(refs: readonly ActionRef[], quarter: Quarter, field: 'achieved' | 'pending'): Diagnostic[] {
  const { found, copies } = updateCopies(refs, quarter, field);
  // Copied into an action with no target, they are said with its "needs a target" (rules.ts).
  return [...copies].flatMap(([i, j]) => {
    const copy = found[i]!;
    if (!asDict(copy.ref.action.target)) return [];
    const wording = say.figuresSameAsOther({ quarter, field, ...source(found[j]!) });
    return problem(copy.ref.f, at(copy.ref.f, copy.path, true), 'warning', 'figures-copied', wording);
  });
}

/** Of each action's `field` figures in `quarter` that look copied from another action's, the source: action → its id and place. */
export function updateSources(
  ctx: RuleContext,
  quarter: Quarter,
  field: 'achieved' | 'pending',
): ReadonlyMap<unknown, { action: string; where: string }> {
  const { found, copies } = updateCopies(eachAction(ctx), quarter, field);
  return new Map([...copies].map(([i, j]) => [found[i]!.ref.action, source(found[j]!)]));
}

/** The actions whose achieved figures in `quarter` look copied from another's: a fall there is the copy's doing. */
export function actionsWithCopiedAchieved(ctx: RuleContext, quarter: Quarter): ReadonlySet<unknown> {
  const { found, copies } = updateCopies(eachAction(ctx), quarter, 'achieved');
  return new Set([...copies.keys()].map((i) => found[i]!.ref.action));
}

/** Figures the same as another action's: see above. */
export function figuresNotCopied(ctx: RuleContext): Diagnostic[] {
  const refs = eachAction(ctx);
  return [
    ...copiedTargets(refs),
    ...QUARTERS.flatMap((q) => (['achieved', 'pending'] as const).flatMap((field) => copiedUpdates(refs, q, field))),
  ];
}
