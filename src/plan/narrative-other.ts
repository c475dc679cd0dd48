import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { inLine, measureSlipPlace, measureValue, shown } from './measure-figures.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { type Dict, eachAction, problem, type RuleContext } from './rule-context.js';
import { type TextFigure, textFigures } from './text-figures.js';

/**
 * A measure's value typed as another figure its narrative gives the council beside the quarter's own:
 * the one for a year ago ("RHB 27% (up from 22% a year ago)"), for the year as a whole ("Over the
 * year as a whole CWD averaged 20 days"). It fits the unit and sits among the council's figures, so
 * nothing else stops it. Found when a sentence of the narrative gives the council that figure as
 * another thing, and the narrative gives one figure of its own for the council, in line with its other
 * quarters and target. Sentences naming another quarter are left to the checks of carried figures.
 */

/** A measure's name that makes its figures running totals: "contracts let (year to date)". */
export const RUNNING_NAME = /\b(?:year[- ]to[- ]date|so far this year|ytd|cumulative|running total|year's running total)\b/i;

export interface OtherSlip {
  quarter: Quarter;
  id: string;
  code: string;
  now: number;
  role: 'last' | 'start' | 'next' | 'year';
  /** The narrative's words for the figure typed ("RHB 27% (up from 22% a year ago"), and the figure to write. */
  said: string;
  meant: number;
}

interface Owned {
  figure: TextFigure;
  owner: string | undefined;
  said: string;
  /** Which sentence of the narrative it is in. */
  sentence: number;
}

/** The figures of a narrative, each with the council it is said of: its own code, else the last named before it. */
function ownedFigures(narrative: string, unit: unknown, codes: ReadonlySet<string>, q: Quarter): Owned[] {
  const names = new RegExp(`\\b(?:${[...codes].join('|')})\\b`, 'g');
  return narrative
    .split(/[.;](?:\s|$)|\n/)
    .filter((s) => !QUARTERS.some((l) => l !== q && new RegExp(`\\b${l}\\b`, 'i').test(s)))
    .flatMap((sentence, at) =>
      textFigures(sentence, unit, codes).map((figure) => {
        const named = [...sentence.slice(0, figure.index + 1).matchAll(names)].pop();
        const from = figure.code ? figure.index : (named?.index ?? figure.index);
        const part = sentence
          .slice(from)
          .match(/^[^,;)]*/)![0]
          .trim();
        // "RHB 27% (up from 22% a year ago)": the bracket closed, as written.
        return { figure, owner: figure.code ?? named?.[0], said: part.includes('(') ? `${part})` : part, sentence: at };
      }),
    );
}

/** The slip of one council's value, if the narrative gives it as another figure. */
function slipOf(
  figures: readonly Owned[],
  code: string,
  now: number,
  target: number | undefined,
  row: Dict,
): Omit<OtherSlip, 'quarter' | 'id' | 'code' | 'now'> | undefined {
  const own = figures.filter((f) => f.owner === code);
  const other = own.find((f) => f.figure.role !== 'target' && f.figure.value === now);
  const current = new Set(own.filter((f) => f.figure.role === 'target' && f.figure.value !== target).map((f) => f.figure.value));
  if (!other || current.size !== 1 || current.has(now) || agreesAsRow(figures, other, row)) return undefined;
  return { role: other.figure.role as OtherSlip['role'], said: other.said, meant: [...current][0]! };
}

/**
 * The sentence that gives the figure as another thing gives the other councils' figures of that kind
 * too, and each is what the row holds ("Year to date: MRB 7%, HZD 6%, TWC 10% and BLF 7%" over a
 * measure kept as year-to-date figures): the row holds figures of that kind, so the typed one is right.
 */
function agreesAsRow(figures: readonly Owned[], other: Owned, row: Dict): boolean {
  const others = figures.filter(
    (f) =>
      f.sentence === other.sentence &&
      f.figure.role === other.figure.role &&
      f.owner !== undefined &&
      f.owner !== other.owner &&
      f.owner in row,
  );
  return others.length > 0 && others.every((f) => measureValue(row[f.owner!]) === f.figure.value);
}

/** The measure values of an action that its narratives give as another figure than the quarter's. */
export function figuresAsOtherThings(action: Dict): OtherSlip[] {
  const out: OtherSlip[] = [];
  const updates = asDict(action.updates) ?? {};
  for (const [id, raw] of Object.entries(asDict(action.measures) ?? {})) {
    const measure = asDict(raw);
    if (!measure) continue;
    for (const quarter of QUARTERS) {
      const update = asDict(updates[quarter]);
      const row = asDict(asDict(update?.measures)?.[id]);
      if (!row || typeof update?.narrative !== 'string') continue;
      const figures = ownedFigures(update.narrative, measure.unit, new Set(Object.keys(row)), quarter).filter(
        // A measure kept as running totals by its name, or by the action's text ("reported as the year's
        // running total"): its figure is the one for the year so far.
        (f) => f.figure.role !== 'year' || !RUNNING_NAME.test(`${String(measure.name ?? '')} ${String(action.action ?? '')}`),
      );
      for (const [code, v] of Object.entries(row)) {
        const now = measureValue(v);
        const slip = now === undefined ? undefined : slipOf(figures, code, now, measureValue(asDict(measure.target)?.[code]), row);
        if (slip && inLine(measure, updates, id, code, quarter, slip.meant)) out.push({ quarter, id, code, now: now!, ...slip });
      }
    }
  }
  return out;
}

export const measuresAsOtherThings = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    for (const slip of figuresAsOtherThings(ref.action)) {
      const unit = asDict(asDict(ref.action.measures)?.[slip.id])?.unit;
      const { offset, line } = measureSlipPlace(ref, slip);
      const wording = say.measureAsOtherFigure({ ...slip, shown: shown(unit, slip.now), meantShown: shown(unit, slip.meant), line });
      out.push(problem(ref.f, offset, 'warning', 'figure-as-other-figure', wording));
    }
  }
  return out;
};
