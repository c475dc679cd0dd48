import { actionColumnWidths } from '../template/lead-and-due.js';
import type { Template } from '../template/schema.js';
import { esc } from './escape.js';

/**
 * The web page's style sheet, from the template's font, colours and column widths. Pure: the same
 * template always gives the same style sheet.
 */
export function pageStyle(template: Template): string {
  const columns = template.columns;
  const [w1, w2, w3] = [columns.action.widthPercent, columns.status.widthPercent, columns.narrative.widthPercent];
  // A lead-and-due column after Action: four widths (lead-and-due.ts).
  const withLead =
    template.leadAndDue.place === 'column'
      ? `${actionColumnWidths(columns, template.leadAndDue)
          .map((w, i) => `table.actions.with-lead th:nth-child(${i + 1}) { width: ${Math.round(w * 10) / 10}%; }`)
          .join(' ')}\n`
      : '';
  return `body { font-family: "${esc(template.font.family)}", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 1.5rem; line-height: 1.4; }
h1 { font-size: 1.6rem; } h2 { color: #${template.colours.headerFill}; font-size: 1.3rem; margin-top: 2rem; } h3 { font-size: 1.05rem; }
h1, h2, h3, p, li, td, th, caption { overflow-wrap: break-word; } a { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; } caption { text-align: left; font-style: italic; padding: 0.25rem 0; }
th, td { border: 1px solid #767676; padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; }
thead th { background: #${template.colours.headerFill}; color: #${template.colours.headerText}; }
table.actions col:nth-child(1), table.actions th:nth-child(1) { width: ${w1}%; } table.actions th:nth-child(2) { width: ${w2}%; } table.actions th:nth-child(3) { width: ${w3}%; }
${withLead}.table-scroll { overflow-x: auto; margin: 0.5rem 0 1rem; } .table-scroll table { margin: 0; } .table-scroll:focus-visible { outline: 2px solid #0b4fa8; outline-offset: 2px; }
table.figures th, table.figures td { overflow-wrap: normal; } table.figures th[scope="row"] { min-width: 8em; }
table.figures td, table.figures thead th:not(:first-child) { text-align: right; font-variant-numeric: tabular-nums; }
table.figures td { white-space: nowrap; } .table-scroll caption { max-width: calc(100vw - 3rem); }
svg.chart { display: block; max-width: 100%; height: auto; margin: 0 0 1rem; } svg.chart text { fill: #1a1a1a; }
td p { margin: 0 0 0.3rem; } ul { margin: 0.2rem 0 0.3rem 1.2rem; padding: 0; } a { color: #0b4fa8; }
@media (forced-colors: active) {
  svg.chart text { fill: CanvasText; } svg.chart .grid { stroke: GrayText; } svg.chart .axis { stroke: CanvasText; }
  svg.chart .s0 { fill: Highlight; } svg.chart .s1 { fill: GrayText; } svg.chart .s2 { fill: Canvas; stroke: CanvasText; stroke-width: 2px; }
}
@media print { @page { size: A4 landscape; margin: 15mm; } body { margin: 0; } tr { break-inside: avoid; } thead { display: table-header-group; } h2, h3, caption, thead { break-after: avoid; } tbody tr:first-child { break-before: avoid; } .table-scroll { overflow: visible; } }
`;
}
