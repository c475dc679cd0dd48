import { Command, Option } from 'commander';
import { parseQuarter, plansOption } from '../options.js';
import type { Run } from '../outcome.js';

export function diffCommand(run: Run): Command {
  return new Command('diff')
    .summary('show what changed between two quarters')
    .description(
      'Compare two quarters of the plan: statuses that changed, actions new in the later quarter or ' +
        'without an update there, and savings movement per council. Text for people (colour on a ' +
        'terminal), or JSON with --format json; both on stdout.',
    )
    .addOption(new Option('--from <Qn>', 'the earlier quarter').argParser(parseQuarter).makeOptionMandatory())
    .addOption(new Option('--to <Qn>', 'the later quarter').argParser(parseQuarter).makeOptionMandatory())
    .addOption(plansOption(run.settings))
    .addOption(new Option('--format <format>', 'text (for people) or json').choices(['text', 'json']).default('text'))
    .action(async (options) => {
      const { runDiff } = await import('./run.js');
      run.code = await runDiff(options);
    });
}
