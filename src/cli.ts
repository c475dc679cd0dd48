import { Command, CommanderError } from 'commander';
import { diffCommand } from './commands/diff/index.js';
import { importCommand } from './commands/import/index.js';
import { initCommand } from './commands/init/index.js';
import { lspCommand } from './commands/lsp/index.js';
import { newQuarterCommand } from './commands/new-quarter/index.js';
import type { Run } from './commands/outcome.js';
import { previewCommand } from './commands/preview/index.js';
import { reportCommand } from './commands/report/index.js';
import { schemaCommand } from './commands/schema/index.js';
import { validateCommand } from './commands/validate/index.js';
import { hasProjectConfig, type ProjectConfig } from './config.js';
import { createHighlighter } from './diagnostics/highlight.js';
import { visibleText } from './diagnostics/text.js';
import { EXIT, type ExitCode, ExitError } from './errors.js';
import { Interrupts } from './shared/interrupt.js';
import { VERSION } from './version.js';

/**
 * commander's words ("error: option '--quarter <Qn>' argument 'Q5' is invalid. use Q1…") in plan's
 * shape: a value a parser refused is said in plain words, with the parser's advice as the hint.
 */
function commanderWords(text: string): { message: string; hint?: string } {
  const message = text.replace(/^error: /, '').replace(/\n$/, '');
  const option = /^option '(--?[\w-]+)[^']*' argument '([\s\S]*)' is invalid\. ([\s\S]*)$/.exec(message);
  const argument = /^command-argument value '([\s\S]*)' is invalid for argument '([\w-]+)'\. ([\s\S]*)$/.exec(message);
  const hint = (option ?? argument)?.[3]?.replace(/^Allowed choices are /, 'use one of ').replace(/\.$/, '');
  if (option) return { message: `"${option[2]}" is not a value ${option[1]} takes`, hint };
  if (argument) return { message: `"${argument[1]}" is not a ${argument[2]}`, hint };
  return { message };
}

/** commander's own messages, as plan writes every other error. */
function commanderOutput(text: string): string {
  const { message, hint } = commanderWords(text);
  return `plan: error: ${message}\n${hint ? `  hint: ${hint}\n` : ''}`;
}

const ISSUES_URL = 'the plan repository\'s issue tracker (see "Reporting a bug" in README.md)';

/** The program for one run, its commands' defaults taken from the project's settings. */
function buildProgram(run: Run): Command {
  const program = new Command('plan')
    .description(
      'Turn the procurement action plan in plans/ (hand-edited YAML) into the quarterly ' +
        '"Appendix 1" Word report for committee, and check the plan files in CI.',
    )
    .version(VERSION, '-V, --version', 'print the version of plan')
    .option('--debug', 'on an unexpected failure, print the full stack trace')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      '\nExit codes: 0 ok, 1 the plan has errors, 2 plan cannot run (bad flags, a missing\n' +
        'folder), 3 a file could not be written (every file is left as it was), 70 a bug.\n' +
        '\nExamples:\n  plan init\n  plan report --quarter Q3\n  plan report --quarter Q3 --format docx,pdf,html,json\n  plan validate\n  plan validate --quarter Q3 --format github --strict\n  plan validate --fix\n  plan new-quarter Q4\n  plan diff --from Q3 --to Q4\n  plan preview\n  plan import last-quarter.docx --plans plans\n',
    )
    .addCommand(initCommand(run))
    .addCommand(reportCommand(run))
    .addCommand(validateCommand(run))
    .addCommand(newQuarterCommand(run))
    .addCommand(diffCommand(run))
    .addCommand(previewCommand(run))
    .addCommand(importCommand(run))
    .addCommand(schemaCommand(run))
    .addCommand(lspCommand());
  return program;
}

/**
 * `plan validate --format json` (or sarif) promises one object on stdout, so a usage error (exit 2) is
 * written there too, as well as in words on stderr.
 */
async function writeMachineUsageError(argv: readonly string[], message: string, hint?: string): Promise<void> {
  const args = argv.slice(2);
  const format = args.flatMap((a, i) => (a === '--format' ? [args[i + 1]] : a.startsWith('--format=') ? [a.slice(9)] : []))[0];
  if (format !== 'json' || args[0] !== 'validate') return;
  const { toJsonUsageError } = await import('./diagnostics/json.js');
  process.stdout.write(`${JSON.stringify(toJsonUsageError(message, hint), null, 2)}\n`);
}

/** The project's plan.config.yaml (or package.json "plan"), read only when the folder has one. */
async function projectSettings(cwd: string): Promise<ProjectConfig> {
  if (!hasProjectConfig(cwd)) return {};
  const { loadConfig } = await import('./config-load.js');
  return loadConfig(cwd);
}

/**
 * Run plan with `argv` and return its exit code. This is the one place that turns failures into exit
 * codes: commander's usage errors → 2, ExitError → its code, anything else is a bug → 70. A command
 * that finishes hands its own code over (a Run, commands/outcome.ts). Only src/index.ts ends the process.
 * Each run builds its own program from the settings of the folder it runs in (a test may pass one),
 * and has its own record of what to undo on a signal (src/index.ts passes the one it watches).
 */
export async function runCli(argv: string[], given?: Command, interrupts = new Interrupts()): Promise<ExitCode> {
  const output = {
    writeOut: (s: string) => void process.stdout.write(s),
    writeErr: (s: string) => void process.stderr.write(s),
    // commander's own messages ("error: unknown option …") get plan's prefix, like every other error.
    outputError: (s: string, write: (s: string) => void) => write(commanderOutput(s)),
  };
  const hl = createHighlighter(process.stderr);
  try {
    const run: Run = { settings: await projectSettings(process.cwd()), code: EXIT.ok };
    const program = given ?? buildProgram(run);
    for (const command of [program, ...program.commands]) command.exitOverride().configureOutput(output);
    await interrupts.run(() => program.parseAsync(argv));
    return run.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; everything else commander rejects is a usage error.
      if (error.exitCode === 0) return EXIT.ok;
      const { message, hint } = commanderWords(error.message);
      await writeMachineUsageError(argv, message, hint);
      return EXIT.usage;
    }
    if (error instanceof ExitError) {
      if (error.exitCode === EXIT.usage) await writeMachineUsageError(argv, error.message, error.hint);
      // Messages quote paths and values the officer gave: shown so that none can start a line of its own.
      process.stderr.write(`${hl.error('plan: error:')} ${visibleText(error.message)}\n`);
      if (error.hint) process.stderr.write(`  ${hl.dim('hint:')} ${visibleText(error.hint)}\n`);
      return error.exitCode;
    }
    const debug = argv.includes('--debug');
    const message = visibleText(error instanceof Error ? error.message : String(error));
    process.stderr.write(
      `${hl.error('plan: internal error:')} ${message}\nThis is a bug in plan, not a problem with your plan. Please report it at ${ISSUES_URL}` +
        `${debug ? '' : ', with the output of the same command run with --debug'}.\n`,
    );
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return EXIT.internal;
  }
}
