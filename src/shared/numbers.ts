/** Whole numbers and money as committee papers write them, en-GB. Every amount plan prints passes through here. */

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

/** "+£13,726", "–£500", "no change": a change in money, signed. */
export function formatMoneyChange(delta: number): string {
  if (delta === 0) return 'no change';
  return delta > 0 ? `+${formatMoney(delta)}` : `–${formatMoney(-delta)}`;
}

/** The middle value of a non-empty list (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
