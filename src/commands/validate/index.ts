import { Argument, Command, Option } from 'commander';
import { formatOption, parseQuarter, plansOption, strictOption } from '../options.js';
import type { Run } from '../outcome.js';

export function validateCommand(run: Run): Command {
  return new Command('validate')
    .summary('check the plan files and point at every problem')
    .description(
      'Check every YAML file in the plans folder and report every problem in one run, each as ' +
        'file:line:col with a plain-English message and a hint. Exit 0 when the plan is valid, ' +
        '1 when it has errors, 2 when plan cannot run (bad flags, missing folder), 3 when --fix could not write ' +
        'a file (it is left as it was).',
    )
    .addArgument(
      new Argument(
        '[files...]',
        'check only these plan files (with the rules across files they take part in, reading the rest of their folder); for pre-commit hooks',
      ),
    )
    .addOption(plansOption(run.settings))
    .addOption(
      new Option(
        '--quarter <Qn>',
        'also require an update for this quarter from every action in the plan then (added by then and not yet ended)',
      ).argParser(parseQuarter),
    )
    .addOption(formatOption())
    .addOption(strictOption())
    .addOption(
      new Option(
        '--fix',
        'first repair slips that have one right answer (e.g. tabs in indentation, curly quotes, a missing space after a colon, "\u00a323,450" for 23450, "Amber" for amber, text another program left), in place, and list each change; slips that need a choice are only reported',
      ),
    )
    .action(async (files: string[], options, command: Command) => {
      // Loaded on demand so `plan --help` stays fast.
      const { runValidate } = await import('./run.js');
      const plansGiven = command.getOptionValueSource('plans') === 'cli';
      run.code = await runValidate({ ...options, files, plansGiven });
    });
}
