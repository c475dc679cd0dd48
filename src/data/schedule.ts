import * as z from 'zod';
import { expectedShare, percentWritten } from '../compute/profile.js';
import type { ActionFigures } from '../compute/savings.js';
import type { ScheduleLine } from '../report/schedule.js';

/** Lead officers, due dates and savings profiles in the report's figures as data (report.ts). */

export const profileDataSchema = z
  .strictObject({
    source: z.enum(['target', 'plan', 'straight']).meta({
      description: "Where the pace comes from: the target's own profile, the plan's savingsProfile, or a straight line (25% a quarter).",
    }),
    quarterShares: z
      .array(z.number())
      .meta({ description: 'The percent of the annual target expected in each quarter, Q1 to Q4, e.g. [10, 20, 30, 40].' }),
    expectedShare: z.string().meta({
      description: 'The percent of the annual target expected by the end of the quarter, e.g. "60": what "expected" is.',
    }),
  })
  .meta({ description: 'The pace the expected amounts follow.' });

export function profileData(f: ActionFigures): z.infer<typeof profileDataSchema> {
  return {
    source: f.profile.source,
    quarterShares: f.profile.shares.map((s) => Number(percentWritten(s))),
    expectedShare: percentWritten(expectedShare(f.profile, f.quarter)),
  };
}

export const actionScheduleSchema = {
  lead: z.string().nullable().meta({ description: 'The lead officer (a name or a role); null when the plan names none.' }),
  due: z
    .string()
    .nullable()
    .meta({ description: 'The due date or quarter as written in the plan, e.g. "2014-03-31" or "Q3"; null when none.' }),
  dueBy: z.string().nullable().meta({ description: 'The last day it is due by, YYYY-MM-DD (the end of a due quarter); null when none.' }),
  overdue: z.boolean().meta({ description: 'Past its due date at the end of the quarter, and not completed or dropped.' }),
};

export function actionScheduleData(s: ScheduleLine | undefined) {
  return { lead: s?.lead ?? null, due: s?.dueWritten ?? null, dueBy: s?.dueBy ?? null, overdue: s?.overdue ?? false };
}
