import type { Quarter } from '../plan/quarters.js';

/**
 * Percentages in an imported action's text, such as "Spend without POs currently running at 33% in
 * Q2": possibly a measure. plan does not guess which measure or council a figure belongs to, so the
 * text stays as it is and a comment beside the action lists them, with where a measure would go.
 */

const PERCENT = /(?<![\d.,])\d{1,3}(?:\.\d+)?\s?%/g;

export function percentsIn(text: string): string[] {
  return [...text.matchAll(PERCENT)].map((m) => m[0].replace(/\s/g, ''));
}

/** The comment beside an action whose text mentions percentages. */
export function measureComment(percents: readonly string[], q: Quarter): string[] {
  if (percents.length === 0) return [];
  return [
    `Percentages in the text: ${[...new Set(percents)].join(', ')}. They stay in the text. If one is a measure tracked per council`,
    `(e.g. spend without a purchase order, lower is better), add it under the action's measures: and its value`,
    `under updates: ${q}: measures: (docs/plan-format.md "Measures").`,
  ];
}
