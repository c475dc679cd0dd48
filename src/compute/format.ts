import { formatMoney } from '../shared/numbers.js';
import { capitalise, plural } from '../shared/words.js';
import { percentOf } from './rounding.js';
import type { ActionFigures } from './savings.js';

/** Percentages and pace as committee papers write them, en-GB; money itself is written by shared/numbers.ts. */

/** "72%", or "n/a" when there is nothing to divide by. */
export function formatPercent(part: number, whole: number, decimals: number): string {
  const value = percentOf(part, whole, decimals);
  return value === undefined ? 'n/a' : `${value}%`;
}

/** "£2,524 behind" / "£1,000 ahead" / "on pace", for a difference from the expected pace. */
export function formatPaceGap(gap: number): string {
  if (gap === 0) return 'on pace';
  return gap < 0 ? `${formatMoney(-gap)} behind` : `${formatMoney(gap)} ahead`;
}

/** The rounding rule, stated in the document so readers know how the percentages were made. */
export function roundingSentence(decimals: number): string {
  const to = decimals === 0 ? 'the nearest whole percent' : plural(decimals, 'decimal place');
  return `Percentages are rounded to ${to}, halves rounded up; amounts are in whole pounds.`;
}

/** A target's chart, named and described in words (its alt text in Word, the PDF and the web page). */
export function chartWords(f: ActionFigures): { title: string; description: string } {
  const q = f.quarter;
  return {
    title: `${capitalise(f.measure)}: ${f.achievedLabel} against target, end of ${q}`,
    description: f.councils
      .map(
        (c) =>
          `${c.name}: ${formatMoney(c.achieved)} ${f.achievedLabel} of a ${formatMoney(c.target)} target (${formatMoney(c.expected)} expected by end of ${q}).`,
      )
      .join(' '),
  };
}

/** About this many steps on a chart's scale. */
const SCALE_STEPS = 5;

/**
 * A chart's money scale: from £0 to `max` in steps of `step`, a round step (1, 2, 2.5 or 5 times a
 * power of ten, always whole pounds) giving about five steps up to the largest amount. Word, the PDF and the
 * web page all draw this one scale, so their grid lines and amounts agree.
 */
export function chartScale(amounts: readonly number[]): { max: number; step: number } {
  const largest = Math.max(1, ...amounts);
  const rough = largest / SCALE_STEPS;
  const power = 10 ** Math.floor(Math.log10(rough));
  // 2.5 only where it makes whole pounds (£25, £250 ...): the page writes its amounts in whole pounds.
  const steps = power >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  const step = Math.max(1, steps.map((m) => m * power).find((s) => s >= rough)!);
  return { max: Math.ceil(largest / step) * step, step };
}
