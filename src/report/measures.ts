import { computeMeasures, type Direction, type MeasureFigures, type MeasurePoint } from '../compute/measures.js';
import { endingBefore } from '../compute/quarter.js';
import type { Better, MeasureUnit, MeasureValue } from '../plan/measure-model.js';
import type { Action, Council, Plan, Rag } from '../plan/model.js';
import type { Quarter } from '../plan/quarters.js';
import { groupThousands } from '../shared/numbers.js';
import { capitalise, listAnd } from '../shared/words.js';

/**
 * The words of measures (build-report.ts hooks them in): each measure's line in its action's narrative
 * cell, and the measures summary table with the rule under it. Decided here once; the renderers lay
 * them out.
 */

interface MeasureTableRow {
  cells: string[];
  rag?: Rag | undefined;
  combined: boolean;
}

interface MeasureSummaryItem extends MeasureFigures {
  /** The section number of the action. */
  section: string;
  /** The action ended before the quarter reported: its figures are its last quarter's, `quarter`. */
  ended?: boolean;
}

export interface MeasuresSummary {
  heading: string;
  caption: string;
  columns: string[];
  rows: MeasureTableRow[];
  /** The RAG and direction rules, in words. */
  note: string;
  /** The figures themselves, for the data output. */
  items: MeasureSummaryItem[];
}

const RAG_WORDS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };
const UNIT_NAMES: Record<MeasureUnit, string> = { percent: '%', count: 'count', days: 'days', money: '£' };

/** "↑" the value went up, "↓" down, "→" no change: an arrow that says which way, beside words that say whether that is better. */
function arrow(now: number, before: number): string {
  if (now === before) return '→';
  return now > before ? '↑' : '↓';
}

function plainNumber(v: number): string {
  if (Number.isInteger(v)) return groupThousands(v);
  const [whole = '0', fraction = ''] = String(Math.round(v * 1000) / 1000).split('.');
  return `${groupThousands(Number(whole))}${fraction ? `.${fraction}` : ''}`;
}

/** "33%", "12", "14 days", "£5,000". */
export function formatMeasure(unit: MeasureUnit, v: number): string {
  switch (unit) {
    case 'percent':
      return `${plainNumber(v)}%`;
    case 'days':
      return `${plainNumber(v)} ${v === 1 ? 'day' : 'days'}`;
    case 'money':
      return v < 0 ? `–£${plainNumber(-v)}` : `£${plainNumber(v)}`;
    default:
      return plainNumber(v);
  }
}

const orWorse = (better: Better) => (better === 'lower' ? 'or below' : 'or above');

function valueWords(unit: MeasureUnit, v: MeasureValue | undefined, q: Quarter): string {
  if (!v) return `no ${q} figure`;
  return `${formatMeasure(unit, v.value)}${v.quarter !== q ? ` (${v.quarter} figure)` : ''}`;
}

/** "↓ better than Q2 (33%)", "→ same as Q2 (2%)". */
function directionWords(unit: MeasureUnit, p: MeasurePoint): string | undefined {
  if (!p.direction || !p.value || !p.previous) return undefined;
  const was = `${p.previous.quarter} (${formatMeasure(unit, p.previous.value)})`;
  const mark = arrow(p.value.value, p.previous.value);
  return p.direction === 'same' ? `${mark} same as ${was}` : `${mark} ${p.direction} than ${was}`;
}

/** "SNC 2%, against a target of 5% or below, RAG Green, ↓ better than Q2 (3%)". */
function pointWords(label: string, m: MeasureFigures, p: MeasurePoint): string {
  const { unit, better } = m.measure;
  const parts = [
    `${label} ${valueWords(unit, p.value, m.quarter)}`,
    p.target !== undefined ? `against a target of ${formatMeasure(unit, p.target)} ${orWorse(better)}` : 'no target set',
    ...(p.rag ? [`RAG ${RAG_WORDS[p.rag]}`] : []),
    ...(directionWords(unit, p) ? [directionWords(unit, p)!] : []),
  ];
  return parts.join(', ');
}

/** A measure's line in its action's narrative cell: "Spend without a purchase order (lower is better): CDC …; SNC …". */
export function measureLine(m: MeasureFigures): string {
  const points = m.councils.map((c) => pointWords(c.code, m, c));
  if (m.combined) points.push(pointWords('combined', m, m.combined));
  const head = `${capitalise(m.measure.name)} (${m.measure.better} is better)`;
  return points.length > 0 ? `${head}: ${points.join('; ')}.` : `${head}: no figures.`;
}

export function measuresOfAction(action: Action, quarter: Quarter, councils: readonly Council[], templateAmber: number): MeasureFigures[] {
  return computeMeasures(action, quarter, councils, templateAmber);
}

/** The value cell: "9%", or for an action that ended earlier in the year, its last figure, "9% (ended Q1)". */
function valueCell(m: MeasureSummaryItem, p: MeasurePoint): string {
  const words = valueWords(m.measure.unit, p.value, m.quarter);
  return m.ended ? `${p.value ? words : 'no figure'} (ended ${m.quarter})` : words;
}

function rowsOf(m: MeasureSummaryItem, previous: Quarter | undefined): MeasureTableRow[] {
  const { unit, name, better } = m.measure;
  const label = `${capitalise(name)} (${UNIT_NAMES[unit]}, ${better} is better; section ${m.section})`;
  const row = (council: string, p: MeasurePoint, combined: boolean): MeasureTableRow => ({
    combined,
    rag: p.rag,
    cells: [
      label,
      council,
      p.target !== undefined ? `${formatMeasure(unit, p.target)} ${orWorse(better)}` : 'none set',
      valueCell(m, p),
      ...(previous ? [p.previous ? valueWords(unit, p.previous, previous) : '–'] : []),
      directionCell(p.direction, p.value?.value, p.previous?.value),
      p.rag ? RAG_WORDS[p.rag] : 'not rated',
    ],
  });
  const rows = m.councils.map((c) => row(`${c.name} (${c.code})`, c, false));
  if (m.combined) rows.push(row('Combined', m.combined, true));
  return rows;
}

function directionCell(d: Direction | undefined, now: number | undefined, before: number | undefined): string {
  if (!d || now === undefined || before === undefined) return '–';
  return `${arrow(now, before)} ${d === 'same' ? 'same' : d}`;
}

/** The rule under the table: how RAG and direction are decided, and why percentages and days are not added up. */
function ruleNote(items: readonly MeasureSummaryItem[], templateAmber: number, previous: Quarter | undefined): string {
  const own = items.filter((m) => m.amberWithinPercent !== templateAmber).map((m) => `${m.amberWithinPercent}% for “${m.measure.name}”`);
  const band = `${templateAmber}% of the target${own.length > 0 ? ` (${listAnd(own)})` : ''}`;
  const since = previous
    ? ` Direction compares each value with ${previous}'s: ↑ it went up, ↓ down, → no change; the word says whether that is better or worse for the measure.`
    : '';
  return `A measure's RAG rating comes from its target: green at the target or better, amber when worse than the target by no more than ${band}, red beyond that; a measure with no target is not rated.${since} Counts and money are added up across councils when every council has a target and a figure; percentages and days are not combined, since each council's share or average days stands on its own and adding or averaging them would mislead.`;
}

/**
 * An action's measures in the summary. One that ended earlier in the year (still shown, marked as
 * ended) is rated at its last quarter, with no direction: its figures stopped there.
 */
function itemsOf(action: Action, section: string, plan: Plan, quarter: Quarter, templateAmber: number): MeasureSummaryItem[] {
  const ended = action.updates[quarter] === undefined ? endingBefore(action, quarter) : undefined;
  return measuresOfAction(action, ended?.quarter ?? quarter, plan.councils, templateAmber).map((m) =>
    ended
      ? {
          ...m,
          section,
          ended: true,
          previousQuarter: undefined,
          councils: m.councils.map(({ previous: _p, direction: _d, ...c }) => c),
          combined: m.combined ? (({ previous: _p, direction: _d, ...c }) => c)(m.combined) : undefined,
        }
      : { ...m, section },
  );
}

/** The measures summary of the report, when any action shown has measures. */
export function measuresSummary(
  plan: Plan,
  quarter: Quarter,
  templateAmber: number,
  previous: Quarter | undefined,
): MeasuresSummary | undefined {
  const items: MeasureSummaryItem[] = plan.sections.flatMap((s) =>
    s.actions.flatMap((a) => itemsOf(a, s.number, plan, quarter, templateAmber)),
  );
  if (items.length === 0) return undefined;
  const prev = items.find((m) => m.previousQuarter)?.previousQuarter ?? previous;
  return {
    heading: 'Measures summary',
    caption: `Measures by council at the end of ${quarter}: target, value, direction of travel and RAG rating`,
    columns: [
      'Measure',
      'Council',
      'Target',
      `${quarter} value`,
      ...(prev ? [`${prev} value`] : []),
      `Direction since ${prev ?? 'last quarter'}`,
      'RAG',
    ],
    rows: items.flatMap((m) => rowsOf(m, prev)),
    note: ruleNote(items, templateAmber, prev),
    items,
  };
}
