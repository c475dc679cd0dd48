import { Argument, Command, Option } from 'commander';
import { parsePath, parseQuarter, parseYear } from '../options.js';
import { finish } from '../outcome.js';

export const importCommand = new Command('import')
  .summary('bring a Word appendix (.docx) into a new plans folder')
  .description(
    "Read last quarter's Word appendix and write plan.yaml and one YAML file per section into a new or empty " +
      'folder. Sections start at a numbered heading ("8.2 Value for Money"), styled or bold; each row of an ' +
      "Action | Status | Narrative table becomes an action with that quarter's update. Word lists and typed •/o " +
      'bullets become "- " bullets. Amounts of money stay in the text, with a comment on how to record them as ' +
      'figures. Anything plan cannot place (a table that is not a plan table, a merged cell, an image, a tracked ' +
      'change) is listed with its table and row. Exit 0 when everything was placed, 1 when something needs your eye ' +
      '(the files are still written), 2 when the file cannot be read (nothing is written).',
  )
  .addArgument(new Argument('<appendix.docx>', 'the Word appendix to import').argParser(parsePath))
  .addOption(new Option('--plans <dir>', 'the new or empty folder to write the plan to').default('plans').argParser(parsePath))
  .addOption(
    new Option('--quarter <Qn>', "the quarter the appendix reports, when its title does not say (Q1–Q4); overrides the title's").argParser(
      parseQuarter,
    ),
  )
  .addOption(
    new Option('--year <yyyy/yy>', "the financial year, e.g. 2013/14, when the title does not say; overrides the title's").argParser(
      parseYear,
    ),
  )
  .addHelpText(
    'after',
    '\nExamples:\n  plan import appendix-1-2013-14-q3.docx --plans plans\n  plan import "Q2 update.docx" --plans new-plan --quarter Q2 --year 2015/16\n',
  )
  .action(async (file: string, options: { plans: string; quarter?: string; year?: string }, command: Command) => {
    const [{ runImport }, { withPlansLock }] = await Promise.all([import('./run.js'), import('../../shared/plans-lock.js')]);
    finish(
      command,
      await withPlansLock(options.plans, 'plan import', () => runImport({ file, ...options } as Parameters<typeof runImport>[0])),
    );
  });
