import {
  countBySeverity,
  formatGithub,
  formatText,
  promoteWarnings,
  toJsonResult,
  type Diagnostic,
} from './diagnostics.js';
import { createHighlighter } from './highlight.js';
import { loadPlan } from './load-plan.js';
import type { Quarter } from './quarters.js';

export interface ValidateOptions {
  plans: string;
  quarter?: Quarter | undefined;
  format: 'text' | 'json' | 'github';
  strict?: boolean | undefined;
}

/** Print diagnostics the way `--format` asks. Talk goes to stderr; only json/github go to stdout. */
export function reportDiagnostics(diagnostics: Diagnostic[], fileCount: number, format: ValidateOptions['format']): void {
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(toJsonResult(diagnostics, fileCount), null, 2)}\n`);
    return;
  }
  if (format === 'github') {
    process.stdout.write(formatGithub(diagnostics));
  }
  process.stderr.write(formatText(diagnostics, createHighlighter(process.stderr), fileCount));
}

/** `plan validate`: load → check → print. Sets exit code 1 when the plan has errors. */
export async function runValidate(options: ValidateOptions): Promise<void> {
  const result = await loadPlan({ plansDir: options.plans, quarter: options.quarter });
  const diagnostics = options.strict ? promoteWarnings(result.diagnostics) : result.diagnostics;
  reportDiagnostics(diagnostics, result.files.length, options.format);
  if (countBySeverity(diagnostics).errors > 0) process.exitCode = 1;
}
