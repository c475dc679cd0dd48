import * as z from 'zod';
import { worded } from '../input/zod-issues.js';
import { say } from '../messages/index.js';
import { leadAndDueSchema } from './lead-and-due.js';

/**
 * The look of the report — title pattern, column headings and widths, fonts, colours, page, rounding —
 * kept apart from the plan's content. Plans hold content; templates hold look.
 * Keep in sync with templates/default.yaml and the "Templates" section of README.md.
 */

export const TITLE_PLACEHOLDERS = ['plan', 'year', 'quarter', 'appendix', 'quarterName', 'quarterMonths'] as const;

const hexColour = z
  .string({
    error: (issue) =>
      typeof issue.input === 'number' ? worded(say.colourUnquoted({ colour: String(issue.input).padStart(6, '0') })) : undefined,
  })
  .regex(/^[0-9A-Fa-f]{6}$/, { error: worded(say.colourShape()) });

const pattern = z.string().regex(/\S/, { error: worded(say.emptyText()) });

/**
 * A font's name goes into the web page's style sheet as well as the Word file, so it may hold only what
 * font names hold: anything else (a ";", a "url(") could make the page fetch from outside.
 */
const fontName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 -]{0,62}$/, { error: worded(say.fontNameShape()) });

const column = z.strictObject({
  heading: pattern,
  widthPercent: z
    .number()
    .int()
    .min(5, { error: worded(say.columnTooNarrow()) })
    .max(90),
});

export const templateSchema = z
  .strictObject({
    title: pattern.meta({ description: `The report title. Placeholders: ${TITLE_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}` }),
    subtitle: pattern.meta({ description: 'The line under the title; same placeholders.' }),
    fileName: pattern.meta({ description: 'The output file name, before .docx, made lower-case with hyphens; same placeholders.' }),
    language: z.string().regex(/^[a-z]{2,3}-[A-Z]{2}$/, { error: worded(say.languageTag()) }),
    page: z.strictObject({
      size: z.enum(['A4', 'A3', 'Letter']),
      orientation: z.enum(['landscape', 'portrait']),
      marginMm: z.number().min(5).max(50),
    }),
    font: z.strictObject({
      family: fontName,
      sizePt: z.number().min(6).max(24),
      headingSizePt: z.number().min(6).max(36),
      titleSizePt: z.number().min(6).max(48),
    }),
    columns: z.strictObject({ action: column, status: column, narrative: column }),
    colours: z.strictObject({
      headerFill: hexColour,
      headerText: hexColour,
      border: hexColour,
      red: hexColour,
      amber: hexColour,
      green: hexColour,
      chartAchieved: hexColour,
      chartExpected: hexColour,
      chartTarget: hexColour,
    }),
    rounding: z.strictObject({
      percentDecimals: z.number().int().min(0).max(3).meta({ description: 'Decimal places of every percentage (half up). 0 gives "72%".' }),
    }),
    rag: z.strictObject({
      amberFromPercentOfPace: z
        .number()
        .int()
        .min(1)
        .max(99)
        .meta({ description: 'A derived RAG rating is green on pace, amber at or above this % of the expected pace, red below.' }),
      // Optional, so that templates copied before measures existed keep working.
      measureAmberWithinPercent: z.number().min(0).max(100).default(10).meta({
        description:
          "A measure's RAG rating is amber when worse than its target by no more than this % of the target; a measure may set its own.",
      }),
    }),
    summary: z.strictObject({
      show: z.boolean().meta({ description: 'Show the savings summary near the top.' }),
      chart: z.boolean().meta({ description: 'Show a chart of achieved versus target per council.' }),
    }),
    // Optional, so that templates copied before it existed keep working (and keep ended actions).
    endedActions: z
      .strictObject({
        show: z.boolean().meta({
          description:
            'Keep an action that ended (completed or dropped) in an earlier quarter in the later quarters of the year, marked "Completed in Q1"; false leaves it out.',
        }),
      })
      .default({ show: true }),
    leadAndDue: leadAndDueSchema,
  })
  .meta({ title: 'plan report template', description: 'The look of the Appendix 1 report.' });

export type Template = z.infer<typeof templateSchema>;

/** Fill `{placeholders}` in a title, subtitle or file name pattern. */
export function fillPattern(pattern: string, values: Record<(typeof TITLE_PLACEHOLDERS)[number], string>): string {
  return pattern.replace(/\{([^}]*)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name as keyof typeof values] : whole,
  );
}
