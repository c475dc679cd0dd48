import type { Rag } from '../plan/model.js';
import type { MeasuresSummary } from '../report/measures.js';

/**
 * The measures summary as a section of the web page: a heading, a captioned table with header cells,
 * the RAG rating in words in a shaded cell (never colour alone), and the rule under it. `text` is the
 * page's own escaping of plain text (render.ts), `fills` its RAG fills.
 */
export function measuresSection(m: MeasuresSummary, text: (value: string) => string, fills: Record<Rag, string>): string {
  const last = m.columns.length - 1;
  const rows = m.rows.map((r) => {
    const cells = r.cells.map((c, i) => {
      const shown = r.combined ? `<strong>${text(c)}</strong>` : text(c);
      if (i === 0) return `<th scope="row">${shown}</th>`;
      const style = i === last && r.rag ? ` style="background:${fills[r.rag]}"` : '';
      return `<td${style}>${shown}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<section aria-labelledby="measures"><h2 id="measures">${text(m.heading)}</h2>
<div class="table-scroll" role="region" tabindex="0" aria-labelledby="c-measures"><table class="figures measures"><caption id="c-measures">${text(m.caption)}</caption>
<thead><tr>${m.columns.map((c) => `<th scope="col">${text(c)}</th>`).join('')}</tr></thead>
<tbody>${rows.join('')}</tbody></table></div>
<p><em>${text(m.note)}</em></p></section>`;
}
