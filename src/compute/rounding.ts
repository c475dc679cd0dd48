/**
 * The one rounding rule of plan: round half up (away from zero for the non-negative values plan rounds),
 * done in exact integer arithmetic so that 0.5 is never 0.49999… . Every percentage and every pound
 * amount that is not a whole number goes through here. Keep in sync with the sentence the report prints
 * about rounding (`roundingSentence` in compute/format.ts).
 */

/** `numerator / denominator` rounded half up to a whole number. Both must be non-negative integers. */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  if (numerator < 0n) throw new RangeError('numerator must not be negative');
  return (2n * numerator + denominator) / (2n * denominator);
}

/**
 * `part / whole × 100`, rounded half up to `decimals` places, as a decimal string ("71.6"), or
 * undefined when there is no whole to divide by. Never NaN, Infinity or "-0".
 */
export function percentOf(part: number, whole: number, decimals: number): string | undefined {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || whole <= 0 || part < 0) return undefined;
  const scale = 10n ** BigInt(decimals);
  const scaled = divideHalfUp(BigInt(part) * 100n * scale, BigInt(whole));
  if (decimals === 0) return scaled.toString();
  const digits = scaled.toString().padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** `amount × numerator / denominator` in whole pounds, rounded half up (e.g. ¾ of a target). */
export function shareOf(amount: number, numerator: number, denominator: number): number {
  return Number(divideHalfUp(BigInt(amount) * BigInt(numerator), BigInt(denominator)));
}
