import type { Block, Inline, Rag, RichText } from '../plan/model.js';
import type { ActionRow, ReportModel, SectionModel, Summary, SummaryTarget } from '../report/model.js';
import type { OverdueList } from '../report/schedule.js';
import { chartSvg } from './chart.js';
import { esc } from './escape.js';
import { measuresSection } from './measures.js';
import { pageStyle } from './style.js';

/**
 * The report as one self-contained, accessible web page, for an intranet or a council's website,
 * laid out from the same report model as the Word appendix (src/report; not converted from it, and
 * wording nothing of its own): a language and a title, one h1, a heading per section, tables with
 * captions and header cells, bullets as lists, RAG in words as well as colour (each fill with at least
 * 4.5:1 contrast for its text), each chart as inline SVG with a title and description beside a table
 * of the same figures (chart.ts), and a print style sheet for A4 landscape. Pure.
 */

/** Fills for the RAG cells with dark text: each has at least 4.5:1 contrast with #1a1a1a (checked by axe in the tests). */
const RAG_FILLS: Record<Rag, string> = { red: '#f4b6b6', amber: '#ffd98a', green: '#b7dfb9' };

/**
 * Text as typed: escaped, line breaks as <br>, and spaces a browser would collapse (a run of them, or
 * one at the start or end of a line) kept as no-break spaces after a normal one, so the line can
 * still wrap there. `edges` says whether the text starts and ends a line (a link's text may not).
 */
function text(value: string, edges = { start: true, end: true }): string {
  const lines = esc(value.replace(/\t/g, ' ')).split('\n');
  return lines
    .map((line, i) => {
      let kept = line.replace(/ {2,}/g, (run) => ` ${'\u00a0'.repeat(run.length - 1)}`);
      if (i > 0 || edges.start) kept = kept.replace(/^ /, '\u00a0');
      if (i < lines.length - 1 || edges.end) kept = kept.replace(/ $/, '\u00a0');
      return kept.replace(/\u00a0/g, '&nbsp;');
    })
    .join('<br>');
}

function inlines(items: readonly Inline[]): string {
  const breakAt = (i: number) => i < 0 || i >= items.length || 'lineBreak' in items[i]!;
  return items
    .map((item, i) => {
      if ('lineBreak' in item) return '<br>';
      const shown = text(item.text, { start: breakAt(i - 1), end: breakAt(i + 1) });
      return item.href ? `<a href="${esc(item.href)}">${shown}</a>` : shown;
    })
    .join('');
}

/** Paragraphs and bullets; a bullet one level deeper than the one before opens a nested list. */
function richText(rich: RichText): string {
  let html = '';
  let depth = 0;
  const close = (to: number) => {
    while (depth > to) {
      html += '</li></ul>';
      depth--;
    }
  };
  for (const block of rich as Block[]) {
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

function summaryTarget(target: SummaryTarget, model: ReportModel): string {
  const id = esc(target.actionId);
  const rows = target.rows.map(
    (r) =>
      `<tr><th scope="row">${r.combined ? `<strong>${text(r.label)}</strong>` : text(r.label)}</th>${r.cells.map((c) => `<td class="money">${r.combined ? `<strong>${text(c)}</strong>` : text(c)}</td>`).join('')}</tr>`,
  );
  return `<section aria-labelledby="t-${id}"><h3 id="t-${id}">${text(target.heading)}</h3>
<div class="table-scroll" role="region" tabindex="0" aria-labelledby="c-${id}"><table class="figures"><caption id="c-${id}">${text(target.caption)}</caption>
<thead><tr>${target.columns.map((c) => `<th scope="col">${text(c)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('')}</tbody></table></div>${target.chart ? `\n${chartSvg(target.chart, `chart-${target.actionId}`, model.template)}` : ''}</section>`;
}

function summarySection(summary: Summary, model: ReportModel): string {
  return `<section aria-labelledby="summary"><h2 id="summary">${text(summary.heading)}</h2>
${model.targets.map((t) => summaryTarget(t, model)).join('\n')}
<p><em>${text(summary.note)}</em></p></section>`;
}

const para = (html: string) => `<p>${html}</p>`;

/** The actions past their due date, as a list after the summary. */
function overdueSection(o: OverdueList): string {
  return `<section aria-labelledby="overdue"><h2 id="overdue">${text(o.heading)}</h2>
${para(text(o.intro))}<ul>${o.items.map((i) => `<li>${text(i)}</li>`).join('')}</ul></section>`;
}

/** The lead officer and due date, a paragraph each. */
const scheduleParas = (r: ActionRow) => (r.schedule?.lines ?? []).map((l) => para(text(l))).join('');

function actionRow(r: ActionRow, scheduleColumn: boolean): string {
  const status = [para(text(r.status))];
  if (r.statusDerivedNote) status.push(para(`<em>${text(r.statusDerivedNote)}</em>`));
  if (r.ragLine)
    status.push(para(`<strong>${text(r.ragLine.label)}</strong>${r.ragLine.reason ? ` <em>${text(r.ragLine.reason)}</em>` : ''}`));
  if (r.ended) status.push(para(`<em>${text(r.ended.line)}</em>`));
  if (r.movementLine) status.push(para(`<em>${text(r.movementLine)}</em>`));
  const narrative = r.figureLines.map((f) => para(`${text(f.text)}${f.note ? `<br><em>${text(f.note.label + f.note.text)}</em>` : ''}`));
  if (r.combinedLine) narrative.push(para(`<strong>${text(r.combinedLine)}</strong>`));
  for (const m of r.measureLines) narrative.push(para(`<em>${text(m)}</em>`));
  if (r.narrative) narrative.push(richText(r.narrative));
  const action = `${richText(r.action)}${r.targetLine ? para(`<em>${text(r.targetLine)}</em>`) : ''}${scheduleColumn ? '' : scheduleParas(r)}`;
  const style = r.rag ? ` style="background:${RAG_FILLS[r.rag]}"` : '';
  const schedule = scheduleColumn ? `<td>${scheduleParas(r) || text(r.empty)}</td>` : '';
  return `<tr><td>${action}</td>${schedule}<td${style}>${status.join('')}</td><td>${narrative.length > 0 ? narrative.join('') : text(r.empty)}</td></tr>`;
}

function section(s: SectionModel): string {
  return `<section aria-labelledby="s-${esc(s.number)}"><h2 id="s-${esc(s.number)}">${text(s.heading)}</h2>
<div class="table-scroll" role="region" tabindex="0" aria-labelledby="c-s-${esc(s.number)}"><table class="actions${s.scheduleColumn ? ' with-lead' : ''}"><caption id="c-s-${esc(s.number)}">${text(s.caption)}</caption>
<thead><tr>${[s.columns[0], ...(s.scheduleColumn ? [s.scheduleColumn] : []), s.columns[1], s.columns[2]].map((c) => `<th scope="col">${text(c)}</th>`).join('')}</tr></thead>
<tbody>${s.rows.map((r) => actionRow(r, s.scheduleColumn !== undefined)).join('')}</tbody></table></div></section>`;
}

export function buildPage(model: ReportModel): string {
  const { template, description } = model;
  return `<!doctype html>
<html lang="${esc(template.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(description.title)}</title>
<style>
${pageStyle(template)}</style>
</head>
<body>
<main>
<h1>${text(description.title)}</h1>
<p><em>${text(description.subtitle)}</em></p>
${model.summary ? summarySection(model.summary, model) : ''}
${model.overdue ? overdueSection(model.overdue) : ''}
${model.measures ? measuresSection(model.measures, (v) => text(v), RAG_FILLS) : ''}
${model.sections.map(section).join('\n')}
</main>
</body>
</html>
`;
}
