import { Command, InvalidArgumentError, Option } from 'commander';
import { COUNCIL_CODE } from '../../plan/codes.js';
import { parseYear, plansOption } from '../options.js';
import type { Run } from '../outcome.js';

/** --council WBC="Westbrook Borough Council", repeated. */
function parseCouncil(value: string, previous: Array<{ code: string; name: string }> = []): Array<{ code: string; name: string }> {
  const m = /^\s*([^=]+?)\s*=\s*(.*?)\s*$/.exec(value);
  if (!m) throw new InvalidArgumentError('write CODE="Full name", e.g. --council WBC="Westbrook Borough Council".');
  const code = m[1]!;
  const name = m[2]!.replace(/^["'](.*)["']$/, '$1').trim();
  if (!COUNCIL_CODE.test(code))
    throw new InvalidArgumentError(`"${code}" is not a council code: use 2–10 capital letters or digits, e.g. WBC.`);
  if (!name) throw new InvalidArgumentError(`give ${code} its full name, e.g. --council ${code}="Westbrook Borough Council".`);
  if (previous.some((c) => c.code === code)) throw new InvalidArgumentError(`${code} is given twice.`);
  return [...previous, { code, name }];
}

export function initCommand(run: Run): Command {
  return new Command('init')
    .summary('start a new plan for your councils')
    .description(
      'Start a plan of your own in a new or empty folder: plan.yaml (title, financial year, councils), one ' +
        'example section with one action, and the schema files your editor checks them with; around it ' +
        'plan.config.yaml naming the folder, .gitignore (out/), .vscode/ settings, a GitHub Actions workflow ' +
        '(.github/workflows/plan.yml) and a pre-commit hook (.pre-commit-config.yaml) that check the plan, ' +
        'keeping any of these that are already there. It refuses a folder that is already a plan project. On ' +
        'a terminal it asks for what the flags do not give; with --title, --year and --council it asks ' +
        'nothing, so it can be scripted. The result passes plan validate at once and plan report --quarter Q1 ' +
        'works on it. See "Start your own plan" in README.md.',
    )
    .addOption(plansOption(run.settings, 'the new or empty folder for the plan'))
    .addOption(new Option('--title <text>', 'the plan\'s title, e.g. "Joint Procurement Action Plan"'))
    .addOption(new Option('--year <yyyy/yy>', 'the financial year, e.g. 2016/17').argParser(parseYear))
    .addOption(
      new Option('--council <CODE=name>', 'a council, e.g. WBC="Westbrook Borough Council"; repeat it for each council').argParser(
        parseCouncil,
      ),
    )
    .addOption(new Option('--appendix <label>', 'the label of the report').default('Appendix 1'))
    .addHelpText(
      'after',
      '\nExamples:\n  plan init\n  plan init --title "Joint Procurement Action Plan" --year 2016/17 \\\n    --council WBC="Westbrook Borough Council" --council NDC="Northdale Council"\n',
    )
    .action(async (options) => {
      const [{ runInit }, { withPlansLock }] = await Promise.all([import('./run.js'), import('../../shared/plans-lock.js')]);
      run.code = await withPlansLock(options.plans, 'plan init', () => runInit(options));
    });
}
