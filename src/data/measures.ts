import * as z from 'zod';
import type { MeasurePoint } from '../compute/measures.js';
import type { MeasuresSummary } from '../report/measures.js';

/**
 * The report's measures as data (report.ts hooks them in as `measures`): per measure its name, unit,
 * which way is better, and per council the target, value, previous value, RAG and direction.
 */

const quarter = z.enum(['Q1', 'Q2', 'Q3', 'Q4']);
const point = {
  target: z.number().nullable().meta({ description: 'The target (or threshold); null when none is set.' }),
  value: z.number().nullable().meta({ description: 'The value reported this quarter; null when none is given.' }),
  valueQuarter: quarter.nullable().meta({ description: 'The quarter the value is for: an earlier one when the figure lags.' }),
  previous: z.number().nullable().meta({ description: "The previous quarter's value; null when there is none." }),
  rag: z
    .enum(['red', 'amber', 'green'])
    .nullable()
    .meta({ description: 'From the target and the amber band; null without a target or a value.' }),
  direction: z.enum(['better', 'worse', 'same']).nullable().meta({ description: 'The value against the previous one; null without both.' }),
};

export const measuresDataSchema = z.array(
  z.strictObject({
    action: z.string().meta({ description: 'The action id.' }),
    section: z.string(),
    id: z.string().meta({ description: "The measure's id in the plan." }),
    name: z.string(),
    unit: z.enum(['percent', 'count', 'days', 'money']),
    better: z.enum(['higher', 'lower']),
    amberWithinPercent: z.number().meta({ description: 'Amber when worse than the target by no more than this % of it.' }),
    councils: z.array(z.strictObject({ code: z.string(), ...point })),
    combined: z
      .strictObject(point)
      .nullable()
      .meta({ description: 'All councils added: counts and money only, when every council has a target and a value.' }),
  }),
);

function pointData(p: MeasurePoint) {
  return {
    target: p.target ?? null,
    value: p.value?.value ?? null,
    valueQuarter: p.value?.quarter ?? null,
    previous: p.previous?.value ?? null,
    rag: p.rag ?? null,
    direction: p.direction ?? null,
  };
}

export function measuresData(summary: MeasuresSummary | undefined): z.infer<typeof measuresDataSchema> {
  return (summary?.items ?? []).map((m) => ({
    action: m.actionId,
    section: m.section,
    id: m.measure.id,
    name: m.measure.name,
    unit: m.measure.unit,
    better: m.measure.better,
    amberWithinPercent: m.amberWithinPercent,
    councils: m.councils.map((c) => ({ code: c.code, ...pointData(c) })),
    combined: m.combined ? pointData(m.combined) : null,
  }));
}
