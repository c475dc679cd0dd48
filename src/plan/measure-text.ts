import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say } from '../messages/index.js';
import { shown } from './measure-figures.js';
import { RUNNING_NAME } from './narrative-other.js';
import { QUARTERS } from './quarters.js';
import { at, eachAction, lineOfWords, problem, type RuleContext } from './rule-context.js';
import { figureFor, type TextFigure, textFigures } from './text-figures.js';

/**
 * A measure's target typed as another figure the action's text gives: last year's ("from last year's
 * CWD 18%, RHB 21%, SDN 24% and LYD 19%"), the one it starts from, next year's. It is a figure of the
 * right unit and scale, so every rating of the council is then measured against the wrong line. Found
 * when the text gives the council's target (its own, or one for "each council") and the other
 * councils' targets are the text's, and the figure typed is one the text gives the council as another
 * thing.
 */

export interface TargetSlip {
  code: string;
  now: number;
  other: TextFigure;
  target: TextFigure;
}

/** The targets of a measure that are the text's other figures; none when the text is not about it. */
export function targetsAsOtherFigures(text: string, measure: Record<string, unknown>): TargetSlip[] {
  const target = asDict(measure.target);
  if (!target) return [];
  const typed = Object.entries(target).filter((e): e is [string, number] => typeof e[1] === 'number');
  const figures = textFigures(text, measure.unit, new Set(typed.map(([c]) => c)));
  const said = typed.flatMap(([code, now]) => {
    const t = figureFor(figures, code, 'target');
    return t ? [{ code, now, target: t }] : [];
  });
  const wrong = said.filter((s) => s.now !== s.target.value);
  if (said.length < 2 || wrong.length === 0 || wrong.length === said.length) return [];
  const slips = wrong.flatMap((s) => {
    const other = figures.find((f) => f.role !== 'target' && f.value === s.now && (f.code === s.code || f.code === undefined));
    return other ? [{ ...s, other }] : [];
  });
  // Every target not the text's must be one of its other figures: else the text may be another measure's.
  return slips.length === wrong.length ? slips : [];
}

export const measureTargetsAsText = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    if (typeof ref.action.action !== 'string') continue;
    for (const [id, raw] of Object.entries(asDict(ref.action.measures) ?? {})) {
      const measure = asDict(raw);
      const slips = measure ? targetsAsOtherFigures(ref.action.action, measure) : [];
      if (!measure || slips.length === 0) continue;
      const wording = say.targetIsOtherFigure({
        id,
        slips: slips.map((s) => ({
          code: s.code,
          now: shown(measure.unit, s.now),
          role: s.other.role as 'last' | 'start' | 'next' | 'year',
          line: lineOfWords(ref, ['action'], s.other.said),
          target: shown(measure.unit, s.target.value),
          targetLine: lineOfWords(ref, ['action'], s.target.said),
          all: s.target.code === undefined,
          meant: s.target.value,
        })),
      });
      const path: PathSegment[] = [...ref.path, 'measures', id, 'target', slips[0]!.code];
      out.push(problem(ref.f, at(ref.f, path), 'warning', 'target-other-figure', wording));
    }
  }
  return out;
};

/** "no more than 3 a quarter": a figure for each quarter in an action's text. */
const PER_QUARTER = /\b(\d+(?:\.\d+)?)%?\s+(?:a|per|each|every)\s+quarter\b/i;
/** "(12 a year)", "12 per year", "12 annually": a figure for the year. */
const PER_YEAR = /\b(\d+(?:\.\d+)?)%?\s+(?:(?:a|per|each|every)\s+year|annually|in the year|for the year)\b/i;

/** Every council's figures of the measure rise quarter on quarter past a quarter's worth: totals so far, whatever the name. */
function risesAsTotals(action: Record<string, unknown>, id: string, perQuarter: number): boolean {
  const rows = QUARTERS.map((q) => asDict(asDict(asDict(asDict(action.updates)?.[q])?.measures)?.[id])).filter((r) => r !== undefined);
  const codes = Object.keys(rows[0] ?? {});
  const series = (c: string) => rows.map((r) => r[c]).filter((v): v is number => typeof v === 'number');
  return (
    rows.length >= 2 &&
    codes.every((c) => series(c).every((v, i, all) => i === 0 || v >= all[i - 1]!) && (series(c).at(-1) ?? 0) > perQuarter)
  );
}

/**
 * A count measure's targets all the year's figure the action's text gives ("no more than 3 a quarter
 * at each council (12 a year)"), where the measure counts each quarter: every quarter is then rated
 * against four quarters' worth. Said at the first target with the text's figure for a quarter.
 */
export const measureTargetsOfTheQuarter = (ctx: RuleContext): Diagnostic[] =>
  eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const text = typeof ref.action.action === 'string' ? ref.action.action.replace(/\s+/g, ' ') : '';
    const [quarter, year] = [PER_QUARTER.exec(text), PER_YEAR.exec(text)];
    if (!quarter || !year || Number(year[1]) !== 4 * Number(quarter[1])) return [];
    return Object.entries(asDict(ref.action.measures) ?? {}).flatMap(([id, raw]): Diagnostic[] => {
      const measure = asDict(raw);
      const targets = Object.entries(asDict(measure?.target) ?? {});
      if (!measure || targets.length === 0 || targets.some(([, v]) => v !== Number(year[1]))) return [];
      if ((typeof measure.name === 'string' && RUNNING_NAME.test(measure.name)) || risesAsTotals(ref.action, id, Number(quarter[1])))
        return [];
      const wording = say.targetIsYearsFigure({
        id,
        year: year[0],
        quarter: quarter[0],
        line: lineOfWords(ref, ['action'], quarter[0]),
        meant: `target: { ${targets.map(([c]) => `${c}: ${quarter[1]}`).join(', ')} }`,
      });
      return [problem(ref.f, at(ref.f, [...ref.path, 'measures', id, 'target', targets[0]![0]]), 'warning', 'target-of-the-year', wording)];
    });
  });
