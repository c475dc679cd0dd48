import * as z from 'zod';
import { percentOf } from '../compute/rounding.js';
import type { Figures } from '../compute/savings.js';
import type { ReportModel } from '../report/model.js';
import { measuresData, measuresDataSchema } from './measures.js';
import { actionScheduleData, actionScheduleSchema, profileData, profileDataSchema } from './schedule.js';

/**
 * The report's figures as data, for a spreadsheet or a dashboard: `plan report --format json`. Laid
 * out from the same report model as the Word appendix: its figures per target and council, and each
 * action's status, RAG rating and ending. The shape is versioned: a change that could break a reader raises `version`; its JSON
 * Schema is templates/report.schema.json (from this file, by `plan schema`). Keep in sync with the
 * "Figures as data" section of README.md.
 */

const REPORT_DATA_VERSION = 1;

const rag = z.enum(['red', 'amber', 'green']);
const figures = {
  target: z.number().int().meta({ description: 'The annual target, whole pounds.' }),
  achieved: z.number().int().meta({ description: 'Achieved so far this financial year, whole pounds.' }),
  pending: z.number().int().meta({ description: 'Sought but not yet secured, whole pounds.' }),
  percentOfTarget: z.string().nullable().meta({
    description: 'achieved ÷ target as a percentage, rounded as the report says, e.g. "72"; null when there is no target to divide by.',
  }),
  expected: z
    .number()
    .int()
    .meta({ description: "What the target's pace (its savings profile, or a straight line) expects by the end of the quarter." }),
  paceGap: z.number().int().meta({ description: 'achieved − expected: negative when behind pace.' }),
  stillToAchieve: z.number().int().meta({ description: 'target − achieved, never below 0.' }),
  sincePrevious: z.number().int().nullable().meta({
    description: 'The change in achieved since the previous quarter; null in the first quarter, or for an action new this quarter.',
  }),
};

export const reportDataSchema = z
  .strictObject({
    version: z.literal(REPORT_DATA_VERSION).meta({ description: 'The version of this format.' }),
    plan: z.string(),
    appendix: z.string(),
    financialYear: z.string().meta({ description: 'e.g. "2013/14".' }),
    quarter: z.enum(['Q1', 'Q2', 'Q3', 'Q4']),
    previousQuarter: z
      .enum(['Q1', 'Q2', 'Q3'])
      .nullable()
      .meta({ description: 'The quarter movements are measured from; null when the plan has none.' }),
    percentDecimals: z.number().int().meta({ description: 'Decimal places of every percentage.' }),
    councils: z.array(z.strictObject({ code: z.string(), name: z.string() })),
    targets: z.array(
      z.strictObject({
        action: z.string().meta({ description: 'The action id.' }),
        section: z.string(),
        measure: z.string(),
        achievedLabel: z.string(),
        pendingLabel: z.string(),
        rag,
        ragDerived: z.boolean().meta({ description: 'True when the rating comes from the figures, not the officer.' }),
        profile: profileDataSchema,
        councils: z.array(z.strictObject({ code: z.string(), ...figures, rag })),
        combined: z
          .strictObject({ ...figures })
          .nullable()
          .meta({ description: 'All councils together; null when the target has one council.' }),
      }),
    ),
    actions: z.array(
      z.strictObject({
        id: z.string(),
        section: z.string(),
        status: z.string(),
        statusDerived: z.boolean(),
        rag: rag.nullable(),
        ragDerived: z.boolean(),
        ended: z.enum(['completed', 'dropped']).nullable(),
        endedIn: z.enum(['Q1', 'Q2', 'Q3', 'Q4']).nullable().meta({
          description:
            'The quarter the action ended in; an action that ended in an earlier quarter of the year is still reported, as it ended.',
        }),
        ...actionScheduleSchema,
        movement: z
          .strictObject({
            since: z.enum(['Q1', 'Q2', 'Q3']),
            isNew: z.boolean(),
            statusChanged: z.boolean(),
            statusFrom: z.string().nullable(),
            ragChanged: z.boolean(),
            ragFrom: rag.nullable(),
          })
          .nullable(),
      }),
    ),
    measures: measuresDataSchema.meta({
      description: "Measures besides money, per action, with each council's target, value, previous value, RAG and direction.",
    }),
  })
  .meta({ title: 'plan report figures', description: "The figures of one quarter's report, from plan report --format json." });

export type ReportData = z.infer<typeof reportDataSchema>;

/** The report's figures as data. Pure. */
export function buildReportData(model: ReportModel): ReportData {
  const percentDecimals = model.template.rounding.percentDecimals;
  const sectionOf = new Map(model.sections.flatMap((s) => s.rows.map((r) => [r.id, s.number] as const)));
  const figureData = (f: Figures, since: number | null) => ({
    target: f.target,
    achieved: f.achieved,
    pending: f.pending,
    percentOfTarget: percentOf(f.achieved, f.target, percentDecimals) ?? null,
    expected: f.expected,
    paceGap: f.paceGap,
    stillToAchieve: f.remaining,
    sincePrevious: since,
  });
  return {
    version: REPORT_DATA_VERSION,
    plan: model.plan.title,
    appendix: model.plan.appendix,
    financialYear: model.plan.financialYear,
    quarter: model.quarter,
    previousQuarter: (model.previousQuarter ?? null) as ReportData['previousQuarter'],
    percentDecimals,
    councils: model.plan.councils,
    targets: model.targets.map(({ figures: f, movement: moved, actionId }) => ({
      action: actionId,
      section: sectionOf.get(actionId) ?? '',
      measure: f.measure,
      achievedLabel: f.achievedLabel,
      pendingLabel: f.pendingLabel,
      rag: f.rag,
      ragDerived: f.ragDerived,
      profile: profileData(f),
      councils: f.councils.map((c) => ({
        code: c.code,
        ...figureData(c, moved?.figures.find((m) => m.code === c.code)?.delta ?? null),
        rag: c.rag,
      })),
      combined: f.councils.length > 1 ? figureData(f.combined, moved?.combined?.delta ?? null) : null,
    })),
    actions: model.sections.flatMap((section) =>
      section.rows.map((row) => {
        const move = row.movement;
        return {
          id: row.id,
          section: section.number,
          status: row.status,
          statusDerived: row.statusDerived,
          rag: row.rag ?? null,
          ragDerived: row.ragDerived,
          ended: row.ended?.how ?? null,
          endedIn: row.ended?.quarter ?? null,
          ...actionScheduleData(row.schedule),
          movement: move
            ? {
                since: move.previous as 'Q1' | 'Q2' | 'Q3',
                isNew: move.isNew,
                statusChanged: move.statusChanged,
                statusFrom: move.statusFrom ?? null,
                ragChanged: move.ragChanged,
                ragFrom: move.ragFrom ?? null,
              }
            : null,
        };
      }),
    ),
    measures: measuresData(model.measures),
  };
}
