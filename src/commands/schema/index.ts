import { Command } from 'commander';
import { plansOption } from '../options.js';
import type { Run } from '../outcome.js';

export function schemaCommand(run: Run): Command {
  return new Command('schema')
    .summary('write the JSON Schema files that editors use to check plan files')
    .description(
      'Write plan.schema.json and section.schema.json into the plans folder, and template.schema.json and ' +
        'report.schema.json (what plan report --format json writes) into the templates folder, when there is ' +
        'one (a project made by plan init has none). Every plan and template file names its schema in its ' +
        'first line (# yaml-language-server: $schema=...), so an editor with YAML support completes keys and ' +
        'underlines mistakes while you type. With --check, change nothing and exit 1 if the files are missing ' +
        'or out of date.',
    )
    .addOption(plansOption(run.settings))
    .option('--templates <dir>', 'folder holding the report templates (default: templates, if there is one)')
    .option('--check', 'exit 1 if the committed schema files are out of date, without writing')
    .action(async (options: { plans: string; templates?: string; check?: boolean }) => {
      const { runSchema } = await import('./run.js');
      run.code = await runSchema(options);
    });
}
