import type { Quarter } from '../plan/quarters.js';
import type { GridCell } from './plan-table.js';

/**
 * A table of measures in an officer's appendix ("Measure | Target | Actual", "Indicator | Target | Q3",
 * "Performance measure | Target | Actual | RAG"): not a plan table, but each row is possibly a measure.
 * plan does not guess a measure's unit, which way is better, or which council a figure is for, so the
 * rows are listed, as written, in a comment where the officer can make them measures by hand.
 */

/** Where a table of measures names its measures and their targets, and the header's texts. */
export interface MeasureHeader {
  row: number;
  name: number;
  target: number;
  names: string[];
}

const NAME = /\b(measures?|indicators?|kpis?|pis?|metrics?)\b/;
const TARGET = /\b(targets?|thresholds?)\b/;

function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The header of a table of measures, in one of its first two rows: a Measure (or Indicator) column and a Target column. */
export function measureHeader(grid: readonly GridCell[][]): MeasureHeader | undefined {
  for (let r = 0; r < Math.min(2, grid.length); r++) {
    const names = grid[r]!.map((g) => g.text.replace(/\s+/g, ' ').trim());
    // A header cell is a few words, never a sentence.
    if (names.some((t) => t.split(' ').length > 6 || /[.;]\s/.test(t))) continue;
    const name = names.findIndex((t) => NAME.test(words(t)));
    const target = names.findIndex((t, c) => c !== name && TARGET.test(words(t)));
    if (name >= 0 && target >= 0 && names.length >= 3) return { row: r, name, target, names };
  }
  return undefined;
}

/** Each row under the header as "name: Target 5%; Actual 33%", the cells as written; rows with no name are skipped. */
export function possibleMeasures(grid: readonly GridCell[][], header: MeasureHeader): string[] {
  return grid.slice(header.row + 1).flatMap((cells) => {
    const name = cells[header.name]?.text.replace(/\s+/g, ' ').trim();
    if (!name) return [];
    const rest = cells
      .map((g, c) =>
        c === header.name || !g.origin ? '' : `${header.names[c] || `column ${c + 1}`} ${g.text.replace(/\s+/g, ' ').trim() || '(blank)'}`,
      )
      .filter(Boolean);
    return [`${name}: ${rest.join('; ')}`];
  });
}

/** The comment listing a table's possible measures, and where they would go. */
export function measureTableComment(where: string, header: MeasureHeader, measures: readonly string[], q: Quarter): string[] {
  return [
    `Possible measures (${where}: ${header.names.join(' | ')}), as the document writes them; plan did not record them.`,
    `To track one, add it under its action's measures: with a unit, which way is better and a target per council,`,
    `and its value under updates: ${q}: measures: (docs/plan-format.md "Measures").`,
    ...measures.map((m) => `  - ${m}`),
  ];
}
