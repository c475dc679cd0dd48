import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say, type Wording } from '../messages/index.js';
import { closest } from '../shared/words.js';
import { COUNCIL_CODE } from './codes.js';
import { MEASURE_UNITS, type MeasureUnit } from './measure-model.js';
import { QUARTERS, type Quarter, quarterIndex } from './quarters.js';
import { at, problem } from './rule-context.js';
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
}

function error(c: Ctx, offset: number, code: string, wording: Wording): void {
  c.out.push(problem(c.f, offset, 'error', code, wording));
}

/** A council code in a measure's target or values that plan.yaml does not declare. */
function checkCouncils(c: Ctx, record: Dict, path: PathSegment[]): void {
  if (!c.declared) return;
  for (const code of Object.keys(record)) {
    if (c.declared.includes(code) || !COUNCIL_CODE.test(code)) continue;
    const wording = say.councilNotDeclared({ code, declared: c.declared, guess: closest(code, c.declared) });
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
  if (typeof raw === 'string' && /^\s*TODO\b/.test(raw)) {
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
 * sit among them, it is surely a fraction: an error. Otherwise a real 0.3% is possible: a warning.
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
      const sure = wholes.length > 0 && percent >= low / 2 && percent <= high * 2;
      const wording = say.percentAsFraction({ ...f.figure, value: f.value, percent, sure });
      c.out.push(problem(c.f, at(c.f, f.path), sure ? 'error' : 'warning', 'percent-as-fraction', wording));
    }
  }
}

function checkUpdates(c: Ctx, action: Dict, path: PathSegment[]): void {
  const measures = asDict(action.measures) ?? {};
  const ids = Object.keys(measures);
  const updates = asDict(action.updates) ?? {};
  for (const q of QUARTERS) {
    const values = asDict(asDict(updates[q])?.measures);
    if (!values) continue;
    const valuesPath = [...path, 'updates', q, 'measures'];
    for (const [id, raw] of Object.entries(values)) {
      const m = asDict(measures[id]);
      if (!m) {
        error(c, at(c.f, [...valuesPath, id], true), 'unknown-measure', say.unknownMeasure({ id, ids, guess: closest(id, ids) }));
        continue;
      }
      const byCouncil = asDict(raw) ?? {};
      checkCouncils(c, byCouncil, [...valuesPath, id]);
      for (const [code, v] of Object.entries(byCouncil)) checkValue(c, m, id, code, v, [...valuesPath, id, code], q);
    }
  }
}

/** Every measure of every action, and every value in its updates. */
export const measuresAreSound = (ctx: RuleContext): Diagnostic[] => {
  const councils = asDict(asDict(ctx.planFile?.data)?.councils);
  const out: Diagnostic[] = [];
  for (const f of ctx.sectionFiles) {
    const actions = asDict(f.data)?.actions;
    if (!Array.isArray(actions)) continue;
    const c: Ctx = { f, quarter: ctx.quarter, out, declared: councils ? Object.keys(councils) : undefined };
    actions.forEach((raw, i) => {
      const action = asDict(raw);
      if (!action) return;
      const measures = asDict(action.measures);
      if (measures) checkDefinitions(c, measures, ['actions', i, 'measures']);
      checkUpdates(c, action, ['actions', i]);
      checkPercentFractions(c, action, ['actions', i]);
    });
  }
  return out;
};
