import { countBySeverity, type Diagnostic, sortDiagnostics } from './diagnostic.js';

/** `--format json`: the machine format of diagnostics, on stdout. */

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
