import { compareNames } from '../shared/paths.js';
import { countBySeverity, type Diagnostic, sortDiagnostics } from './diagnostic.js';
import { visibleText } from './text.js';

/** GitHub Actions workflow commands: data in properties and message must be escaped as the runner expects. */
function escapeGithubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeGithubProperty(s: string): string {
  return escapeGithubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub shows at most this many error annotations (and as many warnings) per step. */
export const GITHUB_SHOWN = 10;

/**
 * The order GitHub should show problems in, so that its first 10 are the most useful: errors before
 * warnings, and within each, one problem of every file before a second of any (a plan with one broken
 * file and one typo elsewhere shows both, not ten lines of the broken file).
 */
export function githubOrder(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const byFile = new Map<string, Diagnostic[]>();
    for (const d of sortDiagnostics(diagnostics.filter((x) => x.severity === severity))) {
      const list = byFile.get(d.file) ?? [];
      list.push(d);
      byFile.set(d.file, list);
    }
    const files = [...byFile.keys()].sort(compareNames);
    for (let round = 0; out.length < diagnostics.length; round++) {
      const taken = files.map((f) => byFile.get(f)![round]).filter((d): d is Diagnostic => d !== undefined);
      if (taken.length === 0) break;
      out.push(...taken);
    }
  }
  return out;
}

export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  const lines = githubOrder(diagnostics).map((d) => {
    // The hint goes on a line of its own in the annotation; nothing from the plan can add lines or
    // control characters to it.
    const message = d.hint ? `${visibleText(d.message)}\n${visibleText(d.hint)}` : visibleText(d.message);
    return `::${d.severity} file=${escapeGithubProperty(visibleText(d.file))},line=${d.line},col=${d.column},title=${escapeGithubProperty(`plan ${d.code}`)}::${escapeGithubData(message)}`;
  });
  const { errors, warnings } = countBySeverity(diagnostics);
  if (errors > GITHUB_SHOWN || warnings > GITHUB_SHOWN)
    lines.push(
      `::notice title=plan::${escapeGithubData(`plan found ${errors} errors and ${warnings} warnings; GitHub shows the first ${GITHUB_SHOWN} of each here. Every one is in the job summary and the log.`)}`,
    );
  return lines.map((l) => `${l}\n`).join('');
}

/**
 * Text for a Markdown table cell: pipes escaped, markup characters shown as typed, control characters
 * (a new line or carriage return included) as visible marks, so a cell can neither end its row early
 * nor bring in HTML.
 */
function cell(s: string): string {
  return visibleText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#~])/g, '\\$1');
}

/** Rows in the job summary's table; the log has every problem. */
const SUMMARY_ROWS = 50;

/** The job summary (`$GITHUB_STEP_SUMMARY`): the counts, then the first problems as a table. */
export function githubSummary(diagnostics: readonly Diagnostic[], fileCount: number): string {
  const { errors, warnings } = countBySeverity(diagnostics);
  const head = `## plan validate\n\n${errors === 0 ? '✅' : '❌'} **${errors} ${errors === 1 ? 'error' : 'errors'}**, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in ${fileCount} ${fileCount === 1 ? 'file' : 'files'} checked.\n`;
  if (diagnostics.length === 0) return `${head}\n`;
  const ordered = githubOrder(diagnostics);
  const rows = ordered
    .slice(0, SUMMARY_ROWS)
    // <code> rather than backticks: a backtick in a file name cannot end the code early.
    .map((d) => `| ${d.severity} | <code>${cell(`${d.file}:${d.line}:${d.column}`)}</code> | ${cell(d.message)} | ${cell(d.hint ?? '')} |`);
  const more = ordered.length > SUMMARY_ROWS ? `\n…and ${ordered.length - SUMMARY_ROWS} more in the log.\n` : '';
  return `${head}\n| | Where | Problem | How to fix it |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n${more}\n`;
}
