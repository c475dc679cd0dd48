import * as z from 'zod';
import { describeMoney } from '../input/money.js';
import { worded } from '../input/zod-issues.js';
import { say } from '../messages/index.js';
import { MONTHS, slugify } from '../shared/words.js';
import { COUNCIL_CODE } from './codes.js';
import { measuresSchema, updateMeasuresSchema } from './measures-schema.js';
import { financialYearLabel, QUARTERS, yearLabelFrom } from './quarters.js';
import { dueSchema, leadSchema, profileSchema } from './schedule.js';

/**
 * The shape of every file in `plans/`. This is the single source of truth: the validator uses it, and
 * `plan schema` turns it into the JSON Schema that editors read through the modeline at the top of
 * each file. Keep in sync with the "YAML format" section of README.md.
 *
 * Messages for the mistakes officers really make are written where the field is defined; generic
 * wording (missing keys, unknown keys, wrong type) is added in `zod-issues.ts`.
 */

const NON_BLANK = /\S/;

/**
 * What an editor says when a value is wrong. The JSON Schemas carry these as `errorMessage`, which
 * yaml-language-server shows instead of "Incorrect type. Expected …", so the editor speaks as
 * `plan validate` does (test/editor.test.ts drives the language server to check it).
 */
export const EDITOR_WORDS = {
  text: 'write text here; put it in quotes if it looks like a number or true/false, e.g. "2015"',
  money: 'write money as a plain number of pounds, e.g. 75000 (not "£75,000", "75,000" or "75k")',
  target: 'write the target as a plain number of pounds, more than 0, e.g. 75000',
  councilCode: 'a council code is 2–10 capital letters or digits, e.g. CDC',
  rag: 'use one of red, amber, green (in small letters)',
  actionId: 'an action id is lower-case words joined by hyphens, e.g. "regular-updates"',
  section: 'write the section number in quotes, e.g. section: "8.2"',
  yearLabel: 'write the financial year as "2013/14"',
  yearStarts: 'write the first day of the financial year as YYYY-MM-01, e.g. 2013-04-01',
  confirmTarget:
    'a new financial year has started: check these target amounts are right for this year (change any that are not), then delete this "confirm" line',
} as const;

/** Plain text on one or more lines: a status, a title, a council's name. */
const textSchema = z
  .string()
  .regex(NON_BLANK, { error: worded(say.emptyText()) })
  .meta({ description: 'Plain text.', errorMessage: EDITOR_WORDS.text });

/**
 * Text with paragraphs and bullets, read literally (rich-text.ts): a blank line starts a paragraph, a
 * new line is a line break, "- " or "• " starts a bullet and an indented one a sub-bullet.
 */
const richTextSchema = z
  .string()
  .regex(NON_BLANK, { error: worded(say.emptyText()) })
  .meta({
    description:
      'Text with paragraphs and bullets, shown exactly as typed. A blank line starts a new paragraph; "- " or "• " starts a bullet; indent it for a sub-bullet; web addresses become links. Use `|` after the key to write several lines.',
    errorMessage: EDITOR_WORDS.text,
  });

const councilCodeSchema = z
  .string()
  .regex(COUNCIL_CODE, { error: worded(say.councilCodeShape()) })
  .meta({ errorMessage: EDITOR_WORDS.councilCode });

/**
 * Whole pounds from `least` up, at most 15 digits. Strings such as "£75,000" are refused, never
 * coerced; `tooLow` says why a smaller amount is refused, `editor` is what an editor shows.
 */
function pounds(least: number, tooLow: string, editor: string) {
  return z
    .number({ error: (issue) => worded(describeMoney(issue.input)) })
    .int({ error: worded(say.withPence()) })
    .min(least, { error: tooLow })
    .max(999_999_999_999_999, { error: worded(say.atMost15Digits()) })
    .meta({ errorMessage: editor });
}

const moneySchema = pounds(0, worded(say.belowZero()), EDITOR_WORDS.money);
const targetAmountSchema = pounds(1, worded(say.targetNotAboveZero()), EDITOR_WORDS.target);

const ragSchema = z.enum(['red', 'amber', 'green']).meta({
  description: 'RAG rating: red (off track), amber (at risk), green (on track).',
  errorMessage: EDITOR_WORDS.rag,
});

const targetSchema = z
  .strictObject({
    measure: textSchema.meta({ description: 'What is counted, e.g. "cost and efficiency savings".' }),
    amounts: z
      .record(councilCodeSchema, targetAmountSchema)
      .meta({ description: 'The annual target per council code, in whole pounds, e.g. CDC: 75000.' }),
    achievedLabel: textSchema
      .optional()
      .meta({ description: 'Word used after an achieved amount, e.g. "identified". Default: "achieved".' }),
    pendingLabel: textSchema.optional().meta({ description: 'Word used before a pending amount, e.g. "seeking". Default: "pending".' }),
    profile: profileSchema.optional(),
    // Written by `plan new-quarter Q1 --new-year` and deleted by the officer once the amounts are
    // checked; the editor underlines it (deprecationMessage) and validate lists it until then.
    confirm: textSchema.optional().meta({
      description: 'Written by plan new-quarter --new-year. Check the target amounts for the new year, then delete this line.',
      errorMessage: EDITOR_WORDS.confirmTarget,
      deprecationMessage: EDITOR_WORDS.confirmTarget,
    }),
  })
  .meta({ description: 'An annual money target for this action, per council.' });

const updateSchema = z
  .strictObject({
    status: textSchema.optional().meta({ description: 'The status as the officer writes it, e.g. "Onward going" or "Put back to 14/15".' }),
    rag: ragSchema.optional(),
    narrative: richTextSchema.optional(),
    achieved: z
      .record(councilCodeSchema, moneySchema)
      .optional()
      .meta({ description: 'Amount achieved so far this financial year, per council, in whole pounds.' }),
    pending: z
      .record(councilCodeSchema, moneySchema)
      .optional()
      .meta({ description: 'Amount sought but not yet secured, per council, in whole pounds.' }),
    notes: z.record(councilCodeSchema, textSchema).optional().meta({ description: "A short note shown after a council's figures." }),
    ended: z.enum(['completed', 'dropped']).optional().meta({
      description: 'The action ended this quarter: completed or dropped. Later quarters need no update for it, and leave it out.',
      errorMessage: 'write ended: completed or ended: dropped',
    }),
    measures: updateMeasuresSchema.optional(),
  })
  .meta({ description: 'The position at the end of one quarter.' });

const updatesSchema = z
  .strictObject(
    Object.fromEntries(QUARTERS.map((q) => [q, updateSchema.optional()])) as Record<
      (typeof QUARTERS)[number],
      z.ZodOptional<typeof updateSchema>
    >,
  )
  .meta({ description: 'One update per quarter: Q1 (April–June) … Q4 (January–March).' });

const ACTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const actionSchema = z.strictObject({
  id: z
    .string()
    .regex(ACTION_ID, {
      error: (issue) =>
        typeof issue.input === 'string' && slugify(issue.input) !== ''
          ? worded(say.actionIdShape({ id: slugify(issue.input) }))
          : worded(say.actionIdWords()),
    })
    .meta({
      description: 'A short, unique, lower-case id, e.g. "regular-updates". Never shown in the report.',
      errorMessage: EDITOR_WORDS.actionId,
    }),
  action: richTextSchema,
  lead: leadSchema.optional(),
  due: dueSchema.optional(),
  target: targetSchema.optional(),
  measures: measuresSchema.optional(),
  updates: updatesSchema,
});

const SECTION_NUMBER = /^\d+(?:\.\d+)*$/;

export const sectionFileSchema = z
  .strictObject({
    section: z
      .string({
        error: (issue) =>
          typeof issue.input === 'number' ? worded(say.sectionNumberUnquoted({ written: String(issue.input) })) : undefined,
      })
      .regex(SECTION_NUMBER, { error: worded(say.sectionNumberShape()) })
      .meta({ description: 'The section number, in quotes, e.g. "8.2".', errorMessage: EDITOR_WORDS.section }),
    title: textSchema,
    actions: z.array(actionSchema).min(1, { error: worded(say.noActions()) }),
  })
  .meta({ title: 'plan section', description: 'One section of the procurement action plan (one file per section).' });

export const planFileSchema = z
  .strictObject({
    title: textSchema.meta({ description: 'The plan title, e.g. "Joint Procurement Action Plan".' }),
    appendix: textSchema.meta({ description: 'The label of the report, e.g. "Appendix 1".' }),
    financialYear: z.strictObject({
      label: z
        .string()
        .regex(/^\d{4}\/\d{2}$/, { error: yearLabelError })
        .meta({ description: 'The financial year, e.g. "2013/14".', errorMessage: EDITOR_WORDS.yearLabel }),
      starts: z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])-01$/, { error: yearStartsError })
        .meta({ description: 'The first day of the financial year, e.g. 2013-04-01.', errorMessage: EDITOR_WORDS.yearStarts }),
    }),
    councils: z
      .record(councilCodeSchema, textSchema)
      .meta({ description: 'The councils in this plan: code and full name, e.g. CDC: Cherwell District Council.' }),
    savingsProfile: profileSchema.optional().meta({
      description:
        'The savings profile of every money target that gives none of its own: percent expected per quarter, adding up to 100, e.g. [10, 20, 30, 40].',
    }),
  })
  .meta({ title: 'plan', description: 'The plan itself: title, financial year and councils. File name: plan.yaml.' });

/** Words around a year that say it is the financial one: "FY16", "F/Y 2015-16", "2015/16 financial year". */
const YEAR_WORDS = /^(?:FY|F\/Y|financial\s+year)\s*|\s*(?:FY|financial\s+year)$/gi;

/**
 * "2015-16", "2015–16" (Word's en dash), "2015/2016", "15/16", "FY2015/16": a financial year with one
 * reading, told as the label to write. "FY16" alone is read two ways (the year that ends in March 2016,
 * as most councils mean it, or the one that starts in 2016), so both are told; anything else is told
 * what a label looks like.
 */
/** A year's first day written on another day of its month ("2051-04-06", the tax year's) gets the 1st. */
function yearStartsError(issue: { input?: unknown }): string {
  const m = typeof issue.input === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])-(\d{2})$/.exec(issue.input.trim()) : null;
  if (!m) return worded(say.yearStartsShape());
  return worded(say.yearStartsDay({ written: m[0], first: `${m[1]}-${m[2]}-01`, month: `${MONTHS[Number(m[2]) - 1]} ${m[1]}` }));
}

function yearLabelError(issue: { input?: unknown }): string {
  if (typeof issue.input !== 'string') return worded(say.yearLabelShape());
  const written = issue.input.trim();
  const bare = written.replace(YEAR_WORDS, '');
  const m = /^(\d{4}|\d{2})\s*[/\-\u2010-\u2015\u2212\ufe63\uff0d]\s*(\d{2}|\d{4})$/.exec(bare);
  const label = m ? financialYearLabel(m[1]!.length === 2 ? `20${m[1]}` : m[1]!, m[2]!) : undefined;
  if (label) return worded(say.yearLabelWritten({ written, label }));
  const one = bare !== written ? /^(\d{4}|\d{2})$/.exec(bare) : null;
  if (!one) return worded(say.yearLabelShape());
  const year = Number(one[1]!.length === 2 ? `20${one[1]}` : one[1]);
  return worded(say.yearLabelOneYear({ written, ending: yearLabelFrom(year - 1), starting: yearLabelFrom(year) }));
}

export type UpdateInput = z.infer<typeof updateSchema>;
export type SectionFileInput = z.infer<typeof sectionFileSchema>;
export type PlanFileInput = z.infer<typeof planFileSchema>;

const PROSE_KEYS: ReadonlySet<string> = new Set([
  'title',
  'status',
  'narrative',
  'action',
  'measure',
  'appendix',
  'achievedLabel',
  'pendingLabel',
  'lead',
  'name',
]);

/** The blocks whose values are amounts of money, per council. */
const MONEY_BLOCKS: ReadonlySet<string> = new Set(['amounts', 'achieved', 'pending']);

/** Whether the value at `path` is an amount of money (a council's figure in amounts, achieved or pending). */
export function isMoneyPath(path: readonly (string | number)[]): boolean {
  const parent = path[path.length - 2];
  return typeof parent === 'string' && MONEY_BLOCKS.has(parent) && path.length >= 3;
}

/** Whether the value at `path` is prose, where an unquoted " #" silently cuts the text short. */
export function isProsePath(path: readonly (string | number)[]): boolean {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof last === 'string' && PROSE_KEYS.has(last)) return true;
  // Council names (councils: CDC: …) and per-council notes are prose too.
  return parent === 'councils' || parent === 'notes';
}
