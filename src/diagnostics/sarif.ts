import { pathToFileURL } from 'node:url';
import { VERSION } from '../version.js';
import { type Diagnostic, sortDiagnostics } from './diagnostic.js';
import { endOf } from './json.js';

/**
 * `--format sarif`: SARIF 2.1.0, for GitHub code scanning and other tools that read static analysis
 * results. One run, one rule per diagnostic code (its help is the hint plan gives most often for it),
 * and each result's region with start and end. Paths are relative to the folder plan ran in
 * (originalUriBaseIds SRCROOT), as code scanning expects.
 */
export function toSarif(diagnostics: readonly Diagnostic[], cwd: string): object {
  const sorted = sortDiagnostics(diagnostics);
  const codes = [...new Set(sorted.map((d) => d.code))].sort();
  const rules = codes.map((code) => {
    const examples = sorted.filter((d) => d.code === code);
    const hints = new Map<string, number>();
    for (const d of examples) if (d.hint) hints.set(d.hint, (hints.get(d.hint) ?? 0) + 1);
    const help = [...hints].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'See "What plan validate checks" in docs/plan-format.md.';
    return {
      id: code,
      name: code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()),
      shortDescription: { text: `plan: ${code.replace(/-/g, ' ')}` },
      fullDescription: { text: examples[0]!.message },
      help: { text: help },
      defaultConfiguration: { level: examples.some((d) => d.severity === 'error') ? 'error' : 'warning' },
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan',
            version: VERSION,
            informationUri: 'https://github.com/council-plan/plan#readme',
            rules,
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        results: sorted.map((d) => {
          const { endLine, endColumn } = endOf(d);
          return {
            ruleId: d.code,
            ruleIndex: codes.indexOf(d.code),
            level: d.severity === 'error' ? 'error' : 'warning',
            message: { text: d.hint ? `${d.message}. Fix: ${d.hint}` : d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: d.file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' },
                  region: { startLine: d.line, startColumn: d.column, endLine, endColumn },
                },
              },
            ],
          };
        }),
      },
    ],
  };
}
