import type { MeasuresSummary } from '../report/measures.js';
import type { Template } from '../template/schema.js';
import { cell, paragraph, row, textRuns } from './ooxml.js';

/**
 * The measures summary table's body rows in WordprocessingML (render.ts adds its header row, heading
 * and the note under it). The RAG cell is shaded and says its rating in words, so colour is never the
 * only sign.
 */

/** Column widths in twips: a wide first column for the measure's name, the rest shared out. */
export function measureWidths(summary: MeasuresSummary, total: number): number[] {
  const first = Math.floor(total * 0.28);
  const second = Math.floor(total * 0.18);
  const rest = Math.floor((total - first - second) / (summary.columns.length - 2));
  return [first, second, ...summary.columns.slice(2).map(() => rest)];
}

export function measureRows(summary: MeasuresSummary, widths: readonly number[], colours: Template['colours']): string[] {
  const last = summary.columns.length - 1;
  return summary.rows.map((r) =>
    row(
      r.cells.map((text, i) =>
        cell(
          [paragraph(textRuns(text, { bold: r.combined }), { align: i < 2 ? 'left' : 'right' })],
          widths[i]!,
          i === last && r.rag ? colours[r.rag] : undefined,
        ),
      ),
    ),
  );
}
