import { stat } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import { withoutChecked } from '../../compute/check-plan.js';
import { formatPercent } from '../../compute/format.js';
import type { ActionFigures } from '../../compute/savings.js';
import { checkStatusesAgainstFigures } from '../../compute/status-check.js';
import type { ProjectConfig } from '../../config.js';
import { countBySeverity, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { createHighlighter, type Highlighter } from '../../diagnostics/highlight.js';
import { formatText } from '../../diagnostics/text.js';
import type { Appendix } from '../../docx/render.js';
import { EXIT, type ExitCode, ExitError, usageError, writeError } from '../../errors.js';
import { estimateActionCount, loadPlan } from '../../plan/load-plan.js';
import type { Plan } from '../../plan/model.js';
import type { Quarter } from '../../plan/quarters.js';
import { buildQuarterModel } from '../../report/build-report.js';
import type { ReportModel } from '../../report/model.js';
import { makeFolder } from '../../shared/make-folder.js';
import { formatMoney, groupThousands } from '../../shared/numbers.js';
import { isInside, showPath } from '../../shared/paths.js';
import { realPath } from '../../shared/real-path.js';
import { WriteFailure, writeFileAtomic, writeFilesTogether } from '../../shared/write-file.js';
import { DEFAULT_TEMPLATE, loadTemplate } from '../../template/load.js';
import type { Template } from '../../template/schema.js';
import { askedQuarterMissing } from '../quarter-reached.js';

/** What plan report can write: the Word appendix, its PDF, a web page, and its figures as data. */
const REPORT_FORMATS = ['docx', 'pdf', 'json', 'html'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportOptions {
  quarter: Quarter;
  plans: string;
  out?: string | undefined;
  template?: string | undefined;
  /** Default: docx only. */
  format?: readonly ReportFormat[] | undefined;
}

const DEFAULT_OUT_DIR = 'out';

/**
 * The largest plan one report is built for. 10,000 actions of ~250 words make a document of several
 * thousand pages and need about 2.7 GB while it is built; much more would exhaust Node's default heap,
 * so larger plans are refused before any work rather than crashing half way.
 */
const MAX_REPORT_ACTIONS = 10_000;

/** `--out` is checked before any work: a .docx file, not in the plans folder, not an input. */
function checkOutPath(out: string, plansDir: string, templatePath: string, format: ReportFormat): void {
  const written = extname(out).toLowerCase().slice(1);
  if (written !== format) {
    // A .pdf, .html or .json file asked for with the default format: the officer wants that format.
    const other = (REPORT_FORMATS as readonly string[]).includes(written);
    const hint = other ? `to write a .${written} file, add --format ${written}` : `e.g. --out out/appendix-1.${format}`;
    throw usageError(`--out must name a .${format} file, not ${showPath(out)}`, hint);
  }
  // Real paths: a link to the plans folder, or an out/ that is one, is still the plans folder.
  if (isInside(realPath(out), realPath(plansDir)))
    throw usageError('--out points into the plans folder', 'write the report somewhere else, e.g. out/');
  if (realPath(out) === realPath(templatePath)) throw usageError('--out points at the template');
}

/** The report could not be written: one line naming it, exit 3, with advice about --out. */
function describeWriteError(error: unknown, shown: string): ExitError {
  // A folder where files can be made but not removed keeps the temporary file: say which.
  const leftover = (error as { leftover?: string } | undefined)?.leftover;
  const kept = `the previous report, if any, is unchanged${leftover ? `; the temporary file ${showPath(leftover)} could not be removed` : ''}`;
  return writeError(shown, error, kept, {
    EACCES: 'choose a folder you may write to with --out',
    EPERM: 'if the report is open in Word, close it and run plan report again',
    EBUSY: 'close it in Word and run plan report again',
    ENOSPC: 'free some space and run plan report again',
    EDQUOT: 'free some space and run plan report again',
    EROFS: 'choose another folder with --out',
    EISDIR: 'choose a file name ending .docx with --out',
    ENOENT: 'create the folder first, or choose another with --out',
    EEXIST: 'a file called out is in the way of the out/ folder: move or rename it, or choose a folder with --out',
    ENOTDIR: 'a file called out is in the way of the out/ folder: move or rename it, or choose a folder with --out',
  });
}

function summaryLines(figures: Iterable<ActionFigures>, decimals: number): string[] {
  const lines: string[] = [];
  for (const f of figures) {
    const parts = f.councils.map(
      (c) => `${c.code} ${formatMoney(c.achieved)} of ${formatMoney(c.target)} (${formatPercent(c.achieved, c.target, decimals)})`,
    );
    if (f.councils.length > 1)
      parts.push(
        `combined ${formatMoney(f.combined.achieved)} of ${formatMoney(f.combined.target)} (${formatPercent(f.combined.achieved, f.combined.target, decimals)})`,
      );
    lines.push(`${f.measure}: ${parts.join(', ')}`);
  }
  return lines;
}

/** The plan has more actions than one document can hold: refused before any work (exit 2). */
function tooManyActions(count: number, about: string): ExitError {
  return usageError(
    `the plan has ${about}${groupThousands(count)} actions; plan report writes at most ${groupThousands(MAX_REPORT_ACTIONS)} in one document`,
    'report part of the plan: point --plans at a folder with fewer sections',
  );
}

/**
 * The template and the plan, loaded and checked, with the statuses the figures contradict (the report
 * says why it rates them so). Problems are printed; undefined when there are errors.
 */
async function loadChecked(
  options: ReportOptions,
  templatePath: string,
  cwd: string,
  hl: Highlighter,
): Promise<{ plan: Plan; template: Template } | undefined> {
  const loadedTemplate = await loadTemplate(templatePath, cwd);
  const result = await loadPlan({ plansDir: options.plans, quarter: options.quarter, cwd });
  // A quarter no action has is one usage message, not "has no Q3 update" at every action.
  const notInPlan = await askedQuarterMissing(result, options.quarter, { plansDir: options.plans, cwd }, 'report');
  if (notInPlan) throw notInPlan;
  const found: Diagnostic[] = [...loadedTemplate.diagnostics, ...result.diagnostics];
  if (result.plan && loadedTemplate.template)
    found.push(...checkStatusesAgainstFigures(result.plan, [options.quarter], loadedTemplate.template.rag));
  // Warnings on lines marked "# checked" are the officer's, looked at: validate and report both leave them out.
  const diagnostics = withoutChecked(result, found);
  const fileCount = result.files.length + 1;
  if (countBySeverity(diagnostics).errors > 0 || !result.plan || !loadedTemplate.template) {
    process.stderr.write(formatText(diagnostics, hl, fileCount));
    process.stderr.write(`${hl.error('plan: no report written:')} fix the errors above and run plan report again\n`);
    return undefined;
  }
  if (diagnostics.length > 0) process.stderr.write(formatText(diagnostics, hl, fileCount));
  return { plan: result.plan, template: loadedTemplate.template };
}

type Output = { format: ReportFormat; path: string };

/** Each file can be written where asked, checked before anything is made. */
async function checkTargets(outs: readonly Output[], outGiven: boolean, shown: (path: string) => string): Promise<void> {
  for (const { path: out } of outs) {
    // A folder the user named must already exist; the default out/ is created once the files are made.
    const folder = dirname(out);
    if (outGiven) {
      const info = await stat(folder).catch(() => undefined);
      if (!info)
        throw usageError(`the folder for --out does not exist: ${shown(folder)}${sep}`, 'create it first, or choose another folder');
      if (!info.isDirectory())
        throw usageError(`the folder for --out is a file, not a folder: ${shown(folder)}`, 'choose a folder, or a file name in one');
    }
    const existing = await stat(out).catch(() => undefined);
    if (existing?.isDirectory())
      throw new ExitError(EXIT.write, `cannot write ${shown(out)}: it is a folder`, 'choose a file name ending .docx with --out');
    // A report marked read-only has been protected on purpose (often the copy sent to committee); the
    // mode bits are checked because root may replace any file.
    if (existing && (existing.mode & 0o222) === 0) {
      throw new ExitError(
        EXIT.write,
        `cannot write ${shown(out)}: the file is read-only; the previous report is unchanged`,
        'make it writable, or write the new report elsewhere with --out',
      );
    }
  }
}

/** Every file made before any is written: a PDF LibreOffice cannot make leaves nothing behind. */
async function makeFiles(outs: readonly Output[], model: ReportModel, periodEnd: Date): Promise<Array<{ path: string; data: Uint8Array }>> {
  // Built once: with --format docx,pdf the PDF is made from the very bytes written as the .docx.
  // Each writer is loaded only when its format is asked for: the Word writer's modules (docx) take a
  // web page or JSON run 15-20 ms of CPU to load, and the web page's a Word run a few (docs/speed.md).
  let built: Promise<{ appendix: Appendix; bytes: Uint8Array }> | undefined;
  const docx = () => {
    built ??= import('../../docx/pack.js').then(({ buildDocx }) => buildDocx(model, periodEnd));
    return built;
  };
  const product = async (format: ReportFormat): Promise<Uint8Array> => {
    if (format === 'html') {
      const { buildPage } = await import('../../html/render.js');
      return Buffer.from(buildPage(model), 'utf8');
    }
    if (format === 'json') {
      const { buildReportData } = await import('../../data/report.js');
      const data = buildReportData(model);
      return Buffer.from(`${JSON.stringify(data, null, 2)}\n`, 'utf8');
    }
    const { appendix, bytes } = await docx();
    if (format === 'docx') return bytes;
    // The PDF is LibreOffice's export of the .docx, with the charts' alt text put back (see src/pdf).
    const [{ damagedPdf, docxToPdf }, { addFigureAlts }, { figureAlts }] = await Promise.all([
      import('../../pdf/convert.js'),
      import('../../pdf/figure-alt.js'),
      import('../../docx/render.js'),
    ]);
    const pdf = await docxToPdf(bytes);
    const alts = figureAlts(appendix);
    // A PDF the PDF library cannot read was damaged by LibreOffice, not by plan.
    return addFigureAlts(pdf, alts).catch((error: unknown) => {
      if (error instanceof Error && /figures for/.test(error.message)) throw error;
      throw damagedPdf();
    });
  };
  const files: { path: string; data: Uint8Array }[] = [];
  for (const { format, path } of outs) files.push({ path, data: await product(format) });
  return files;
}

/** Write the files: one atomically, several all or none; the default out/ is made first. */
async function writeReports(files: ReadonlyArray<{ path: string; data: Uint8Array }>, makeOut: boolean, shown: (path: string) => string) {
  if (makeOut)
    for (const { path } of files)
      await makeFolder(dirname(path)).catch((error: unknown) => {
        throw describeWriteError(error, shown(path));
      });
  try {
    if (files.length === 1) await writeFileAtomic(files[0]!.path, files[0]!.data);
    else await writeFilesTogether(files);
  } catch (error) {
    if (error instanceof WriteFailure) throw describeWriteError(error.cause, shown(error.path));
    throw describeWriteError(error, shown(files[0]!.path));
  }
}

/** `plan report`: validate → compute → render → write. Nothing is written unless everything is valid. */
export async function runReport(options: ReportOptions, settings: ProjectConfig = {}): Promise<ExitCode> {
  const cwd = process.cwd();
  const plansDir = resolve(cwd, options.plans);
  const templatePath = options.template ? resolve(cwd, options.template) : DEFAULT_TEMPLATE;
  const shown = (p: string) => showPath(p, cwd);
  const formats: ReportFormat[] = [...new Set<ReportFormat>(options.format ?? ['docx'])];
  if (options.out !== undefined && formats.length > 1)
    throw usageError(
      '--out names one file, but several formats were asked for',
      'leave out --out to write them all to out/, or ask for one --format',
    );
  if (options.out !== undefined) checkOutPath(resolve(cwd, options.out), plansDir, templatePath, formats[0]!);
  // A quick count from the text, before any parsing; the count of what was parsed follows.
  const estimate = await estimateActionCount(options.plans, cwd);
  if (estimate > MAX_REPORT_ACTIONS) throw tooManyActions(estimate, 'about ');

  const hl = createHighlighter(process.stderr);
  const loaded = await loadChecked(options, templatePath, cwd, hl);
  if (!loaded) return EXIT.invalid;
  const { plan, template } = loaded;
  // However the actions were written, what the parser built is counted before anything is rendered.
  const actions = plan.sections.reduce((n, section) => n + section.actions.length, 0);
  if (actions > MAX_REPORT_ACTIONS) throw tooManyActions(actions, '');
  // The quarter's report holds the actions in the plan at that quarter, and those that ended earlier in
  // the year unless the template leaves them out (see compute/quarter.ts).
  const { model, figures, periodEnd } = buildQuarterModel(plan, options.quarter, template);
  // One file per format: --out names it when there is one, otherwise out/<name>.<format>.
  const base = model.description.fileName.replace(/\.docx$/, '');
  const outs = formats.map((format) => ({
    format,
    path: options.out !== undefined ? resolve(cwd, options.out) : resolve(cwd, settings.out ?? DEFAULT_OUT_DIR, `${base}.${format}`),
  }));
  for (const { format, path } of outs) checkOutPath(path, plansDir, templatePath, format);
  await checkTargets(outs, options.out !== undefined, shown);
  await writeReports(await makeFiles(outs, model, periodEnd), options.out === undefined, shown);

  for (const line of summaryLines(figures.values(), template.rounding.percentDecimals)) process.stderr.write(`${line}\n`);
  for (const { path } of outs) process.stderr.write(`${hl.success('✓')} wrote ${hl.path(shown(path))}\n`);
  for (const { path } of outs) process.stdout.write(`${shown(path)}\n`);
  return EXIT.ok;
}
