import type { Target } from '../plan/model.js';
import { QUARTERS_PER_YEAR, type Quarter, quarterIndex } from '../plan/quarters.js';
import type { SavingsProfile } from '../plan/schedule.js';
import { percentOf, shareOf } from './rounding.js';

/**
 * The pace a money target is expected to keep: a straight line (25% of the annual target a quarter)
 * or its savings profile (e.g. 10/20/30/40%). Shares are kept in hundredths of a percent so that every
 * sum is exact, and the expected amount is rounded once, half up, by rounding.ts.
 */

/** Hundredths of a percent in a whole target. */
const WHOLE = 10000;

/** A straight line: a quarter of the target each quarter. */
export const STRAIGHT_LINE: SavingsProfile = {
  shares: [WHOLE / QUARTERS_PER_YEAR, WHOLE / QUARTERS_PER_YEAR, WHOLE / QUARTERS_PER_YEAR, WHOLE / QUARTERS_PER_YEAR],
  source: 'straight',
};

/** The profile a target follows. */
export function profileOf(target: Pick<Target, 'profile'> | undefined): SavingsProfile {
  return target?.profile ?? STRAIGHT_LINE;
}

/** The share of the annual target expected by the end of `quarter`, in hundredths of a percent: Q4 is always 10000. */
export function expectedShare(profile: SavingsProfile, quarter: Quarter): number {
  return profile.shares.slice(0, quarterIndex(quarter) + 1).reduce((a, b) => a + b, 0);
}

/** What the profile expects of `target` pounds by the end of `quarter`, in whole pounds, rounded half up. */
export function expectedBy(target: number, profile: SavingsProfile, quarter: Quarter): number {
  return shareOf(target, expectedShare(profile, quarter), WHOLE);
}

/** Hundredths of a percent as the plan writes percent: 1250 → "12.5", 2500 → "25". */
export function percentWritten(hundredths: number): string {
  return (percentOf(hundredths, WHOLE, 2) ?? '0').replace(/\.?0+$/, '');
}

/** The quarters' shares as the report writes them: "10/20/30/40%". */
export function profileWords(profile: SavingsProfile): string {
  return `${profile.shares.map(percentWritten).join('/')}%`;
}

/** Whose profile it is, for the report: "the plan's profile 10/20/30/40%", "its own profile …", "a straight line". */
export function profileName(profile: SavingsProfile): string {
  if (profile.source === 'straight') return 'a straight-line pace';
  return `${profile.source === 'plan' ? "the plan's" : 'its own'} profile ${profileWords(profile)}`;
}
