import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { escapeRegExp } from '../shared/words.js';
import { AMOUNT, pounds } from './narrative-amounts.js';
import { wordsOf } from './narrative-rules.js';
import { type ActionRef, at, eachAction, lineOfWords, problem, type Rule } from './rule-context.js';
import { OTHER_YEAR } from './target-text.js';

/**
 * A target the councils share, typed as each council's: the action's text gives one amount for the
 * partnership ("saving £30,000 a year across the partnership, shared by fleet size (LVCC 60%, ORDC 20%,
 * WMBC 20%)") and every council's target is that whole amount. The combined target is then the
 * whole times the councils, and every council is rated against the wrong figure. When the text gives
 * each council's share in per cent, the targets it means are known; else the hint says to split it.
 */

/** Words that make an amount the councils' together. */
const JOINT = /\b(?:across|joint(?:ly)?|combined|together|in total|partnership|shared|between (?:the|all|both))\b/i;
/** Words that make it each council's own. */
const EACH = /\b(?:each|every|per council|apiece|a council)\b/i;

type Dict = Record<string, unknown>;

/** Each council's share of the whole in per cent, as the text gives it after its code or name ("LVCC 60%"). */
function sharesGiven(
  text: string,
  codes: readonly string[],
  names: ReadonlyMap<string, readonly string[]>,
): Map<string, number> | undefined {
  const shares = new Map<string, number>();
  for (const code of codes) {
    for (const word of [code, ...(names.get(code) ?? [])]) {
      const found = new RegExp(`\\b${escapeRegExp(word)}\\b[^\\d%\u00a3.;]{0,12}?(\\d{1,3}(?:\\.\\d+)?)\\s?(?:%|per ?cent)`, 'i').exec(
        text,
      );
      if (found && !shares.has(code)) shares.set(code, Number(found[1]));
    }
  }
  const total = [...shares.values()].reduce((a, b) => a + b, 0);
  return shares.size === codes.length && Math.abs(total - 100) <= 1 ? shares : undefined;
}

/** The one amount of money the text gives, when it gives one, said as the councils' together. */
function jointAmount(text: string): { value: number; said: string } | undefined {
  const amounts = [...text.matchAll(AMOUNT)];
  const values = new Set(amounts.map(pounds));
  if (values.size !== 1 || !JOINT.test(text) || EACH.test(text) || OTHER_YEAR.test(text)) return undefined;
  return { value: pounds(amounts[0]!), said: amounts[0]![0].trim() };
}

function jointAsEach(ref: ActionRef, names: ReadonlyMap<string, readonly string[]>): Diagnostic[] {
  const text = ref.action.action;
  const targets = numberEntries(asDict(ref.action.target as Dict)?.amounts);
  if (typeof text !== 'string' || targets.length < 2) return [];
  const whole = jointAmount(text);
  if (!whole || targets.some(([, v]) => v !== whole.value)) return [];
  const shares = sharesGiven(
    text,
    targets.map(([c]) => c),
    names,
  );
  const lineOf = (c: string) => ref.f.file.position(at(ref.f, [...ref.path, 'target', 'amounts', c], true)).line;
  const meant = shares && targets.map(([c]) => `${c}: ${Math.round((whole.value * shares.get(c)!) / 100)}`).join(', ');
  const wording = say.jointTargetToEach({
    whole: formatMoney(whole.value),
    count: targets.length,
    combined: formatMoney(whole.value * targets.length),
    textLine: lineOfWords(ref, ['action'], whole.said),
    meant,
    lines: { from: lineOf(targets[0]![0]), to: lineOf(targets.at(-1)![0]) },
  });
  return [problem(ref.f, at(ref.f, [...ref.path, 'target', 'amounts', targets[0]![0]]), 'warning', 'joint-target-to-each', wording)];
}

export const jointTargetsShared: Rule = (ctx) => {
  const { names } = wordsOf(ctx);
  return eachAction(ctx).flatMap((ref) => jointAsEach(ref, names));
};
