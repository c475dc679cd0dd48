import { Command, InvalidArgumentError, Option } from 'commander';
import { parsePath, parseQuarter, plansOption, templateOption } from '../options.js';
import type { Run } from '../outcome.js';

const FORMATS = ['docx', 'pdf', 'html', 'json'];
/** The default, told apart by identity: the first --format replaces it, later ones add to the list. */
const DEFAULT_FORMATS: readonly string[] = Object.freeze(['docx']);

/** "--format docx,json" or "--format docx --format json": the formats asked for. */
function parseFormats(value: string, previous: readonly string[]): readonly string[] {
  const asked = value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  for (const format of asked)
    if (!FORMATS.includes(format)) throw new InvalidArgumentError(`use ${FORMATS.join(', ')}, or several: docx,pdf,html,json.`);
  return previous === DEFAULT_FORMATS ? asked : [...previous, ...asked];
}

export function reportCommand(run: Run): Command {
  return new Command('report')
    .summary('write the Word "Appendix 1" for a quarter')
    .description(
      'Check the plan (as plan validate --quarter does), compute savings against target for each council, ' +
        'and write the Word appendix (and, with --format, its PDF, a web page or its figures as data). By default the files go to out/, ' +
        'named from the plan title, year and quarter; their paths are printed on stdout and a savings summary on stderr. ' +
        'Nothing is written if the plan has errors (exit 1), or if LibreOffice, which makes the PDF, is missing (exit 2); a failed write leaves the previous files untouched (exit 3).',
    )
    .addOption(new Option('--quarter <Qn>', 'the quarter to report: Q1, Q2, Q3 or Q4').argParser(parseQuarter).makeOptionMandatory())
    .addOption(plansOption(run.settings))
    .addOption(
      new Option(
        '--out <file>',
        'where to write the report, when one --format is asked for (.docx, .pdf, .html or .json); default out/<plan>-<year>-<quarter>-<appendix>.docx',
      ).argParser(parsePath),
    )
    .addOption(templateOption(run.settings))
    .addOption(
      new Option(
        '--format <formats>',
        'what to write: docx (the Word appendix), pdf (the appendix as a tagged PDF, made with LibreOffice), html (an accessible web page), json (the figures as data); repeat it or separate with commas',
      )
        .argParser(parseFormats)
        .default(DEFAULT_FORMATS, 'docx'),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  plan report --quarter Q3\n  plan report --quarter Q3 --format docx,pdf,html,json\n  plan report --quarter Q3 --format pdf --out out/appendix-1.pdf\n',
    )
    .action(async (options) => {
      const { runReport } = await import('./run.js');
      run.code = await runReport(options, run.settings);
    });
}
