import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkedMarksUsed, everyProblem, withoutChecked } from '../../compute/check-plan.js';
import { countBySeverity, type Diagnostic, promoteWarnings } from '../../diagnostics/diagnostic.js';
import { createHighlighter } from '../../diagnostics/highlight.js';
import { formatText, lineStartPath, visibleText } from '../../diagnostics/text.js';
import { EXIT, type ExitCode, wordedUsageError } from '../../errors.js';
import { say } from '../../messages/index.js';
import { loadPlan } from '../../plan/load-plan.js';
import type { Quarter } from '../../plan/quarters.js';
import { showPath } from '../../shared/paths.js';
import { appendRegularFile } from '../../shared/read-regular.js';
import { askedQuarterMissing } from '../quarter-reached.js';

export interface ValidateOptions {
  plans: string;
  /** Check only these files (pre-commit), in the context of their folder. */
  files?: string[] | undefined;
  /** --plans was given on the command line (not a default or the config's). */
  plansGiven?: boolean | undefined;
  quarter?: Quarter | undefined;
  format: 'text' | 'json' | 'github' | 'sarif';
  strict?: boolean | undefined;
  fix?: boolean | undefined;
}

/**
 * Print diagnostics the way `--format` asks. Talk goes to stderr; only json/github go to stdout. The
 * machine formats are loaded only when asked for: most runs print text (docs/speed.md).
 */
async function reportDiagnostics(diagnostics: Diagnostic[], fileCount: number, format: ValidateOptions['format']): Promise<void> {
  if (format === 'json') {
    const { toJsonResult } = await import('../../diagnostics/json.js');
    process.stdout.write(`${JSON.stringify(toJsonResult(diagnostics, fileCount), null, 2)}\n`);
    return;
  }
  if (format === 'sarif') {
    const { toSarif } = await import('../../diagnostics/sarif.js');
    process.stdout.write(`${JSON.stringify(toSarif(diagnostics, process.cwd()), null, 2)}\n`);
  }
  if (format === 'github') {
    const { formatGithub, githubSummary } = await import('../../diagnostics/github.js');
    process.stdout.write(formatGithub(diagnostics));
    const summary = process.env.GITHUB_STEP_SUMMARY;
    if (summary) {
      try {
        appendRegularFile(summary, githubSummary(diagnostics, fileCount));
      } catch (error) {
        const { code, what } = error as NodeJS.ErrnoException & { what?: string };
        const reason = what ? `it is ${what}, not a file` : code === 'ENXIO' ? 'it is a named pipe nobody reads' : (code ?? String(error));
        process.stderr.write(`plan: warning: cannot write the job summary (${reason})\n`);
      }
    }
  }
  process.stderr.write(formatText(diagnostics, createHighlighter(process.stderr), fileCount));
}

/** `plan validate`: load → check → print. Sets exit code 1 when the plan has errors. */
export async function runValidate(options: ValidateOptions): Promise<ExitCode> {
  const named = options.files && options.files.length > 0 ? namedFiles(options.files, options) : undefined;
  if (options.fix) {
    // Loaded only to fix: node:fs/promises, which writing needs, costs a plain validate 3 ms to load.
    const [{ fixPlanFiles }, { withPlansLock }, { planWriteFailed }] = await Promise.all([
      import('./fix.js'),
      import('../../shared/plans-lock.js'),
      import('../../shared/write-file.js'),
    ]);
    const dir = named?.dir ?? options.plans;
    const { changes, files } = await withPlansLock(dir, 'plan validate --fix', () => fixPlanFiles(dir)).catch((error: unknown) => {
      throw planWriteFailed(error);
    });
    const hl = createHighlighter(process.stderr);
    for (const c of changes) process.stderr.write(`${hl.path(`${lineStartPath(c.file)}:${c.line}`)}: fixed: ${visibleText(c.what)}\n`);
    process.stderr.write(
      files === 0
        ? 'nothing to fix\n\n'
        : `${hl.success('✓')} fixed ${changes.length} ${changes.length === 1 ? 'slip' : 'slips'} in ${files} ${files === 1 ? 'file' : 'files'}\n\n`,
    );
  }
  const result = await loadPlan({ plansDir: named?.dir ?? options.plans, quarter: options.quarter });
  // A quarter no action has is one usage message, not "has no Q3 update" at every action.
  // A quarter no action has is one message (exit 2); CI's formats keep an annotation at each action.
  const notInPlan =
    options.quarter &&
    options.format === 'text' &&
    (await askedQuarterMissing(result, options.quarter, { plansDir: named?.dir ?? options.plans, cwd: process.cwd() }, 'validate'));
  if (notInPlan) throw notInPlan;
  const every = everyProblem(result, options.quarter);
  const all = withoutChecked(result, every);
  const found = named ? all.filter((d) => named.concerns(d)) : all;
  const diagnostics = options.strict ? promoteWarnings(found) : found;
  await reportDiagnostics(diagnostics, named ? named.count : result.files.length, options.format);
  if (options.format === 'text' && !options.fix) sayWhatFixMends(diagnostics);
  if (options.format === 'text' && !named) sayCheckedMarks(checkedMarksUsed(result, every));
  return countBySeverity(diagnostics).errors > 0 ? EXIT.invalid : EXIT.ok;
}

/** After the problems, how many of them --fix would mend by itself: an officer who does not know the flag learns of it where it helps. */
function sayWhatFixMends(diagnostics: readonly Diagnostic[]): void {
  const count = diagnostics.filter((d) => d.fixable).length;
  if (count === 0) return;
  const [have, them] = count === 1 ? ['has', 'it'] : ['have', 'them'];
  process.stderr.write(`${count} of these slips ${have} one right answer: plan validate --fix mends ${them} by itself\n\n`);
}

/**
 * The "# checked" marks: how many warnings they leave out, so that none is out of sight unknowingly,
 * and the marks that leave out nothing any more (the value changed after it was checked).
 */
function sayCheckedMarks({ leftOut, unused }: { leftOut: number; unused: readonly string[] }): void {
  if (leftOut > 0)
    process.stderr.write(
      `${leftOut} ${leftOut === 1 ? 'warning is' : 'warnings are'} not shown: ${leftOut === 1 ? 'its line is' : 'their lines are'} marked "# checked"\n\n`,
    );
  if (unused.length > 0)
    process.stderr.write(
      `the "# checked" ${unused.length === 1 ? 'mark' : 'marks'} on ${unused.join(', ')} ${unused.length === 1 ? 'has' : 'have'} no warning to leave out now: if the value changed after it was checked, delete the mark\n\n`,
    );
}

/**
 * `plan validate FILE…`: the files' folder is read for context, and a problem is reported when it is in
 * a named file or names one (a duplicate id "already used at plans/8.1.yaml:12").
 */
function namedFiles(
  files: readonly string[],
  options: ValidateOptions,
): { dir: string; count: number; concerns: (d: Diagnostic) => boolean } {
  const cwd = process.cwd();
  const paths = files.map((f) => resolve(cwd, f));
  for (const [i, p] of paths.entries()) {
    if (!/\.ya?ml$/i.test(p)) throw wordedUsageError(say.namedNotYaml({ name: files[i]! }));
    if (!existsSync(p)) throw wordedUsageError(say.namedMissing({ name: files[i]! }));
  }
  const dirs = [...new Set(paths.map((p) => dirname(p)))];
  if (dirs.length > 1) throw wordedUsageError(say.namedInSeveralFolders({ folders: dirs.map((d) => showPath(d)) }));
  const dir = dirs[0]!;
  if (options.plansGiven && resolve(cwd, options.plans) !== dir) throw wordedUsageError(say.namedOutsidePlans({ plans: options.plans }));
  const shown = new Set(paths.map((p) => showPath(p, cwd)));
  return {
    dir,
    count: shown.size,
    concerns: (d) => shown.has(d.file) || [...shown].some((s) => d.message.includes(`${s}:`)),
  };
}
