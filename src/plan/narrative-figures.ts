import { asDict, numberEntries } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { escapeRegExp, normaliseText } from '../shared/words.js';
import { labelsMeant } from './label-swaps.js';
import { type Labels, plainText, QUARTER_OWN, type SaidAmount, saidAmounts, saidPercents } from './narrative-amounts.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { type SharedWhole, sharedWholes } from './shared-savings.js';
import { textSplit } from './target-text.js';

/**
 * Money figures the plan's own words give otherwise. A narrative that gives each council its amount
 * ("Secured: HMC \u00a328,700, KVD \u00a317,900 and BRC \u00a39,800"), or an action's text that gives
 * each council its target, is evidence the figures can be held to: the same figures under the wrong
 * councils (a column pasted in another order), the achieved and pending figures the other way round, a
 * figure that is the narrative's aside (the full-year effect, the amount with VAT, the pipeline) while
 * the narrative gives another as the figure itself, or one figure a slip of the finger away from the
 * narrative's while the other councils' agree. A figure the words neither give nor explain is left
 * alone: a narrative may well give a contract's part of a total. Pure functions of an action's data.
 */

type Dict = Record<string, unknown>;
type Figures = Readonly<Record<string, number>>;
type Names = ReadonlyMap<string, readonly string[]>;

/** Words that make an amount something said beside the figure, not the figure: "full-year effect", "with VAT". */
export const ASIDE =
  /\b(?:full[- ]year|in a full year|(?:with|plus|incl?\.?|including|inclusive of|gross of) VAT|VAT[- ]inclusive|gross|invoiced|pipeline|contract value|whole[- ]life|over the life|lifetime|from 20\d\d(?:\/\d\d)?)\b/i;

/** Which figures of an action: a target's amounts, or a quarter's achieved or pending amounts. */
export interface Block {
  path: PathSegment[];
  quarter?: Quarter;
  label: 'target' | 'achieved' | 'pending';
}

/** A council's figure and the one to write, with the words that give it. */
export interface Fix {
  code: string;
  value: number;
  write: number;
  said: string;
}

export type NarrativeSlip =
  /** The words' figures under the wrong councils: every council in `fixes` is to change. */
  | { kind: 'councils'; block: Block; fixes: Fix[] }
  /** A quarter's achieved and pending figures the other way round from the words. */
  | { kind: 'exchanged'; block: Block; other: Block; fixes: Fix[]; otherFixes: Fix[] }
  /** A figure that is an aside of the words (`aside` as written there, with the words beside it). */
  | { kind: 'aside'; block: Block; fix: Fix; aside: SaidAmount }
  /** A figure that rose from the quarter before's (`was`) by an aside of the words, where they give the quarter's own amount. */
  | { kind: 'asideRise'; block: Block; fix: Fix; aside: SaidAmount; was: number }
  /** Two or more councils' figures that are the same kind of other amount of the words (another year's targets). */
  | { kind: 'asides'; block: Block; fixes: Fix[]; asides: SaidAmount[] }
  /** A figure a slip of the finger from the one the words give, while the other councils' agree. */
  | { kind: 'differs'; block: Block; fix: Fix; agree: string[] }
  /** A figure that counts the whole of a saving the words say is shared, where its share belongs. */
  | { kind: 'shared'; block: Block; fix: Fix; shared: SharedWhole }
  /** An achieved figure that is what the profile expects by the quarter (`share`% of `target`), where the words give another. */
  | { kind: 'profiled'; block: Block; fix: Fix; share: number; target: number }
  /** A figure that is the words' amount plus one they say is not counted (cost avoidance). */
  | { kind: 'uncounted'; block: Block; fix: Fix; left: SaidAmount }
  /** A figure that is another council's (`other`, whose figure the words give so), where the words give this council another: a line copied. */
  | { kind: 'twin'; block: Block; fix: Fix; other: string }
  /** A council's figure that is the words' amount of its kind for another council (`to`), which has no figure of the block. */
  | { kind: 'moved'; block: Block; fix: Fix; to: string }
  /** Amounts pending (`fixes`, to write 0) where the words say nothing is pending (`said`, as written). */
  | { kind: 'nonePending'; block: Block; fixes: Fix[]; said: string };

const numbersOf = (part: unknown): Figures => Object.fromEntries(numberEntries(part).filter(([, v]) => v > 0));
/** Said beside the figure: an aside's words that are not the target's own word for its figures ("invoiced" may be). */
function isAside(s: SaidAmount, labels: Labels): boolean {
  if (s.other && !(labels.forTarget && s.other.what === 'target')) return true;
  return asideWord(s, labels);
}

/** An aside by the words of ASIDE beside it (the full-year effect, with VAT), not by what other-amounts.ts reads. */
export function asideWord(s: SaidAmount, labels: Labels): boolean {
  const own = [labels.achieved, labels.pending].filter((w): w is string => !!w).map((w) => w.toLowerCase());
  return [...(s.near ?? '').matchAll(new RegExp(ASIDE.source, 'gi'))].some((m) => !own.includes(m[0].toLowerCase()));
}

/** Each council's one amount of `kind` that the words give plainly (not as an aside); none when they give two. */
function listing({ said, labels }: Words, kind: SaidAmount['kind']): Map<string, SaidAmount> {
  const out = new Map<string, SaidAmount>();
  const seen = new Map<string, Set<number>>();
  for (const s of said) {
    if (s.code === undefined || s.kind !== kind || isAside(s, labels)) continue;
    seen.set(s.code, (seen.get(s.code) ?? new Set()).add(s.value));
    if (!out.has(s.code)) out.set(s.code, s);
  }
  for (const [code, values] of seen) if (values.size > 1) out.delete(code);
  return out;
}

/** Every council with a figure has its one amount in the words, and there are two or more councils. */
function fullListing(figures: Figures, list: ReadonlyMap<string, SaidAmount>): boolean {
  const codes = Object.keys(figures);
  return codes.length >= 2 && codes.every((c) => list.has(c));
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b).join(' ');

/**
 * Digit strings one slip apart: a digit changed, dropped, doubled or two neighbours exchanged. (A
 * factor of ten is figure-scale.ts's to say.)
 */
export function typoApart(a: number, b: number): boolean {
  if (a === b || Math.max(a, b) / Math.min(a, b) === 10) return false;
  const [x, y] = [String(a), String(b)];
  if (x.length === y.length) {
    const diff = [...x].flatMap((ch, i) => (ch === y[i] ? [] : [i]));
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && x[diff[0]!] === y[diff[1]!] && x[diff[1]!] === y[diff[0]!];
  }
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return long.length === short.length + 1 && [...long].some((_, i) => long.slice(0, i) + long.slice(i + 1) === short);
}

const fixOf = (code: string, value: number, s: SaidAmount): Fix => ({ code, value, write: s.value, said: s.said });

/** What the profile expects of each council by a quarter: its share to date (in percent) and its target. */
type Expected = { share: number; targets: Figures; before: Figures };

/**
 * A figure the words' amount `meant` does not give but explains: the words' amount plus one they say
 * is not counted, or (for an achieved block) what the profile expects by the quarter, to the pound.
 */
function explained(block: Block, code: string, value: number, meant: SaidAmount, words: Words, expected?: Expected): NarrativeSlip[] {
  const fix = fixOf(code, value, meant);
  // Not counted, or counted in another year ("starts in April 2072 and will count in 2072/73").
  // An amount the words give twice ("\u00a33,200 of stationery rebate \u2026 a further \u00a33,200 will count in 2016/17") may be either.
  const once = (v: number) => words.said.filter((s) => s.value === v).length === 1;
  const left = words.said.find(
    (s) =>
      s.code === code &&
      (s.other?.what === 'uncounted' || s.other?.what === 'year') &&
      s.value > 0 &&
      meant.value + s.value === value &&
      once(s.value),
  );
  if (left) return [{ kind: 'uncounted', block, fix, left }];
  const target = expected?.targets[code];
  // The words' amount may be a part (one contract's saving): only a running total, or one beside other
  // councils' figures that agree, is the council's figure.
  if (!meant.running && !words.agree) return [];
  if (block.label !== 'achieved' || !expected || target === undefined || expected.share <= 0 || meant.part) return [];
  return Math.round((target * expected.share) / 100) === value ? [{ kind: 'profiled', block, fix, share: expected.share, target }] : [];
}

/** The slips of one set of figures against the words' amounts of one kind. */
function blockSlips(
  block: Block,
  figures: Figures,
  words: Words,
  kind: SaidAmount['kind'],
  expected?: Expected,
  before: Figures = {},
): NarrativeSlip[] {
  const list = listing(words, kind);
  const { said, labels } = words;
  const codes = Object.keys(figures);
  if (fullListing(figures, list)) {
    const wrong = codes.filter((c) => list.get(c)!.value !== figures[c]);
    const asSaid = wrong.map((c) => list.get(c)!.value);
    if (wrong.length >= 2 && sorted(wrong.map((c) => figures[c]!)) === sorted(asSaid))
      return [{ kind: 'councils', block, fixes: wrong.map((c) => fixOf(c, figures[c]!, list.get(c)!)) }];
  }
  const elsewhere = moved(block, figures, list, said);
  if (elsewhere.length > 0) return elsewhere;
  return sameAsides(
    codes.flatMap((code): NarrativeSlip[] => {
      const [value, meant] = [figures[code]!, list.get(code)];
      if (!meant || meant.value === value || said.some((s) => s.code === code && s.value === value && !isAside(s, labels))) return [];
      // The words' amount is the quarter's rise to the pound ("KDC \u00a31,550" on \u00a32,950 at Q2, \u00a34,500 now): the words and figure agree.
      if (expected && value - (expected.before[code] ?? 0) === meant.value) return [];
      const aside = said.find((s) => s.code === code && s.value === value && isAside(s, labels));
      if (aside) return [{ kind: 'aside', block, fix: fixOf(code, value, meant), aside }];
      const was = before[code] ?? 0;
      // A rise by the amount with VAT is vat-figures.ts's to say, with its own reading.
      // "Worth \u00a37,200 to WBC in the quarter" is the quarter's amount in other words.
      const byAside = (s: SaidAmount) =>
        s.code === code &&
        s.value === value - was &&
        isAside(s, labels) &&
        !/\bVAT\b/i.test(s.near ?? '') &&
        !QUARTER_OWN.test(s.near ?? '');
      const rise = was > 0 ? said.find(byAside) : undefined;
      if (rise && !meant.running)
        return [{ kind: 'asideRise', block, fix: { ...fixOf(code, value, meant), write: was + meant.value }, aside: rise, was }];
      const agree = codes.filter((c) => c !== code && list.get(c)?.value === figures[c]);
      const why = explained(block, code, value, meant, { ...words, agree: agree.length > 0 }, expected);
      if (why.length > 0) return why;
      // "MBC: 20650" under "GCC: 20650", the words giving GCC \u00a320,650 and MBC \u00a311,400: the row above typed again.
      const twin = codes.find((c) => c !== code && figures[c] === value && list.get(c)?.value === value);
      if (twin) return [{ kind: 'twin', block, fix: fixOf(code, value, meant), other: twin }];
      if (!typoApart(value, meant.value) || (agree.length === 0 && !meant.running)) return [];
      return [{ kind: 'differs', block, fix: fixOf(code, value, meant), agree }];
    }),
  );
}

/**
 * A figure typed on the line below or above its council's: the words give the amount, of the block's
 * kind, to one other council that has no figure in the block, and give this council none.
 */
function moved(block: Block, figures: Figures, list: ReadonlyMap<string, SaidAmount>, said: readonly SaidAmount[]): NarrativeSlip[] {
  return Object.entries(figures).flatMap(([code, value]): NarrativeSlip[] => {
    if (list.has(code) || said.some((s) => s.code === code && s.value === value)) return [];
    const to = [...list].filter(([other, s]) => !Object.hasOwn(figures, other) && s.value === value);
    return to.length === 1 ? [{ kind: 'moved', block, fix: fixOf(code, value, to[0]![1]), to: to[0]![0] }] : [];
  });
}

/** Councils' figures of a block that are all the same kind of other amount of the words: one slip for them. */
function sameAsides(slips: NarrativeSlip[]): NarrativeSlip[] {
  const key = (s: NarrativeSlip) => (s.kind === 'aside' && s.aside.other ? `${s.aside.other.what} ${s.aside.other.year ?? ''}` : undefined);
  const first = slips.find((s) => key(s) !== undefined);
  const same = slips.filter((s): s is Extract<NarrativeSlip, { kind: 'aside' }> => first !== undefined && key(s) === key(first));
  if (same.length < 2) return slips;
  const merged: NarrativeSlip = { kind: 'asides', block: same[0]!.block, fixes: same.map((s) => s.fix), asides: same.map((s) => s.aside) };
  return [merged, ...slips.filter((s) => !same.includes(s as never))];
}

/** An amount of money in words after the "none" ("nothing pending but \u00a35,000"): not none. */
const AMOUNT_IN = /\u00a3\s?\d/;

/** "nothing is pending", "none still in negotiation", "no amounts are awaiting signature": the words say none is. */
function noneWords(pendingLabel: string | undefined): RegExp {
  const label = pendingLabel ? `|${escapeRegExp(pendingLabel)}` : '';
  const what = `(?:pending|in negotiation|awaiting signature|still to be signed|outstanding${label})`;
  return new RegExp(
    `\\b(?:nothing|none|no (?:amounts?|income|commitments?|savings?|sums?))\\s+(?:(?:is|are|was|were|now|still|left|remains?)\\s+){0,3}${what}\\b`,
    'i',
  );
}

/**
 * Amounts pending where the words of the same update say nothing is pending (a quarter's pending
 * line carried into the next and not set to 0 when the amount was signed): every council above 0, or
 * those the sentence names.
 */
function nonePending(block: Block, pending: Figures, update: Dict | undefined, labels: Labels, names?: Names): NarrativeSlip | undefined {
  const codes = Object.keys(pending);
  if (codes.length === 0 || !update) return undefined;
  const sentences = plainText(update.narrative).split(/[.!?;](?:\s|$)|\n/);
  const re = noneWords(labels.pending);
  const sentence = sentences.find((t) => re.test(t) && !AMOUNT_IN.test(t.slice(t.search(re))));
  if (sentence === undefined) return undefined;
  // A sentence that names councils says none of those alone ("KDC has nothing outstanding"), whatever the others have.
  const all = [...new Set([...codes, ...(names?.keys() ?? [])])];
  const named = all.filter((c) => [c, ...(names?.get(c) ?? [])].some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`).test(sentence)));
  const fixes = (named.length > 0 ? codes.filter((c) => named.includes(c)) : codes).map((c) => ({
    code: c,
    value: pending[c]!,
    write: 0,
    said: '',
  }));
  if (fixes.length === 0) return undefined;
  return { kind: 'nonePending', block, fixes, said: sentence.match(re)![0] };
}

/** A quarter's achieved and pending figures each the words' amounts of the other kind, council for council. */
function exchanged(q: Quarter, achieved: Figures, pending: Figures, words: Words): NarrativeSlip | undefined {
  const [saidAchieved, saidPending] = [listing(words, 'achieved'), listing(words, 'pending')];
  if (!fullListing(achieved, saidPending) || !fullListing(pending, saidAchieved)) return undefined;
  const same = (figures: Figures, list: ReadonlyMap<string, SaidAmount>) =>
    Object.keys(figures).every((c) => list.get(c)!.value === figures[c]);
  if (!same(achieved, saidPending) || !same(pending, saidAchieved) || same(achieved, saidAchieved)) return undefined;
  const fixes = (figures: Figures, list: ReadonlyMap<string, SaidAmount>) =>
    Object.keys(figures).map((c) => fixOf(c, figures[c]!, list.get(c)!));
  return {
    kind: 'exchanged',
    block: { path: ['updates', q, 'achieved'], quarter: q, label: 'achieved' },
    other: { path: ['updates', q, 'pending'], quarter: q, label: 'pending' },
    fixes: fixes(achieved, saidAchieved),
    otherFixes: fixes(pending, saidPending),
  };
}

/** The amounts the words give, and the target's own words for its figures. */
interface Words {
  said: SaidAmount[];
  labels: Labels;
  /** Other councils' figures agree with the words' amounts. */
  agree?: boolean;
}

/** The words' amounts of an update (its narrative and notes), or of the action's own text. */
function wordsOf(action: Dict, q: Quarter | undefined, codes: readonly string[], names?: Names, year?: string): Words {
  const known = new Map(codes.map((c) => [c, names?.get(c) ?? []]));
  // The target's words for its figures as meant: typed the wrong way round, they are read the right way.
  const labels = labelsMeant(action);
  if (q === undefined) return { said: saidAmounts({ narrative: action.action }, known, {}, year), labels: { ...labels, forTarget: true } };
  const update = asDict(asDict(action.updates)?.[q]);
  return { said: update ? [...saidAmounts(update, known, labels, year), ...saidPercents(update, known)] : [], labels };
}

/** Whether the quarter's narrative is the next quarter's, word for word. */
function copiedFromNext(action: Dict, q: Quarter): boolean {
  const updates = asDict(action.updates);
  const next = QUARTERS[QUARTERS.indexOf(q) + 1];
  const [mine, theirs] = [asDict(updates?.[q])?.narrative, next ? asDict(updates?.[next])?.narrative : undefined];
  return (
    typeof mine === 'string' && typeof theirs === 'string' && normaliseText(mine) !== '' && normaliseText(mine) === normaliseText(theirs)
  );
}

/**
 * The profile an action's figures are expected to follow, in percent per quarter: its own (as written,
 * or loaded, in hundredths of a percent), or the plan's, or a straight line. None unless four shares
 * add up to 100.
 */
function profileOf(action: Dict, planProfile: unknown): number[] | undefined {
  const own = asDict(action.target)?.profile;
  const loaded = asDict(own)?.shares;
  // Neither: a straight line, 25% a quarter, as the report rates it.
  const shares = Array.isArray(loaded)
    ? loaded.map((n) => Number(n) / 100)
    : Array.isArray(own)
      ? own.map(Number)
      : (planProfile ?? [25, 25, 25, 25]);
  if (!Array.isArray(shares) || shares.length !== QUARTERS.length) return undefined;
  const percents = shares.map(Number);
  return Math.abs(percents.reduce((a, b) => a + b, 0) - 100) < 0.01 ? percents : undefined;
}

/** Every money figure of an action that its words give otherwise, in one of the ways above. */
export function narrativeSlips(action: Dict, names?: Names, year?: string, planProfile?: unknown): NarrativeSlip[] {
  const profile = profileOf(action, planProfile);
  const amounts = numbersOf(asDict(action.target)?.amounts);
  // Targets that share out the text's total otherwise are said so, as a whole (target-text.ts).
  const out = textSplit(action)
    ? []
    : blockSlips(
        { path: ['target', 'amounts'], label: 'target' },
        amounts,
        wordsOf(action, undefined, Object.keys(amounts), names, year),
        'achieved',
      );
  for (const q of QUARTERS) {
    const update = asDict(asDict(action.updates)?.[q]);
    const [achieved, pending] = [numbersOf(update?.achieved), numbersOf(update?.pending)];
    const codes = [...new Set([...Object.keys(achieved), ...Object.keys(pending)])];
    // A narrative the next quarter's word for word is a copy one way or the other (rules-text.ts says
    // which): its figures are not this quarter's evidence.
    if (codes.length === 0 || copiedFromNext(action, q)) continue;
    const said = wordsOf(action, q, codes, names, year);
    const swap = exchanged(q, achieved, pending, said);
    if (swap) {
      out.push(swap);
      continue;
    }
    const share = profile?.slice(0, QUARTERS.indexOf(q) + 1).reduce((a, b) => a + b, 0);
    const before = numbersOf(asDict(asDict(action.updates)?.[QUARTERS[QUARTERS.indexOf(q) - 1] ?? ''])?.achieved);
    const expected = share === undefined ? undefined : { share: Math.round(share * 100) / 100, targets: amounts, before };
    out.push(
      ...blockSlips({ path: ['updates', q, 'achieved'], quarter: q, label: 'achieved' }, achieved, said, 'achieved', expected, before),
    );
    const pendingBlock: Block = { path: ['updates', q, 'pending'], quarter: q, label: 'pending' };
    const none = nonePending(pendingBlock, pending, asDict(asDict(action.updates)?.[q]), said.labels, names);
    out.push(...(none ? [none] : blockSlips(pendingBlock, pending, said, 'pending')));
  }
  const held = new Set(out.flatMap(doubtfulFigures).map((p) => p.join(' ')));
  for (const shared of names ? sharedWholes(action, names) : []) {
    const block: Block = { path: ['updates', shared.quarter, 'achieved'], quarter: shared.quarter, label: 'achieved' };
    if (held.has([...block.path, shared.code].join(' '))) continue;
    const fix = { code: shared.code, value: shared.value, write: shared.write, said: shared.whole };
    out.push({ kind: 'shared', block, fix, shared });
  }
  return out;
}

/** The figures (paths inside the action) a slip holds in doubt: nothing else should rate or warn about them. */
export function doubtfulFigures(slip: NarrativeSlip): PathSegment[][] {
  const at = (block: Block, fixes: readonly Fix[]) => fixes.map((f) => [...block.path, f.code]);
  if (slip.kind === 'exchanged') return [...at(slip.block, slip.fixes), ...at(slip.other, slip.otherFixes)];
  return 'fixes' in slip ? at(slip.block, slip.fixes) : at(slip.block, [slip.fix]);
}

/** An action's figures for a quarter that are, council for council, the amounts another action's words give. */
export interface OtherActionSlip {
  index: number;
  other: number;
  quarter: Quarter;
  /** The action's own figures and the amounts its own words give: what to write. */
  fixes: Fix[];
}

/**
 * The councils both actions have figures for (two or more): each one's figure differs from the amount
 * its own words give and is the amount the other's words give.
 */
function underOther(
  figures: Figures,
  own: ReadonlyMap<string, SaidAmount>,
  theirs: Figures,
  their: ReadonlyMap<string, SaidAmount>,
): boolean {
  const shared = Object.keys(figures).filter((c) => Object.hasOwn(theirs, c));
  return (
    shared.length >= 2 &&
    shared.every((c) => own.has(c) && their.has(c) && own.get(c)!.value !== figures[c] && their.get(c)!.value === figures[c])
  );
}

/**
 * Two actions' achieved figures typed under each other in the same file: every council's figure is
 * not the amount its own narrative gives but the amount the other action's narrative of the same
 * quarter gives, both ways. (Figures the same as another action's one way are copiedFigures's.)
 */
export function figuresOfOtherAction(actions: readonly Dict[], names?: Names): OtherActionSlip[] {
  const found = QUARTERS.flatMap((q) => {
    const figures = actions.map((a) => numbersOf(asDict(asDict(a.updates)?.[q])?.achieved));
    // Only actions with two figures or more can have two typed under each other: only theirs are read.
    const paired = figures.map((f) => Object.keys(f).length >= 2);
    const lists = actions.map((a, i) => (paired[i] ? listing(wordsOf(a, q, Object.keys(figures[i]!), names), 'achieved') : new Map()));
    return actions.flatMap((_, index): OtherActionSlip[] => {
      if (!paired[index]) return [];
      const other = lists.findIndex(
        (their, j) => j !== index && paired[j] && underOther(figures[index]!, lists[index]!, figures[j]!, their),
      );
      if (other === -1) return [];
      const shared = Object.entries(figures[index]!).filter(([c]) => Object.hasOwn(figures[other]!, c));
      const fixes = shared.map(([c, v]) => fixOf(c, v, lists[index]!.get(c)!));
      return [{ index, other, quarter: q, fixes }];
    });
  });
  return found.filter((s) => found.some((b) => b.quarter === s.quarter && b.index === s.other && b.other === s.index));
}

/** One council's figure that is its figure of the same quarter in another action of the file (`other`). */
export interface OneUnderOther {
  index: number;
  other: number;
  quarter: Quarter;
  fix: Fix;
}

/**
 * One council's achieved figure typed from the same council's line of another action in the file (the
 * rebate typed under income): the figure is not the amount the action's own words give that council,
 * the words' amounts for the other councils are their figures, and exactly one other action has this
 * figure for the council in the same quarter.
 */
export function figureOfOtherAction(actions: readonly Dict[], names?: Names): OneUnderOther[] {
  return QUARTERS.flatMap((q) => {
    const figures = actions.map((a) => numbersOf(asDict(asDict(a.updates)?.[q])?.achieved));
    const p = QUARTERS[QUARTERS.indexOf(q) - 1];
    return actions.flatMap((action, index): OneUnderOther[] => {
      const mine = figures[index]!;
      const before = p ? numbersOf(asDict(asDict(action.updates)?.[p])?.achieved) : {};
      if (Object.keys(mine).length < 2) return [];
      const words = wordsOf(action, q, Object.keys(mine), names);
      const list = listing(words, 'achieved');
      const agree = Object.keys(mine).filter((c) => list.get(c)?.value === mine[c]);
      if (agree.length === 0) return [];
      return Object.entries(mine).flatMap(([code, value]): OneUnderOther[] => {
        const meant = list.get(code);
        const others = figures.flatMap((f, j) => (j !== index && f[code] === value ? [j] : []));
        // The figure in the action's own words for the council ("\u00a312,000 ... signed off"): the words have it.
        const own = words.said.some((w) => w.code === code && w.value === value);
        // A part ("plus \u00a34,000 of training"), or an amount below the quarter before's total, is no figure to write.
        const low = meant !== undefined && meant.value < (before[code] ?? 0);
        if (!meant || meant.value === value || own || low || meant.part || others.length !== 1) return [];
        return [{ index, other: others[0]!, quarter: q, fix: fixOf(code, value, meant) }];
      });
    });
  });
}
