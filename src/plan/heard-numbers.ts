import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { inLine, measureValue, shown } from './measure-figures.js';
import { mentions } from './narrative-amounts.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { type ActionRef, at, eachAction, problem, type RuleContext } from './rule-context.js';

/**
 * A measure's figure typed as the number that sounds like the one the narrative gives in words:
 * "averaged fourteen days" under 40, "thirty per cent" under 13. A figure given over the phone is
 * heard "-teen" for "-ty" or the other way round; the narrative, written from the return, keeps the
 * word. Said only where the sentence ties the word to the council (named before it, no other council
 * between), the word is followed by the measure's unit (days, per cent) where it has one, and the
 * word's number sits among the council's other quarters and target while the figure is not the word's.
 */

const TEENS = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** A "-teen" or "-ty" number word standing alone (not "forty-two", "thirty one"). */
const WORD = new RegExp(`\\b(${[...TEENS, ...TENS].join('|')})\\b(?![-\\s]+(?:one|two|three|four|five|six|seven|eight|nine)\\b)`, 'gi');

/** The word's number, and the number it is heard as. */
function heard(word: string): { said: number; as: number; asWord: string } {
  const w = word.toLowerCase();
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return { said: teen + 13, as: (teen + 3) * 10, asWord: TENS[teen]! };
  const ten = TENS.indexOf(w);
  return { said: (ten + 3) * 10, as: ten + 13, asWord: TEENS[ten]! };
}

/** The measure's unit word right after the number word, where its unit has one. */
function unitFollows(unit: unknown, after: string): boolean {
  if (unit === 'days') return /^\s+(?:working\s+|calendar\s+)?days?\b/i.test(after);
  if (unit === 'percent') return /^\s*(?:%|per ?cent\b)/i.test(after);
  return unit === 'count';
}

function checkUpdate(ref: ActionRef, q: Quarter, names: ReadonlyMap<string, readonly string[]>, out: Diagnostic[]): void {
  const measures = asDict(ref.action.measures) ?? {};
  const updates = asDict(ref.action.updates) ?? {};
  const update = asDict(updates[q]);
  const rows = asDict(update?.measures);
  if (!rows || typeof update?.narrative !== 'string') return;
  const start = at(ref.f, [...ref.path, 'updates', q, 'narrative']);
  for (const sentence of update.narrative.split(/[.;!?](?:\s|$)|\n/)) {
    for (const m of sentence.matchAll(WORD)) {
      const named = mentions(sentence.slice(0, m.index), names);
      const code = named.pop()?.code;
      if (!code) continue;
      const { said, as, asWord } = heard(m[1]!);
      for (const [id, row] of Object.entries(rows)) {
        const measure = asDict(measures[id]);
        const value = measureValue(asDict(row)?.[code]);
        if (!measure || value !== as || !unitFollows(measure.unit, sentence.slice(m.index + m[0].length))) continue;
        if (!inLine(measure, updates, id, code, q, said)) continue;
        const found = ref.f.file.text.indexOf(m[0], start);
        const line = ref.f.file.position(found === -1 ? start : found).line;
        const after = sentence.slice(m.index + m[0].length).match(/^\s*(?:%|per ?cent|(?:working\s+|calendar\s+)?days?)/i);
        const words = `${m[0]}${after?.[0] ?? ''}`;
        const wording = say.measureHeardAsOther({
          quarter: q,
          id,
          code,
          now: shown(measure.unit, value),
          words,
          word: m[1]!,
          as: asWord,
          line,
          write: said,
        });
        const path = [...ref.path, 'updates', q, 'measures', id, code];
        const long = typeof asDict(row)?.[code] !== 'number';
        out.push(problem(ref.f, at(ref.f, long ? [...path, 'value'] : path), 'warning', 'figure-not-as-narrative', wording));
        return;
      }
    }
  }
}

/** Measure figures typed as the number that sounds like the narrative's word: see above. */
export const measuresAsHeard = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  const names = ctx.words?.names ?? new Map();
  for (const ref of eachAction(ctx)) for (const q of QUARTERS) checkUpdate(ref, q, names, out);
  return out;
};
