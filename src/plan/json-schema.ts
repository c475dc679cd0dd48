import * as z from 'zod';
import { planFileSchema, sectionFileSchema } from './schema.js';

/**
 * The editor's copy of a schema. yaml-language-server reads the modeline at the top of every plan and
 * template file and uses these to complete keys and underline mistakes while the officer types.
 */
export function jsonSchemaText(schema: z.ZodType): string {
  return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }), null, 2)}\n`;
}

/** The schema files every plans folder holds: `plan schema` writes them, and so do `plan init` and `plan import`. */
export function planJsonSchemas(): Array<{ name: string; text: string }> {
  return [
    { name: 'plan.schema.json', text: jsonSchemaText(planFileSchema as z.ZodType) },
    { name: 'section.schema.json', text: jsonSchemaText(sectionFileSchema as z.ZodType) },
  ];
}
