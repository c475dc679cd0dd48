import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { MENTION } from './measure-narrative.js';
import { at, type Dict, eachAction, lineOfWords, problem, type RuleContext } from './rule-context.js';

/**
 * A target written as a part of the year's: the tracker's "quarterly target" row (the year's ÷ 4), or
 * its monthly or half-year one, pasted over the annual amounts. Every council is then far ahead, and
 * nothing is out of scale. Found when the action's own text gives each council an amount in pounds,
 * and every target amount is the same part of it.
 */

/** The parts of a year a tracker's row may give: a half, a quarter, a month. */
const PARTS: ReadonlyArray<[number, 'half' | 'quarter' | 'month']> = [
  [2, 'half'],
  [4, 'quarter'],
  [12, 'month'],
];

export const targetsAsText = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const amounts = asDict(asDict(ref.action.target)?.amounts);
    if (!amounts || typeof ref.action.action !== 'string') continue;
    const targets = Object.entries(amounts).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0);
    const codes = new Set(targets.map(([c]) => c));
    const said = new Map<string, number>();
    for (const m of ref.action.action.matchAll(MENTION)) if (codes.has(m[1]!) && m[2]) said.set(m[1]!, Number(m[3]!.replace(/,/g, '')));
    if (targets.length < 2 || targets.some(([c]) => !said.has(c))) continue;
    const part = PARTS.find(([k]) => targets.every(([c, v]) => v * k === said.get(c)));
    if (!part) continue;
    const lineOf = (c: string) => ref.f.file.position(at(ref.f, [...ref.path, 'target', 'amounts', c], true)).line;
    const wording = say.targetIsPartOfYear({
      part: part[1],
      now: targets.map(([c, v]) => `${c} ${formatMoney(v)}`).join(', '),
      year: targets.map(([c]) => `${c} ${formatMoney(said.get(c)!)}`).join(', '),
      meant: targets.map(([c]) => `${c}: ${said.get(c)}`).join(', '),
      lines: { from: lineOf(targets[0]![0]), to: lineOf(targets[targets.length - 1]![0]) },
    });
    out.push(problem(ref.f, at(ref.f, [...ref.path, 'target', 'amounts', targets[0]![0]]), 'warning', 'target-part-of-year', wording));
  }
  return out;
};

/**
 * Target amounts that add up to the total the action's text gives, but not as the text splits it
 * between the councils: the total split evenly from a board's summary, or shared out by another key,
 * while the text names each council's amount. The combined figure is right and nothing is out of
 * scale, so every council is rated against the wrong target. Found when the text gives every council
 * one amount in pounds, and no other year's, they add up to the targets' sum, and two targets or more
 * are not the text's.
 */
export const OTHER_YEAR =
  /\b(?:last|next|previous|following|coming) year\b|\ba year ago\b|\b(?:rising|falling|up|down) (?:to|from)\b|\b20\d\d\/\d\d\b.*\b20\d\d\/\d\d\b/is;

/** The amounts the action's text gives each council, when its targets add up to them but are shared out otherwise. */
export function textSplit(action: Dict): Map<string, [number, string]> | undefined {
  const amounts = asDict(asDict(action.target)?.amounts);
  const text = action.action;
  if (!amounts || typeof text !== 'string') return undefined;
  const targets = Object.entries(amounts).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0);
  const codes = new Set(targets.map(([c]) => c));
  // Each council named with one amount, in a text that gives no other year's: one way to read it.
  const run = new Map<string, [number, string]>();
  let twice = OTHER_YEAR.test(text);
  for (const m of text.matchAll(MENTION)) {
    if (!codes.has(m[1]!) || !m[2]) continue;
    const value = Number(m[3]!.replace(/,/g, ''));
    if (run.has(m[1]!) && run.get(m[1]!)![0] !== value) twice = true;
    if (!run.has(m[1]!)) run.set(m[1]!, [value, m[0]]);
  }
  const sum = targets.reduce((a, [, v]) => a + v, 0);
  const split =
    !twice &&
    targets.length >= 2 &&
    targets.every(([c]) => run.has(c)) &&
    targets.reduce((a, [c]) => a + run.get(c)![0], 0) === sum &&
    targets.filter(([c, v]) => run.get(c)![0] !== v).length >= 2;
  // The text's amounts under the wrong councils are said as such (narrative-figures.ts).
  const sorted = (values: number[]) => values.sort((a, b) => a - b).join(' ');
  const moved = sorted(targets.map(([, v]) => v)) === sorted(targets.map(([c]) => run.get(c)?.[0] ?? 0));
  return split && !moved ? run : undefined;
}

export const targetsAsTextSplit = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const run = textSplit(ref.action);
    if (!run) continue;
    const amounts = asDict(asDict(ref.action.target)?.amounts)!;
    const targets = Object.entries(amounts).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0);
    const sum = targets.reduce((a, [, v]) => a + v, 0);
    const lineOf = (c: string) => ref.f.file.position(at(ref.f, [...ref.path, 'target', 'amounts', c], true)).line;
    const wording = say.targetNotAsTextSplit({
      now: targets.map(([c, v]) => `${c} ${formatMoney(v)}`).join(', '),
      total: formatMoney(sum),
      evenly: new Set(targets.map(([, v]) => v)).size === 1,
      textLine: lineOfWords(ref, ['action'], run.get(targets[0]![0])![1]),
      said: targets.map(([c]) => `${c} ${formatMoney(run.get(c)![0])}`).join(', '),
      meant: targets.map(([c]) => `${c}: ${run.get(c)![0]}`).join(', '),
      lines: { from: lineOf(targets[0]![0]), to: lineOf(targets[targets.length - 1]![0]) },
    });
    out.push(problem(ref.f, at(ref.f, [...ref.path, 'target', 'amounts', targets[0]![0]]), 'warning', 'target-not-as-text', wording));
  }
  return out;
};
