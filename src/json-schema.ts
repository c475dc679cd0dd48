import { z } from 'zod';
import { planFileSchema, sectionFileSchema } from './schema.js';

/**
 * The editor's copy of the schema. yaml-language-server reads the modeline at the top of every plan
 * file and uses these to complete keys and underline mistakes while the officer types.
 * Generated from schema.ts by `plan schema --write`; a test fails when the committed files are stale.
 */
export const SCHEMA_FILES = {
  'plan.schema.json': planFileSchema,
  'section.schema.json': sectionFileSchema,
} as const;

export function buildJsonSchemas(): Record<keyof typeof SCHEMA_FILES, string> {
  const out = {} as Record<keyof typeof SCHEMA_FILES, string>;
  for (const [name, schema] of Object.entries(SCHEMA_FILES) as Array<[keyof typeof SCHEMA_FILES, z.ZodType]>) {
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' });
    out[name] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return out;
}
