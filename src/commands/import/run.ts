import { lstat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { planProblems } from '../../compute/check-plan.js';
import { countBySeverity } from '../../diagnostics/diagnostic.js';
import { createHighlighter } from '../../diagnostics/highlight.js';
import { formatText, visibleText } from '../../diagnostics/text.js';
import { EXIT, type ExitCode, ExitError, usageError } from '../../errors.js';
import { type ImportedAction, type ImportedPlan, type ImportedSection, TODO } from '../../import/imported-plan.js';
import { readDocx, UnreadableDocument } from '../../import/read-docx.js';
import { toPlan } from '../../import/to-plan.js';
import { readInputFile } from '../../input/read-input.js';
import { loadPlan } from '../../plan/load-plan.js';
import type { Quarter } from '../../plan/quarters.js';
import { yamlFileText } from '../../plan/write-yaml.js';
import { showPath } from '../../shared/paths.js';
import { clipSlug, plural, slugify } from '../../shared/words.js';
import type { FileChange } from '../../shared/write-file.js';
import { checkFolderIsFree, schemaFiles, writeNewPlan } from '../new-folder.js';

export interface ImportOptions {
  file: string;
  plans: string;
  quarter?: Quarter | undefined;
  year?: string | undefined;
}

/** A Word appendix is at most this big; a larger file is refused before it is read. */
const MAX_DOCX_BYTES = 200 * 1024 * 1024;

function sectionFileName(section: ImportedSection): string {
  const words = section.title.startsWith(TODO) ? '' : slugify(section.title).slice(0, 60).replace(/-+$/, '');
  // A section number of a hundred parts is cut short in the file name (the file still holds it whole).
  return `${clipSlug(section.number, 40)}${words ? `-${words}` : ''}.yaml`;
}

function actionValue(action: ImportedAction, quarter: Quarter): object {
  const update: Record<string, unknown> = {};
  update.status =
    action.update.status ??
    (action.update.statusDerived
      ? `${TODO}: add the figures from the comment above (the report's status came from them), or write a status`
      : `${TODO}: write the ${quarter} status (the document gave none)`);
  if (action.update.rag) update.rag = action.update.rag;
  if (action.update.narrative) update.narrative = action.update.narrative;
  if (action.update.ended) update.ended = action.update.ended;
  const schedule = { ...(action.lead ? { lead: action.lead } : {}), ...(action.due ? { due: action.due } : {}) };
  return { id: action.id, action: action.action, ...schedule, updates: { [action.update.endedIn ?? quarter]: update } };
}

/** Comment lines as YAML can hold them: a line break inside one (a cell's text) starts another line, indented. */
function commentLines(lines: readonly string[]): string[] {
  return lines.flatMap((line) => line.split(/\r?\n/).map((part, i) => (i === 0 ? part : `  ${part}`)));
}

/** The plan's files: plan.yaml, one file per section, and the schemas their modelines name. */
/** A file of the new plan; a section's file says which section it holds. */
type PlanFile = FileChange & { data: string; section?: ImportedSection };

export function planFiles(dir: string, plan: ImportedPlan): PlanFile[] {
  const councilComments =
    plan.councils.length > 0
      ? [
          'Council codes found in the text of the document, most used first:',
          ...plan.councils.map((c) => `  ${c.code}: ${c.found}`),
          'Delete any that is not a council, and write each full name in place of its TODO.',
        ]
      : ['No council codes were found in the text: add each council as CODE: Full name.'];
  const planYaml = yamlFileText(
    'plan.schema.json',
    {
      title: plan.title,
      appendix: plan.appendix,
      financialYear: { label: plan.yearLabel, starts: plan.yearStarts },
      councils: Object.fromEntries(plan.councils.map((c) => [c.code, c.name])),
    },
    {
      header: commentLines(['The plan itself. Every other .yaml file in this folder is one section of the plan.', ...plan.planComments]),
      keyComments: {
        councils: councilComments,
        ...(plan.yearLabel === TODO
          ? { financialYear: ['The document does not say which financial year: write it, e.g. label: 2013/14 and starts: 2013-04-01.'] }
          : {}),
      },
    },
  );
  const files: PlanFile[] = [{ path: join(dir, 'plan.yaml'), data: planYaml }];
  const names = new Set<string>();
  for (const section of plan.sections) {
    let name = sectionFileName(section);
    for (let n = 2; names.has(name); n++) name = name.replace(/(-\d+)?\.yaml$/, `-${n}.yaml`);
    names.add(name);
    files.push({
      path: join(dir, name),
      section,
      data: yamlFileText(
        'section.schema.json',
        { section: section.number, title: section.title, actions: section.actions.map((a) => actionValue(a, plan.quarter)) },
        { header: commentLines(section.comments), itemComments: { actions: section.actions.map((a) => commentLines(a.comments)) } },
      ),
    });
  }
  return [...files, ...schemaFiles(dir)];
}

/**
 * What it takes for the new plan to pass `plan validate` for the quarter: the problems validate finds
 * in what was written, counted by running its checks, not guessed from the TODOs.
 */
async function nextStep(dir: string, quarter: Quarter): Promise<string> {
  const diagnostics = planProblems(await loadPlan({ plansDir: dir, quarter }), quarter);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const todos = errors.filter((d) => /not written yet|\bTODO\b/.test(d.message)).length;
  const plans = showPath(dir);
  const validate = `plan validate --plans ${plans} --quarter ${quarter}`;
  const report = `plan report --plans ${plans} --quarter ${quarter}`;
  if (errors.length === 0) return `Next: ${validate} finds nothing to fix; run ${report}`;
  const n = errors.length;
  const of =
    todos > 0 ? ` (${todos === n ? (n === 1 ? 'a TODO' : 'all TODOs') : `${todos} of them TODO${todos === 1 ? '' : 's'}`} to fill in)` : '';
  return `Next: ${validate} finds ${plural(n, 'problem')} to fix${of}; fix ${n === 1 ? 'it' : 'them'}, then run ${report}`;
}

/** `plan import`: read the .docx → a plan → check the folder → write everything together → say what needs doing. */
export async function runImport(options: ImportOptions): Promise<ExitCode> {
  const shown = showPath(resolve(options.file));
  const read = readInputFile(options.file, MAX_DOCX_BYTES);
  if (!('bytes' in read))
    throw usageError(
      `cannot read ${shown}: ${read.message.replace(/plan files/, 'documents')}`,
      read.hint.replace(/text file/, '.docx file'),
    );
  let body: ReturnType<typeof readDocx>;
  try {
    body = readDocx(read.bytes);
  } catch (error) {
    if (error instanceof UnreadableDocument) throw usageError(`cannot import ${shown}: ${error.message}; nothing was written`, error.hint);
    throw error;
  }
  if (!body.items.some((i) => i.kind === 'table'))
    throw new ExitError(
      EXIT.invalid,
      `${shown} has no tables, so there are no actions to import; nothing was written`,
      'plan imports an appendix with a table (Action | Status | Narrative) under each numbered section heading',
    );
  // The file's name goes into a comment of plan.yaml: a line break in it must not start a key.
  const plan = toPlan(body, { quarter: options.quarter, year: options.year, source: visibleText(basename(options.file)) });
  if (!plan.quarterFound)
    throw usageError(
      `the title of ${shown} does not say which quarter it reports, so plan cannot tell where the statuses go; nothing was written`,
      'pass the quarter, e.g. --quarter Q3',
    );
  const actions = plan.sections.reduce((n, s) => n + s.actions.length, 0);
  if (actions === 0 && plan.attention.length > 0 && plan.sections.length === 0) {
    const hl = createHighlighter(process.stderr);
    for (const a of plan.attention) process.stderr.write(`${hl.path(a.where)}: ${a.message}\n  ${hl.dim('hint:')} ${a.hint}\n`);
    throw new ExitError(EXIT.invalid, `no table in ${shown} looks like a plan table; nothing was written`, 'see the tables listed above');
  }
  const dir = resolve(options.plans);
  await checkFolderIsFree(dir);
  const files = planFiles(dir, plan);
  await refuseExisting(files);
  await writeNewPlan(dir, files);

  const hl = createHighlighter(process.stderr);
  const err = (s: string) => process.stderr.write(s);
  for (const f of files) process.stdout.write(`${showPath(f.path)}\n`);
  err(
    `${hl.success('✓')} imported ${actions} ${actions === 1 ? 'action' : 'actions'} in ${plan.sections.length} ${plan.sections.length === 1 ? 'section' : 'sections'} into ${showPath(dir)}, with their ${plan.quarter} updates\n`,
  );
  for (const l of plan.leftOut) err(`  left out ${l}\n`);
  if (plan.rowsNotImported.length > 0) err(`  ${hl.warning('not imported')}: ${notImported(plan.rowsNotImported)}\n`);
  const money = files.flatMap((f) => (f.section?.actions ?? []).filter((a) => a.money.length > 0).map((a) => ({ a, file: f.path })));
  if (money.length > 0) {
    err(
      `\nMoney is written in the text of ${money.length} ${money.length === 1 ? 'action' : 'actions'}; it stays in the text. A comment beside each says how to record it as target and achieved:\n`,
    );
    for (const { a, file } of money) err(`  ${hl.path(showPath(file))} ${a.id}: ${[...new Set(a.money)].join(', ')}\n`);
  }
  if (plan.measureTables.length > 0) {
    err(
      `\nTables of measures are not imported as figures; each row is listed as a possible measure, as written, in a comment. Add the ones you track under an action's measures: (docs/plan-format.md "Measures"):\n`,
    );
    for (const m of plan.measureTables)
      err(`  ${m.where}: ${plural(m.count, 'row')}, in ${m.section ? `section ${m.section}'s file` : 'plan.yaml'}\n`);
  }
  if (plan.attention.length > 0) {
    err(`\n${hl.warning('Needs your eye')} (${plan.attention.length}):\n`);
    for (const a of plan.attention) err(`  ${hl.path(a.where)}: ${a.message}\n    ${hl.dim('hint:')} ${a.hint}\n`);
  }
  err(`\n${await nextStep(dir, plan.quarter)}\n`);
  const problems = await checkImported(dir);
  return plan.attention.length > 0 || problems > 0 ? EXIT.invalid : EXIT.ok;
}

/** The rows plan could not read as actions, counted and named: "3 rows (table 1, row 3; table 2 (2 rows)) …". */
function notImported(rows: ImportedPlan['rowsNotImported']): string {
  const count = rows.reduce((n, r) => n + r.rows, 0);
  const where = rows.map((r) => (r.rows === 1 ? r.where : `${r.where} (${plural(r.rows, 'row')})`));
  return `${plural(count, 'row')} could not be read as actions (${where.join('; ')}); their text is kept as comments, and each is listed below`;
}

/** Import writes only files it makes: an officer's own file in the folder (plan.schema.json) is never replaced. */
async function refuseExisting(files: readonly FileChange[]): Promise<void> {
  for (const file of files) {
    if (
      !(await lstat(file.path).then(
        () => true,
        () => false,
      ))
    )
      continue;
    throw usageError(
      `${showPath(file.path)} already exists, and plan import does not replace a file it did not make; nothing was written`,
      'import into a new or empty folder with --plans, or move the file away first',
    );
  }
}

/**
 * The imported plan, checked as plan validate checks it: a document can hold what a plan may not
 * (control or bidi characters, two sections with one number, a table too large for one file). The files
 * are written; the errors are listed here and the exit is 1, so that nothing is accepted unsaid.
 */
async function checkImported(dir: string): Promise<number> {
  const result = await loadPlan({ plansDir: dir });
  const diagnostics = planProblems(result);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return 0;
  const hl = createHighlighter(process.stderr);
  process.stderr.write(`\n${hl.error('plan validate finds errors in the imported plan')}; fix them before plan report:\n`);
  process.stderr.write(formatText(errors, hl, result.files.length));
  return countBySeverity(errors).errors;
}
