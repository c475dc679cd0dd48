import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { escapeRegExp } from '../shared/words.js';
import type { Labels } from './narrative-amounts.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { at, type Dict, eachAction, lineOfWords, problem, type RuleContext } from './rule-context.js';

/**
 * A target's two labels typed the wrong way round ("achievedLabel: claimed", "pendingLabel: received",
 * from a tracker whose columns run the other way): every figure is where it was, but the report names
 * the money in as still to come, and the other way round. Said when the quarters' own words give the
 * figures under the other label, and never under their own: a sentence that names one label only and
 * gives the achieved figures (a council's, or the councils' total) under the pending label, or the
 * pending ones under the achieved label. One such figure may be a loose word; so the words must do it
 * for both kinds of figure, or for two councils or more in one sentence.
 */

type Figures = Record<string, number>;

function numbersOf(part: unknown): Figures {
  return Object.fromEntries(Object.entries(asDict(part) ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

const AMOUNT = /\u00a3\s?(\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*\s*(?:k|m|million)\b)/g;

function names(text: string, label: string): boolean {
  return new RegExp(`(?<![\\w-])${escapeRegExp(label)}(?![\\w-])`, 'i').test(text);
}

interface Tally {
  /** Figures given under the other kind's label, by kind: "achieved" for achieved figures called pending. */
  wrong: Set<'achieved' | 'pending'>;
  /** A sentence gives two councils' figures or more under the other kind's label. */
  listed: boolean;
  right: number;
  /** Where the words that call them otherwise are. */
  said: string[];
}

/** What one sentence of a quarter's words says of its figures under the labels as typed. */
function tallySentence(sentence: string, labels: [string, string], figures: [Figures, Figures], tally: Tally): void {
  const [achievedSaid, pendingSaid] = labels.map((l) => names(sentence, l));
  if (achievedSaid === pendingSaid) return;
  const codes = Object.keys({ ...figures[0], ...figures[1] });
  const sum = (f: Figures) => Object.values(f).reduce((a, b) => a + b, 0);
  let wrongHere = 0;
  for (const m of sentence.matchAll(AMOUNT)) {
    const value = Number(m[1]!.replace(/,/g, ''));
    const before = sentence.slice(0, m.index);
    const code = codes.filter((c) => before.includes(c)).sort((a, b) => before.lastIndexOf(b) - before.lastIndexOf(a))[0];
    const is = (f: Figures) => (code === undefined ? value === sum(f) : f[code] === value);
    const [a, p] = [is(figures[0]), is(figures[1])];
    if (a === p) continue;
    const kind = a ? 'achieved' : 'pending';
    if ((kind === 'achieved') === achievedSaid) tally.right++;
    else {
      tally.wrong.add(kind);
      tally.said.push(m[0]);
      if (code !== undefined) wrongHere++;
    }
  }
  if (wrongHere >= 2) tally.listed = true;
}

/** Whether a council's achieved figure of quarter `q` is below its figure of an earlier quarter. */
function fallsBack(action: Dict, q: Quarter, achieved: Figures): boolean {
  const earlier = QUARTERS.slice(0, QUARTERS.indexOf(q)).map((e) => numbersOf(asDict(asDict(asDict(action.updates)?.[e]))?.achieved));
  return earlier.some((f) => Object.entries(achieved).some(([c, v]) => f[c] !== undefined && v < f[c]!));
}

/** The labels of a target, as typed; undefined unless it has two that differ. */
function labelsOf(action: Dict): [string, string] | undefined {
  const target = asDict(action.target);
  const labels = [target?.achievedLabel, target?.pendingLabel].map((l) => (typeof l === 'string' ? l.trim() : ''));
  if (labels.some((l) => l === '') || labels[0]!.toLowerCase() === labels[1]!.toLowerCase()) return undefined;
  return labels as [string, string];
}

interface Evidence {
  /** Where the updates' words call the figures by the other label: the quarter, and the amount as written. */
  said: Array<[Quarter, string]>;
  /** The kinds of figure they call so: "achieved", "pending". */
  kinds: string[];
}

/** What the updates' words say of the labels, when they say they were typed the wrong way round. */
function swapEvidence(action: Dict): Evidence | undefined {
  const labels = labelsOf(action);
  if (!labels) return undefined;
  const tally: Tally = { wrong: new Set(), listed: false, right: 0, said: [] };
  const said: Array<[Quarter, string]> = [];
  for (const q of QUARTERS) {
    const update = asDict(asDict(action.updates)?.[q]);
    if (!update) continue;
    const figures: [Figures, Figures] = [numbersOf(update.achieved), numbersOf(update.pending)];
    const before = tally.said.length;
    for (const text of [update.status, update.narrative])
      if (typeof text === 'string')
        for (const sentence of text.replace(/\s*\n\s*/g, ' ').split(/[.!?;](?:\s|$)/)) tallySentence(sentence, labels, figures, tally);
    for (const amount of tally.said.slice(before)) said.push([q, amount]);
    // Achieved figures below the quarter before's: this quarter's two kinds of figure were typed
    // into each other's lines (narrative-figures.ts says so), not the labels.
    if (tally.said.length > before && fallsBack(action, q, figures[0])) tally.right++;
  }
  return tally.right > 0 || !(tally.wrong.size === 2 || tally.listed) ? undefined : { said, kinds: [...tally.wrong].sort() };
}

/** Of a target's labels, the achieved and the pending one as the plan means them: exchanged when the words say they were typed the wrong way round. */
export function labelsMeant(action: Dict): Labels {
  const labels = labelsTyped(action);
  return swapEvidence(action) ? { achieved: labels.pending, pending: labels.achieved } : labels;
}

/** The target's own words for its figures, as typed. */
export function labelsTyped(action: Dict): Labels {
  const target = asDict(action.target);
  const word = (key: string) => (typeof target?.[key] === 'string' ? String(target[key]).trim() : undefined);
  return { achieved: word('achievedLabel'), pending: word('pendingLabel') };
}

export const labelsNotSwapped = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const evidence = swapEvidence(ref.action);
    if (!evidence) continue;
    const labels = labelsOf(ref.action)!;
    const lines = new Set<number>();
    for (const [q, amount] of evidence.said) lines.add(lineOfWords(ref, ['updates', q], amount));
    const wording = say.labelsSwapped({
      achieved: labels[0],
      pending: labels[1],
      lines: [...lines].sort((a, b) => a - b),
      kinds: evidence.kinds,
    });
    out.push(problem(ref.f, at(ref.f, [...ref.path, 'target', 'achievedLabel'], true), 'warning', 'labels-swapped', wording));
  }
  return out;
};
