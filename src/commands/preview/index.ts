import { Command, InvalidArgumentError, Option } from 'commander';
import { parseQuarter, plansOption, templateOption } from '../options.js';
import type { Run } from '../outcome.js';

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value.trim()) || port < 1 || port > 65535) throw new InvalidArgumentError('give a port number from 1 to 65535.');
  return port;
}

export function previewCommand(run: Run): Command {
  return new Command('preview')
    .summary('see the report as a web page that follows your edits')
    .description(
      "Serve the quarter's report as a web page on this computer only (127.0.0.1) and print its address. " +
        'Each time a plan file, the settings or the template is saved, the page is made again and the browser shows it ' +
        'without reloading. While the plan has problems, the page shows the last good version under a list of the ' +
        'problems, in the words of plan validate, each a link that opens the file at that line in VS Code. ' +
        'The page can switch quarters and download the Word file (and the PDF, where LibreOffice is installed). Ctrl-C stops it.',
    )
    .addOption(
      new Option('--quarter <Qn>', 'the quarter to show first; default the latest quarter the plan has updates for').argParser(
        parseQuarter,
      ),
    )
    .addOption(plansOption(run.settings))
    .addOption(templateOption(run.settings))
    .addOption(new Option('--port <n>', 'the port to serve on').argParser(parsePort).default(0, 'a free port'))
    .addOption(new Option('--open', 'open the page in your web browser'))
    .addHelpText('after', '\nExamples:\n  plan preview\n  plan preview --quarter Q2 --open\n')
    .action(async (options) => {
      const { runPreview } = await import('./run.js');
      run.code = await runPreview(options);
    });
}
