import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { mentions, namePatterns } from './measure-narrative.js';
import { at, type Dict, eachAction, lineOfWords, problem, type RuleContext } from './rule-context.js';
import { OTHER_YEAR, textSplit } from './target-text.js';

/**
 * Target amounts the action's own text gives otherwise: "The targets for 2054/55 are Brackwater
 * \u00a320,000, Elmstead Marsh \u00a315,000 …" above amounts typed from another sheet (next year's
 * targets, a monthly figure, a retyped one). Read only when the text names every council of the target
 * once, each with one amount in pounds, and names no other year; the shapes said by their own rules
 * (a part of the year, a total shared out otherwise, the amounts under the wrong councils) are left to them.
 */

/** An amount for a span longer than the plan's year: "\u00a354,000 over the three years", "\u00a336,000 over the contract's life". */
const LONGER_SPAN =
  /\u00a3\s?\d[\d,]*(?:\.\d+)?\s*(?:k|m)?\s+(?:in total\s+)?(?:over|across|for|during)\s+(?:the\s+|its\s+|their\s+)?(?:(?:two|three|four|five|six|seven|ten|\d+)[- ])?(?:(?:contract(?:'s)?|whole|full)\s+)?(?:years|life|lifetime|term|period of the contract)\b/gi;

/** The targets the text gives otherwise, each with the text's amount; undefined when the text is not read so. */
export function targetsTextGivesOtherwise(
  action: Dict,
  names: ReadonlyMap<string, readonly string[]>,
): Array<[string, number, number]> | undefined {
  const amounts = asDict(asDict(action.target)?.amounts);
  const text = action.action;
  if (!amounts || typeof text !== 'string' || OTHER_YEAR.test(text) || textSplit(action)) return undefined;
  const targets = Object.entries(amounts).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] > 0);
  const said = new Map<string, number[]>();
  // An amount over several years beside a council is not its target for the year: not read.
  for (const m of mentions(text.replace(LONGER_SPAN, ' '), new Set(targets.map(([c]) => c)), namePatterns(names))) {
    if (m.pounds && !m.percent) said.set(m.code, [...(said.get(m.code) ?? []), m.value]);
  }
  if (targets.length < 2 || targets.some(([c]) => said.get(c)?.length !== 1)) return undefined;
  const given = (c: string) => said.get(c)![0]!;
  const wrong = targets.filter(([c, v]) => given(c) !== v);
  const sorted = (values: number[]) => values.sort((a, b) => a - b).join(' ');
  if (wrong.length === 0 || sorted(targets.map(([, v]) => v)) === sorted(targets.map(([c]) => given(c)))) return undefined;
  // Each a half, a quarter or a month of the text's: said by targetsAsText.
  if ([2, 4, 12].some((k) => targets.every(([c, v]) => v * k === given(c)))) return undefined;
  // Each a half, a quarter or a month's worth of the target ("\u00a315,000 a quarter"): the text gives them by the part.
  if ([2, 4, 12].some((k) => targets.every(([c, v]) => v === given(c) * k))) return undefined;
  return wrong.map(([c, v]) => [c, v, given(c)]);
}

export const targetsNotAsText = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  const names = ctx.words?.names ?? new Map<string, readonly string[]>();
  for (const ref of eachAction(ctx)) {
    const wrong = targetsTextGivesOtherwise(ref.action, names);
    if (!wrong) continue;
    const lineOf = (c: string) => ref.f.file.position(at(ref.f, [...ref.path, 'target', 'amounts', c], true)).line;
    const wording = say.targetNotAsText({
      now: wrong.map(([c, v]) => `${c} ${formatMoney(v)}`).join(', '),
      said: wrong.map(([c, , g]) => `${c} ${formatMoney(g)}`).join(', '),
      meant: wrong.map(([c, , g]) => `${c}: ${g}`).join(', '),
      textLine: lineOfWords(ref, ['action'], String(ref.action.action).trim().split('\n')[0]!.slice(0, 20)),
      lines: { from: lineOf(wrong[0]![0]), to: lineOf(wrong[wrong.length - 1]![0]) },
    });
    out.push(problem(ref.f, at(ref.f, [...ref.path, 'target', 'amounts', wrong[0]![0]]), 'warning', 'target-not-as-text', wording));
  }
  return out;
};
