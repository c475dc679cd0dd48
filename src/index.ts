#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { reportCommand } from './commands/report.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { EXIT, ExitError } from './errors.js';
import { createHighlighter } from './highlight.js';
import { VERSION } from './version.js';

const ISSUES_URL = 'the plan repository\'s issue tracker (see README.md, "Reporting a bug")';

function buildProgram(): Command {
  return new Command('plan')
    .description(
      'Turn the procurement action plan in plans/ (hand-edited YAML) into the quarterly\n' +
        '"Appendix 1" Word report for committee, and check the plan files in CI.',
    )
    .version(VERSION, '-V, --version', 'print the version of plan')
    .option('--debug', 'on an unexpected failure, print the full stack trace')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    })
    .addHelpText(
      'after',
      '\nExit codes: 0 ok, 1 the plan has errors, 2 plan cannot run (bad flags, missing folder),\n' +
        '3 the report could not be written, 70 a bug in plan.\n' +
        '\nExamples:\n  plan report --quarter Q3\n  plan validate\n  plan validate --quarter Q3 --format github --strict\n',
    )
    .addCommand(reportCommand)
    .addCommand(validateCommand)
    .addCommand(schemaCommand);
}

async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  // Sub-commands inherit exit handling and output from the program.
  for (const command of program.commands) command.exitOverride().configureOutput(program.configureOutput());
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

await main(process.argv);
