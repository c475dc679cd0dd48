import type * as z from 'zod';
import type { Diagnostic } from './diagnostics.js';
import type { SourceFile } from './source-file.js';
import { parseYaml, type LocNode, type PathSegment } from './yaml-source.js';
import { mapZodIssues } from './zod-issues.js';

/** Raw YAML data, read defensively: a mapping, or undefined for anything else. */
export function asDict(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * The checks every YAML input of plan goes through, plan files and templates alike: parse with
 * positions, insist on a mapping at the top, then the schema, with its issues at `file:line:col`.
 */
export interface CheckedYaml<T> {
  /** The raw data, when the file is a mapping that YAML could read; rules may look at it. */
  data: Record<string, unknown> | undefined;
  root: LocNode | undefined;
  /** The schema-checked data, when the file passed the schema. */
  parsed: T | undefined;
  /** Whether the schema ran: false when the file is not a mapping or its YAML has errors. */
  schemaChecked: boolean;
  diagnostics: Diagnostic[];
}

export function checkYaml<T>(
  file: SourceFile,
  schema: z.ZodType<T>,
  options: { isProse: (path: readonly PathSegment[]) => boolean; startHint: string },
): CheckedYaml<T> {
  const parsedYaml = parseYaml(file, { isProse: options.isProse });
  const diagnostics = [...parsedYaml.diagnostics];
  const out: CheckedYaml<T> = { data: undefined, root: parsedYaml.root, parsed: undefined, schemaChecked: false, diagnostics };
  const data = parsedYaml.data;
  if (data === undefined) return out;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(
      file.diagnostic(parsedYaml.root?.start ?? 0, 'error', 'not-a-mapping', `the file must be a mapping of keys (key: value lines), but it is ${Array.isArray(data) ? 'a list' : 'a single value'}`, options.startHint),
    );
    return out;
  }
  out.data = data as Record<string, unknown>;
  // A file whose YAML could not be turned into data (a refused alias, tag, …) is not schema-checked:
  // the holes would only produce confusing follow-on errors.
  if (diagnostics.some((d) => d.severity === 'error')) return out;
  out.schemaChecked = true;
  const result = schema.safeParse(data);
  if (result.success) out.parsed = result.data;
  else diagnostics.push(...mapZodIssues(result.error.issues, data, parsedYaml.root, file, schema));
  return out;
}
