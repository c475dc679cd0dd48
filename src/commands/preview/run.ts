import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { createHighlighter } from '../../diagnostics/highlight.js';
import { EXIT, type ExitCode, ExitError } from '../../errors.js';
import { type FileCache, loadPlan } from '../../plan/load-plan.js';
import type { Quarter } from '../../plan/quarters.js';
import { DEFAULT_TEMPLATE } from '../../template/load.js';
import { quarterNotInPlan, quartersOf } from '../quarter-reached.js';
import { decoratePage, type PreviewView, problemsOnlyPage } from './page.js';
import { type Render, type RenderInput, renderDocx, renderQuarter } from './render.js';
import { type PreviewServer, startPreviewServer } from './server.js';
import { watchFiles } from './watch.js';

export interface PreviewOptions {
  plans: string;
  template?: string | undefined;
  quarter?: Quarter | undefined;
  port: number;
  open?: boolean | undefined;
}

/** What the preview shows for one quarter: the last good page, and the problems of the latest render. */
interface Shown {
  good?: Extract<Render, { ok: true }>;
  latest: Render;
}

/** A problem that stops plan reading anything (the folder went, a file cannot be read), as a banner line. */
function asDiagnostic(error: unknown, plansDir: string): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  const hint = error instanceof ExitError ? error.hint : undefined;
  return { file: plansDir, line: 1, column: 1, severity: 'error', code: 'cannot-read', message, ...(hint ? { hint } : {}) };
}

/**
 * The preview's state: a render per quarter viewed, remade after every change to the files; a version
 * that goes up with each round, which the pages follow.
 */
async function startPreview(options: PreviewOptions, cwd: string) {
  const input: RenderInput = {
    plansDir: options.plans,
    templatePath: options.template ? resolve(cwd, options.template) : DEFAULT_TEMPLATE,
    cwd,
    cache: new Map() as FileCache,
  };
  const shown = new Map<Quarter, Shown>();
  let version = 0;
  let quarters: Quarter[] = [];
  const first = await loadPlan({ plansDir: options.plans, cwd, cache: input.cache }).catch(() => undefined);
  if (first?.plan) quarters = quartersOf(first.plan);
  // A quarter no action has (last year's, now in the archive) is refused as plan report refuses it.
  const notInPlan =
    options.quarter && first?.plan && (await quarterNotInPlan(first.plan, options.quarter, { plansDir: options.plans, cwd }, 'preview'));
  if (notInPlan) throw notInPlan;
  const defaultQuarter: Quarter = options.quarter ?? quarters.at(-1) ?? 'Q1';
  const pdf = Boolean(process.env.PLAN_SOFFICE) || (process.env.PATH ?? '').split(/[:;]/).some((dir) => dir && hasSoffice(dir));

  const render = async (quarter: Quarter): Promise<void> => {
    const latest = await renderQuarter(input, quarter).catch(
      (error: unknown): Render => ({ ok: false, diagnostics: [asDiagnostic(error, options.plans)] }),
    );
    const before = shown.get(quarter);
    if (latest.ok) quarters = latest.quarters;
    shown.set(quarter, { ...(latest.ok ? { good: latest } : before?.good ? { good: before.good } : {}), latest });
  };
  const page = async (asked: Quarter | undefined): Promise<string> => {
    const quarter = asked ?? defaultQuarter;
    if (!shown.has(quarter)) await render(quarter);
    const { good, latest } = shown.get(quarter)!;
    const view: PreviewView = {
      quarter,
      quarters: quarters.includes(quarter) ? quarters : [...quarters, quarter].sort(),
      diagnostics: latest.diagnostics,
      stale: !latest.ok,
      hasPage: good !== undefined,
      cwd,
      pdf,
    };
    return good ? decoratePage(good.page, view, version) : problemsOnlyPage(view, version);
  };
  const download = async (kind: 'docx' | 'pdf', asked: Quarter | undefined) => {
    const quarter = asked ?? defaultQuarter;
    if (!shown.has(quarter)) await render(quarter);
    const { latest } = shown.get(quarter)!;
    if (!latest.ok) return { problem: 'the plan has errors: fix them first (they are listed on the page)' };
    const docx = await renderDocx(latest, quarter);
    if (kind === 'docx') return { bytes: docx.bytes, name: docx.name };
    const [{ docxToPdf }, { addFigureAlts }] = await Promise.all([import('../../pdf/convert.js'), import('../../pdf/figure-alt.js')]);
    return { bytes: await addFigureAlts(await docxToPdf(docx.bytes), docx.chartAlts), name: docx.name.replace(/\.docx$/, '.pdf') };
  };

  await render(defaultQuarter);
  const server: PreviewServer = await startPreviewServer({ page, download, version: () => version }, options.port);
  let rendering = Promise.resolve();
  const rerender = () => {
    rendering = rendering.then(async () => {
      for (const quarter of [...shown.keys()]) await render(quarter);
      version++;
      server.announce(version);
    });
  };
  const stopWatching = watchFiles([resolve(cwd, options.plans)], [input.templatePath, resolve(cwd, 'plan.config.yaml')], rerender);
  return {
    url: server.url,
    quarter: defaultQuarter,
    problems: () => shown.get(defaultQuarter)?.latest.diagnostics ?? [],
    close: async () => {
      stopWatching();
      await rendering;
      await server.close();
    },
  };
}

/** LibreOffice, which makes the PDF, is in this folder of the PATH. */
function hasSoffice(dir: string): boolean {
  return existsSync(resolve(dir, process.platform === 'win32' ? 'soffice.exe' : 'soffice'));
}

/** Open the address in the system's browser; a failure to do so is only a note (the address is printed). */
function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`plan preview: could not open a browser; open ${url} yourself\n`));
  child.unref();
}

/** `plan preview`: serve the page until Ctrl-C (src/index.ts ends the process then). */
export async function runPreview(options: PreviewOptions): Promise<ExitCode> {
  const hl = createHighlighter(process.stderr);
  const preview = await startPreview(options, process.cwd()).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE')
      throw new ExitError(EXIT.usage, `port ${options.port} is in use`, 'leave out --port to take a free one');
    if (error.code === 'EACCES') throw new ExitError(EXIT.usage, `port ${options.port} may not be used`, 'choose a port above 1024');
    throw error;
  });
  process.stderr.write(
    `${hl.success('✓')} preview of ${preview.quarter} at ${hl.path(preview.url)}\n  edit the plan files and the page follows; Ctrl-C stops the preview\n`,
  );
  process.stdout.write(`${preview.url}\n`);
  if (options.open) openBrowser(preview.url);
  await new Promise<never>(() => {});
  return EXIT.ok;
}
