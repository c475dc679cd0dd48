import { countBySeverity, type Diagnostic, sortDiagnostics } from './diagnostic.js';

/**
 * `--format json`: the machine format of diagnostics, on stdout. Its shape is versioned (`version`) and
 * described by templates/validate-result.schema.json; a change that could break a reader raises the
 * version. Keep in sync with "Machine formats" in docs/formats.md.
 */

const JSON_FORMAT_VERSION = 1;

interface JsonDiagnostic extends Omit<Diagnostic, 'sourceLine'> {
  /** Where the problem's text ends on its line (1-based, exclusive), for editors that underline it. */
  endLine: number;
  endColumn: number;
}

export interface JsonResult {
  version: typeof JSON_FORMAT_VERSION;
  valid: boolean;
  errorCount: number;
  warningCount: number;
  filesChecked: number;
  diagnostics: JsonDiagnostic[];
}

/** A usage error (exit 2) as JSON: stdout still holds one object a script can read. */
export interface JsonUsageError {
  version: typeof JSON_FORMAT_VERSION;
  valid: false;
  usageError: { message: string; hint?: string };
}

/**
 * Where a diagnostic's text ends: the end of what is written on its line from the start column (a key
 * and its value, a word), or one character on an empty line.
 */
export function endOf(d: Diagnostic): { endLine: number; endColumn: number } {
  const line = d.sourceLine ?? '';
  const written = line.replace(/\s+$/, '').length;
  return { endLine: d.line, endColumn: Math.max(d.column + 1, written + 1) };
}

export function toJsonResult(diagnostics: readonly Diagnostic[], fileCount: number): JsonResult {
  const { errors, warnings } = countBySeverity(diagnostics);
  return {
    version: JSON_FORMAT_VERSION,
    valid: errors === 0,
    errorCount: errors,
    warningCount: warnings,
    filesChecked: fileCount,
    diagnostics: sortDiagnostics(diagnostics).map(({ sourceLine: _omit, fixable: _fixable, ...rest }) => ({
      ...rest,
      ...endOf({ ...rest, sourceLine: _omit }),
    })),
  };
}

export function toJsonUsageError(message: string, hint?: string): JsonUsageError {
  return { version: JSON_FORMAT_VERSION, valid: false, usageError: { message, ...(hint ? { hint } : {}) } };
}
