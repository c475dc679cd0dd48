import { compareNames } from '../shared/paths.js';

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
  /** A slip with one right answer, which `plan validate --fix` mends. */
  fixable?: true;
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
    (a, b) => compareNames(a.file, b.file) || a.line - b.line || a.column - b.column || compareNames(a.code, b.code),
  );
}

/** A file with thousands of problems is not worth reading problem by problem. */
const MAX_DIAGNOSTICS_PER_FILE = 100;

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
