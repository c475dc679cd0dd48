import { Command, CommanderError } from 'commander';
import { diffCommand } from './commands/diff/index.js';
import { newQuarterCommand } from './commands/new-quarter/index.js';
import { reportCommand } from './commands/report/index.js';
import { schemaCommand } from './commands/schema/index.js';
import { validateCommand } from './commands/validate/index.js';
import { createHighlighter } from './diagnostics/highlight.js';
import { EXIT, ExitError } from './errors.js';
import { interruptWrites } from './shared/write-file.js';
import { VERSION } from './version.js';

const ISSUES_URL = 'the plan repository\'s issue tracker (see "Reporting a bug" in README.md)';

function buildProgram(): Command {
  const program = new Command('plan')
    .description(
      'Turn the procurement action plan in plans/ (hand-edited YAML) into the quarterly\n' +
        '"Appendix 1" Word report for committee, and check the plan files in CI.',
    )
    .version(VERSION, '-V, --version', 'print the version of plan')
    .option('--debug', 'on an unexpected failure, print the full stack trace')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      '\nExit codes: 0 ok, 1 the plan has errors, 2 plan cannot run (bad flags, missing folder),\n' +
        '3 a file could not be written (the previous one is kept), 70 a bug in plan.\n' +
        '\nExamples:\n  plan report --quarter Q3\n  plan validate\n  plan validate --quarter Q3 --format github --strict\n  plan new-quarter Q4\n  plan diff --from Q3 --to Q4\n',
    )
    .addCommand(reportCommand)
    .addCommand(validateCommand)
    .addCommand(newQuarterCommand)
    .addCommand(diffCommand)
    .addCommand(schemaCommand);
  return program;
}

/**
 * Run plan with `argv` and set `process.exitCode`. This is the one place that turns failures into exit
 * codes: commander's usage errors → 2, ExitError → its code, anything else is a bug → 70.
 */
export async function runCli(argv: string[], program: Command = buildProgram()): Promise<void> {
  const output = { writeOut: (s: string) => void process.stdout.write(s), writeErr: (s: string) => void process.stderr.write(s) };
  for (const command of [program, ...program.commands]) command.exitOverride().configureOutput(output);
  const hl = createHighlighter(process.stderr);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; everything else commander rejects is a usage error.
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    if (error instanceof ExitError) {
      process.stderr.write(`${hl.error('plan: error:')} ${error.message}\n`);
      if (error.hint) process.stderr.write(`  ${hl.dim('hint:')} ${error.hint}\n`);
      process.exitCode = error.exitCode;
      return;
    }
    const debug = argv.includes('--debug');
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `${hl.error('plan: internal error:')} ${message}\nThis is a bug in plan, not a problem with your plan. Please report it at ${ISSUES_URL}` +
        `${debug ? '' : ', with the output of the same command run with --debug'}.\n`,
    );
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = EXIT.internal;
  }
}

/**
 * `plan diff | head` closes the pipe early; that is not an error, so stop quietly instead of printing
 * a stack trace for EPIPE.
 */
export function handleClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
}

/** Ctrl-C or a kill during a write: remove the half-written temporary file, keep the previous report. */
export function handleInterrupts(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      // Never wait long: a second Ctrl-C, or this timer, ends the run regardless.
      setTimeout(() => process.exit(code), 2000).unref();
      void interruptWrites().then((stopped) => {
        process.stderr.write(
          `\nplan: interrupted${stopped > 0 ? '; the report being written was discarded and the previous one is unchanged' : ''}\n`,
        );
        process.exit(code);
      });
    });
  }
}
