import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say, type Wording } from '../messages/index.js';
import { closest } from '../shared/words.js';
import { COUNCIL_CODE } from './codes.js';
import { MEASURE_UNITS, type MeasureUnit } from './measure-model.js';
import { QUARTERS, type Quarter, quarterIndex } from './quarters.js';
import { at, declaredCouncils, problem } from './rule-context.js';
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
  const declared = declaredCouncils(ctx);
  const out: Diagnostic[] = [];
  for (const f of ctx.sectionFiles) {
    const actions = asDict(f.data)?.actions;
    if (!Array.isArray(actions)) continue;
    const c: Ctx = { f, quarter: ctx.quarter, out, declared };
    actions.forEach((raw, i) => {
      const action = asDict(raw);
      if (!action) return;
      const measures = asDict(action.measures);
      if (measures) checkDefinitions(c, measures, ['actions', i, 'measures']);
      checkUpdates(c, action, ['actions', i]);
    });
  }
  return out;
};
