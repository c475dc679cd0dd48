import { Argument, Command, Option } from 'commander';
import { parsePath, parseQuarter, parseYear, plansOption } from '../options.js';
import type { Run } from '../outcome.js';

export function importCommand(run: Run): Command {
  return new Command('import')
    .summary('bring a Word appendix (.docx) into a new plans folder')
    .description(
      "Read last quarter's Word appendix and write plan.yaml and one YAML file per section into a new or empty " +
        'folder. A section starts at a heading (styled, emphasised, numbered in its text or by Word, or a short ' +
        'line right above a plan table); each row of a plan table (Action | Status | Narrative, read by meaning) ' +
        "becomes an action with that quarter's update, with RAG from the word or the cell colour. Every word is " +
        'kept: what plan cannot place becomes a YAML comment; hidden and deleted text is left out; both are ' +
        'listed with their table and row. Exit 0 when everything was placed, 1 when something needs your eye ' +
        '(the files are still written), 2 when the file cannot be read (nothing is written). See docs/import.md.',
    )
    .addArgument(new Argument('<appendix.docx>', 'the Word appendix to import').argParser(parsePath))
    .addOption(plansOption(run.settings, 'the new or empty folder to write the plan to'))
    .addOption(
      new Option(
        '--quarter <Qn>',
        "the quarter the appendix reports, when its title does not say (Q1–Q4); overrides the title's",
      ).argParser(parseQuarter),
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
    .action(async (file: string, options: { plans: string; quarter?: string; year?: string }) => {
      const [{ runImport }, { withPlansLock }] = await Promise.all([import('./run.js'), import('../../shared/plans-lock.js')]);
      run.code = await withPlansLock(options.plans, 'plan import', () =>
        runImport({ file, ...options } as Parameters<typeof runImport>[0]),
      );
    });
}
