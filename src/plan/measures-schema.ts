import * as z from 'zod';
import { excelError } from '../input/money.js';
import { worded } from '../input/zod-issues.js';
import { say } from '../messages/index.js';
import { UNWRITTEN } from '../shared/words.js';
import { COUNCIL_CODE } from './codes.js';
import { MEASURE_UNITS } from './measure-model.js';
import { QUARTERS } from './quarters.js';

/**
 * The shape of measures in a section file (schema.ts hooks them in): an action's `measures:`, each
 * keyed by a short id, and an update's `measures:` values per council. Unit-aware checks (a
 * percentage over 100, a value with no target) need both places, so they are rules (measure-rules.ts).
 */

export const MEASURE_WORDS = {
  measureId: 'a measure id is lower-case words joined by hyphens, e.g. "spend-without-po"',
  unit: 'the unit is one of percent, count, days, money',
  better: 'write better: lower (lower is better) or better: higher',
  value: 'write the value as a plain number, e.g. 33 for 33% (no % sign), 12 for a count',
  target: 'write the target per council, e.g. { CDC: 5, SNC: 5 }, or target: none if no target is set',
  amberWithin: 'write a percentage of the target, e.g. 10: a value within 10% of the target is amber',
} as const;

const MEASURE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const measureIdSchema = z
  .string()
  .regex(MEASURE_ID, { error: worded(say.measureIdShape()) })
  .meta({ errorMessage: MEASURE_WORDS.measureId });
const councilCode = z.string().regex(COUNCIL_CODE).meta({ errorMessage: 'a council code is 2–10 capital letters or digits, e.g. CDC' });

/** A value typed as "33%" is told to drop the sign; anything else is told what a value looks like. */
function valueError(issue: { input?: unknown }): string {
  const error = typeof issue.input === 'string' ? excelError(issue.input) : undefined;
  if (error) return worded(say.excelError({ shown: JSON.stringify(issue.input), error, kind: 'figure' }));
  const fraction = typeof issue.input === 'string' ? /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(issue.input) : null;
  if (fraction && Number(fraction[1]) <= Number(fraction[2]) && Number(fraction[2]) > 0) {
    const [part, whole] = [Number(fraction[1]), Number(fraction[2])];
    const share = (100 * part) / whole;
    const wording = { written: issue.input as string, part, whole, share: String(Math.round(share * 10) / 10), rounded: Math.round(share) };
    return worded(say.measureValueAsFraction(wording));
  }
  return typeof issue.input === 'string' && /^\s*[-+]?\d[\d,.]*\s*%\s*$/.test(issue.input)
    ? worded(say.measureValueWithPercentSign({ value: issue.input.replace(/[%\s,]/g, '') }))
    : worded(say.measureValueShape());
}

/** A target that is not "none" nor figures per council: an Excel error among its figures is named. */
function targetError(issue: { input?: unknown }): string {
  const figures = issue.input !== null && typeof issue.input === 'object' ? Object.values(issue.input) : [];
  const written = figures.find((f): f is string => typeof f === 'string' && excelError(f) !== undefined);
  if (written !== undefined) return worded(say.excelError({ shown: JSON.stringify(written), error: excelError(written)!, kind: 'figure' }));
  return worded(say.measureTargetShape());
}

const numberSchema = z.number({ error: valueError }).meta({ errorMessage: MEASURE_WORDS.value });

const measureSchema = z
  .strictObject({
    name: z
      .string()
      .regex(/\S/, { error: worded(say.emptyText()) })
      .meta({ description: 'What is measured, e.g. "spend without a purchase order".' }),
    unit: z.enum(MEASURE_UNITS).meta({
      description: 'percent (0–100, written without %), count, days or money (whole pounds).',
      errorMessage: MEASURE_WORDS.unit,
    }),
    better: z.enum(['higher', 'lower']).meta({
      description: 'Which way is better: lower (e.g. spend without an order) or higher.',
      errorMessage: MEASURE_WORDS.better,
    }),
    target: z
      .union([z.literal('none'), z.record(councilCode, numberSchema)], { error: targetError })
      .optional()
      .meta({
        description: 'The target (or threshold) per council, e.g. { CDC: 5 }; "none" when no target is set.',
        errorMessage: MEASURE_WORDS.target,
      }),
    // Its range (0 to 100) is a rule of measure-rules.ts: an editor words a range by itself.
    amberWithinPercent: z
      .number({ error: worded(say.amberWithinShape()) })
      .meta({
        description: "A value worse than the target by no more than this % of it is amber. Default: the template's (10).",
        errorMessage: MEASURE_WORDS.amberWithin,
      })
      .optional(),
  })
  .meta({ description: 'A measure: its name, unit, which way is better and the target per council.' });

/** An action's measures, keyed by a short id the updates use. */
export const measuresSchema = z.record(measureIdSchema, measureSchema).meta({
  description:
    'Measures besides money, keyed by a short id, e.g. spend-without-po: { name: …, unit: percent, better: lower, target: { CDC: 5 } }.',
});

const valueSchema = z
  .union(
    [
      numberSchema,
      // What plan new-quarter writes for the officer to replace: "TODO: Q3 figure (was 33)".
      z.string().regex(UNWRITTEN, { error: valueError }),
      z.strictObject({
        value: numberSchema,
        quarter: z.enum(QUARTERS),
      }),
    ],
    { error: valueError },
  )
  .meta({
    description: 'The value, e.g. 33; or { value: 33, quarter: Q2 } for a figure that is for an earlier quarter.',
    errorMessage: MEASURE_WORDS.value,
  });

/** An update's values: measure id → council → value. */
export const updateMeasuresSchema = z
  .record(measureIdSchema, z.record(councilCode, valueSchema))
  .meta({ description: 'The value of each measure this quarter, per council, e.g. spend-without-po: { CDC: 33 }.' });

export type MeasuresInput = z.infer<typeof measuresSchema>;
export type UpdateMeasuresInput = z.infer<typeof updateMeasuresSchema>;
