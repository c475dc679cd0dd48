import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { measureValue, shown } from './measure-figures.js';
import { mentions, namePatterns } from './measure-narrative.js';
import { QUARTERS } from './quarters.js';
import { type ActionRef, at, eachAction, lineOfWords, problem, type RuleContext } from './rule-context.js';

/**
 * A measure's row typed from the narrative's other list of figures: "Spend with local suppliers ...
 * was QDC 42%, MBC 37% ... Of that spend, the share with local small firms was QDC 24%, MBC 19% ..."
 * with the second list under "spend with local suppliers". Every figure is the narrative's, so
 * nothing else would stop it. Read only when two sentences each give every council of the row a
 * figure, as its unit writes it, the row is the one list, and the other's sentence, not this one's,
 * names the measure; a sentence of another quarter or of the targets is no list of the quarter's figures.
 */

interface Listing {
  sentence: string;
  values: ReadonlyMap<string, number>;
}

/** A sentence of another time or of the targets: its list is not the quarter's figures. */
const otherThan = (q: string) => new RegExp(`\\b(?!${q}\\b)Q[1-4]\\b|\\b(?:last|previous) (?:quarter|year)\\b|\\btargets?\\b`, 'i');

/** The sentences of a narrative that give every council of `codes` one figure each, written as the unit writes it. */
function listings(
  narrative: string,
  codes: ReadonlySet<string>,
  patterns: ReturnType<typeof namePatterns>,
  q: string,
  unit: unknown,
): Listing[] {
  const asUnit = (m: { percent: boolean; pounds: boolean }) => m.percent === (unit === 'percent') && m.pounds === (unit === 'money');
  return narrative
    .replace(/\s+/g, ' ')
    .split(/(?<=[.;!?])\s+/)
    .flatMap((sentence) => {
      // The words before the list say what it is: "Targets are ...", "In Q1 the figures were ...".
      const first = Math.min(...[...codes].map((c) => sentence.search(new RegExp(`\\b${c}\\b`))).filter((i) => i >= 0));
      if (otherThan(q).test(sentence.slice(0, Number.isFinite(first) ? first : sentence.length))) return [];
      const said = mentions(sentence, codes, patterns);
      const values = new Map(said.map((m) => [m.code, m.value] as const));
      return values.size === codes.size && said.length === codes.size && said.every(asUnit) ? [{ sentence, values }] : [];
    });
}

/** The name of a measure as a narrative would say it: its words, without a part in brackets. */
const spoken = (name: unknown) =>
  typeof name === 'string'
    ? name
        .replace(/\([^)]*\)/g, '')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase()
    : '';

function otherListing(ref: ActionRef, patterns: ReturnType<typeof namePatterns>): Diagnostic[] {
  const updates = asDict(ref.action.updates) ?? {};
  return QUARTERS.flatMap((q) =>
    Object.entries(asDict(ref.action.measures) ?? {}).flatMap(([id, raw]): Diagnostic[] => {
      const update = asDict(updates[q]);
      const row = asDict(asDict(update?.measures)?.[id]);
      const name = spoken(asDict(raw)?.name);
      if (!row || typeof update?.narrative !== 'string' || name.split(' ').length < 2) return [];
      const values = new Map(Object.entries(row).flatMap(([c, v]) => (typeof v === 'number' ? [[c, measureValue(v)!] as const] : [])));
      if (values.size < 2 || values.size !== Object.keys(row).length) return [];
      const lists = listings(update.narrative, new Set(values.keys()), patterns, q, asDict(raw)?.unit);
      const same = (l: Listing) => [...values].every(([c, v]) => l.values.get(c) === v);
      const typed = lists.filter(same);
      const named = lists.filter((l) => !same(l) && l.sentence.toLowerCase().includes(name));
      if (typed.length !== 1 || named.length !== 1 || typed[0]!.sentence.toLowerCase().includes(name)) return [];
      const unit = asDict(raw)?.unit;
      const list = (l: Listing) => [...values.keys()].map((c) => `${c} ${shown(unit, l.values.get(c)!)}`).join(', ');
      const line = (l: Listing) => lineOfWords(ref, ['updates', q, 'narrative'], l.sentence.split(' ').slice(0, 3).join(' '));
      const wording = say.measureFromOtherList({
        id,
        quarter: q,
        name,
        typed: list(typed[0]!),
        typedLine: line(typed[0]!),
        meant: list(named[0]!),
        meantLine: line(named[0]!),
        write: [...values.keys()].map((c) => `${c}: ${named[0]!.values.get(c)}`).join(', '),
      });
      const first = [...values.keys()][0]!;
      return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'measures', id, first]), 'warning', 'measure-from-other-list', wording)];
    }),
  );
}

export const measuresFromTheirList = (ctx: RuleContext): Diagnostic[] => {
  const patterns = namePatterns(ctx.words?.names ?? new Map());
  return eachAction(ctx).flatMap((ref) => otherListing(ref, patterns));
};
