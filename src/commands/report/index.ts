import { Command, Option } from 'commander';
import { parsePath, parseQuarter, plansOption } from '../options.js';
import { finish } from '../outcome.js';

export const reportCommand = new Command('report')
  .summary('write the Word "Appendix 1" for a quarter')
  .description(
    'Check the plan (as plan validate --quarter does), compute savings against target for each council, ' +
      'and write the Word appendix. By default it is written to out/, named from the plan title, year and ' +
      'quarter; the path is printed on stdout and a savings summary on stderr. Nothing is written if the ' +
      'plan has errors (exit 1); a failed write leaves the previous report untouched (exit 3).',
  )
  .addOption(new Option('--quarter <Qn>', 'the quarter to report: Q1, Q2, Q3 or Q4').argParser(parseQuarter).makeOptionMandatory())
  .addOption(plansOption())
  .addOption(
    new Option('--out <file>', 'where to write the report (.docx); default out/<plan>-<year>-<quarter>-<appendix>.docx').argParser(
      parsePath,
    ),
  )
  .addOption(new Option('--template <file>', 'the look of the report (YAML); default templates/default.yaml').argParser(parsePath))
  .action(async (options, command: Command) => {
    const { runReport } = await import('./run.js');
    finish(command, await runReport(options));
  });
