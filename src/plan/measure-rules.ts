import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { locate, type PathSegment } from '../input/yaml-source.js';
import { say, type Wording } from '../messages/index.js';
import { closest, UNWRITTEN } from '../shared/words.js';
import { COUNCIL_CODE, councilMeant } from './codes.js';
import { retypedCouncils } from './declared-codes.js';
import { MEASURE_UNITS, type MeasureUnit } from './measure-model.js';
import { QUARTERS, type Quarter, quarterIndex } from './quarters.js';
import { at, declaredCouncils, eachAction, problem, where } from './rule-context.js';
import type { CheckedFile, RuleContext } from './rules.js';

/**
 * The checks on measures that need more than one place: a value must name a measure of its action and
 * a council with a target, and must fit its unit (a percentage from 0 to 100, a count or number of days
 * not below 0). Read from the raw data, as every rule is, so a file with other errors is still checked.
 */

type Dict = Record<string, unknown>;

function isUnit(value: unknown): value is MeasureUnit {
  return typeof value === 'string' && (MEASURE_UNITS as readonly string[]).includes(value);
}

/**
 * What is wrong with `value` for `unit`, in words with a hint, or undefined when it fits. `figure`
 * names it: the measure, the council and the update's quarter (undefined for the target).
 */
function unitProblem(
  unit: MeasureUnit,
  value: number,
  figure: { id: string; code: string; quarter: Quarter | undefined },
): Wording | undefined {
  if (unit === 'percent' && (value < 0 || value > 100)) return say.notAPercentage({ ...figure, value });
  if (unit !== 'percent' && value < 0) return say.measureNegative({ ...figure, unit, value });
  if ((unit === 'count' || unit === 'money') && !Number.isInteger(value)) return say.measureNotWhole({ ...figure, unit, value });
  return undefined;
}

interface Ctx {
  f: CheckedFile;
  quarter: Quarter | undefined;
  out: Diagnostic[];
  declared: string[] | undefined;
  /** Codes retyped wrong in plan.yaml, said there once (declared-codes.ts). */
  retyped: ReadonlySet<string>;
}

function error(c: Ctx, offset: number, code: string, wording: Wording): void {
  c.out.push(problem(c.f, offset, 'error', code, wording));
}

/** A council code in a measure's target or values that plan.yaml does not declare. */
function checkCouncils(c: Ctx, record: Dict, path: PathSegment[]): void {
  if (!c.declared) return;
  for (const code of Object.keys(record)) {
    if (c.declared.includes(code) || c.retyped.has(code) || !COUNCIL_CODE.test(code)) continue;
    const meant = councilMeant(code, c.declared, Object.keys(record));
    const wording = say.councilNotDeclared({ code, declared: c.declared, guess: meant?.code, missing: meant?.missing ?? false });
    error(c, at(c.f, [...path, code], true), 'unknown-council', wording);
  }
}

function checkDefinitions(c: Ctx, measures: Dict, path: PathSegment[]): void {
  for (const [id, raw] of Object.entries(measures)) {
    const m = asDict(raw);
    const band = m?.amberWithinPercent;
    if (typeof band === 'number' && (band < 0 || band > 100))
      error(c, at(c.f, [...path, id, 'amberWithinPercent']), 'measure-value', say.amberBandOutOfRange({ id, band }));
    const target = asDict(m?.target);
    if (!m || !target) continue;
    checkCouncils(c, target, [...path, id, 'target']);
    if (!isUnit(m.unit)) continue;
    for (const [code, value] of Object.entries(target)) {
      const wording = typeof value === 'number' ? unitProblem(m.unit, value, { id, code, quarter: undefined }) : undefined;
      if (wording) error(c, at(c.f, [...path, id, 'target', code]), 'measure-value', wording);
    }
  }
}

function checkValue(c: Ctx, m: Dict, id: string, code: string, raw: unknown, path: PathSegment[], q: Quarter): void {
  if (typeof raw === 'string' && UNWRITTEN.test(raw)) {
    const severity = c.quarter === q ? 'error' : 'warning';
    c.out.push(problem(c.f, at(c.f, path), severity, 'unwritten', say.measureValueUnwritten({ id, code, quarter: q })));
    return;
  }
  const value = typeof raw === 'number' ? raw : asDict(raw)?.value;
  const forQuarter = asDict(raw)?.quarter;
  if (typeof forQuarter === 'string' && QUARTERS.includes(forQuarter as Quarter) && quarterIndex(forQuarter as Quarter) > quarterIndex(q))
    error(c, at(c.f, [...path, 'quarter']), 'measure-quarter', say.measureFigureLater({ quarter: q, forQuarter }));
  if (m.target === undefined) {
    error(c, at(c.f, path, true), 'measure-without-target', say.measureWithoutTarget({ id, code }));
  } else if (m.target !== 'none' && asDict(m.target) && !Object.hasOwn(asDict(m.target)!, code) && (c.declared ?? [code]).includes(code)) {
    error(c, at(c.f, path, true), 'measure-without-target', say.councilWithoutMeasureTarget({ id, code }));
  }
  if (typeof value !== 'number' || !isUnit(m.unit)) return;
  const wording = unitProblem(m.unit, value, { id, code, quarter: q });
  if (wording) error(c, at(c.f, typeof raw === 'number' ? path : [...path, 'value']), 'measure-value', wording);
}

/** Every figure of a measure (its targets, then its values by quarter), with where each is written. */
function figuresOf(
  measure: Dict,
  id: string,
  action: Dict,
  path: PathSegment[],
): Array<{ value: number; path: PathSegment[]; figure: { id: string; code: string; quarter: Quarter | undefined } }> {
  const figures: ReturnType<typeof figuresOf> = [];
  for (const [code, value] of Object.entries(asDict(measure.target) ?? {}))
    if (typeof value === 'number')
      figures.push({ value, path: [...path, 'measures', id, 'target', code], figure: { id, code, quarter: undefined } });
  const updates = asDict(action.updates) ?? {};
  for (const q of QUARTERS) {
    for (const [code, raw] of Object.entries(asDict(asDict(asDict(updates[q])?.measures)?.[id]) ?? {})) {
      const long = asDict(raw)?.value;
      const valuePath = [...path, 'updates', q, 'measures', id, code];
      if (typeof raw === 'number') figures.push({ value: raw, path: valuePath, figure: { id, code, quarter: q } });
      else if (typeof long === 'number') figures.push({ value: long, path: [...valuePath, 'value'], figure: { id, code, quarter: q } });
    }
  }
  return figures;
}

/**
 * "0.3" for 30%: a percentage written as a fraction of one, as a spreadsheet holds it. It reads as
 * 0.3%, and the rating is then wrong. When the measure's other figures are all 1 or more and 30 would
 * sit among them, it is surely a fraction: an error. When they are of its own size (a target of 1%),
 * it is a real 0.3%: nothing is said. Otherwise a real 0.3% is possible: a warning.
 */
function checkPercentFractions(c: Ctx, action: Dict, path: PathSegment[]): void {
  for (const [id, raw] of Object.entries(asDict(action.measures) ?? {})) {
    const measure = asDict(raw);
    if (measure?.unit !== 'percent') continue;
    const figures = figuresOf(measure, id, action, path);
    const wholes = figures.map((f) => f.value).filter((v) => v >= 1);
    const [low, high] = [Math.min(...wholes), Math.max(...wholes)];
    for (const f of figures) {
      if (!(f.value > 0 && f.value < 1)) continue;
      const percent = Math.round(f.value * 100 * 1000) / 1000;
      // Beside figures of its own size (0.6 among 1.1 to 1.9, target 1), and far from them read as a percentage: a real 0.6%.
      if (wholes.length > 0 && f.value * 4 >= low && percent > high * 2) continue;
      const sure = wholes.length > 0 && percent >= low / 2 && percent <= high * 2;
      const wording = say.percentAsFraction({ ...f.figure, value: f.value, percent, sure });
      c.out.push(problem(c.f, at(c.f, f.path), sure ? 'error' : 'warning', 'percent-as-fraction', wording));
    }
  }
}

/** Where a measure id is defined: by which action, at which offset of which file. */
interface Definition {
  f: CheckedFile;
  action: string;
  offset: number;
  /** The action's updates, for its own figures of a quarter. */
  updates: Dict;
  path: PathSegment[];
}

/** Every measure id of the plan, with the actions that define it, in reading order. */
type Definitions = ReadonlyMap<string, readonly Definition[]>;

function allDefinitions(ctx: RuleContext): Definitions {
  const out = new Map<string, Definition[]>();
  for (const ref of eachAction(ctx)) {
    for (const id of Object.keys(asDict(ref.action.measures) ?? {})) {
      const d: Definition = {
        f: ref.f,
        action: typeof ref.action.id === 'string' ? ref.action.id : `number ${ref.index + 1}`,
        offset: at(ref.f, [...ref.path, 'measures', id], true),
        updates: asDict(ref.action.updates) ?? {},
        path: ref.path,
      };
      out.set(id, [...(out.get(id) ?? []), d]);
    }
  }
  return out;
}

/** The ids an action's updates give figures for, each with the quarters that use it, in reading order. */
function usedIds(updates: Dict): Map<string, Quarter[]> {
  const out = new Map<string, Quarter[]>();
  for (const q of QUARTERS)
    for (const id of Object.keys(asDict(asDict(updates[q])?.measures) ?? {})) out.set(id, [...(out.get(id) ?? []), q]);
  return out;
}

const words = (id: string) => new Set(id.split('-'));

/** How alike two ids are: a plausible typo, or the words they share. */
function likeness(a: string, b: string): number {
  if (closest(a, [b])) return 100;
  const theirs = words(b);
  return [...words(a)].filter((w) => theirs.has(w)).length;
}

/**
 * The measures renamed where they are defined, and not in the updates: an id the updates use that the
 * action does not define, paired with the defined id no update uses. The pairing is clear when there is
 * one of each (and the used id is no other action's measure, whose figures may have been pasted here),
 * or when one defined id is alike to it and the others are not. Used id → defined id.
 */
function renamedMeasures(unknown: readonly string[], unused: readonly string[], elsewhere: Definitions): Map<string, string> {
  const out = new Map<string, string>();
  for (const used of unknown) {
    const free = unused.filter((d) => ![...out.values()].includes(d));
    const scores = free.map((d) => likeness(used, d));
    const best = Math.max(0, ...scores);
    const alike = best > 0 && scores.filter((s) => s === best).length === 1 ? free[scores.indexOf(best)] : undefined;
    const only = unknown.length === 1 && free.length === 1 && !elsewhere.has(used) ? free[0] : undefined;
    const defined = alike ?? only;
    if (defined) out.set(used, defined);
  }
  return out;
}

/** The line of `offset`. */
const lineOf = (f: CheckedFile, offset: number) => f.file.position(offset).line;

/** The last line of the value at `path`. */
function lastLine(f: CheckedFile, path: readonly PathSegment[]): number {
  const { node } = locate(f.root, path);
  return node ? lineOf(f, Math.max(node.start, node.end - 1)) : 0;
}

/**
 * Figures of another action's measures in this update: one message for each other action, at its
 * first id, with the lines to move there. When they are all the update's figures, the "measures:"
 * line goes with them, unless the other update has one already.
 */
function pastedMeasures(c: Ctx, q: Quarter, valuesPath: PathSegment[], values: Dict, foreign: Map<string, Definition>): void {
  const byAction = new Map<Definition, string[]>();
  for (const [id, d] of foreign) {
    const first = [...byAction.keys()].find((k) => k.action === d.action) ?? d;
    byAction.set(first, [...(byAction.get(first) ?? []), id]);
  }
  const allForeign = Object.keys(values).every((id) => foreign.has(id));
  for (const [d, ids] of byAction) {
    const theirUpdate = asDict(d.updates[q]);
    const theirs = ids.find((id) => asDict(asDict(theirUpdate?.measures))?.[id] !== undefined);
    const theyHaveMeasures = asDict(theirUpdate?.measures) !== undefined;
    const first = at(c.f, [...valuesPath, ids[0]!], true);
    const measuresLine = lineOf(c.f, at(c.f, valuesPath, true));
    // Deleted, or moved to an update with no "measures:" yet, the figures take the line with them.
    const withKey = allForeign && byAction.size === 1 && (theirs !== undefined || !theyHaveMeasures);
    const lines = { from: withKey ? measuresLine : lineOf(c.f, first), to: lastLine(c.f, [...valuesPath, ids[ids.length - 1]!]) };
    const wording = say.measureOfOtherAction({
      ids,
      action: d.action,
      where: where(d.f, d.offset),
      quarter: q,
      lines,
      theirs: theirs === undefined ? undefined : where(d.f, at(d.f, [...d.path, 'updates', q, 'measures', theirs], true)),
      ...(allForeign && byAction.size === 1 && !withKey ? { alsoDelete: measuresLine } : {}),
    });
    error(c, first, 'measure-of-other-action', wording);
  }
}

/**
 * A measure line of an update with no council under it ("spend-without-po: {}"): the measure drops out
 * of that quarter's report unseen. An error for the quarter being reported on, as a TODO figure is.
 */
function noCouncils(c: Ctx, id: string, path: PathSegment[], q: Quarter): void {
  const severity = c.quarter === q ? 'error' : 'warning';
  c.out.push(
    problem(
      c.f,
      at(c.f, path, true),
      severity,
      'measure-without-councils',
      say.measureWithoutCouncils({ id, quarter: q, code: c.declared?.[0] }),
    ),
  );
}

function checkUpdates(c: Ctx, action: Dict, path: PathSegment[], elsewhere: Definitions): void {
  const measures = asDict(action.measures) ?? {};
  const ids = Object.keys(measures);
  const updates = asDict(action.updates) ?? {};
  const used = usedIds(updates);
  const unknown = [...used.keys()].filter((id) => !Object.hasOwn(measures, id));
  // Updates that agree on an id outvote the one place that defines it. With one update against the
  // definition, a rename ("spend-no-po") is the definition's, a typo ("lates") the update's.
  const paired = renamedMeasures(
    unknown,
    ids.filter((id) => !used.has(id)),
    elsewhere,
  );
  const renamed = new Map([...paired].filter(([u, d]) => used.get(u)!.length > 1 || !closest(u, [d])));
  const lines = (id: string, quarters: readonly Quarter[]) =>
    quarters.map((q) => lineOf(c.f, at(c.f, [...path, 'updates', q, 'measures', id], true)));
  for (const [usedId, defined] of renamed) {
    const wording = say.measureRenamed({ defined, used: usedId, lines: lines(usedId, used.get(usedId)!) });
    error(c, at(c.f, [...path, 'measures', defined], true), 'measure-renamed', wording);
  }
  for (const q of QUARTERS) {
    const values = asDict(asDict(updates[q])?.measures);
    if (!values) continue;
    const valuesPath = [...path, 'updates', q, 'measures'];
    const foreign = new Map<string, Definition>();
    // A defined id this update gives no figure for, while other updates do: what an id of its own was meant to be.
    const missing = ids.filter((id) => !Object.hasOwn(values, id) && used.has(id));
    const strays = Object.keys(values).filter((id) => !Object.hasOwn(measures, id) && !renamed.has(id));
    for (const [id, raw] of Object.entries(values)) {
      const m = asDict(measures[id]);
      if (!m) {
        if (renamed.has(id)) continue;
        const meant = strays.length === 1 && missing.length === 1 ? missing[0] : undefined;
        // This action does not define it: any definition is another action's. With one of this
        // action's own ids missing here, the figures are its own under the other's id (a line copied
        // for its layout), not the other action's figures pasted: the id is what is wrong.
        const other = elsewhere.get(id)?.[0];
        if (other && !meant) {
          foreign.set(id, other);
          continue;
        }
        const wording = meant
          ? say.unknownMeasure({ id, ids, guess: meant, usedAt: lines(meant, used.get(meant)!) })
          : say.unknownMeasure({ id, ids, guess: closest(id, ids) });
        error(c, at(c.f, [...valuesPath, id], true), 'unknown-measure', wording);
        continue;
      }
      const byCouncil = asDict(raw) ?? {};
      if (Object.keys(byCouncil).length === 0) noCouncils(c, id, [...valuesPath, id], q);
      checkCouncils(c, byCouncil, [...valuesPath, id]);
      for (const [code, v] of Object.entries(byCouncil)) checkValue(c, m, id, code, v, [...valuesPath, id, code], q);
    }
    if (foreign.size > 0) pastedMeasures(c, q, valuesPath, values, foreign);
  }
}

/** Every measure of every action, and every value in its updates. */
export const measuresAreSound = (ctx: RuleContext): Diagnostic[] => {
  const declared = declaredCouncils(ctx);
  const retyped = new Set(retypedCouncils(ctx).keys());
  const out: Diagnostic[] = [];
  const elsewhere = allDefinitions(ctx);
  for (const f of ctx.sectionFiles) {
    const actions = asDict(f.data)?.actions;
    if (!Array.isArray(actions)) continue;
    const c: Ctx = { f, quarter: ctx.quarter, out, declared, retyped };
    actions.forEach((raw, i) => {
      const action = asDict(raw);
      if (!action) return;
      const measures = asDict(action.measures);
      if (measures) checkDefinitions(c, measures, ['actions', i, 'measures']);
      checkUpdates(c, action, ['actions', i], elsewhere);
      checkPercentFractions(c, action, ['actions', i]);
    });
  }
  return out;
};
