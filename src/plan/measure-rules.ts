import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { locate, type PathSegment } from '../input/yaml-source.js';
import { closest } from '../shared/words.js';
import { COUNCIL_CODE } from './codes.js';
import { MEASURE_UNITS, type MeasureUnit } from './measure-model.js';
import { MEASURE_WORDS } from './measures-schema.js';
import { QUARTERS, type Quarter, quarterIndex } from './quarters.js';
import type { CheckedFile, RuleContext } from './rules.js';

/**
 * The checks on measures that need more than one place: a value must name a measure of its action and
 * a council with a target, and must fit its unit (a percentage from 0 to 100, a count or number of days
 * not below 0). Read from the raw data, as every rule is, so a file with other errors is still checked.
 */

type Dict = Record<string, unknown>;

const UNIT_WORDS: Record<MeasureUnit, string> = {
  percent: 'a percentage',
  count: 'a count',
  days: 'a number of days',
  money: 'an amount of money',
};

function offset(f: CheckedFile, path: readonly PathSegment[], key = false): number {
  const { node } = locate(f.root, path);
  if (!node) return 0;
  return key && node.keyStart !== undefined ? node.keyStart : node.start;
}

function isUnit(value: unknown): value is MeasureUnit {
  return typeof value === 'string' && (MEASURE_UNITS as readonly string[]).includes(value);
}

/** What is wrong with `value` for `unit`, in words with a hint, or undefined when it fits. */
function unitProblem(unit: MeasureUnit, value: number): { message: string; hint: string } | undefined {
  if (unit === 'percent' && (value < 0 || value > 100))
    return {
      message: `${value} is not a percentage: a percentage is from 0 to 100`,
      hint:
        value > 100
          ? 'check the figure: write 33 for 33%, and a share over the whole as a count instead'
          : 'write the percentage without the minus sign',
    };
  if (unit !== 'percent' && value < 0)
    return { message: `${UNIT_WORDS[unit]} cannot be negative: ${value}`, hint: 'write the figure without the minus sign' };
  if ((unit === 'count' || unit === 'money') && !Number.isInteger(value))
    return {
      message: `${UNIT_WORDS[unit]} is a whole number: ${value}`,
      hint: unit === 'money' ? 'round the amount to the nearest pound' : 'round it to a whole number',
    };
  return undefined;
}

interface Ctx {
  f: CheckedFile;
  quarter: Quarter | undefined;
  out: Diagnostic[];
  declared: string[] | undefined;
}

function error(c: Ctx, at: number, code: string, message: string, hint: string): void {
  c.out.push(c.f.file.diagnostic(at, 'error', code, message, hint));
}

/** A council code in a measure's target or values that plan.yaml does not declare. */
function checkCouncils(c: Ctx, record: Dict, path: PathSegment[]): void {
  if (!c.declared) return;
  for (const code of Object.keys(record)) {
    if (c.declared.includes(code) || !COUNCIL_CODE.test(code)) continue;
    const guess = closest(code, c.declared);
    error(
      c,
      offset(c.f, [...path, code], true),
      'unknown-council',
      `council "${code}" is not declared in plan.yaml: the councils are ${c.declared.join(', ')}`,
      guess ? `did you mean "${guess}"?` : 'add it under "councils" in plan.yaml, or use one of the codes declared there',
    );
  }
}

function checkDefinitions(c: Ctx, measures: Dict, path: PathSegment[]): void {
  for (const [id, raw] of Object.entries(measures)) {
    const m = asDict(raw);
    const band = m?.amberWithinPercent;
    if (typeof band === 'number' && (band < 0 || band > 100))
      error(
        c,
        offset(c.f, [...path, id, 'amberWithinPercent']),
        'measure-value',
        `the amber band of "${id}" is ${band}%: it is from 0 to 100`,
        MEASURE_WORDS.amberWithin,
      );
    const target = asDict(m?.target);
    if (!m || !target) continue;
    checkCouncils(c, target, [...path, id, 'target']);
    if (!isUnit(m.unit)) continue;
    for (const [code, value] of Object.entries(target)) {
      const problem = typeof value === 'number' ? unitProblem(m.unit, value) : undefined;
      if (problem)
        error(
          c,
          offset(c.f, [...path, id, 'target', code]),
          'measure-value',
          `the target of "${id}" for ${code}: ${problem.message}`,
          problem.hint,
        );
    }
  }
}

function checkValue(c: Ctx, m: Dict, id: string, code: string, raw: unknown, at: PathSegment[], q: Quarter): void {
  if (typeof raw === 'string' && /^\s*TODO\b/.test(raw)) {
    c.out.push(
      c.f.file.diagnostic(
        offset(c.f, at),
        c.quarter === q ? 'error' : 'warning',
        'unwritten',
        `the ${q} value of "${id}" for ${code} is not written yet`,
        `replace the TODO with the ${q} figure, as a plain number; delete the line if there is none`,
      ),
    );
    return;
  }
  const value = typeof raw === 'number' ? raw : asDict(raw)?.value;
  const forQuarter = asDict(raw)?.quarter;
  if (typeof forQuarter === 'string' && QUARTERS.includes(forQuarter as Quarter) && quarterIndex(forQuarter as Quarter) > quarterIndex(q))
    error(
      c,
      offset(c.f, [...at, 'quarter']),
      'measure-quarter',
      `a ${q} update cannot hold a figure for ${forQuarter}, which is later`,
      `write the figure in the ${forQuarter} update`,
    );
  if (m.target === undefined) {
    error(
      c,
      offset(c.f, at, true),
      'measure-without-target',
      `measure "${id}" has a value for ${code} but no target`,
      `add "target:" to the measure, e.g. target: { ${code}: 5 }, or write target: none if no target is set`,
    );
  } else if (m.target !== 'none' && asDict(m.target) && !Object.hasOwn(asDict(m.target)!, code) && (c.declared ?? [code]).includes(code)) {
    error(
      c,
      offset(c.f, at, true),
      'measure-without-target',
      `${code} has no target for measure "${id}", so its value has nothing to be rated against`,
      `add ${code} under the measure's target, or remove this line`,
    );
  }
  if (typeof value !== 'number' || !isUnit(m.unit)) return;
  const problem = unitProblem(m.unit, value);
  if (problem)
    error(
      c,
      offset(c.f, typeof raw === 'number' ? at : [...at, 'value']),
      'measure-value',
      `the ${q} value of "${id}" for ${code}: ${problem.message}`,
      problem.hint,
    );
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
        const guess = closest(id, ids);
        error(
          c,
          offset(c.f, [...valuesPath, id], true),
          'unknown-measure',
          ids.length === 0
            ? `"${id}" is not a measure of this action: it has no "measures:"`
            : `"${id}" is not a measure of this action: its measures are ${ids.join(', ')}`,
          guess
            ? `did you mean "${guess}"?`
            : 'add the measure under the action\'s "measures:" (name, unit, better, target), or correct its id',
        );
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
    });
  }
  return out;
};
