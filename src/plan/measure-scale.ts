import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say, type Wording } from '../messages/index.js';
import { median } from '../shared/numbers.js';
import { slipMeant } from './figure-slips.js';
import { shown } from './measure-figures.js';
import { swappedMeasures } from './measure-swaps.js';
import { figuresAsOtherThings } from './narrative-other.js';
import { figuresInWeeks } from './narrative-units.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { at, type Dict, eachAction, problem, type RuleContext } from './rule-context.js';

/**
 * A measure's value out of scale with the council's own value the quarter before, its target and the
 * other councils' values: 199 days for 19 (a digit typed twice), 3.1% for 31% (a decimal point a place
 * out). It fits the unit, so nothing else would stop it reaching committee as a collapse. A warning,
 * only when the value is far from all of these (two at least) and one reading of it sits among them.
 */

/** How many times all a value is held to it must be, with no slip to read it by, to be said as another figure. */
const FAR = 100;

function measureValue(raw: unknown): number | undefined {
  const v = typeof raw === 'number' ? raw : asDict(raw)?.value;
  return typeof v === 'number' ? v : undefined;
}

/** The median of the values, or undefined when there are none. */
function medianOf(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : median(values);
}

interface Seen {
  quarter: Quarter;
  value: number;
}

/** The values of one measure, council by council, by quarter. */
function valuesByQuarter(updates: Dict, id: string): Map<Quarter, Map<string, number>> {
  const out = new Map<Quarter, Map<string, number>>();
  for (const q of QUARTERS) {
    const row = asDict(asDict(asDict(updates[q])?.measures)?.[id]);
    if (!row) continue;
    const values = new Map<string, number>();
    for (const [code, raw] of Object.entries(row)) {
      const v = measureValue(raw);
      if (v !== undefined) values.set(code, v);
    }
    out.set(q, values);
  }
  return out;
}

/**
 * A value no digit slip reads back into line with all it is held to: a percentage whose rest of the
 * whole (100 less it) is in line, the other part's share; or a value a hundred times them all,
 * another figure typed in its place (an amount of money, a total).
 */
function otherFigure(
  unit: unknown,
  value: number,
  against: readonly number[],
  said: { code: string; quarter: Quarter; id: string; now: string; was?: string; before?: Quarter; target?: string },
): Wording | undefined {
  const top = Math.max(...against);
  const rest = 100 - value;
  if (unit === 'percent' && rest > 0 && value >= 5 * top && rest <= 2 * top && rest >= Math.min(...against) / 2)
    return say.measureComplement({ ...said, was: said.was, before: said.before, target: said.target, rest: Math.round(rest * 100) / 100 });
  return value >= FAR * top ? say.measureFarOutOfScale({ ...said, was: said.was, before: said.before, target: said.target }) : undefined;
}

export const measuresInScale = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const updates = asDict(ref.action.updates) ?? {};
    // Two lines' figures exchanged are said once, at the first line, not read as slips of scale.
    const exchanged = new Set<string>();
    for (const swap of swappedMeasures(ref.action)) {
      for (const [code] of swap.councils)
        exchanged.add(`${swap.quarter} ${swap.first} ${code}`).add(`${swap.quarter} ${swap.second} ${code}`);
      const line = at(ref.f, [...ref.path, 'updates', swap.quarter, 'measures', swap.first], true);
      out.push(problem(ref.f, line, 'warning', 'measures-exchanged', swap.wording));
    }
    // A figure typed in weeks, or as another figure the narrative gives, is said by narrative-units.ts and narrative-other.ts.
    for (const slip of [...figuresInWeeks(ref.action), ...figuresAsOtherThings(ref.action)])
      exchanged.add(`${slip.quarter} ${slip.id} ${slip.code}`);
    for (const [id, raw] of Object.entries(asDict(ref.action.measures) ?? {})) {
      const measure = asDict(raw);
      if (!measure) continue;
      const target = asDict(measure.target) ?? {};
      const byQuarter = valuesByQuarter(updates, id);
      const last = new Map<string, Seen>();
      for (const [q, values] of byQuarter) {
        for (const [code, value] of values) {
          const before = last.get(code);
          last.set(code, { quarter: q, value });
          if (exchanged.has(`${q} ${id} ${code}`)) continue;
          const goal = typeof target[code] === 'number' ? (target[code] as number) : undefined;
          // Its own value before and its target; failing one, the other councils' (which may differ more).
          const own = [before?.value, goal].filter((n): n is number => n !== undefined && n > 0);
          const others = medianOf([...values].filter(([c]) => c !== code).map(([, v]) => v));
          const against = own.length === 2 || others === undefined ? own : [...own, others];
          if (against.length < 2) continue;
          const reading = slipMeant(value, against, ['zero-too-many', 'digit-twice', 'zero-left-out', 'point-slipped']);
          const path: PathSegment[] = [...ref.path, 'updates', q, 'measures', id, code];
          const where = at(
            ref.f,
            typeof asDict(asDict(asDict(updates[q])?.measures)?.[id])?.[code] === 'number' ? path : [...path, 'value'],
          );
          if (!reading) {
            const said = {
              code,
              quarter: q,
              id,
              now: shown(measure.unit, value),
              was: before ? shown(measure.unit, before.value) : undefined,
              before: before?.quarter,
              target: goal === undefined ? undefined : shown(measure.unit, goal),
            };
            const wording = otherFigure(measure.unit, value, against, said);
            if (wording) out.push(problem(ref.f, where, 'warning', 'figure-out-of-scale', wording));
            continue;
          }
          // A percentage over 100 cannot be what was meant.
          if (measure.unit === 'percent' && reading.meant > 100) continue;
          const wording = say.measureOutOfScale({
            code,
            quarter: q,
            id,
            now: shown(measure.unit, value),
            bigger: value > reading.meant,
            was: before ? shown(measure.unit, before.value) : undefined,
            before: before?.quarter,
            target: goal === undefined ? undefined : shown(measure.unit, goal),
            kind: reading.kind,
            meant: reading.meant,
            shown: shown(measure.unit, reading.meant),
          });
          out.push(problem(ref.f, where, 'warning', 'figure-out-of-scale', wording));
        }
      }
    }
  }
  return out;
};
