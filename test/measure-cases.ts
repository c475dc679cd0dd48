import type { Case } from './bad-input-cases.js';

/**
 * The slips officers make with measures (docs/plan-format.md), one row each, in the form of
 * bad-input-cases.ts (which lists them with the rest). Each patches one line of a section whose
 * action has one measure, "late", and a Q3 value for it:
 *
 *    6     measures:
 *    7       late:
 *    8         name: invoices paid late
 *    9         unit: percent
 *   10         better: lower
 *   11         target: { CDC: 5, SNC: 5 }
 *   ...
 *   15         measures:
 *   16           late: { CDC: 33 }
 */
const LINES = [
  'section: "2.1"',
  'title: Beta',
  'actions:',
  '  - id: beta-one',
  '    action: Do it',
  '    measures:',
  '      late:',
  '        name: invoices paid late',
  '        unit: percent',
  '        better: lower',
  '        target: { CDC: 5, SNC: 5 }',
  '    updates:',
  '      Q3:',
  '        status: ok',
  '        measures:',
  '          late: { CDC: 33 }',
  '',
];

/** The section with the given lines (1-based) replaced; an empty text removes the line. */
function measured(lines: Record<number, string>): Record<string, string> {
  const text = LINES.map((l, i) => lines[i + 1] ?? l)
    .filter((l, i) => !(i + 1 in lines && l === ''))
    .join('\n');
  return { '2.1-beta.yaml': `${text}\n` };
}

const FILE = 'plans/2.1-beta.yaml';

export const measureCases: Case[] = [
  {
    name: 'a percentage over 100',
    files: measured({ 16: '          late: { CDC: 133 }' }),
    at: `${FILE}:16:24`,
    message: /the Q3 value of "late" for CDC: 133 is not a percentage: a percentage is from 0 to 100/,
    hint: /write 33 for 33%/,
  },
  {
    name: 'a percentage below 0',
    files: measured({ 16: '          late: { CDC: -2 }' }),
    at: `${FILE}:16:24`,
    message: /-2 is not a percentage: a percentage is from 0 to 100/,
    hint: /without the minus sign/,
  },
  {
    name: 'a negative count',
    files: measured({ 9: '        unit: count', 16: '          late: { CDC: -1 }' }),
    at: `${FILE}:16:24`,
    message: /the Q3 value of "late" for CDC: a count cannot be negative: -1/,
    hint: /without the minus sign/,
  },
  {
    name: 'a negative number of days in a target',
    files: measured({ 9: '        unit: days', 11: '        target: { CDC: -3, SNC: 5 }' }),
    at: `${FILE}:11:24`,
    message: /the target of "late" for CDC: a number of days cannot be negative: -3/,
  },
  {
    name: 'a count that is not a whole number',
    files: measured({ 9: '        unit: count', 16: '          late: { CDC: 2.5 }' }),
    at: `${FILE}:16:24`,
    message: /a count is a whole number: 2\.5/,
  },
  {
    name: 'a value for a council with no target',
    files: measured({ 11: '        target: { CDC: 5 }', 16: '          late: { SNC: 2 }' }),
    at: `${FILE}:16:19`,
    message: /SNC has no target for measure "late", so its value has nothing to be rated against/,
    hint: /add SNC's target to the measure's "target:", beside the other councils'; if the measure has none for SNC, say the figure in the narrative/,
  },
  {
    name: 'a value for a measure with no target',
    files: measured({ 11: '' }),
    at: `${FILE}:15:19`,
    message: /measure "late" has a value for CDC but no target/,
    hint: /target: none if no target is set/,
  },
  {
    name: 'an unknown unit',
    files: measured({ 9: '        unit: percentage' }),
    at: `${FILE}:9:15`,
    message: /"percentage" is not allowed for "unit": use one of percent, count, days, money/,
    hint: /did you mean "percent"\?/,
  },
  {
    name: 'better written in other words',
    files: measured({ 10: '        better: less' }),
    at: `${FILE}:10:17`,
    message: /"less" is not allowed for "better": use one of higher, lower/,
  },
  {
    name: 'an unknown measure in an update',
    files: measured({ 16: '          lates: { CDC: 3 }' }),
    at: `${FILE}:16:11`,
    message: /"lates" is not a measure of this action: its measures are late/,
    hint: /did you mean "late"\?/,
  },
  {
    name: "a measure's id renamed where it is defined, its one update left giving the old id",
    files: measured({ 7: '      invoices-paid-late:' }),
    at: `${FILE}:7:7`,
    message: /the updates call this measure "late" \(line 16\), not "invoices-paid-late"/,
    hint: /rename it back to "late" here, or rename it to "invoices-paid-late" in the updates at line 16/,
  },
  {
    name: 'a value typed with a % sign',
    files: measured({ 16: '          late: { CDC: 33% }' }),
    at: `${FILE}:16:24`,
    message: /write the value without the % sign: 33/,
  },
  {
    name: 'a council not in plan.yaml, in a measure value',
    files: measured({ 16: '          late: { CCD: 3 }' }),
    at: `${FILE}:16:19`,
    message: /council "CCD" is not declared in plan.yaml/,
    hint: /did you mean "CDC"\?/,
  },
  {
    name: 'an amber band over 100%',
    files: measured({ 11: '        target: { CDC: 5, SNC: 5 }\n        amberWithinPercent: 200' }),
    at: `${FILE}:12:29`,
    message: /the amber band of "late" is 200%: it is from 0 to 100/,
    hint: /write a percentage of the target, e\.g\. 10/,
  },
  {
    name: 'a figure for a later quarter',
    files: measured({ 16: '          late: { CDC: { value: 3, quarter: Q4 } }' }),
    at: `${FILE}:16:45`,
    message: /a Q3 update cannot hold a figure for Q4, which is later/,
  },
];
