import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A measure whose unit is not the one its name counts in: "average calendar days from request to
 * award" with "unit: percent", the unit line kept when the measure was made by copying the one above.
 * Every figure and the target would be shown as a percentage, and, the figures being small numbers,
 * nothing else looks wrong. Only the plainest words are read: days in the name (and no share or
 * percentage), or a percentage or share in the name of a measure in days.
 */

const DAYS = /\b(?:calendar |working )?days?\b/i;
const SHARE = /%|\bper ?cent|\bpercentage\b|\bproportion\b|\bshare\b/i;

/** Days as a deadline, not the measure: "invoices paid within 30 days", "published in 10 working days of award". */
const DEADLINE = /\b(?:within|in|inside|under|after|before|by)\s+(?:\d+|(?!calendar\b|working\b)[a-z]+)\s+(?:calendar |working )?days?\b/gi;

/** The unit a measure's name counts in, when it says so plainly. */
function unitOfName(name: string): 'days' | 'percent' | undefined {
  const counted = name.replace(DEADLINE, ' ');
  if (SHARE.test(counted)) return DAYS.test(counted) ? undefined : 'percent';
  return DAYS.test(counted) ? 'days' : undefined;
}

export const unitsAsNamed: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    for (const [id, raw] of Object.entries(asDict(ref.action.measures) ?? {})) {
      const measure = asDict(raw);
      const [name, unit] = [measure?.name, measure?.unit];
      if (typeof name !== 'string' || typeof unit !== 'string') continue;
      const meant = unitOfName(name);
      if (meant === undefined || meant === unit) continue;
      const wording = say.unitNotAsNamed({ id, name, unit, meant });
      out.push(problem(ref.f, at(ref.f, [...ref.path, 'measures', id, 'unit']), 'warning', 'unit-not-as-named', wording));
    }
  }
  return out;
};
