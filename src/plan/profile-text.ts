import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { at, eachAction, lineOfWords, problem, type RuleContext } from './rule-context.js';

/**
 * A target's profile typed in another order than the action's text gives its shares: copied from a
 * finance system that lists calendar quarters (January to March first), or read from the last
 * quarter back. The shares still add up to 100, so nothing else stops it; every quarter's expected
 * figure is then wrong. Found when a sentence of the text gives four percentages adding up to 100 in
 * quarter order ("10%, 20%, 30% and 40%, from the first quarter to the last") and the profile is the
 * same shares in another order.
 */

/** A share, with the quarter it is for when the text says ("Q1 10%", "Q2: 20%"). */
const SHARE = '(?:(Q[1-4])\\s*:?\\s*)?(\\d+(?:\\.\\d+)?)\\s*%';
const AND = '\\s*(?:,\\s*(?:and\\s+)?|\\band\\s+)';
const SHARES = new RegExp(`${SHARE}${AND}${SHARE}${AND}${SHARE}${AND}${SHARE}`, 'g');
/** Words that the shares are given by quarter of the financial year, and words that they are not. */
const BY_QUARTER = /\b(?:profile|quarters?|Q[1-4])\b/i;
const NOT_IN_ORDER = /\b(?:calendar|january|jan|reverse|backwards?|last (?:quarter )?first)\b/i;

type ProfileOrder = 'calendar' | 'reversed' | 'other';

export interface ProfileSlip {
  typed: number[];
  said: number[];
  words: string;
  order: ProfileOrder;
}

/** The four shares a sentence of the text gives in quarter order, with their words; undefined when none or two. */
function textShares(text: string): { said: number[]; words: string } | undefined {
  const found = text.split(/[.;](?:\s|$)/).flatMap((sentence) =>
    [...sentence.matchAll(SHARES)]
      // Quarters named must be Q1 to Q4 in turn: shares listed in another order are not the quarters' order.
      .filter((m) => [1, 3, 5, 7].every((g, i) => m[g] === undefined || m[g]!.toUpperCase() === `Q${i + 1}`))
      .map((m) => ({ said: [2, 4, 6, 8].map((g) => Number(m[g])), words: m[0] }))
      .filter((s) => Math.abs(s.said.reduce((a, b) => a + b, 0) - 100) < 0.01 && BY_QUARTER.test(sentence) && !NOT_IN_ORDER.test(sentence)),
  );
  return found.length === 1 ? found[0] : undefined;
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const rotated = (a: readonly number[], k: number) => a.map((_, i) => a[(i - k + a.length) % a.length]!);

/** The profile's shares, when they are the text's in another order. */
export function profileAgainstText(text: string, profile: unknown): ProfileSlip | undefined {
  if (!Array.isArray(profile) || profile.length !== 4 || !profile.every((v) => typeof v === 'number')) return undefined;
  const typed = profile as number[];
  const shares = textShares(text);
  if (!shares || same(typed, shares.said)) return undefined;
  const sorted = (a: readonly number[]) => [...a].sort((x, y) => x - y);
  if (!same(sorted(typed), sorted(shares.said))) return undefined;
  // The financial year's Q4 (January to March) is a calendar-year system's first quarter.
  const order: ProfileOrder = same(typed, rotated(shares.said, 1))
    ? 'calendar'
    : same(typed, [...shares.said].reverse())
      ? 'reversed'
      : 'other';
  return { typed, ...shares, order };
}

export const profilesAsText = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const slip =
      typeof ref.action.action === 'string' ? profileAgainstText(ref.action.action, asDict(ref.action.target)?.profile) : undefined;
    if (!slip) continue;
    const line = lineOfWords(ref, ['action'], slip.words);
    const wording = say.profileNotAsText({ ...slip, line });
    out.push(problem(ref.f, at(ref.f, [...ref.path, 'target', 'profile'], true), 'warning', 'profile-against-text', wording));
  }
  return out;
};
