import { compareNames } from '../shared/paths.js';
import type { Highlighter } from './highlight.js';

export type Severity = 'error' | 'warning';

/**
 * One problem found in the plan. Positions are 1-based, as editors and GitHub show them; a problem
 * that belongs to a whole file (it cannot be read, it is empty) sits at 1:1.
 */
export interface Diagnostic {
  /** The file as the officer should see it: relative to the working folder. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** A stable, kebab-case name for the rule, for scripts and for `--format json`. */
  code: string;
  message: string;
  hint?: string;
  /** The source line the position is on, for the code frame. */
  sourceLine?: string;
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Sort by file, then position, so the output reads top to bottom like the files themselves. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareNames(a.file, b.file) || a.line - b.line || a.column - b.column || compareNames(a.code, b.code),
  );
}

/** A file with thousands of problems is not worth reading problem by problem. */
export const MAX_DIAGNOSTICS_PER_FILE = 100;

/**
 * Keep the first problems of each file (in reading order) and say how many more there are, so that a
 * pasted-over or binary-ish file cannot flood the terminal or slow the run down.
 */
export function capPerFile(diagnostics: readonly Diagnostic[], limit = MAX_DIAGNOSTICS_PER_FILE): Diagnostic[] {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(diagnostics)) {
    const list = byFile.get(d.file) ?? [];
    list.push(d);
    byFile.set(d.file, list);
  }
  const out: Diagnostic[] = [];
  for (const [file, list] of byFile) {
    if (list.length <= limit) {
      out.push(...list);
      continue;
    }
    out.push(...list.slice(0, limit));
    const rest = list.slice(limit);
    const errors = rest.filter((d) => d.severity === 'error').length;
    const last = list[limit - 1]!;
    out.push({
      file,
      line: last.line,
      column: last.column,
      severity: errors > 0 ? 'error' : 'warning',
      code: 'more-problems',
      message: `${rest.length} more problems in this file are not shown`,
      hint: 'fix the problems above and run plan again',
    });
  }
  return out;
}

/** Under `--strict`, a warning fails the run like an error. */
export function promoteWarnings(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.map((d) => (d.severity === 'warning' ? { ...d, severity: 'error' as const } : d));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The source line as a terminal may show it: every invisible or control character becomes one visible
 * mark in its place (so the caret still lines up), and none can move the cursor, change the terminal's
 * title or erase what was printed. A pasted non-breaking or other odd space shows as "⍽", a control
 * character as its picture ("␛" for ESC), any other invisible character as "¤".
 */
export function visibleLine(line: string): string {
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufff9-\ufffb\ud800-\udfff]/g, (ch) => {
    const cp = ch.charCodeAt(0);
    if (cp === 0x09) return ' ';
    if (cp < 0x20) return String.fromCharCode(0x2400 + cp);
    if (cp === 0x7f) return '␡';
    if (/[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/.test(ch)) return '⍽';
    // A surrogate that is half of a pair is part of an ordinary character (an emoji).
    if (cp >= 0xd800 && cp <= 0xdfff) return ch;
    return '¤';
  }).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '¤');
}

/** Two lines: the source line with its number, and a caret under the column. */
function codeFrame(d: Diagnostic, hl: Highlighter): string[] {
  if (d.sourceLine === undefined) return [];
  const gutter = String(d.line);
  const shown = visibleLine(d.sourceLine);
  const clipped = shown.length > 160 ? `${shown.slice(0, 157)}...` : shown;
  const caretAt = Math.min(Math.max(d.column - 1, 0), clipped.length);
  return [
    `  ${hl.dim(`${gutter} |`)} ${clipped}`,
    `  ${' '.repeat(gutter.length)} ${hl.dim('|')} ${' '.repeat(caretAt)}${d.severity === 'error' ? hl.error('^') : hl.warning('^')}`,
  ];
}

/** The human format: grouped by file, one line per problem, a hint and a code frame, a count line. */
export function formatText(diagnostics: readonly Diagnostic[], hl: Highlighter, fileCount: number): string {
  const lines: string[] = [];
  const sorted = sortDiagnostics(diagnostics);
  let currentFile: string | undefined;
  for (const d of sorted) {
    if (d.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(hl.strong(hl.path(d.file)));
      currentFile = d.file;
    }
    const label = d.severity === 'error' ? hl.error('error') : hl.warning('warning');
    lines.push(`${hl.path(`${d.file}:${d.line}:${d.column}`)}: ${label}: ${d.message}`);
    if (d.hint) lines.push(`  ${hl.dim('hint:')} ${d.hint}`);
    lines.push(...codeFrame(d, hl));
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  if (lines.length > 0) lines.push('');
  const problemFiles = new Set(diagnostics.map((d) => d.file)).size;
  if (errors === 0 && warnings === 0) {
    lines.push(hl.success(`✓ ${plural(fileCount, 'file')} checked, no problems`));
  } else {
    const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(problemFiles, 'file')} (${plural(fileCount, 'file')} checked)`;
    lines.push(errors > 0 ? hl.error(`✗ ${summary}`) : hl.warning(`! ${summary}`));
  }
  return lines.join('\n') + '\n';
}

export interface JsonResult {
  valid: boolean;
  errorCount: number;
  warningCount: number;
  filesChecked: number;
  diagnostics: Array<Omit<Diagnostic, 'sourceLine'>>;
}

export function toJsonResult(diagnostics: readonly Diagnostic[], fileCount: number): JsonResult {
  const { errors, warnings } = countBySeverity(diagnostics);
  return {
    valid: errors === 0,
    errorCount: errors,
    warningCount: warnings,
    filesChecked: fileCount,
    diagnostics: sortDiagnostics(diagnostics).map(({ sourceLine: _omit, ...rest }) => rest),
  };
}

/** GitHub Actions workflow commands: data in properties and message must be escaped as the runner expects. */
function escapeGithubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
      return `::${d.severity} file=${escapeGithubProperty(d.file)},line=${d.line},col=${d.column},title=${escapeGithubProperty(`plan ${d.code}`)}::${escapeGithubData(message)}`;
    })
    .map((l) => `${l}\n`)
    .join('');
}
