import { checkStatusesAgainstFigures } from '../../compute/status-check.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { buildDocx } from '../../docx/pack.js';
import { figureAlts } from '../../docx/render.js';
import { buildPage } from '../../html/render.js';
import { type FileCache, loadPlan } from '../../plan/load-plan.js';
import type { Plan } from '../../plan/model.js';
import type { Quarter } from '../../plan/quarters.js';
import { buildQuarterModel } from '../../report/build-report.js';
import { loadTemplate } from '../../template/load.js';
import type { Template } from '../../template/schema.js';
import { quartersOf } from '../quarter-reached.js';

/**
 * One render of the preview: the plan and template read again (each unchanged file's checks come from
 * the cache), checked as `plan report --quarter` checks them, and the quarter's web page laid out from
 * the same report model as `plan report --format html`. The Word file is made the same way, on request.
 */

export interface RenderInput {
  plansDir: string;
  templatePath: string;
  cwd: string;
  cache: FileCache;
}

export type Render =
  | { ok: true; page: string; diagnostics: Diagnostic[]; quarters: Quarter[]; plan: Plan; template: Template }
  | { ok: false; diagnostics: Diagnostic[] };

export async function renderQuarter(input: RenderInput, quarter: Quarter): Promise<Render> {
  const loadedTemplate = await loadTemplate(input.templatePath, input.cwd);
  const result = await loadPlan({ plansDir: input.plansDir, quarter, cwd: input.cwd, cache: input.cache });
  const diagnostics = [...loadedTemplate.diagnostics, ...result.diagnostics];
  const template = loadedTemplate.template;
  if (result.plan && template) diagnostics.push(...checkStatusesAgainstFigures(result.plan, [quarter], template.rag));
  if (!result.plan || !template || diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  const page = buildPage(buildQuarterModel(result.plan, quarter, template).model);
  return { ok: true, page, diagnostics, quarters: quartersOf(result.plan), plan: result.plan, template };
}

/** The Word appendix of a good render, as `plan report` writes it, its file name, and its charts' alt text (for the PDF). */
export async function renderDocx(
  render: Extract<Render, { ok: true }>,
  quarter: Quarter,
): Promise<{ bytes: Uint8Array; name: string; chartAlts: string[] }> {
  const { model, periodEnd } = buildQuarterModel(render.plan, quarter, render.template);
  const { appendix, bytes } = await buildDocx(model, periodEnd);
  return {
    bytes,
    name: model.description.fileName,
    chartAlts: figureAlts(appendix),
  };
}
