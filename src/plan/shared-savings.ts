import { asDict, numberEntries } from '../input/check-yaml.js';
import { AMOUNT, mentions, pounds, sentencesOf } from './narrative-amounts.js';
import { previousQuarter, QUARTERS, type Quarter } from './quarters.js';

/**
 * A saving the words say two or more councils share ("it saves \u00a318,000 this year, split half and
 * half, so \u00a39,000 each is in their totals") counted in full by one of them: the council's figure
 * rose from the quarter before by exactly the whole, where its share is what the words put in its
 * total. Held only where the whole is the shares together and the words give that council no other
 * amount in the quarter (a rise of the whole could otherwise be its share and another saving).
 */

type Dict = Record<string, unknown>;
type Names = ReadonlyMap<string, readonly string[]>;

export interface SharedWhole {
  quarter: Quarter;
  code: string;
  value: number;
  /** The figure with the council's share in place of the whole. */
  write: number;
  /** The quarter before and its figure (0 and undefined in Q1). */
  before: { quarter: Quarter | undefined; value: number };
  /** The whole and the share, as written ("\u00a318,000"; the share may be the whole shared out). */
  whole: string;
  share: number;
  /** The words that say it is shared, and the other councils it is shared with. */
  words: string;
  partners: string[];
}

const SHARED =
  /\b(?:split (?:half and half|equally|evenly|50[:/-]50|(?:equally |evenly )?between)|shared (?:equally|evenly|half and half|between)|half and half|half each|(?:in|into) equal (?:shares|parts))\b/i;
const EACH = /^\s*(?:each|apiece|to each|for each)\b/i;

interface Shared {
  codes: string[];
  whole: number;
  wholeSaid: string;
  share: number;
  words: string;
}

/** The shared saving a sentence gives, if it gives one whose shares make the whole. */
function sharedIn(sentence: string, names: Names): Shared | undefined {
  const words = sentence.match(SHARED)?.[0];
  if (!words) return undefined;
  const codes = [...new Set(mentions(sentence, names).map((n) => n.code))];
  const amounts = [...sentence.matchAll(AMOUNT)].map((m) => ({
    value: pounds(m),
    said: m[0].trim(),
    each: EACH.test(sentence.slice(m.index + m[0].length)),
  }));
  const wholes = amounts.filter((a) => !a.each);
  if (codes.length < 2 || wholes.length === 0) return undefined;
  const whole = wholes.reduce((a, b) => (b.value > a.value ? b : a));
  // "EWDC's \u00a312,600 is its \u00a36,000 half of that saving and \u00a36,600 of its own": the largest is the parts added up.
  const parts = amounts.filter((a) => a !== whole);
  if (parts.length >= 2 && parts.reduce((sum, a) => sum + a.value, 0) === whole.value) return undefined;
  const share = amounts.find((a) => a.each)?.value ?? whole.value / codes.length;
  if (!Number.isInteger(share) || share * codes.length !== whole.value) return undefined;
  return { codes, whole: whole.value, wholeSaid: whole.said, share, words };
}

/** Each council's figure of an action that counts a shared saving's whole where its share belongs. */
export function sharedWholes(action: Dict, names: Names): SharedWhole[] {
  const updates = asDict(action.updates) ?? {};
  const figures = (q: Quarter | undefined) => Object.fromEntries(numberEntries(asDict(asDict(q && updates[q])?.achieved)));
  return QUARTERS.flatMap((q) => {
    const update = asDict(updates[q]);
    const [now, p] = [figures(q), previousQuarter(q)];
    // With no figures there is nothing a shared whole could be counted in: its words are not read.
    if (!update || Object.keys(now).length === 0) return [];
    const sentences = sentencesOf(update);
    const before = figures(p);
    return sentences.flatMap((sentence) => {
      const shared = sharedIn(sentence, names);
      if (!shared) return [];
      return shared.codes.flatMap((code): SharedWhole[] => {
        const [value, was] = [now[code], p ? before[code] : 0];
        if (value === undefined || was === undefined || value - was !== shared.whole) return [];
        const otherAmounts = sentences.some((s) => s !== sentence && saysAmountOf(s, code, names));
        if (otherAmounts) return [];
        const partners = shared.codes.filter((c) => c !== code);
        const at = { quarter: p, value: was };
        return [
          {
            quarter: q,
            code,
            value,
            write: value - shared.whole + shared.share,
            before: at,
            whole: shared.wholeSaid,
            share: shared.share,
            words: shared.words,
            partners,
          },
        ];
      });
    });
  });
}

/** A sentence that gives `code` an amount of money (names it before an amount). */
function saysAmountOf(sentence: string, code: string, names: Names): boolean {
  const named = mentions(sentence, names).filter((n) => n.code === code);
  return named.some((n) => [...sentence.matchAll(AMOUNT)].some((m) => m.index > n.at));
}
