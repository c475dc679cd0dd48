import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { inLine, measureSlipPlace, measureValue, shown } from './measure-figures.js';
import type { UnitSlip } from './narrative-units.js';
import { QUARTERS } from './quarters.js';
import { type Dict, eachAction, problem, type RuleContext } from './rule-context.js';
import { textFigures } from './text-figures.js';

/**
 * A measure's value typed as the same figure on another basis, which the narrative gives beside the
 * right one: "33% of MRB's spend by value (61% of its invoices by number)", under a measure of the
 * share by value. Both fit the unit and sit among the council's figures. Found when a sentence gives
 * a council two figures, the second in brackets after the first (or after a comma, "and" or "or"
 * when neither is another time's figure), each with words of its own saying
 * what it is; the words of one share a word with the measure's name and the other's none; and the
 * value typed is the other's, while the measure's is in line with the council's other quarters.
 */

/** A unit slip's parts, with the narrative's words for the figure to write too. */
type BasisSlip = Omit<UnitSlip, 'as'> & { meantSaid: string };

/** Words that say nothing of what a figure is. */
const EMPTY: ReadonlySet<string> = new Set([
  'with',
  'from',
  'this',
  'that',
  'their',
  'them',
  'were',
  'which',
  'what',
  'have',
  'than',
  'they',
]);

function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .replace(/\b[A-Z]{2,5}\b'?s?/g, ' ')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 4 && !EMPTY.has(w))
      .map((w) => w.replace(/s$/, '')),
  );
}

interface Pair {
  code: string;
  /** The figure first given, and the one in brackets after it, each with its words. */
  first: { value: number; said: string; words: Set<string> };
  second: { value: number; said: string; words: Set<string> };
}

/** The pairs of figures a sentence gives one council: "33% of MRB's spend by value (61% of its invoices by number)". */
function pairsOf(sentence: string, unit: unknown, codes: ReadonlySet<string>): Pair[] {
  const found = textFigures(sentence, unit, codes);
  const out: Pair[] = [];
  found.forEach((f, i) => {
    const next = found[i + 1];
    if (!next) return;
    const between = sentence.slice(f.index + f.said.length, next.index);
    // The second in brackets after the first, or after a comma, "and", "or" or "/" when both are the quarter's own.
    const join = /(?:\(|,|\band\b|\bor\b|\/)\s*$/.exec(between);
    const bracket = join?.[0].startsWith('(') === true;
    if (!join || /[,;()]/.test(between.slice(0, join.index)) || (!bracket && (f.role !== 'target' || next.role !== 'target'))) return;
    const phrase = between.slice(0, join.index);
    const code = f.code ?? [...codes].find((c) => new RegExp(`\\b${c}\\b`).test(phrase));
    const rest = sentence.slice(next.index).match(bracket ? /^[^)]*/ : /^[^,;()]*/)![0];
    const nextPhrase = rest.replace(/^\S+/, '');
    if (code === undefined || next.code !== undefined) return;
    const [a, b] = [wordsOf(phrase), wordsOf(nextPhrase)];
    if (a.size === 0 || b.size === 0 || f.value === next.value) return;
    out.push({
      code,
      first: { value: f.value, said: sentence.slice(f.index, f.index + f.said.length + phrase.length).trim(), words: a },
      second: { value: next.value, said: rest.trim(), words: b },
    });
  });
  return out;
}

/** How many of `words` the measure's name has. */
function shared(words: Set<string>, name: Set<string>): number {
  return [...words].filter((w) => name.has(w)).length;
}

/** The measure values of an action that are the narrative's figure on another basis than the measure's. */
function figuresOnOtherBasis(action: Dict): BasisSlip[] {
  const out: BasisSlip[] = [];
  const updates = asDict(action.updates) ?? {};
  for (const [id, raw] of Object.entries(asDict(action.measures) ?? {})) {
    const measure = asDict(raw);
    if (!measure || typeof measure.name !== 'string') continue;
    const name = wordsOf(`${measure.name} ${id}`);
    for (const quarter of QUARTERS) {
      const update = asDict(updates[quarter]);
      const row = asDict(asDict(update?.measures)?.[id]);
      if (!row || typeof update?.narrative !== 'string') continue;
      const sentences = update.narrative.replace(/\s*\n\s*/g, ' ').split(/[.;](?:\s|$)/);
      const pairs = sentences.flatMap((s) => pairsOf(s, measure.unit, new Set(Object.keys(row))));
      for (const pair of pairs) {
        const now = measureValue(row[pair.code]);
        const [typed, meant] = now === pair.first.value ? [pair.first, pair.second] : [pair.second, pair.first];
        if (now !== typed.value || shared(typed.words, name) > 0 || shared(meant.words, name) === 0) continue;
        if (!inLine(measure, updates, id, pair.code, quarter, meant.value)) continue;
        out.push({ quarter, id, code: pair.code, now, said: typed.said, meant: meant.value, meantSaid: meant.said });
      }
    }
  }
  return out;
}

export const measuresOnTheirBasis = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    for (const slip of figuresOnOtherBasis(ref.action)) {
      const measure = asDict(asDict(ref.action.measures)?.[slip.id])!;
      const { offset, line } = measureSlipPlace(ref, slip);
      const wording = say.measureOnOtherBasis({
        ...slip,
        name: String(measure.name),
        shown: shown(measure.unit, slip.now),
        meantShown: shown(measure.unit, slip.meant),
        line,
      });
      out.push(problem(ref.f, offset, 'warning', 'figure-on-other-basis', wording));
    }
  }
  return out;
};
