import { formatPaceGap, formatPercent, roundingSentence } from '../compute/format.js';
import type { QuarterReport } from '../compute/quarter-report.js';
import type { Figures } from '../compute/savings.js';
import type { AppendixDescription } from '../docx/render.js';
import type { Action, Block, Inline, Rag, RichText } from '../plan/model.js';
import { quarterOrdinal } from '../plan/quarters.js';
import { formatMoney } from '../shared/numbers.js';
import { capitalise, listAnd, NO_TEXT } from '../shared/words.js';
import type { Template } from '../template/schema.js';
import { chartSvg } from './chart.js';
import { esc } from './escape.js';

/**
 * The report as one self-contained, accessible web page, for an intranet or a council's website,
 * built from the same model and figures as the Word appendix (not converted from it): a language and a
 * title, one h1, a heading per section, tables with captions and header cells, bullets as lists, RAG
 * in words as well as colour (each fill with at least 4.5:1 contrast for its text), each chart as
 * inline SVG with a title and description beside a table of the same figures (chart.ts), and a print
 * style sheet for A4 landscape. Pure.
 */

export interface PageInput extends QuarterReport {
  template: Template;
  description: AppendixDescription;
}

const RAG_WORDS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };
/** Fills for the RAG cells with dark text: each has at least 4.5:1 contrast with #1a1a1a (checked by axe in the tests). */
const RAG_FILLS: Record<Rag, string> = { red: '#f4b6b6', amber: '#ffd98a', green: '#b7dfb9' };

function inlines(items: readonly Inline[]): string {
  return items.map((i) => ('lineBreak' in i ? '<br>' : i.href ? `<a href="${esc(i.href)}">${esc(i.text)}</a>` : esc(i.text))).join('');
}

/** Paragraphs and bullets; a bullet one level deeper than the one before opens a nested list. */
function richText(text: RichText): string {
  let html = '';
  let depth = 0;
  const close = (to: number) => {
    while (depth > to) {
      html += '</li></ul>';
      depth--;
    }
  };
  for (const block of text as Block[]) {
    if (block.kind === 'paragraph') {
      close(0);
      html += `<p>${inlines(block.inlines)}</p>`;
      continue;
    }
    const level = block.level + 1;
    if (level > depth) {
      // A deeper bullet opens a list inside the current item (or at the top).
      while (depth < level) {
        html += '<ul><li>';
        depth++;
      }
    } else {
      close(level);
      html += '</li><li>';
    }
    html += inlines(block.inlines);
  }
  close(0);
  return html;
}

function text(value: string): string {
  return esc(value).replace(/\n/g, '<br>');
}

export function buildPage({ plan, quarter, figures, movements, template, description }: PageInput): string {
  const pct = (part: number, whole: number) => formatPercent(part, whole, template.rounding.percentDecimals);
  const headingOf = new Map(plan.sections.flatMap((s) => s.actions.map((a) => [a.id, `section ${s.number}, ${s.title}`] as const)));
  const summary = [...figures.values()].map((f) => {
    const move = movements.get(f.actionId);
    const moved = move && !move.isNew ? move : undefined;
    const row = (label: string, x: Figures, since: number | undefined) =>
      `<tr><th scope="row">${esc(label)}</th><td>${formatMoney(x.target)}</td><td>${formatMoney(x.achieved)}</td>${moved ? `<td>${since === undefined ? '–' : since === 0 ? 'no change' : since > 0 ? `+${formatMoney(since)}` : `–${formatMoney(-since)}`}</td>` : ''}<td>${pct(x.achieved, x.target)}</td><td>${formatMoney(x.expected)}</td><td>${formatPaceGap(x.paceGap)}</td><td>${formatMoney(x.remaining)}</td></tr>`;
    const rows = f.councils.map((c) => row(`${c.name} (${c.code})`, c, moved?.figures.find((m) => m.code === c.code)?.delta));
    if (f.councils.length > 1) rows.push(row('Combined', f.combined, moved?.combined?.delta));
    return `<section aria-labelledby="t-${esc(f.actionId)}"><h3 id="t-${esc(f.actionId)}">${esc(capitalise(f.measure))}: ${esc(headingOf.get(f.actionId) ?? '')}</h3>
<table><caption>${esc(capitalise(f.measure))} by council at the end of ${quarter}; RAG ${RAG_WORDS[f.rag]}${f.ragDerived ? ' (from the figures)' : ''}</caption>
<thead><tr><th scope="col">Council</th><th scope="col">Annual target</th><th scope="col">${esc(capitalise(f.achievedLabel))}</th>${moved ? `<th scope="col">Since ${moved.previous}</th>` : ''}<th scope="col">% of target</th><th scope="col">Expected by end of ${quarter}</th><th scope="col">Against pace</th><th scope="col">Still to achieve</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>${template.summary.chart ? `\n${chartSvg(f, quarter, template)}` : ''}</section>`;
  });

  const actionRow = (action: Action) => {
    const update = action.updates[quarter];
    const f = figures.get(action.id);
    const rag = f?.rag ?? update?.rag;
    const move = movements.get(action.id);
    const status = [`<p>${text(f?.status ?? update?.status ?? '')}</p>`];
    if (rag)
      status.push(
        `<p><strong>RAG: ${RAG_WORDS[rag]}</strong>${f?.ragDerived ? ` (from the figures: ${esc(f.rag === 'green' ? 'on or ahead of pace' : `${listAnd(f.councils.filter((c) => c.rag === f.rag).map((c) => c.code))} behind pace`)})` : ''}</p>`,
      );
    if (update?.ended) status.push(`<p><em>${capitalise(update.ended)}: no further updates</em></p>`);
    if (move)
      status.push(
        `<p><em>${move.isNew ? `New since ${move.previous}` : move.statusChanged ? `Since ${move.previous}: was “${esc(move.statusFrom ?? '')}”` : `Since ${move.previous}: status unchanged`}</em></p>`,
      );
    const figuresText = f
      ? f.councils
          .map(
            (c) =>
              `<p>${esc(`${c.code} – ${formatMoney(c.achieved)} ${f.achievedLabel} – i.e. ${pct(c.achieved, c.target)} of the ${formatMoney(c.target)} annual target at the end of the ${quarterOrdinal(quarter)}`)}${c.note ? `<br><em>Note: ${esc(c.note)}</em>` : ''}</p>`,
          )
          .join('')
      : '';
    const style = rag ? ` style="background:${RAG_FILLS[rag]}"` : '';
    return `<tr><td>${richText(action.text)}</td><td${style}>${status.join('')}</td><td>${figuresText || update?.narrative ? `${figuresText}${update?.narrative ? richText(update.narrative) : ''}` : NO_TEXT}</td></tr>`;
  };
  const columns = template.columns;
  const sections = plan.sections.map(
    (s) => `<section aria-labelledby="s-${esc(s.number)}"><h2 id="s-${esc(s.number)}">${esc(`${s.number} ${s.title}`)}</h2>
<table class="actions"><caption>Section ${esc(s.number)}: ${esc(s.title)}, position at the end of ${quarter}</caption>
<thead><tr><th scope="col">${esc(columns.action.heading)}</th><th scope="col">${esc(columns.status.heading)}</th><th scope="col">${esc(columns.narrative.heading)}</th></tr></thead>
<tbody>${s.actions.map(actionRow).join('')}</tbody></table></section>`,
  );
  const [w1, w2, w3] = [columns.action.widthPercent, columns.status.widthPercent, columns.narrative.widthPercent];
  return `<!doctype html>
<html lang="${esc(template.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(description.title)}</title>
<style>
body { font-family: "${esc(template.font.family)}", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 1.5rem; line-height: 1.4; }
h1 { font-size: 1.6rem; } h2 { color: #${template.colours.headerFill}; font-size: 1.3rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; } caption { text-align: left; font-style: italic; padding: 0.25rem 0; }
th, td { border: 1px solid #767676; padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; }
thead th { background: #${template.colours.headerFill}; color: #${template.colours.headerText}; }
table.actions col:nth-child(1), table.actions th:nth-child(1) { width: ${w1}%; } table.actions th:nth-child(2) { width: ${w2}%; } table.actions th:nth-child(3) { width: ${w3}%; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 0 0 1rem; } svg.chart text { fill: #1a1a1a; }
td p { margin: 0 0 0.3rem; } ul { margin: 0.2rem 0 0.3rem 1.2rem; padding: 0; } a { color: #0b4fa8; }
@media print { @page { size: A4 landscape; margin: 15mm; } body { margin: 0; } tr { break-inside: avoid; } thead { display: table-header-group; } h2, h3 { break-after: avoid; } }
</style>
</head>
<body>
<main>
<h1>${esc(description.title)}</h1>
<p><em>${esc(description.subtitle)}</em></p>
${summary.length > 0 ? `<section aria-labelledby="summary"><h2 id="summary">Savings summary</h2>\n${summary.join('\n')}\n<p><em>${esc(`"Expected by end of ${quarter}" assumes a straight-line pace. ${roundingSentence(template.rounding.percentDecimals)}`)}</em></p></section>` : ''}
${sections.join('\n')}
</main>
</body>
</html>
`;
}
