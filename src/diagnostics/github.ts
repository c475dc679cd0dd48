import { type Diagnostic, sortDiagnostics } from './diagnostic.js';

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
