import { asDict, numberEntries } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { labelsMeant } from './label-swaps.js';
import { AMOUNT, plainText, pounds, QUARTER_OWN, type SaidAmount, saidAmounts, sentencesOf, TOTAL_WORDS } from './narrative-amounts.js';
import { previousQuarter, QUARTERS, type Quarter } from './quarters.js';

/**
 * Figures copied or carried inside one action and not overtyped: a quarter's achieved figures pasted
 * over the target, the achieved lines copied to make the pending ones, a measure line left as the
 * quarter before's while the other line moved, and a council's total written as the quarter's own
 * figure the narrative gives (or left as the quarter before's though the narrative gives a new one).
 * Each set compared is two or more uneven figures, so that the sameness cannot be chance. Pure
 * functions of an action's data (raw, or the loaded plan's), so that the status the figures would
 * rate is left alone while they are in doubt (src/compute/check-plan.ts).
 */

type Dict = Record<string, unknown>;
type Figures = Readonly<Record<string, number>>;

/** A slip found in an action: where (inside the action), what kind, and its quarter. */
export interface Carried {
  at: PathSegment[];
  quarter: Quarter;
  /** The other figures it is the same as, inside the action. */
  like: PathSegment[];
}

function numbersOf(part: unknown): Figures {
  return Object.fromEntries(numberEntries(part));
}

/** Two or more figures above zero, not all the same: another set having them all is no chance. */
function uneven(figures: Figures): boolean {
  const above = Object.values(figures).filter((v) => v > 0);
  return above.length >= 2 && new Set(above).size > 1;
}

/** Every council of `copy` has the same figure in `source`, and there are two or more uneven ones. */
function sameFigures(copy: Figures, source: Figures): boolean {
  const codes = Object.keys(copy);
  return uneven(copy) && codes.every((c) => Object.hasOwn(source, c) && source[c] === copy[c]);
}

const updateOf = (action: Dict, q: Quarter) => asDict(asDict(action.updates)?.[q]);

/** Words that say the targets were met: "takes both exactly to their targets", "met its annual target". */
const TARGET_MET =
  /\b(?:to|reach(?:ed|es|ing)?|met|meets?|meeting|hit|hits|achiev(?:ed|es|ing))\s+(?:(?:its|their|the|both|all)\s+)*(?:(?:annual|full[- ]year|year'?s)\s+)?targets?\b/i;

/**
 * The quarter whose achieved figures the target's amounts are, council for council, when the sameness
 * cannot be a target met: the figures are not round thousands, or they are reached before the year's
 * last quarter by figures that grew to them (not a one-off sum paid in full).
 */
export function targetAsAchieved(action: Dict): Quarter | undefined {
  const target = numbersOf(asDict(action.target)?.amounts);
  return [...QUARTERS].reverse().find((q, i) => {
    const achieved = numbersOf(updateOf(action, q)?.achieved);
    if (!sameFigures(target, achieved) || TARGET_MET.test(sentencesOf(updateOf(action, q) ?? {}).join(' '))) return false;
    if (Object.values(target).some((v) => v % 1000 !== 0)) return true;
    const p = previousQuarter(q);
    const before = p ? numbersOf(updateOf(action, p)?.achieved) : {};
    return i > 0 && Object.keys(target).every((c) => (before[c] ?? 0) > 0 && before[c]! < target[c]!);
  });
}

/** The quarters whose pending figures are their own achieved figures, council for council. */
export function pendingAsAchieved(action: Dict): Quarter[] {
  return QUARTERS.filter((q) => {
    const update = updateOf(action, q);
    return sameFigures(numbersOf(update?.pending), numbersOf(update?.achieved));
  });
}

/** Words that say figures stayed as they were: "unchanged", "no change", "the same as at Q2". */
const UNCHANGED =
  /\b(?:unchanged|no change|not changed|did not change|(?:stayed|stays|remain(?:s|ed)?) (?:the same|at|as)|the same as (?:at |in )?(?:Q[1-4]|last quarter))\b/i;

/**
 * Measure lines the same as the quarter before's, council for council, while another measure line of
 * the same update changed: the lines were copied to write the quarter and this one not overtyped.
 * Small counts may well stay the same for two councils, so three or more figures above zero count.
 */
export function measureLinesCarried(action: Dict): Carried[] {
  return QUARTERS.flatMap((q) => {
    const p = previousQuarter(q);
    const now = asDict(updateOf(action, q)?.measures);
    const before = p ? asDict(updateOf(action, p)?.measures) : undefined;
    // "No sessions were held in Q3, so the totals are unchanged": the words say the line stayed.
    if (!p || !now || !before || UNCHANGED.test(sentencesOf(updateOf(action, q) ?? {}).join(' '))) return [];
    const same = (id: string) =>
      Object.values(numbersOf(now[id])).filter((v) => v > 0).length >= 3 && sameFigures(numbersOf(now[id]), numbersOf(before[id]));
    const moved = Object.keys(now).some((id) => {
      const [a, b] = [numbersOf(now[id]), numbersOf(before[id])];
      return Object.keys(a).length > 0 && Object.entries(a).some(([c, v]) => Object.hasOwn(b, c) && b[c] !== v);
    });
    if (!moved) return [];
    return Object.keys(now)
      .filter(same)
      .map((id) => ({ at: ['updates', q, 'measures', id], quarter: q, like: ['updates', p, 'measures', id] }));
  });
}

/** Words that make an amount the total as it stands, not the quarter's: "no new savings this quarter (still \u00a312,600)". */
const STILL = /\b(?:still|remains? at|stays? at|unchanged at|no new|nothing new)\b/i;

/** Words that make the quarter's amount not yet achieved: pending, awaiting sign-off, counted in a later quarter. */
const NOT_YET =
  /\b(?:pending|awaiting|not yet|in negotiation|to be (?:signed|confirmed|invoiced)|counts? in Q[1-4]|will count|once (?:invoiced|signed|confirmed|paid))\b/i;

/** Words that make an amount a part of the quarter's or a near one: "also had", "including", "about". */
const PART_WORDS =
  /\b(?:gross|net|before|after|also|includ\w*|of which|part|parts|among|another|further|plus|about|around|nearly|almost|roughly|some|over|under|more than|less than|just|approximately|circa)\b/i;

type Own = { own: number; said: string; whole: boolean };

/**
 * The quarter's own amount a narrative gives each council, from sentences that name one council and
 * the quarter alone, and either one amount and no total, or two: the quarter's own and the total it
 * makes with the quarter before's figure (`then`), "\u00a35,600 in the quarter, taking it to \u00a39,800".
 * `whole`: the council's only sentence with an amount, with no word that makes it a part or a near one.
 */
function ownAmounts(narrative: unknown, codes: readonly string[], then: Figures): Map<string, Own> {
  const out = new Map<string, Own>();
  // A line wrapped in the editor runs on into the next: one sentence.
  const sentences = sentencesOf({ narrative });
  const naming = (code: string) => sentences.filter((s) => new RegExp(`\\b${code}\\b`).test(s) && /\u00a3\s?\d/.test(s));
  for (const [i, sentence] of sentences.entries()) {
    // "\u00a38,000 this quarter, pending sign-off", "(\u2026; counts in Q4 once invoiced)": not achieved in the quarter.
    if (!QUARTER_OWN.test(sentence) || STILL.test(sentence) || NOT_YET.test(`${sentence} ${sentences[i + 1] ?? ''}`)) continue;
    const named = codes.filter((c) => new RegExp(`\\b${c}\\b`).test(sentence));
    const amounts = [...sentence.matchAll(AMOUNT)];
    if (named.length !== 1) continue;
    const [code, first] = [named[0]!, amounts[0]];
    const whole = naming(code).length === 1 && !PART_WORDS.test(sentence);
    const own = { own: first ? pounds(first) : 0, said: first?.[0] ?? '', whole };
    if (amounts.length === 1 && !TOTAL_WORDS.test(sentence)) out.set(code, own);
    else if (amounts.length === 2 && then[code] !== undefined && own.own + then[code] === pounds(amounts[1]!)) out.set(code, own);
  }
  return out;
}

/** A council's total written as the quarter's own amount, or left as the quarter before's. */
export interface OwnFigure {
  code: string;
  quarter: Quarter;
  before: Quarter;
  value: number;
  previous: number;
  own: number;
  /** The amount as the narrative writes it: "£15,300". */
  said: string;
  /**
   * "own": the quarter's own amount written; "carried": the quarter before's total left; "summed":
   * the quarters' totals so far added up (the year's total taken for the sum of the quarters).
   */
  kind: 'own' | 'carried' | 'summed';
  /** For "summed": the earlier quarters whose totals were added. */
  added?: Quarter[];
}

/** The quarters before `q` whose achieved totals, added to the right total (or to the quarter's own amount), make `value`. */
function summedTotals(action: Dict, q: Quarter, code: string, value: number, right: number, own: number): Quarter[] | undefined {
  const earlier = QUARTERS.slice(0, QUARTERS.indexOf(q));
  const totals = earlier.map((e) => numbersOf(updateOf(action, e)?.achieved)[code] ?? 0);
  const sum = totals.reduce((a, b) => a + b, 0);
  return earlier.length >= 2 && totals.every((t) => t > 0) && (value === sum + right || value === sum + own) ? earlier : undefined;
}

/**
 * Achieved figures the narrative of their quarter contradicts: the quarter's own amount the narrative
 * gives written for the year's total (above the quarter before's, so no fall shows it), or the
 * quarter before's total left unchanged though the narrative gives an amount saved in the quarter.
 */
export function ownFigures(action: Dict): OwnFigure[] {
  return QUARTERS.flatMap((q) => {
    const p = previousQuarter(q);
    const update = updateOf(action, q);
    if (!p || !update) return [];
    const now = numbersOf(update.achieved);
    const then = numbersOf(updateOf(action, p)?.achieved);
    return [...ownAmounts(update.narrative, Object.keys(now), then)].flatMap(([code, { own, said, whole }]): OwnFigure[] => {
      const [value, previous] = [now[code]!, then[code]];
      if (previous === undefined || previous <= 0 || own <= 0) return [];
      const found = { code, quarter: q, before: p, value, previous, own, said };
      if (value === own && value >= previous && own !== previous) return [{ ...found, kind: 'own' }];
      if (value === previous) return [{ ...found, kind: 'carried' }];
      // The rise or the total written anywhere in the words explains the figure ("after the fee, \u00a312,500 counts").
      const written = [...plainText(update.narrative).matchAll(AMOUNT)].map(pounds);
      if (!whole || written.includes(value - previous) || written.includes(value)) return [];
      const added = summedTotals(action, q, code, value, previous + own, own);
      return added ? [{ ...found, kind: 'summed', added }] : [];
    });
  });
}

/** An achieved figure the words of its own update contradict, with the one likely cause. */
export interface SaidFigure {
  code: string;
  quarter: Quarter;
  value: number;
  /** The council's achieved amount in the narrative: the figure to write. */
  meant: SaidAmount;
  /**
   * "pending": that amount plus the pending one; "lastYear": plus last year's closing total;
   * "total": the councils' total together; "toGo": the target less that amount; "carried": the
   * quarter before's figure, left, where the words give a higher total so far.
   */
  kind: 'pending' | 'lastYear' | 'total' | 'toGo' | 'carried';
  /** The other amount: pending or last year's (`said` empty when it is the pending figure's line). */
  other?: SaidAmount;
  target?: number;
}

/** The councils' total together: a total the narrative gives, or the sum of each council's one achieved amount. */
function totalsOf(said: readonly SaidAmount[], codes: readonly string[]): number[] {
  const totals = said.filter((s) => s.kind === 'total').map((s) => s.value);
  const each = codes.map((c) => [...new Set(said.filter((s) => s.kind === 'achieved' && s.code === c).map((s) => s.value))]);
  if (codes.length >= 2 && each.every((v) => v.length === 1)) totals.push(each.reduce((sum, [v]) => sum + v!, 0));
  return totals;
}

/** The causes that explain `value` from the council's achieved amount `a`. */
function causes(
  value: number,
  a: SaidAmount,
  others: SaidAmount[],
  totals: number[],
  target: number | undefined,
  before: number | undefined,
): Omit<SaidFigure, 'code' | 'quarter' | 'value'>[] {
  const out: Omit<SaidFigure, 'code' | 'quarter' | 'value'>[] = [];
  // The update copied from the quarter before and this figure not typed over: the words' total so far is higher.
  if (a.running && value === before && a.value > value) out.push({ meant: a, kind: 'carried' });
  for (const o of others)
    if ((o.kind === 'pending' || (o.kind === 'lastYear' && a.running)) && a.value + o.value === value)
      out.push({ meant: a, kind: o.kind, other: o });
  if (totals.includes(value) && value > a.value) out.push({ meant: a, kind: 'total' });
  const toGo = others.some((o) => o.kind === 'toGo' && o.value === value);
  // A part (a contract's saving) could be the target less the total by chance: only a running total counts.
  if (a.running && target !== undefined && target > a.value && (target - a.value === value || toGo))
    out.push({ meant: a, kind: 'toGo', target });
  return out;
}

/**
 * Achieved figures the narrative or notes of the same update contradict in a way with one likely
 * cause: the figure is not the amount the words give the council as achieved, but that amount plus
 * the pending one or last year's closing total, the councils' total together, what is still to
 * achieve, or the quarter before's figure, left though the words give a higher total so far. A figure the words give, or one they do not explain, is left alone.
 */
export function saidFigures(action: Dict, names?: ReadonlyMap<string, readonly string[]>): SaidFigure[] {
  const target = asDict(action.target);
  const labels = labelsMeant(action);
  const targets = numbersOf(target?.amounts);
  return QUARTERS.flatMap((q) => {
    const update = updateOf(action, q);
    const now = numbersOf(update?.achieved);
    const codes = Object.keys(now);
    if (!update || codes.length === 0) return [];
    const said = saidAmounts(update, new Map(codes.map((c) => [c, names?.get(c) ?? []])), labels);
    const [p, n] = [previousQuarter(q), QUARTERS[QUARTERS.indexOf(q) + 1]];
    const [before, after] = [numbersOf(p && updateOf(action, p)?.achieved), numbersOf(n && updateOf(action, n)?.achieved)];
    const totals = totalsOf(said, codes);
    const pending = numbersOf(update.pending);
    return codes.flatMap((code): SaidFigure[] => {
      const value = now[code]!;
      const mine = said.filter((s) => s.code === code);
      const achieved = mine.filter((s) => s.kind === 'achieved');
      if (value <= 0 || achieved.length === 0 || achieved.some((s) => s.value === value)) return [];
      const others: SaidAmount[] = [...mine];
      if (pending[code] !== undefined && !mine.some((s) => s.kind === 'pending' && s.value === pending[code]))
        others.push({ code, kind: 'pending', value: pending[code]!, said: '', running: false });
      // The figure to write must not fall below the quarter before's or rise above the quarter after's.
      const fits = (a: SaidAmount) => a.value >= (before[code] ?? 0) && a.value <= (after[code] ?? Number.POSITIVE_INFINITY);
      // A total of the councils holds the others' figures too: "£6,000 plus £2,000; £8,000 together" is the council's own.
      const rest = codes.filter((c) => c !== code).reduce((sum, c) => sum + now[c]!, 0);
      const found = achieved
        .filter(fits)
        .flatMap((a) => causes(value, a, others, totals, targets[code], before[code]))
        .filter((f) => f.kind !== 'total' || f.meant.value + rest <= value);
      // "GCC £4,150, taking it to £7,450. Together ... £20,300": the total is the others' figures and one of them.
      const summed = found.filter((f) => f.kind === 'total' && f.meant.value + rest === value);
      if (summed.length === 1) return [{ code, quarter: q, value, ...summed[0]! }];
      if (new Set(found.map((f) => f.meant.value)).size !== 1) return [];
      return [{ code, quarter: q, value, ...found[0]! }];
    });
  });
}

/** "not in yet", "not yet received", "outstanding": a council's return the quarter's words say is still to come. */
const NOT_IN =
  /\b(?:not (?:yet )?(?:in|received|returned|submitted|available|back)|not in yet|awaited|outstanding|still to come|has not (?:yet )?(?:come in|arrived|been (?:received|submitted))|(?:is|are|was|were|came in|running) late)\b/i;
const RETURN_WORDS = /\b(?:returns?|figures?|data|submissions?)\b/i;

/**
 * A measure figure written 0 for a council whose return the narrative says is not in yet, or written
 * as the quarter before's plain number, unmarked, so that the report gives it as this quarter's.
 */
export interface LagAsZero {
  /** 0 written, or the quarter before's figure repeated. */
  as: 'zero' | 'repeated';
  code: string;
  quarter: Quarter;
  measure: string;
  /** The council's latest figure and its quarter: what to write. */
  latest: { value: number; quarter: Quarter };
  /** The words that say so, to find their line. */
  said: string;
}

/** The sentence names another of the action's measures (its id or name) and not `measure`: the return it says is late is that one's. */
function aboutOtherMeasure(sentence: string, measure: string, action: Dict): boolean {
  const lower = sentence.toLowerCase();
  const named = (id: string) => {
    const name = asDict(asDict(action.measures)?.[id])?.name;
    return [id, typeof name === 'string' ? name : ''].some((w) => w.trim() !== '' && lower.includes(w.trim().toLowerCase()));
  };
  const ids = Object.keys(asDict(action.measures) ?? {});
  return !named(measure) && ids.some((id) => id !== measure && named(id));
}

/**
 * A figure written again is the earlier one shown for a late return only when the words say so: they
 * give that quarter and the figure ("its Q2 figure of 24 days is shown"), and do not say it stayed the
 * same ("unchanged from Q3", "still 27"), which would make it this quarter's own.
 */
function shownAgain(sentence: string, latest: { value: number; quarter: Quarter }): boolean {
  return (
    new RegExp(`\\b${latest.quarter}\\b`).test(sentence) &&
    new RegExp(`(?<![\\d.,])${latest.value}(?![\\d]|[.,]\\d)`).test(sentence) &&
    !/\b(?:unchanged|still|same|steady|again)\b/i.test(sentence)
  );
}

function latestOf(figure: unknown, quarter: Quarter): { value: number; quarter: Quarter } | undefined {
  if (typeof figure === 'number') return figure > 0 ? { value: figure, quarter } : undefined;
  const lag = asDict(figure);
  if (typeof lag?.value !== 'number' || lag.value <= 0 || !(QUARTERS as readonly unknown[]).includes(lag.quarter)) return undefined;
  return { value: lag.value, quarter: lag.quarter as Quarter };
}

/** Measure figures written 0, or repeated unmarked, where the words of their update say the council's return is not in yet. */
export function lagWrittenAsZero(action: Dict, names?: ReadonlyMap<string, readonly string[]>): LagAsZero[] {
  return QUARTERS.flatMap((q) => {
    const p = previousQuarter(q);
    const update = updateOf(action, q);
    const now = asDict(update?.measures);
    const before = p ? asDict(updateOf(action, p)?.measures) : undefined;
    if (!p || !update || !now || !before) return [];
    // A sentence wrapped over lines in the editor is one sentence; the notes are read too.
    const sentences = sentencesOf(update);
    return Object.keys(now).flatMap((measure) =>
      Object.entries(asDict(now[measure]) ?? {}).flatMap(([code, v]): LagAsZero[] => {
        const earlier = latestOf(asDict(before[measure])?.[code], p);
        const as = v === 0 ? 'zero' : v === earlier?.value ? 'repeated' : undefined;
        const latest = as ? earlier : undefined;
        const words = [code, ...(names?.get(code) ?? [])];
        const sentence = sentences.find(
          (s) =>
            NOT_IN.test(s) &&
            RETURN_WORDS.test(s) &&
            words.some((w) => new RegExp(`\\b${w}\\b`).test(s)) &&
            !aboutOtherMeasure(s, measure, action) &&
            (as !== 'repeated' || shownAgain(s, latest!)),
        );
        return as && latest && sentence ? [{ as, code, quarter: q, measure, latest, said: sentence.match(NOT_IN)![0] }] : [];
      }),
    );
  });
}
