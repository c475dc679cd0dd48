import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { locate, type PathSegment } from '../input/yaml-source.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import {
  lagWrittenAsZero,
  measureLinesCarried,
  ownFigures,
  pendingAsAchieved,
  type SaidFigure,
  targetAsAchieved,
} from './carried-figures.js';
import { figuresAgainstWords, figuresUnderOtherAction, figureUnderOtherAction, wordsOf } from './narrative-rules.js';
import { previousQuarter } from './quarters.js';
import { type ActionRef, at, eachAction, lineOfWords, problem, type RuleContext, type WordsFound } from './rule-context.js';

/**
 * Figures copied or carried inside one action and not overtyped (carried-figures.ts finds them):
 * warnings at the figures to write, each naming the lines they are the same as.
 */

function get(ref: ActionRef, path: readonly PathSegment[]): unknown {
  return path.reduce<unknown>((v, k) => asDict(v)?.[String(k)], ref.action);
}

const lineOf = (ref: ActionRef, path: readonly PathSegment[], key = true) =>
  ref.f.file.position(at(ref.f, [...ref.path, ...path], key)).line;

/** The first and last line of the council lines at `path` (a target's amounts, a quarter's figures). */
function linesOf(ref: ActionRef, path: readonly PathSegment[]): { from: number; to: number } {
  const node = locate(ref.f.root, [...ref.path, ...path]).node;
  const from = ref.f.file.position(firstFigure(ref, path)).line;
  const end = node ? Math.max(node.start, (node.valueEnd ?? node.end) - 1) : 0;
  return { from, to: Math.max(from, node ? ref.f.file.position(end).line : from) };
}

/** The first council line of the figures at `path`: where the figures to write start. */
function firstFigure(ref: ActionRef, path: readonly PathSegment[]): number {
  const first = Object.keys(asDict(get(ref, path)) ?? {})[0];
  return at(ref.f, [...ref.path, ...path, ...(first === undefined ? [] : [first])], true);
}

/** The line of `said` in the update of `quarter` (its narrative or notes), or the update's first line. */
const saidLine = (ref: ActionRef, quarter: string, said: string) => lineOfWords(ref, ['updates', quarter], said);

/** A figure the words of its update contradict: worded by its cause, at the figure. */
function saidWording(ref: ActionRef, s: SaidFigure) {
  const labels = asDict(ref.action.target);
  const label = (key: string, fallback: string) => (typeof labels?.[key] === 'string' ? String(labels[key]).trim() : fallback);
  const common = { code: s.code, quarter: s.quarter, label: label('achievedLabel', 'achieved'), now: formatMoney(s.value) };
  const meant = { meant: formatMoney(s.meant.value), write: s.meant.value };
  const line = saidLine(ref, s.quarter, s.meant.said);
  if (s.kind === 'total') {
    const total = saidLine(ref, s.quarter, formatMoney(s.value));
    return say.councilsTotalAsOne({ ...common, ...meant, line: total, own: line });
  }
  if (s.kind === 'toGo') return say.stillToAchieveAsDone({ ...common, ...meant, line, target: formatMoney(s.target ?? 0) });
  if (s.kind === 'carried') return say.totalLeftFromBefore({ ...common, ...meant, line, before: previousQuarter(s.quarter) ?? 'Q1' });
  const other = s.other!;
  // The pending figure's own line when it is the amount, else the words that give it.
  const written = asDict(asDict(get(ref, ['updates', s.quarter]))?.pending)?.[s.code] === other.value;
  const otherLine = written || !other.said ? lineOf(ref, ['updates', s.quarter, 'pending', s.code]) : saidLine(ref, s.quarter, other.said);
  const otherLabel = label('pendingLabel', 'pending');
  return say.saidPlusOther({ ...common, ...meant, line, other: formatMoney(other.value), otherLine, kind: s.kind, otherLabel });
}

/** Figures the narrative or notes of their own update contradict (carried-figures.ts saidFigures, lagWrittenAsZero). */
function checkSaid(ref: ActionRef, words: WordsFound): Diagnostic[] {
  const found = words.said.get(ref.action) ?? [];
  const explained = new Set(found.map((s) => `${s.quarter} ${s.code}`));
  const out = found.map((s) =>
    problem(
      ref.f,
      at(ref.f, [...ref.path, 'updates', s.quarter, 'achieved', s.code], true),
      'warning',
      'figure-against-narrative',
      saidWording(ref, s),
    ),
  );
  const measures = asDict(ref.action.measures) ?? {};
  for (const z of lagWrittenAsZero(ref.action, words.names)) {
    const named = asDict(measures[z.measure])?.name;
    const wording = (z.as === 'zero' ? say.returnNotInAsZero : say.returnNotInRepeated)({
      code: z.code,
      quarter: z.quarter,
      measure: typeof named === 'string' ? named.trim() : z.measure,
      line: saidLine(ref, z.quarter, z.said),
      value: z.latest.value,
      latest: z.latest.quarter,
    });
    out.push(
      problem(
        ref.f,
        at(ref.f, [...ref.path, 'updates', z.quarter, 'measures', z.measure, z.code], true),
        'warning',
        'figure-against-narrative',
        wording,
      ),
    );
  }
  return [...out, ...figuresAgainstWords(ref, words, explained)];
}

function checkAction(ref: ActionRef, words: WordsFound): Diagnostic[] {
  const out: Diagnostic[] = checkSaid(ref, words);
  const warn = (offset: number, wording: ReturnType<typeof say.targetIsAchieved>) =>
    out.push(problem(ref.f, offset, 'warning', 'figures-carried', wording));
  const q = targetAsAchieved(ref.action);
  if (q) {
    const [achieved, target] = [linesOf(ref, ['updates', q, 'achieved']), linesOf(ref, ['target', 'amounts'])];
    warn(firstFigure(ref, ['target', 'amounts']), say.targetIsAchieved({ quarter: q, achieved, target }));
  }
  const labels = asDict(ref.action.target);
  for (const quarter of pendingAsAchieved(ref.action)) {
    const wording = say.pendingIsAchieved({
      quarter,
      pending: typeof labels?.pendingLabel === 'string' ? labels.pendingLabel.trim() : 'pending',
      achieved: typeof labels?.achievedLabel === 'string' ? labels.achievedLabel.trim() : 'achieved',
      lines: linesOf(ref, ['updates', quarter, 'achieved']),
      own: linesOf(ref, ['updates', quarter, 'pending']),
    });
    warn(firstFigure(ref, ['updates', quarter, 'pending']), wording);
  }
  for (const c of measureLinesCarried(ref.action)) {
    const [measure, before] = [String(c.at[3]), String(c.like[1])];
    const wording = say.measureLineCarried({ quarter: c.quarter, before, measure, line: lineOf(ref, c.like), own: lineOf(ref, c.at) });
    warn(at(ref.f, [...ref.path, ...c.at], true), wording);
  }
  for (const o of ownFigures(ref.action)) {
    const path = ['updates', o.quarter, 'achieved', o.code];
    const line = lineOfWords(ref, ['updates', o.quarter, 'narrative'], o.said);
    const common = { code: o.code, quarter: o.quarter, line, before: o.before, total: o.previous + o.own };
    const [now, was, own] = [formatMoney(o.value), formatMoney(o.previous), formatMoney(o.own)];
    const wording =
      o.kind === 'own'
        ? say.quarterOwnAsTotal({ ...common, now, was })
        : o.kind === 'summed'
          ? say.quarterTotalsAdded({ ...common, now, was, own, added: o.added ?? [] })
          : say.totalNotUpdated({ ...common, now, own });
    warn(at(ref.f, [...ref.path, ...path], true), wording);
  }
  return out;
}

/** Figures copied or carried inside an action: see above. */
export function figuresNotCarried(ctx: RuleContext): Diagnostic[] {
  const words = wordsOf(ctx);
  return [
    ...eachAction(ctx).flatMap((ref) => checkAction(ref, words)),
    ...figuresUnderOtherAction(ctx, words),
    ...figureUnderOtherAction(ctx, words),
  ];
}
