import * as z from 'zod';
import { worded } from '../input/zod-issues.js';
import { say } from '../messages/index.js';

/**
 * Where the report shows each action's lead officer and due date, and whether it lists the overdue
 * actions: the template's `leadAndDue` (optional, so that templates copied before it keep working).
 */
export const leadAndDueSchema = z
  .strictObject({
    place: z
      .enum(['action', 'column'])
      .meta({
        description: 'action: under the action, in the Action column (the default); column: a column of their own, after Action.',
      })
      .default('action'),
    heading: z
      .string()
      .regex(/\S/, { error: worded(say.emptyText()) })
      .default('Lead and due')
      .meta({ description: 'The heading of the column, when place is column.' }),
    widthPercent: z
      .number()
      .int()
      .min(5, { error: worded(say.columnTooNarrow()) })
      .max(40)
      .default(14)
      .meta({ description: "The column's share of the width, when place is column; the other three columns share the rest as set." }),
    listOverdue: z
      .boolean()
      .default(true)
      .meta({ description: 'List the actions past their due date and not ended, after the savings summary.' }),
  })
  .default({ place: 'action', heading: 'Lead and due', widthPercent: 14, listOverdue: true })
  .meta({ description: "Where each action's lead officer and due date are shown, and the list of overdue actions." });

export type LeadAndDue = z.infer<typeof leadAndDueSchema>;

/**
 * The action table's column widths in percent, in order: with a lead-and-due column after the action,
 * it takes its share and the template's three columns share the rest in their proportions.
 */
export function actionColumnWidths(
  columns: Record<'action' | 'status' | 'narrative', { widthPercent: number }>,
  leadAndDue: LeadAndDue,
): number[] {
  const three = [columns.action.widthPercent, columns.status.widthPercent, columns.narrative.widthPercent];
  if (leadAndDue.place !== 'column') return three;
  const rest = 100 - leadAndDue.widthPercent;
  const [a, s, n] = three.map((w) => (w * rest) / 100) as [number, number, number];
  return [a, leadAndDue.widthPercent, s, n];
}
