import { asDict } from '../input/check-yaml.js';
import { escapeRegExp } from '../shared/words.js';
import { type OtherAmount, otherAmount } from './other-amounts.js';

/**
 * The amounts a narrative (and the councils' notes) of an update gives, each tied to the council
 * named before it in its sentence and to what kind of amount its words make it: achieved (saved,
 * secured, so far), pending (in negotiation), last year's closing total, the councils' total
 * together, the amount still to achieve, or the quarter's own. Read from the written text or the
 * loaded plan's, so that the figures can be checked against what the officer wrote in words.
 */

type AmountKind = 'achieved' | 'pending' | 'lastYear' | 'total' | 'toGo' | 'own';

export interface SaidAmount {
  /** The council the sentence ties it to; none for a total of the councils together. */
  code: string | undefined;
  kind: AmountKind;
  value: number;
  /** As written: "\u00a327,600". */
  said: string;
  /** Its sentence gives it as a running total ("so far", "to date", the target's word "secured"), not a part. */
  running: boolean;
  /** The words right beside it, inside its own clause or bracket: "(full-year effect £31,500 from 2042/43". */
  near?: string;
  /** What the words make it other than a council's figure for the year so far (other-amounts.ts). */
  other?: OtherAmount;
  /** Its sentence makes it a part of the figure: "plus \u00a34,000", "\u00a310,500 from parish support; the rest is training". */
  part?: true;
}

/** Words that make a sentence's amount a part of the council's figure, not the whole. */
const PART_OF = /\b(?:plus|the rest|the remainder|the balance|as well as|on top of|in addition|of which|among them|part of)\b/i;

/** The target's own words for its amounts achieved and pending, when it has them. */
export interface Labels {
  achieved?: string | undefined;
  pending?: string | undefined;
  /** The words are the action's text, read for its targets: a target there is the figure. */
  forTarget?: boolean;
}

/** Words that make an amount a total so far: "so far", "year to date", "in total". */
export const TOTAL_WORDS = /\b(?:so far|to date|year[- ]to[- ]date|ytd|cumulative\w*|in total|total)\b/i;

/** Text of a narrative, written (a string) or loaded (paragraphs and bullets of spans). */
export function plainText(narrative: unknown): string {
  if (typeof narrative === 'string') return narrative;
  if (!Array.isArray(narrative)) return '';
  return narrative
    .map((block) => (asDict(block)?.inlines as unknown[] | undefined)?.map((i) => String(asDict(i)?.text ?? '\n')).join('') ?? '')
    .join('\n');
}

export const AMOUNT = /\u00a3\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(k|m)?\b/gi;

export function pounds(m: RegExpMatchArray): number {
  const whole = Number(`${m[1]!.replace(/,/g, '')}.${m[2] ?? '0'}`);
  const scale = m[3]?.toLowerCase() === 'k' ? 1000 : m[3]?.toLowerCase() === 'm' ? 1e6 : 1;
  return Math.round(whole * scale);
}

/** "in the quarter alone", "this quarter", "during the quarter", "in-quarter", "Q3 alone": the quarter's own. */
export const QUARTER_OWN = /\b(?:(?:in|during|over|for) the quarter|this quarter|quarter alone|in-quarter|q[1-4] alone)\b/i;

const KIND_WORDS: readonly [Exclude<AmountKind, 'achieved' | 'own'>, RegExp][] = [
  [
    'pending',
    /\b(?:pending|in negotiation|under negotiation|being negotiated|in the pipeline|not yet (?:secured|signed|agreed|confirmed)|awaiting (?:sign[- ]?off|signature|approval))\b/i,
  ],
  [
    'lastYear',
    /\b(?:last year|previous year|prior year|the year before|closed (?:at|on|with)|closing (?:total|figure|position)|brought forward|outturn)\b/i,
  ],
  [
    'total',
    /\b(?:across (?:the |all )?(?:(?:two|three|four|five) )?(?:partnership|councils|group)|the partnership as a whole|partnership total|combined|all (?:two|three|four|five) councils|the councils together|together,? the (?:two|three|four|five) councils|(?:the (?:two|three|four|five)|both) councils (?:together|between them|have|had|earned|saved|secured|achieved|invoiced|made)|between them|in all)\b/i,
  ],
  [
    'toGo',
    /\b(?:still to (?:achieve|secure|save|find|deliver|go)|left to (?:achieve|secure|save|find)|to go|short of (?:the|its|their|our)\b|shortfall|remaining to)\b|^\s*(?:short|behind)\b/i,
  ],
];
const ACHIEVED_WORDS = /\b(?:achieved|saved|savings?|secured|so far|to date|year[- ]to[- ]date|delivered|income)\b/i;

function kindIn(text: string, pendingLabel: string | undefined): AmountKind | undefined {
  if (pendingLabel && text.toLowerCase().includes(pendingLabel.toLowerCase())) return 'pending';
  return KIND_WORDS.find(([, re]) => re.test(text))?.[0];
}

/** Where each council is named in a sentence: its code ("FDC", "FDC's") or its name ("Fenholt District Council", "Fenholt"). */
export function mentions(sentence: string, names: ReadonlyMap<string, readonly string[]>): { code: string; at: number }[] {
  const out: { code: string; at: number }[] = [];
  // Most sentences name few councils: a pattern is made only for a name the sentence holds.
  for (const [code, words] of names)
    for (const word of [code, ...words])
      if (sentence.includes(word))
        for (const m of sentence.matchAll(new RegExp(`\\b${escapeRegExp(word)}\\b`, 'g'))) out.push({ code, at: m.index });
  return out.sort((a, b) => a.at - b.at);
}

/** The words between an amount and the council it is for: "\u00a360,000 for Ashcombe", "\u00a35,000 at NDC", "\u00a36,500 on behalf of SBC". */
const FOR_COUNCIL = /^\s*(?:(?:a|per|each|every)\s+(?:year|annum|quarter)\s+)?(?:for|at|by|in|on behalf of|to)\s+(?:the\s+)?$/i;

/** The amounts of one sentence, each with its council and kind. */
function sentenceAmounts(sentence: string, names: ReadonlyMap<string, readonly string[]>, labels: Labels, year?: string): SaidAmount[] {
  const pendingLabel = labels.pending;
  const amounts = [...sentence.matchAll(AMOUNT)];
  if (amounts.length === 0) return [];
  const named = mentions(sentence, names);
  const own = QUARTER_OWN.test(sentence);
  const lead = sentence.slice(0, amounts[0]!.index);
  const running = TOTAL_WORDS.test(sentence) || (!!labels.achieved && sentence.toLowerCase().includes(labels.achieved.toLowerCase()));
  const leadKind = kindIn(lead, pendingLabel);
  return amounts.map((m, i) => {
    const start = m.index!;
    const end = start + m[0].length;
    const before = sentence.slice(i === 0 ? 0 : amounts[i - 1]!.index! + amounts[i - 1]![0].length, start);
    // "\u00a360,000 for Ashcombe": the council named right after the amount, else the last one named before it.
    const forCouncil = named.find((n) => n.at >= end && FOR_COUNCIL.test(sentence.slice(end, n.at)));
    const code = (forCouncil ?? named.filter((n) => n.at < start).pop())?.code;
    // The words just after an amount (and the council it is for), up to the next council named or the
    // next amount: "\u00a35,400 in negotiation", "\u00a36,500 for SBC is awaiting sign-off".
    const nextAt = Math.min(
      ...named.filter((n) => n.at >= end && n !== forCouncil).map((n) => n.at),
      amounts[i + 1]?.index ?? sentence.length,
    );
    const after = sentence.slice(end, nextAt).split(/,|\band\b|\bwith\b|\bwhile\b|\bbut\b/)[0]!;
    const near = kindIn(after, pendingLabel) ?? kindIn(before.replace(/^.*,/, ''), pendingLabel);
    let kind: AmountKind = own ? 'own' : (near ?? (leadKind === 'total' ? undefined : leadKind) ?? 'achieved');
    if (near === 'total' || (code === undefined && kind === 'achieved' && !ACHIEVED_WORDS.test(sentence))) kind = 'total';
    const beside = `${before.split(/[(),;:]/).pop()} ${m[0]} ${sentence.slice(end, amounts[i + 1]?.index ?? sentence.length).split(/[(),;]/)[0]}`;
    const other = otherAmount(sentence, start, end, year);
    // "a \u00a3500 credit": one sum, a part of whatever total the sentence gives.
    const one = /\b(?:a|an|one|another|each)\s+$/i.test(before);
    const amount = {
      code: kind === 'total' ? undefined : code,
      kind,
      value: pounds(m),
      said: m[0].trim(),
      running: running && !one,
      near: beside,
    };
    const part = PART_OF.test(sentence) ? { part: true as const } : {};
    return other ? { ...amount, ...part, other } : { ...amount, ...part };
  });
}

/**
 * The amounts an update's narrative and notes give. `names` maps each council's code to its names
 * in words (the full name, and the name without "Council" and the like); `labels` are the target's
 * words for its amounts ("secured", "in negotiation"), when it has them.
 */
export function saidAmounts(
  update: Record<string, unknown>,
  names: ReadonlyMap<string, readonly string[]>,
  labels: Labels = {},
  year?: string,
): SaidAmount[] {
  let last: string | undefined;
  const sentences = sentencesOf(update);
  return sentences.flatMap((s, i) => {
    // "WBC had \u00a39,800; it now has \u00a315,400": "it" is the council the sentence before ended on.
    const sentence = last === undefined ? s : s.replace(PRONOUN, (_, space: string, its?: string) => `${space}${last}${its ? "'s" : ''}`);
    // "UWC reached \u00a341,300. A further \u00a33,200 \u2026": a further sum of the council the sentence before named.
    const further = last !== undefined && FURTHER.test(sentence) && mentions(sentence, names).length === 0;
    last = mentions(sentence, names).pop()?.code ?? last;
    const amounts = sentenceAmounts(further ? `${last}: ${sentence.trim()}` : sentence, names, labels, year);
    // "\u00a310,500 from parish support; the rest is training income": the next clause makes it a part.
    return REST.test(sentences[i + 1] ?? '') ? amounts.map((a) => ({ ...a, part: true as const })) : amounts;
  });
}

/** A clause that starts with the rest of a figure: "the rest is training income". */
const REST = /^\s*(?:and\s+)?(?:the rest|the remainder|the balance|the other)\b/i;

/** "A further \u00a33,200", "Another \u00a3500" starting a sentence: more of the council the sentence before named. */
const FURTHER = /^\s*(?:a further|another|a further sum of)\s+\u00a3/i;

/** "it" or "its" starting a sentence: the council of the sentence before. */
const PRONOUN = /^(\s*)it(s)?\b(?!')/i;

/**
 * The sentences of an update's narrative and notes. A line that runs on into the next (it ends with
 * no stop, and the next is no bullet) is one sentence with it: text wrapped in the editor.
 */
export function sentencesOf(update: Record<string, unknown>): string[] {
  const notes = Object.entries(asDict(update.notes) ?? {})
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([code, text]) => `${code}: ${text}`);
  const text = [plainText(update.narrative), ...notes].join('\n').replace(/([^\s.!?;:])[ \t]*\n(?=[ \t]*[^\s\-*\u2022])/g, '$1 ');
  return text.split(/[.!?;](?:\s|$)|\n/);
}

const PERCENT = /\b(\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent\b)/gi;

/**
 * The percentages an update's words give a council ("LYD \u00a39,300, which is 62% of its target"),
 * each tied to the council named before it in its sentence: numbers that are not amounts of money.
 */
export function saidPercents(update: Record<string, unknown>, names: ReadonlyMap<string, readonly string[]>): SaidAmount[] {
  return sentencesOf(update).flatMap((sentence) => {
    const named = mentions(sentence, names);
    return [...sentence.matchAll(PERCENT)].flatMap((m): SaidAmount[] => {
      const code = named.filter((n) => n.at < m.index).pop()?.code;
      if (code === undefined || !Number.isInteger(Number(m[1]))) return [];
      const words = sentence
        .slice(m.index)
        .split(/[;(]|,(?!\d{3})/)[0]!
        .trim()
        .slice(0, 60);
      const other: OtherAmount = { what: 'percent', words };
      return [{ code, kind: 'achieved', value: Number(m[1]), said: m[0], running: false, near: words, other }];
    });
  });
}

const SUFFIX = /\s+(?:(?:district|borough|city|county|metropolitan|town|parish)\s+)*council$/i;

/** Each council's names in words, from plan.yaml's councils ("FDC: Fenholt District Council", or `{ name: ... }`). */
export function councilNames(codes: readonly string[], councils: unknown): Map<string, string[]> {
  const declared = asDict(councils) ?? {};
  return new Map(
    codes.map((code) => {
      const value = declared[code];
      const name = typeof value === 'string' ? value : asDict(value)?.name;
      if (typeof name !== 'string' || !name.trim()) return [code, []];
      const short = name.trim().replace(SUFFIX, '');
      return [code, [...new Set([name.trim(), short].filter((n) => n.length >= 4))]];
    }),
  );
}
