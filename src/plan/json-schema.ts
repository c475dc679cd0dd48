import * as z from 'zod';
import { planFileSchema, sectionFileSchema } from './schema.js';

/** Keywords that apply to a value of any type: alternatives that have one cannot be merged. */
const ANY_TYPE_KEYWORDS = ['const', 'enum', 'anyOf', 'oneOf', 'allOf', 'not', '$ref'];

/**
 * A choice between types, such as a measure's value (a number, or { value, quarter }), as one schema
 * with a list of types: yaml-language-server words a mismatch of `anyOf` itself ("Incorrect type.
 * Expected number | object") and ignores the errorMessage, but shows the errorMessage of one schema.
 * The same values are valid either way: each keyword left applies to one type only.
 */
function mergeTypeChoice(json: Record<string, unknown>): void {
  const choices = json.anyOf as Array<Record<string, unknown>> | undefined;
  if (!Array.isArray(choices) || typeof json.errorMessage !== 'string') return;
  const types = choices.map((c) => c.type);
  const distinct = types.every((t) => typeof t === 'string') && new Set(types).size === types.length;
  if (!distinct || choices.some((c) => ANY_TYPE_KEYWORDS.some((k) => k in c))) return;
  delete json.anyOf;
  Object.assign(json, ...choices.map(({ errorMessage: _, description: __, ...rest }) => rest), { type: types });
}

/**
 * The editor's copy of a schema. yaml-language-server reads the modeline at the top of every plan and
 * template file and uses these to complete keys and underline mistakes while the officer types.
 */
export function jsonSchemaText(schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-7',
    unrepresentable: 'any',
    override: (ctx) => mergeTypeChoice(ctx.jsonSchema as Record<string, unknown>),
  });
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The schema files every plans folder holds: `plan schema` writes them, and so do `plan init` and `plan import`. */
export function planJsonSchemas(): Array<{ name: string; text: string }> {
  return [
    { name: 'plan.schema.json', text: jsonSchemaText(planFileSchema as z.ZodType) },
    { name: 'section.schema.json', text: jsonSchemaText(sectionFileSchema as z.ZodType) },
  ];
}
