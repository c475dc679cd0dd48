import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { escapeRegExp } from '../shared/words.js';
import { sentencesOf } from './narrative-amounts.js';
import { wordsOf } from './narrative-rules.js';
import { QUARTERS } from './quarters.js';
import { type ActionRef, at, eachAction, lineOfWords, problem, type Rule, type RuleContext } from './rule-context.js';

/**
 * Next year's targets typed over this year's: at the year end the narrative gives the targets the
 * board agreed for the coming year ("Targets for 2057/58 agreed …: LVCC £28,000, ORDC £9,000"), and
 * the officer types them in at once. The year's own report is then measured against them. Found when
 * a sentence that speaks of next year's targets gives every council its target amount to the pound.
 */

/** "2057/58" for a plan of 2056/57, with "next year" and its like: words of the coming year. */
function nextYearWords(ctx: RuleContext): RegExp {
  const label = /^(\d{4})\/\d{2}$/.exec(String(asDict(asDict(ctx.planFile?.data)?.financialYear)?.label ?? ''));
  const next = label ? Number(label[1]) + 1 : undefined;
  const year = next === undefined ? '' : `|\\b${next}\\s*[/\u2013-]\\s*(?:${String(next + 1).slice(2)}|${next + 1})\\b`;
  return new RegExp(`\\b(?:next|coming|following) (?:financial )?year\\b|\\bnext year's${year}`, 'i');
}

/** Words that say next year's targets are this year's again: "stay the same", "unchanged". */
const KEPT = /\b(?:stay|stays|remain|remains|kept|keep|unchanged|the same|again|roll(?:ed)? forward|carried forward)\b/i;

/** The amount a sentence gives after a council's code or name: "LVCC £28,000". */
function amountFor(sentence: string, words: readonly string[]): number | undefined {
  for (const word of words) {
    const found = new RegExp(`\\b${escapeRegExp(word)}\\b[^\u00a3\\d.;]{0,15}?\u00a3\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)\\b`, 'i').exec(
      sentence,
    );
    if (found) return Number(found[1]!.replace(/,/g, ''));
  }
  return undefined;
}

function nextYearsTyped(ref: ActionRef, names: ReadonlyMap<string, readonly string[]>, nextYear: RegExp): Diagnostic[] {
  const targets = numberEntries(asDict(ref.action.target)?.amounts).filter(([, v]) => v > 0);
  const updates = asDict(ref.action.updates) ?? {};
  if (targets.length === 0) return [];
  for (const q of QUARTERS) {
    const update = asDict(updates[q]);
    const sentence = update && sentencesOf(update).find((s) => nextYear.test(s) && /\btargets?\b/i.test(s) && !KEPT.test(s));
    if (!sentence || !targets.every(([c, v]) => amountFor(sentence, [c, ...(names.get(c) ?? [])]) === v)) continue;
    const lineOf = (c: string) => ref.f.file.position(at(ref.f, [...ref.path, 'target', 'amounts', c], true)).line;
    const wording = say.nextYearsTargets({
      now: targets.map(([c, v]) => `${c} ${formatMoney(v)}`).join(', '),
      quarter: q,
      line: lineOfWords(ref, ['updates', q], sentence.trim().slice(0, 30)),
      lines: { from: lineOf(targets[0]![0]), to: lineOf(targets.at(-1)![0]) },
    });
    return [problem(ref.f, at(ref.f, [...ref.path, 'target', 'amounts', targets[0]![0]]), 'warning', 'next-years-targets', wording)];
  }
  return [];
}

export const targetsOfThisYear: Rule = (ctx) => {
  const { names } = wordsOf(ctx);
  const nextYear = nextYearWords(ctx);
  return eachAction(ctx).flatMap((ref) => nextYearsTyped(ref, names, nextYear));
};
