import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say, type Wording } from '../messages/index.js';
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
 * Of figures given in reading order, the ones that look copied from another, with it: index → index
 * of the source. Of two with the same councils the later is the copy; else the one with fewer councils.
 */
export function copiedFigures(all: readonly Figures[], alike: (i: number, j: number) => boolean = () => true): Map<number, number> {
  const out = new Map<number, number>();
  all.forEach((copy, i) => {
    const size = Object.keys(copy).length;
    const source = all.findIndex((s, j) => {
      if (j === i || !looksCopied(copy, s) || !alike(i, j)) return false;
      const theirs = Object.keys(s).length;
      return theirs > size || (theirs === size && j < i);
    });
    if (source !== -1) out.set(i, source);
  });
  return out;
}

/** The number figures of a council-keyed part of the data. */
function numbersOf(part: unknown): Figures {
  return Object.fromEntries(Object.entries(asDict(part) ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

interface Found {
  ref: ActionRef;
  path: PathSegment[];
  figures: Figures;
}

/** A warning at each copy, worded with its source. */
function warnCopies(found: readonly Found[], word: (source: Found) => Wording): Diagnostic[] {
  return [...copiedFigures(found.map((x) => x.figures))].map(([i, j]) => {
    const copy = found[i]!;
    return problem(copy.ref.f, at(copy.ref.f, copy.path, true), 'warning', 'figures-copied', word(found[j]!));
  });
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

/** Of targets in reading order, the copies, with their source: index → index. */
function targetCopies(found: readonly Found[]): Map<number, number> {
  // Two targets of the same measure (one split in two actions) may share their amounts.
  return copiedFigures(
    found.map((x) => x.figures),
    (i, j) => measureOf(found[i]!.ref) !== measureOf(found[j]!.ref),
  );
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

/** A quarter's achieved or pending figures the same as another action's in that quarter. */
function copiedUpdates(refs: readonly ActionRef[], quarter: Quarter, field: 'achieved' | 'pending'): Diagnostic[] {
  const found = refs.map((ref) => {
    const path = [...ref.path, 'updates', quarter, field];
    return { ref, path, figures: numbersOf(asDict(asDict(ref.action.updates)?.[quarter])?.[field]) };
  });
  return warnCopies(found, (x) => say.figuresSameAsOther({ quarter, field, ...source(x) }));
}

/** Figures the same as another action's: see above. */
export function figuresNotCopied(ctx: RuleContext): Diagnostic[] {
  const refs = eachAction(ctx);
  return [
    ...copiedTargets(refs),
    ...QUARTERS.flatMap((q) => (['achieved', 'pending'] as const).flatMap((field) => copiedUpdates(refs, q, field))),
  ];
}
