import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { mentions, QUARTER_OWN, sentencesOf } from './narrative-amounts.js';
import { wordsOf } from './narrative-rules.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { type ActionRef, achievedIn, at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A narrative that gives a council's share of its target ("LVCC is at 37% of its annual target")
 * which its own figures do not: most often the sentence kept from the quarter before, its percentage
 * not typed over. The report prints the words beside the share it works out, so committee would read
 * two figures for one thing.
 */

/** "37% of its annual target", "63 per cent of the savings target". */
const SHARE_OF_TARGET =
  /\b(\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent)\s+of\s+(?:(?:its|the|their|our)\s+)?(?:(?:annual|yearly|year's|full[- ]year|\d{4}\/\d{2})\s+)?(?:(?:savings?|income|rebates?)\s+)?target\b/gi;
/** Words before a share that make it rough: "over 60%", "nearly two thirds". */
const ROUGHLY =
  /\b(?:within|inside|about|around|almost|nearly|over|more than|less than|under|just|roughly|approximately|circa|some|above|below|up to|at least|c\.)\s*$/i;
/** Words that put a share in another time: "up from 37% last quarter", "was 37% at Q2". */
const OTHER_TIME =
  /\b(?:last|previous|prior|next) (?:quarter|year|month)|\bwas\b|\bwere\b|\bfrom\b|\bby (?:march|year[- ]end|the end)|\bexpect|\bforecast|\bwill\b|\bwould\b|\bcould\b|\bcounting\b|\bincluding\b|\bQ[1-4]\b/i;
/** A share within this many points of the figures' own is theirs, however rounded. */
const ROUNDING = 1;

type Share = { code: string; said: number; words: string };

/** The shares of target one update's words give each council. */
function sharesSaid(update: Record<string, unknown>, names: ReadonlyMap<string, readonly string[]>, only: string | undefined): Share[] {
  return sentencesOf(update).flatMap((sentence) => {
    // A share of the quarter's own ("25% of its annual target in the quarter") is no share so far.
    if (OTHER_TIME.test(sentence) || QUARTER_OWN.test(sentence)) return [];
    const named = mentions(sentence, names);
    return [...sentence.matchAll(SHARE_OF_TARGET)].flatMap((m) => {
      if (ROUGHLY.test(sentence.slice(0, m.index))) return [];
      const code = named.filter((n) => n.at < m.index).pop()?.code ?? (named.length === 0 ? only : undefined);
      return code === undefined ? [] : [{ code, said: Number(m[1]), words: m[0] }];
    });
  });
}

/** The share of its target a council's figures give at a quarter, in per cent. */
const shareAt = (updates: Record<string, unknown>, q: Quarter, code: string, target: number): number | undefined => {
  const got = achievedIn(updates, q).get(code);
  return got === undefined || target <= 0 ? undefined : (100 * got) / target;
};

function actionShares(ref: ActionRef, names: ReadonlyMap<string, readonly string[]>): Diagnostic[] {
  const targets = new Map(numberEntries(asDict(ref.action.target)?.amounts));
  const only = targets.size === 1 ? [...targets.keys()][0] : undefined;
  const updates = asDict(ref.action.updates) ?? {};
  const out: Diagnostic[] = [];
  QUARTERS.forEach((q: Quarter, i) => {
    const update = asDict(updates[q]);
    if (!update) return;
    for (const share of sharesSaid(update, names, only)) {
      const target = targets.get(share.code);
      const real = target === undefined ? undefined : shareAt(updates, q, share.code, target);
      if (target === undefined || real === undefined || Math.abs(real - share.said) <= ROUNDING) continue;
      const got = achievedIn(updates, q).get(share.code)!;
      // The percentage typed as the figure itself is said by the rule for figures the words give as something else.
      if (got === share.said) continue;
      // A total that fell since the quarter before is said as such (figure-scale.ts), the words among its evidence.
      const was = QUARTERS.slice(0, i).map((p) => achievedIn(updates, p).get(share.code));
      if (was.some((v) => v !== undefined && v > got)) continue;
      const before = QUARTERS.slice(0, i).findLast((p) => {
        const then = shareAt(updates, p, share.code, target);
        return then !== undefined && Math.abs(then - share.said) <= ROUNDING;
      });
      const wording = say.shareNotAsFigures({
        quarter: q,
        code: share.code,
        said: share.words,
        real: Math.round(real),
        achieved: formatMoney(got),
        target: formatMoney(target),
        before,
      });
      out.push(problem(ref.f, offsetOf(ref, q, share.words), 'warning', 'share-not-as-figures', wording));
    }
  });
  return out;
}

/** Where the words stand in the update, for the message's place: the update's own place when they are not found as written. */
function offsetOf(ref: ActionRef, q: Quarter, words: string): number {
  const start = at(ref.f, [...ref.path, 'updates', q]);
  const found = ref.f.file.text.indexOf(words, start);
  return found === -1 ? start : found;
}

export const sharesAsFigures: Rule = (ctx) => {
  const { names } = wordsOf(ctx);
  return eachAction(ctx).flatMap((ref) => actionShares(ref, names));
};
