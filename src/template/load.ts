import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { wordedUsageError } from '../errors.js';
import { checkYaml } from '../input/check-yaml.js';
import { readInputFile } from '../input/read-input.js';
import { decodeSource, type SourceFile } from '../input/source-file.js';
import { type LocNode, locate } from '../input/yaml-source.js';
import { say } from '../messages/index.js';
import { contrastRatio } from '../shared/contrast.js';
import { showPath } from '../shared/paths.js';
import { type Template, TITLE_PLACEHOLDERS, templateSchema } from './schema.js';

/** Reading a template from a file: the one part of templates that touches the file system. */

/**
 * Where templates/ is, relative to this module: two levels up from dist/template/ (tsc) and from
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
  const read = readTemplateFile(absolute, shown);
  if ('diagnostic' in read) return { template: undefined, diagnostics: [read.diagnostic], file: shown };
  const decoded = decodeSource(read.bytes, absolute, shown);
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
  const at: Checked = { file, root: checked.root, raw };
  diagnostics.push(...placeholderProblems(at), ...columnWidthProblems(at), ...chartContrastProblems(at));
  const template = checked.parsed;
  const ok = template !== undefined && !diagnostics.some((d) => d.severity === 'error');
  return { template: ok ? template : undefined, diagnostics, file: shown };
}

/** The template's bytes; a file too large is a diagnostic, any other failure to read exit 2. */
function readTemplateFile(absolute: string, shown: string): { bytes: Uint8Array } | { diagnostic: Diagnostic } {
  const read = readInputFile(absolute);
  if ('bytes' in read) return read;
  if (read.code === 'unreadable' && read.message === say.noSuchFile().message) throw wordedUsageError(say.templateMissing({ shown }));
  if (read.code === 'file-too-large')
    return {
      diagnostic: {
        file: shown,
        line: 1,
        column: 1,
        severity: 'error',
        code: read.code,
        ...say.templateTooLarge({ said: read.message }),
      },
    };
  if (read.code === 'not-a-file') throw wordedUsageError(say.templateNotAFile({ shown, said: read.message }));
  throw wordedUsageError(say.templateUnreadable({ shown, said: read }));
}

/** A template read and schema-checked: what the rules beyond the schema look at. */
interface Checked {
  file: SourceFile;
  root: LocNode | undefined;
  raw: Record<string, unknown>;
}

/** Title, subtitle and file name may hold only the known {placeholders}. */
function placeholderProblems({ file, root, raw }: Checked): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const key of ['title', 'subtitle', 'fileName'] as const) {
    const value = raw[key];
    if (typeof value !== 'string') continue;
    for (const match of value.matchAll(/\{([^}]*)\}/g)) {
      if ((TITLE_PLACEHOLDERS as readonly string[]).includes(match[1]!)) continue;
      const node = locate(root, [key]).node;
      const within = node ? file.text.slice(node.start, node.end).indexOf(match[0]) : -1;
      const { message, hint } = say.unknownPlaceholder({ written: match[0], known: TITLE_PLACEHOLDERS });
      diagnostics.push(file.diagnostic((node?.start ?? 0) + Math.max(within, 0), 'error', 'unknown-placeholder', message, hint));
    }
  }
  return diagnostics;
}

/** The three columns' widths, when all are given, add up to 100%. */
function columnWidthProblems({ file, root, raw }: Checked): Diagnostic[] {
  const columns = raw.columns !== null && typeof raw.columns === 'object' ? Object.values(raw.columns as Record<string, unknown>) : [];
  const widths = columns.map((c) => (c !== null && typeof c === 'object' ? (c as Record<string, unknown>).widthPercent : undefined));
  if (widths.length !== 3 || !widths.every((w): w is number => typeof w === 'number')) return [];
  const total = widths.reduce((sum, w) => sum + w, 0);
  if (total === 100) return [];
  const { message, hint } = say.columnWidths({ total });
  return [file.diagnostic(locate(root, ['columns']).node?.keyStart ?? 0, 'error', 'column-widths', message, hint)];
}

/** Each chart series must stand out from the white around its bars: 3:1 at least (WCAG 2.2, 1.4.11). */
function chartContrastProblems({ file, root, raw }: Checked): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const colours = raw.colours !== null && typeof raw.colours === 'object' ? (raw.colours as Record<string, unknown>) : {};
  for (const key of ['chartAchieved', 'chartExpected', 'chartTarget'] as const) {
    const colour = colours[key];
    if (typeof colour !== 'string' || !/^[0-9A-Fa-f]{6}$/.test(colour)) continue;
    const ratio = contrastRatio(colour, 'FFFFFF');
    if (ratio >= 3) continue;
    const { message, hint } = say.chartContrast({ colour, ratio: ratio.toFixed(2) });
    diagnostics.push(file.diagnostic(locate(root, ['colours', key]).node?.start ?? 0, 'error', 'chart-contrast', message, hint));
  }
  return diagnostics;
}
