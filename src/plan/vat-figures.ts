import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { AMOUNT, mentions, pounds, sentencesOf } from './narrative-amounts.js';
import { wordsOf } from './narrative-rules.js';
import { previousQuarter, QUARTERS } from './quarters.js';
import { type ActionRef, achievedIn, at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A figure built with an amount the words give including VAT, where they also give it without: a
 * saving re-let "saves £16,650 this year (£19,980 including VAT)", added to the total gross. Savings
 * and income are counted net of VAT, as every other figure of the plan is; the figure would be
 * overstated by the VAT. Found when a council's figure, or its rise over the quarter before, is the
 * gross amount to the pound and the same sentence gives the net one.
 */

/** Words beside an amount that make it the amount with VAT: "including VAT", "inc. VAT", "gross". */
const WITH_VAT = /^[\s(]*(?:inc(?:l(?:uding|\.)?)?\.?\s*VAT|including VAT|with VAT|VAT[- ]inclusive|gross)\b/i;

type Gross = { code: string | undefined; gross: number; net: number; said: string };

/** The amounts a sentence gives with VAT, each with the amount without it that the sentence gives before. */
function grossAmounts(sentence: string, names: ReadonlyMap<string, readonly string[]>): Gross[] {
  const amounts = [...sentence.matchAll(AMOUNT)];
  const named = mentions(sentence, names);
  return amounts.flatMap((m, i) => {
    const after = sentence.slice(m.index! + m[0].length);
    const net = amounts[i - 1];
    if (!WITH_VAT.test(after) || !net || pounds(net) >= pounds(m)) return [];
    const code = named.filter((n) => n.at < m.index!).pop()?.code;
    return [{ code, gross: pounds(m), net: pounds(net), said: m[0].trim() }];
  });
}

function grossFigures(ref: ActionRef, names: ReadonlyMap<string, readonly string[]>): Diagnostic[] {
  const updates = asDict(ref.action.updates) ?? {};
  const out: Diagnostic[] = [];
  for (const q of QUARTERS) {
    const update = asDict(updates[q]);
    if (!update) continue;
    const before = achievedIn(updates, previousQuarter(q));
    const sentences = sentencesOf(update);
    // How often the words give each amount: one given plainly as well as with VAT ("saved \u00a312,000: \u00a310,000 (\u00a312,000 with VAT) and \u00a32,000") is no gross.
    const times = new Map<number, number>();
    for (const m of sentences.flatMap((s) => [...s.matchAll(AMOUNT)])) times.set(pounds(m), (times.get(pounds(m)) ?? 0) + 1);
    for (const g of sentences.flatMap((s) => grossAmounts(s, names)).filter((g) => times.get(g.gross) === 1)) {
      for (const [code, value] of numberEntries(update.achieved)) {
        const was = before.get(code) ?? 0;
        if ((g.code !== undefined && g.code !== code) || value - was !== g.gross) continue;
        const wording = say.figureWithVat({
          code,
          quarter: q,
          now: formatMoney(value),
          gross: g.said,
          net: formatMoney(g.net),
          write: was + g.net,
          was: was > 0 ? formatMoney(was) : undefined,
        });
        out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'achieved', code]), 'warning', 'figure-with-vat', wording));
      }
    }
  }
  return out;
}

export const figuresWithoutVat: Rule = (ctx) => {
  const { names } = wordsOf(ctx);
  return eachAction(ctx).flatMap((ref) => grossFigures(ref, names));
};
