import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { checkYaml } from '../input/check-yaml.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { usageError } from '../errors.js';
import { showPath } from '../shared/paths.js';
import { decodeSource } from '../input/source-file.js';
import { locate } from '../input/yaml-source.js';

/**
 * The look of the report — title pattern, column headings and widths, fonts, colours, page, rounding —
 * kept apart from the plan's content. Plans hold content; templates hold look.
 * Keep in sync with templates/default.yaml and the "Templates" section of README.md.
 */

export const TITLE_PLACEHOLDERS = ['plan', 'year', 'quarter', 'appendix', 'quarterName', 'quarterMonths'] as const;

const hexColour = z
  .string({ error: (issue) => (typeof issue.input === 'number' ? `write the colour in quotes: "${String(issue.input).padStart(6, '0')}"` : undefined) })
  .regex(/^[0-9A-Fa-f]{6}$/, { error: 'a colour is six hexadecimal digits, e.g. "1F3864"' });

const pattern = z.string().regex(/\S/, { error: 'this text is empty' });

const column = z.strictObject({
  heading: pattern,
  widthPercent: z.number().int().min(5, { error: 'a column needs at least 5% of the width' }).max(90),
});

export const templateSchema = z
  .strictObject({
    title: pattern.meta({ description: `The report title. Placeholders: ${TITLE_PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}` }),
    subtitle: pattern.meta({ description: 'The line under the title; same placeholders.' }),
    fileName: pattern.meta({ description: 'The output file name, before .docx, made lower-case with hyphens; same placeholders.' }),
    language: z.string().regex(/^[a-z]{2,3}-[A-Z]{2}$/, { error: 'write a language tag such as en-GB' }),
    page: z.strictObject({
      size: z.enum(['A4', 'A3', 'Letter']),
      orientation: z.enum(['landscape', 'portrait']),
      marginMm: z.number().min(5).max(50),
    }),
    font: z.strictObject({
      family: pattern,
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
    }),
    summary: z.strictObject({
      show: z.boolean().meta({ description: 'Show the savings summary near the top.' }),
      chart: z.boolean().meta({ description: 'Show a chart of achieved versus target per council.' }),
    }),
  })
  .meta({ title: 'plan report template', description: 'The look of the Appendix 1 report.' });

export type Template = z.infer<typeof templateSchema>;

/**
 * Where templates/ is, relative to this module: one level up from dist/ (tsc) and two from
 * dist/bundle/ (the bundled binary, which defines __PLAN_TEMPLATES_URL__ when it is built).
 */
declare const __PLAN_TEMPLATES_URL__: string | undefined;
const TEMPLATES_URL = typeof __PLAN_TEMPLATES_URL__ === 'string' ? __PLAN_TEMPLATES_URL__ : '../../templates/';
export const DEFAULT_TEMPLATE = fileURLToPath(new URL(`${TEMPLATES_URL}default.yaml`, import.meta.url));

export interface LoadedTemplate {
  template: Template | undefined;
  diagnostics: Diagnostic[];
  file: string;
}

/** Read and check a template; like plans, bad content gives diagnostics, a missing file exit 2. */
export async function loadTemplate(path: string, cwd = process.cwd()): Promise<LoadedTemplate> {
  const absolute = resolve(cwd, path);
  const shown = showPath(absolute, cwd);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw usageError(`template ${shown} does not exist`, 'pass an existing template with --template, or leave it out to use the default');
    if (code === 'EISDIR') throw usageError(`template ${shown} is a folder, not a file`);
    throw usageError(`cannot read template ${shown}: ${code ?? String(error)}`);
  }
  const decoded = decodeSource(bytes, absolute, shown);
  if ('diagnostic' in decoded) return { template: undefined, diagnostics: [decoded.diagnostic], file: shown };
  const file = decoded.file;
  const checked = checkYaml<Template>(file, templateSchema, {
    isProse: (p) => p[p.length - 1] === 'heading' || ['title', 'subtitle', 'fileName'].includes(String(p[0])),
    startHint: 'start from a copy of templates/default.yaml',
  });
  const diagnostics = checked.diagnostics;
  const raw = checked.data;
  if (!checked.schemaChecked || !raw) return { template: undefined, diagnostics, file: shown };
  // Rules the schema cannot express, checked on the raw data so they show alongside schema errors.
  for (const key of ['title', 'subtitle', 'fileName'] as const) {
    const value = raw[key];
    if (typeof value !== 'string') continue;
    for (const match of value.matchAll(/\{([^}]*)\}/g)) {
      if ((TITLE_PLACEHOLDERS as readonly string[]).includes(match[1]!)) continue;
      const node = locate(checked.root, [key]).node;
      const within = node ? file.text.slice(node.start, node.end).indexOf(match[0]) : -1;
      diagnostics.push(
        file.diagnostic((node?.start ?? 0) + Math.max(within, 0), 'error', 'unknown-placeholder', `unknown placeholder ${match[0]}`, `use one of ${TITLE_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`),
      );
    }
  }
  const columns = raw.columns !== null && typeof raw.columns === 'object' ? Object.values(raw.columns as Record<string, unknown>) : [];
  const widths = columns.map((c) => (c !== null && typeof c === 'object' ? (c as Record<string, unknown>).widthPercent : undefined));
  if (widths.length === 3 && widths.every((w): w is number => typeof w === 'number')) {
    const total = widths.reduce((sum, w) => sum + w, 0);
    if (total !== 100) {
      diagnostics.push(file.diagnostic(locate(checked.root, ['columns']).node?.keyStart ?? 0, 'error', 'column-widths', `the column widths add up to ${total}%, not 100%`, 'change widthPercent so that the three columns add up to 100'));
    }
  }
  const template = checked.parsed;
  const ok = template !== undefined && !diagnostics.some((d) => d.severity === 'error');
  return { template: ok ? template : undefined, diagnostics, file: shown };
}

/** Fill `{placeholders}` in a title, subtitle or file name pattern. */
export function fillPattern(pattern: string, values: Record<(typeof TITLE_PLACEHOLDERS)[number], string>): string {
  return pattern.replace(/\{([^}]*)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(values, name) ? values[name as keyof typeof values] : whole));
}
