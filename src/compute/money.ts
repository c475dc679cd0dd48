import { percentOf } from './rounding.js';

/** Money and percentages as committee papers write them, en-GB. Every figure in the report passes through here. */

/**
 * "1,234,567": a whole number with en-GB thousands separators. Written out rather than asking
 * Intl.NumberFormat, whose first use loads locale data (~25 ms of every report's start-up); a test
 * checks it against Intl for money-sized numbers.
 */
export function groupThousands(whole: number): string {
  const sign = whole < 0 ? '-' : '';
  const digits = String(Math.abs(whole));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = (end > 3 ? ',' : '') + digits.slice(Math.max(0, end - 3), end) + out;
  return sign + out;
}

/** "£53,726". Whole pounds; never "-0". */
export function formatMoney(amount: number): string {
  const whole = Math.round(amount) || 0;
  return whole < 0 ? `–£${groupThousands(-whole)}` : `£${groupThousands(whole)}`;
}

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
  const to = decimals === 0 ? 'the nearest whole percent' : `${decimals} decimal place${decimals === 1 ? '' : 's'}`;
  return `Percentages are rounded to ${to}, halves rounded up; amounts are in whole pounds.`;
}

/** "Cost and efficiency savings" from "cost and efficiency savings". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "CDC and SNC", "CDC, SNC and WDC". */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
