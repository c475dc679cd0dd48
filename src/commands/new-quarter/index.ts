import { Argument, Command } from 'commander';
import { parseQuarter, plansOption } from '../options.js';
import type { Run } from '../outcome.js';

export function newQuarterCommand(run: Run): Command {
  return new Command('new-quarter')
    .summary('start the next quarter from the last one')
    .description(
      'Add an update for the quarter to every action that has none, carrying the previous status and ' +
        'figures forward and marking the narrative "TODO", so that plan validate --quarter names every ' +
        'action still to write. Files are edited in place: comments, order, quoting and blank lines stay. ' +
        'Nothing is changed if the plan has errors; running it again changes nothing. Q1 starts a new ' +
        'financial year and needs --new-year: the whole old year is copied to plans/archive/, ended actions ' +
        'are left out, and each Q1 starts with nothing achieved and each target marked to confirm.',
    )
    .addArgument(new Argument('<quarter>', 'the quarter to start: Q1, Q2, Q3 or Q4').argParser(parseQuarter))
    .addOption(plansOption(run.settings))
    .option('--new-year', 'with Q1: archive the finished year and start the next financial year')
    .action(async (quarter, options: { plans: string; newYear?: boolean }) => {
      const [{ runNewQuarter }, { withPlansLock }] = await Promise.all([import('./run.js'), import('../../shared/plans-lock.js')]);
      const name = `plan new-quarter ${quarter}${options.newYear ? ' --new-year' : ''}`;
      run.code = await withPlansLock(options.plans, name, () => runNewQuarter({ quarter, ...options }));
    });
}
