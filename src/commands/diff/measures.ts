import type { QuarterDiff } from '../../compute/diff.js';
import type { MeasureUnit } from '../../plan/measure-model.js';
import { formatMeasure } from '../../report/measures.js';

/** `plan diff`'s lines for measures that moved: "1 contract-waivers, waivers approved:", "  WBC: 12 → 11 (↓ better)". */
export function measureDiffLines(diff: QuarterDiff): string[] {
  return diff.measures.flatMap((m) => [
    `${m.section} ${m.id}, ${m.name}:`,
    ...m.councils.map((c) => {
      const shown = (v: number) => formatMeasure(m.unit as MeasureUnit, v);
      const arrow = c.to > c.from ? '↑' : '↓';
      return `  ${c.code}: ${shown(c.from)} → ${shown(c.to)} (${arrow} ${c.direction})`;
    }),
  ]);
}
