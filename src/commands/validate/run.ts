import { checkStatusesAgainstFigures } from '../../compute/status-check.js';
import { countBySeverity, type Diagnostic, promoteWarnings } from '../../diagnostics/diagnostic.js';
import { formatGithub } from '../../diagnostics/github.js';
import { createHighlighter } from '../../diagnostics/highlight.js';
import { toJsonResult } from '../../diagnostics/json.js';
import { formatText } from '../../diagnostics/text.js';
import { EXIT, type ExitCode, writeError } from '../../errors.js';
import { loadPlan } from '../../plan/load-plan.js';
import { QUARTERS, type Quarter } from '../../plan/quarters.js';
import { showPath } from '../../shared/paths.js';
import { WriteFailure } from '../../shared/write-file.js';

export interface ValidateOptions {
  plans: string;
  quarter?: Quarter | undefined;
  format: 'text' | 'json' | 'github';
  strict?: boolean | undefined;
  fix?: boolean | undefined;
}

/** Print diagnostics the way `--format` asks. Talk goes to stderr; only json/github go to stdout. */
function reportDiagnostics(diagnostics: Diagnostic[], fileCount: number, format: ValidateOptions['format']): void {
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
export async function runValidate(options: ValidateOptions): Promise<ExitCode> {
  if (options.fix) {
    const { fixPlanFiles } = await import('./fix.js');
    const { changes, files } = await fixPlanFiles(options.plans).catch((error: unknown) => {
      throw writeFailed(error);
    });
    const hl = createHighlighter(process.stderr);
    for (const c of changes) process.stderr.write(`${hl.path(`${c.file}:${c.line}`)}: fixed: ${c.what}\n`);
    process.stderr.write(
      files === 0
        ? 'nothing to fix\n\n'
        : `${hl.success('✓')} fixed ${changes.length} ${changes.length === 1 ? 'slip' : 'slips'} in ${files} ${files === 1 ? 'file' : 'files'}\n\n`,
    );
  }
  const result = await loadPlan({ plansDir: options.plans, quarter: options.quarter });
  // Statuses the figures contradict, for the quarter asked about, or every quarter.
  const found = result.plan
    ? [...result.diagnostics, ...checkStatusesAgainstFigures(result.plan, options.quarter ? [options.quarter] : QUARTERS)]
    : result.diagnostics;
  const diagnostics = options.strict ? promoteWarnings(found) : found;
  reportDiagnostics(diagnostics, result.files.length, options.format);
  return countBySeverity(diagnostics).errors > 0 ? EXIT.invalid : EXIT.ok;
}

/** A plan file `--fix` could not write: one line, exit 3, and every plan file as it was. */
function writeFailed(error: unknown): unknown {
  if (!(error instanceof WriteFailure)) return error;
  return writeError(showPath(error.path), error.cause, 'no plan file was changed');
}
