import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say } from '../messages/index.js';
import { shown } from './measure-figures.js';
import { outside, rangeOf, valueAt } from './measure-swaps.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { at, type Dict, eachAction, lineOfWords, problem, type RuleContext } from './rule-context.js';
import { figureFor, textFigures } from './text-figures.js';

/**
 * A measure's target line copied from the measure beside it and not overtyped: a new measure set up by
 * copying the lines of the one above, its name, unit and direction typed over, its target left as it
 * was. Every council is then rated against the other measure's figures. Two measures may share their
 * targets, so a line the same council for council as another's is said only when the action's text
 * gives this measure's own targets, council by council, and they are not the line's: the text is the
 * evidence, and names the figures to write. Only the later line is taken for the copy, as copies are
 * made downwards; when both measures are of one unit, the text's figures must stand by this measure's
 * name and not the other's, so that they are not the other measure's.
 */

type Figures = Record<string, number>;

function numbersOf(part: unknown): Figures {
  return Object.fromEntries(Object.entries(asDict(part) ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

/** Two lines the same council for council, over two councils at least, not one figure for all. */
function sameLine(a: Figures, b: Figures): boolean {
  const codes = Object.keys(a);
  return (
    codes.length >= 2 && codes.length === Object.keys(b).length && codes.every((c) => b[c] === a[c]) && new Set(Object.values(a)).size > 1
  );
}

/** The words of a measure's name that tell it apart ("apprenticeships", "suppliers"). */
function nameWords(measure: Dict, id: string): string[] {
  const name = `${typeof measure.name === 'string' ? measure.name : ''} ${id}`.toLowerCase();
  return [...new Set(name.split(/[^a-z]+/).filter((w) => w.length >= 5))].map((w) => w.slice(0, 6));
}

interface TextTargets {
  figures: Figures;
  /** Where the text gives the first of them. */
  said: string;
}

/**
 * The targets the action's text gives this measure, one for each of its councils in its unit; none
 * when it gives them not all, or two for a council. Of two measures of one unit, the figures must
 * follow a word of this measure's name in their sentence, and no word of the other's.
 */
function textTargets(text: string, measure: Dict, id: string, other: [Dict, string] | undefined, codes: string[]): TextTargets | undefined {
  const found = textFigures(text, measure.unit, new Set(codes));
  const own = codes.map((c) => figureFor(found, c, 'target'));
  if (own.some((f) => f === undefined || f.code === undefined)) return undefined;
  const first = own.reduce((a, b) => (b!.index < a!.index ? b : a))!;
  if (other) {
    const sentence = text
      .slice(0, first.index)
      .split(/[.;:](?:\s|$)/)
      .pop()!
      .toLowerCase();
    if (!nameWords(measure, id).some((w) => sentence.includes(w))) return undefined;
    if (nameWords(...other).some((w) => sentence.includes(w))) return undefined;
  }
  return { figures: Object.fromEntries(codes.map((c, k) => [c, own[k]!.value])), said: first.said };
}

const UNIT_WORDS: Record<string, string> = {
  percent: 'a percentage',
  count: 'a count',
  days: 'a number of days',
  money: 'an amount of money',
};

/**
 * Of two measures with the same target line, the later (a measure is set up by copying the lines of the
 * one above it) when the text gives it other targets: the copy, with them.
 */
function copyOf(text: string, ids: [string, string], measures: Dict): { copy: string; source: string; meant: TextTargets } | undefined {
  const [source, copy] = ids.map((id) => asDict(measures[id])!) as [Dict, Dict];
  const codes = Object.keys(numbersOf(copy.target));
  const meant = textTargets(text, copy, ids[1], copy.unit === source.unit ? [source, ids[0]] : undefined, codes);
  if (!meant || codes.every((c) => meant.figures[c] === numbersOf(copy.target)[c])) return undefined;
  return { copy: ids[1], source: ids[0], meant };
}

export const measureTargetsNotCopied = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const measures = asDict(ref.action.measures);
    if (!measures || typeof ref.action.action !== 'string') continue;
    const ids = Object.keys(measures).filter((id) => asDict(measures[id]) !== undefined);
    const said = new Set<string>();
    for (const [i, a] of ids.entries())
      for (const b of ids.slice(i + 1)) {
        if (!sameLine(numbersOf(asDict(measures[a])!.target), numbersOf(asDict(measures[b])!.target))) continue;
        const found = copyOf(ref.action.action, [a, b], measures);
        if (!found || said.has(found.copy)) continue;
        said.add(found.copy);
        const copy = asDict(measures[found.copy])!;
        const source = asDict(measures[found.source])!;
        const codes = Object.keys(found.meant.figures);
        const path: PathSegment[] = [...ref.path, 'measures', found.copy, 'target'];
        const wording = say.measureTargetCopied({
          id: found.copy,
          other: found.source,
          otherLine: ref.f.file.position(at(ref.f, [...ref.path, 'measures', found.source, 'target'], true)).line,
          otherUnit: copy.unit === source.unit ? undefined : UNIT_WORDS[String(source.unit)],
          textLine: lineOfWords(ref, ['action'], found.meant.said),
          meant: codes.map((c) => `${c} ${shown(copy.unit, found.meant.figures[c]!)}`),
          whole: `{ ${codes.map((c) => `${c}: ${found.meant.figures[c]}`).join(', ')} }`,
        });
        out.push(problem(ref.f, at(ref.f, path, true), 'warning', 'measure-target-copied', wording));
      }
  }
  return out;
};

/** Within this factor of a measure's other figures a value is among them; this far outside, far from them. */
const AMONG = 1.5;
const FAR = 3;

/**
 * A quarter's measure line copied from the line above it and not typed over, under a measure of
 * another unit: the same figures, council for council, as the line above, far from the measure's own
 * other quarters and target for every council, while they sit among the other measure's.
 */
function copiedRow(measures: Dict, updates: Dict, q: Quarter, ids: [string, string]): boolean {
  const [source, copy] = ids.map((id) => asDict(measures[id])!) as [Dict, Dict];
  const rows = ids.map((id) =>
    numbersOf(
      Object.fromEntries(Object.keys(asDict(asDict(asDict(updates[q])?.measures)?.[id]) ?? {}).map((c) => [c, valueAt(updates, q, id, c)])),
    ),
  );
  if (source.unit === copy.unit || !sameLine(rows[0]!, rows[1]!)) return false;
  return Object.keys(rows[1]!).every((code) => {
    const [own, other] = [rangeOf(copy, updates, q, ids[1], code), rangeOf(source, updates, q, ids[0], code)];
    const value = rows[1]![code]!;
    return own !== undefined && other !== undefined && outside(value, own, copy.unit) >= FAR && outside(value, other, source.unit) <= AMONG;
  });
}

export const measureRowsNotCopied = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const measures = asDict(ref.action.measures) ?? {};
    const updates = asDict(ref.action.updates) ?? {};
    for (const q of QUARTERS) {
      const ids = Object.keys(asDict(asDict(updates[q])?.measures) ?? {}).filter((id) => asDict(measures[id]));
      ids.forEach((source, n) => {
        for (const copy of ids.slice(n + 1)) {
          if (!copiedRow(measures, updates, q, [source, copy])) continue;
          const rowPath: PathSegment[] = [...ref.path, 'updates', q, 'measures'];
          const wording = say.measureRowCopied({
            quarter: q,
            id: copy,
            other: source,
            otherLine: ref.f.file.position(at(ref.f, [...rowPath, source], true)).line,
            otherUnit: UNIT_WORDS[String(asDict(measures[source])!.unit)] ?? String(asDict(measures[source])!.unit),
          });
          out.push(problem(ref.f, at(ref.f, [...rowPath, copy], true), 'warning', 'measure-row-copied', wording));
        }
      });
    }
  }
  return out;
};
