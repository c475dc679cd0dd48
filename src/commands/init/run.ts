import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { CONFIG_FILE, hasProjectConfig } from '../../config.js';
import { createHighlighter } from '../../diagnostics/highlight.js';
import { EXIT, type ExitCode, usageError } from '../../errors.js';
import { describeBadCharacter, findBadCharacters } from '../../input/text-check.js';
import { COUNCIL_CODE } from '../../plan/codes.js';
import { yearStartDate } from '../../plan/quarters.js';
import { yamlFileText } from '../../plan/write-yaml.js';
import { showPath } from '../../shared/paths.js';
import type { FileChange } from '../../shared/write-file.js';
import { checkFolderIsFree, schemaFiles, writeNewPlan } from '../new-folder.js';
import { parseYear } from '../options.js';
import { configText, gitignoreText, preCommitText, VSCODE_FILES, workflowText } from './project-files.js';

interface Council {
  code: string;
  name: string;
}

export interface InitOptions {
  plans: string;
  title?: string | undefined;
  year?: string | undefined;
  council?: Council[] | undefined;
  appendix: string;
}

interface Answers {
  title: string;
  year: string;
  councils: Council[];
  appendix: string;
}

/**
 * What plan validate would say of an answer that becomes text in plan.yaml (empty, or a control, bidi
 * or non-character), so that init never writes a plan that validate then refuses.
 */
function textProblem(answer: string): string | undefined {
  if (!/\S/.test(answer)) return 'it is empty';
  const bad = findBadCharacters(answer)[0];
  return bad ? `${describeBadCharacter(bad).message.replace(/ in text$/, '')}: ${describeBadCharacter(bad).hint}` : undefined;
}

/** The answers given as flags, checked as plan validate would check them (exit 2, nothing written). */
function checkAnswers(answers: Answers): void {
  const texts: Array<[string, string]> = [
    ['--title', answers.title],
    ['--appendix', answers.appendix],
    ...answers.councils.map((c): [string, string] => [`the name of ${c.code}`, c.name]),
  ];
  for (const [what, text] of texts) {
    const problem = textProblem(text);
    if (problem) throw usageError(`${what}: ${problem}; nothing was written`, 'give it again in plain text');
  }
}

/** Ask on the terminal for what the flags did not give, re-asking until each answer is usable. */
async function ask(options: InitOptions): Promise<Answers> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  // Ctrl-D (the end of the input) ends the questions: nothing is written.
  const closed = new Promise<never>((_, reject) =>
    rl.once('close', () =>
      reject(usageError('plan init was stopped before every question was answered; nothing was written', 'run plan init again')),
    ),
  );
  closed.catch(() => undefined);
  try {
    const question = async (prompt: string, check: (answer: string) => string | undefined): Promise<string> => {
      for (;;) {
        const answer = (await Promise.race([rl.question(prompt), closed])).trim();
        const problem = check(answer);
        if (!problem) return answer;
        process.stderr.write(`  ${problem}\n`);
      }
    };
    const title =
      options.title ??
      (await question('Title of the plan (e.g. Joint Procurement Action Plan): ', (a) => (a ? textProblem(a) : 'write a title')));
    const year =
      options.year ??
      parseYear(
        await question('Financial year (e.g. 2016/17): ', (a) => {
          try {
            parseYear(a);
            return undefined;
          } catch {
            return 'write the financial year as 2016/17';
          }
        }),
      );
    const councils = [...(options.council ?? [])];
    if (councils.length === 0) {
      process.stderr.write('The councils in the plan, one at a time. Leave the code empty when you have given them all.\n');
      for (;;) {
        const code = await question(`  Council code${councils.length > 0 ? ' (empty to finish)' : ''} (e.g. WBC): `, (a) => {
          if (!a) return councils.length > 0 ? undefined : 'give at least one council';
          if (!COUNCIL_CODE.test(a)) return 'a council code is 2–10 capital letters or digits, e.g. WBC';
          return councils.some((c) => c.code === a) ? `${a} is given already` : undefined;
        });
        if (!code) break;
        const name = await question(`  Full name of ${code}: `, (a) => (a ? textProblem(a) : `write the full name of ${code}`));
        councils.push({ code, name });
      }
    }
    return { title, year, councils, appendix: options.appendix };
  } finally {
    rl.close();
  }
}

/** The example section's measure: a percentage where lower is better, with a target for every council. */
function exampleMeasures(councils: Answers['councils']) {
  return {
    'invoices-paid-late': {
      name: 'invoices paid late',
      unit: 'percent',
      better: 'lower',
      target: Object.fromEntries(councils.map((c) => [c.code, 10])),
    },
  };
}

/** The files of a new plan: plan.yaml, an example section, the schemas, and the editor's settings. */
function initFiles(dir: string, answers: Answers, cwd: string): { files: FileChange[]; skipped: string[] } {
  const start = answers.year.slice(0, 4);
  const files: FileChange[] = [
    {
      path: join(dir, 'plan.yaml'),
      data: yamlFileText(
        'plan.schema.json',
        {
          title: answers.title,
          appendix: answers.appendix,
          financialYear: { label: answers.year, starts: yearStartDate(start) },
          councils: Object.fromEntries(answers.councils.map((c) => [c.code, c.name])),
        },
        { header: ['The plan itself. Every other .yaml file in this folder is one section of the plan.'] },
      ),
    },
    {
      path: join(dir, '1-example.yaml'),
      data: yamlFileText(
        'section.schema.json',
        {
          section: '1',
          title: 'Example section',
          actions: [
            {
              id: 'first-action',
              action: 'Replace this example with the first action of your plan.',
              lead: 'Head of Procurement',
              due: 'Q4',
              measures: exampleMeasures(answers.councils),
              updates: {
                Q1: {
                  status: 'Not started',
                  measures: { 'invoices-paid-late': Object.fromEntries(answers.councils.map((c) => [c.code, 12])) },
                  narrative:
                    'What happened this quarter, in plain words.\n- A bullet starts with "- "\n  - and an indented one is a sub-bullet',
                },
              },
            },
          ],
        },
        {
          header: [
            'One section of the plan: rename this file and its title, and add an action for each row of the',
            'section\'s table. "plan validate" checks it; "plan report --quarter Q1" writes the Word report.',
          ],
        },
      ),
    },
    ...schemaFiles(dir),
  ];
  const skipped: string[] = [];
  const plans = relative(cwd, dir).split(sep).join('/') || '.';
  const project: Array<[string, string]> = [
    ...VSCODE_FILES.map(([name, value]): [string, string] => [join('.vscode', name), `${JSON.stringify(value, null, 2)}\n`]),
    [CONFIG_FILE, configText(plans, 'out')],
    ['.gitignore', gitignoreText('out')],
    [join('.github', 'workflows', 'plan.yml'), workflowText(plans)],
    ['.pre-commit-config.yaml', preCommitText(plans)],
  ];
  for (const [name, data] of project) {
    const path = join(cwd, name);
    if (existsSync(path)) skipped.push(path);
    else files.push({ path, data });
  }
  return { files, skipped };
}

/**
 * Refuse to start a plan inside another plan project: its settings would be changed (plan.config.yaml
 * pointing at the new plan redirects every later command there), or kept and then not name the new plan.
 */
function checkNotInAProject(cwd: string, dir: string): void {
  const existing = hasProjectConfig(cwd)
    ? existsSync(join(cwd, CONFIG_FILE))
      ? CONFIG_FILE
      : 'package.json ("plan")'
    : existsSync(join(cwd, 'plans', 'plan.yaml')) && resolve(cwd, 'plans') !== dir
      ? join('plans', 'plan.yaml')
      : undefined;
  if (existing)
    throw usageError(
      `this folder already holds a plan project (${existing}); plan init would change its settings, so nothing was written`,
      'start your own plan in a new, empty folder: make the folder, go into it (cd), then run plan init',
    );
}

/** `plan init`: ask (or read the flags) → check the folder → write everything together → say what next. */
export async function runInit(options: InitOptions): Promise<ExitCode> {
  const cwd = process.cwd();
  const dir = resolve(cwd, options.plans);
  await checkFolderIsFree(dir);
  checkNotInAProject(cwd, dir);
  const complete = options.title !== undefined && options.year !== undefined && (options.council?.length ?? 0) > 0;
  if (!complete && !process.stdin.isTTY) {
    const missing = [
      ...(options.title === undefined ? ['--title'] : []),
      ...(options.year === undefined ? ['--year'] : []),
      ...((options.council?.length ?? 0) === 0 ? ['--council'] : []),
    ];
    throw usageError(
      `plan init needs ${missing.join(', ')} when it cannot ask (it is not run on a terminal); nothing was written`,
      'e.g. plan init --title "Joint Procurement Action Plan" --year 2016/17 --council WBC="Westbrook Borough Council"',
    );
  }
  if (options.title !== undefined && !/\S/.test(options.title)) throw usageError('--title is empty', 'write the title of the plan');
  const answers = complete
    ? { title: options.title!.trim(), year: options.year!, councils: options.council!, appendix: options.appendix }
    : await ask(options);
  checkAnswers(answers);
  const { files, skipped } = initFiles(dir, answers, cwd);
  // Dotted folders (.vscode) are made by writeNewPlan's files' own folder.
  await writeNewPlan(dir, files);
  const hl = createHighlighter(process.stderr);
  for (const f of files) process.stdout.write(`${showPath(f.path)}\n`);
  for (const s of skipped) process.stderr.write(`kept your ${showPath(s)} as it was\n`);
  const flag = files.some((f) => f.path === join(cwd, CONFIG_FILE)) ? '' : ` --plans ${showPath(dir)}`;
  process.stderr.write(
    `${hl.success('✓')} started a plan for ${answers.councils.map((c) => c.code).join(', ')} in ${showPath(dir)}\n` +
      `Next: edit ${showPath(join(dir, '1-example.yaml'))}, then run plan validate${flag} and plan report${flag} --quarter Q1\n`,
  );
  return EXIT.ok;
}
