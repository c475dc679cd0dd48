import { chartScale, chartWords, formatPaceGap, formatPercent, roundingSentence } from '../compute/format.js';
import { type FigureMove, type Movement, movementsSincePrevious } from '../compute/movement.js';
import { endingBefore, planAt } from '../compute/quarter.js';
import type { QuarterReport } from '../compute/quarter-report.js';
import { type ActionFigures, computeActionFigures, computePlanFigures, type Figures } from '../compute/savings.js';
import type { Action, Plan, Rag, Update } from '../plan/model.js';
import { type Quarter, quarterEnd, quarterMonths, quarterOrdinal } from '../plan/quarters.js';
import { formatMoney, formatMoneyChange } from '../shared/numbers.js';
import { capitalise, clipSlug, listAnd, NO_TEXT, slugify } from '../shared/words.js';
import { fillPattern, type Template } from '../template/schema.js';
import { measureLine, measuresOfAction, measuresSummary } from './measures.js';
import type {
  ActionRow,
  AppendixDescription,
  FigureLine,
  RagLine,
  ReportModel,
  SectionModel,
  Summary,
  SummaryChart,
  SummaryRow,
  SummaryTarget,
} from './model.js';
import { overdueList, paceSentence, profileLine, scheduleLine } from './schedule.js';

/**
 * Builds the report model (model.ts): the one place that words the appendix. Pure: the same plan,
 * figures and template always give the same model.
 */

export interface ReportInput extends Omit<QuarterReport, 'movements'> {
  template: Template;
  /** Left out where nothing moved (tests, and the first quarter of a plan). */
  movements?: QuarterReport['movements'];
}

const RAG_WORDS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green' };

/** Title, subtitle, file name and document properties, from the template's patterns. */
function describeAppendix(plan: Plan, quarter: Quarter, template: Template): AppendixDescription {
  const values = {
    plan: plan.title,
    year: plan.financialYear.label,
    quarter,
    appendix: plan.appendix,
    quarterName: quarterOrdinal(quarter),
    quarterMonths: quarterMonths(quarter, { year: plan.financialYear.startYear, month: plan.financialYear.startMonth }),
  };
  const title = fillPattern(template.title, values);
  return {
    title,
    subtitle: fillPattern(template.subtitle, values),
    // A long title is shortened in the file name (the year and quarter stay), and the name kept well
    // under the file system's limit whatever the pattern.
    fileName: `${clipSlug(slugify(fillPattern(template.fileName, { ...values, plan: clipSlug(slugify(values.plan), 60) })), 150) || 'report'}.docx`,
    properties: {
      title,
      subject: `${plan.title} ${plan.financialYear.label}: progress at the end of the ${values.quarterName} (${quarter})`,
      creator: 'plan',
      keywords: ['procurement', 'action plan', plan.financialYear.label, quarter, ...plan.councils.map((c) => c.code)].join('; '),
      description: `${plan.appendix}: ${plan.title} ${plan.financialYear.label}, ${quarter} update.`,
      language: template.language,
    },
  };
}

/**
 * Why the figures give the rating they do, so that a status written by the officer ("On track for WBC
 * and NDC") is never shown beside a red rating unexplained. Every council behind pace is named, the
 * furthest behind first: "from the figures: SNC well behind pace, CDC a little behind".
 */
function ragReason(f: ActionFigures): string {
  const red = f.councils.filter((c) => c.rag === 'red').map((c) => c.code);
  const amber = f.councils.filter((c) => c.rag === 'amber').map((c) => c.code);
  if (red.length === 0 && amber.length === 0) return 'from the figures: on or ahead of pace';
  if (amber.length === 0) return `from the figures: ${listAnd(red)} behind pace`;
  if (red.length === 0) return `from the figures: ${listAnd(amber)} a little behind pace`;
  return `from the figures: ${listAnd(red)} well behind pace, ${listAnd(amber)} a little behind`;
}

/** "up £13,726 since Q2", "down £500 since Q2", "no change since Q2". */
function movedSince(move: FigureMove, previous: Quarter): string {
  if (move.delta === 0) return `no change since ${previous}`;
  return `${move.delta > 0 ? 'up' : 'down'} ${formatMoney(Math.abs(move.delta))} since ${previous}`;
}

/** "Since Q2: was “Onward going”", "Since Q2: status unchanged", "New since Q2". */
/** A status in quotes for "was …", unless it is written in quotes of its own (pasted from Word). */
function inQuotes(status: string): string {
  return /^[\u201c"][\s\S]*[\u201d"]$/.test(status) ? status : `\u201c${status}\u201d`;
}

function movementLine(move: Movement): string {
  if (move.isNew) return `New since ${move.previous}`;
  const rated = (rag: Rag | undefined) => (rag ? RAG_WORDS[rag] : 'not rated');
  const changes = [
    ...(move.statusChanged ? [`was ${inQuotes(move.statusFrom ?? '')}`] : []),
    ...(move.ragChanged ? [`RAG was ${rated(move.ragFrom)}`] : []),
  ];
  const unchanged = move.ragFrom || move.ragTo ? 'status and RAG unchanged' : 'status unchanged';
  return `Since ${move.previous}: ${changes.length > 0 ? changes.join('; ') : unchanged}`;
}

/** The words of one report; `pct` rounds as the template says. */
class Wording {
  constructor(
    private readonly input: ReportInput,
    private readonly sectionNames: ReadonlyMap<string, string>,
  ) {}

  private get t(): Template {
    return this.input.template;
  }

  private pct = (part: number, whole: number) => formatPercent(part, whole, this.t.rounding.percentDecimals);

  /** The movement of an action that is not new since the previous quarter. */
  private moved(actionId: string): Movement | undefined {
    const move = this.input.movements?.get(actionId);
    return move && !move.isNew ? move : undefined;
  }

  targets(): SummaryTarget[] {
    return [...this.input.figures.values()].map((f) => this.summaryTarget(f));
  }

  summary(): Summary | undefined {
    if (!this.t.summary.show || this.input.figures.size === 0) return undefined;
    const q = this.input.quarter;
    const pace = paceSentence([...this.input.figures.values()], q, (f) => `${f.measure} (${this.sectionNames.get(f.actionId) ?? ''})`);
    return {
      heading: 'Savings summary',
      note: `${pace} ${roundingSentence(this.t.rounding.percentDecimals)} A RAG rating derived from the figures is green on or ahead of pace, amber at or above ${this.t.rag.amberFromPercentOfPace}% of the expected amount, red below; for an action it is the lowest of its councils. The combined amount still to achieve adds up each council's own, so one council's surplus does not make up another's shortfall.`,
    };
  }

  private summaryTarget(f: ActionFigures): SummaryTarget {
    const q = f.quarter;
    const hasPending = f.councils.some((c) => c.pending > 0);
    const moves = this.moved(f.actionId);
    const columns = [
      'Council',
      'Annual target',
      capitalise(f.achievedLabel),
      ...(moves ? [`Since ${moves.previous}`] : []),
      '% of target',
      `Expected by end of ${q}`,
      'Against pace',
      'Still to achieve',
      ...(hasPending ? [capitalise(`${f.pendingLabel} (not yet secured)`)] : []),
    ];
    const row = (label: string, x: Figures, combined: boolean, moved: FigureMove | undefined): SummaryRow => ({
      label,
      combined,
      cells: [
        formatMoney(x.target),
        formatMoney(x.achieved),
        ...(moves ? [moved ? formatMoneyChange(moved.delta) : ''] : []),
        this.pct(x.achieved, x.target),
        formatMoney(x.expected),
        formatPaceGap(x.paceGap),
        formatMoney(x.remaining),
        ...(hasPending ? [formatMoney(x.pending)] : []),
      ],
    });
    const rows = f.councils.map((c) =>
      row(
        `${c.name} (${c.code})`,
        c,
        false,
        moves?.figures.find((m) => m.code === c.code),
      ),
    );
    if (f.councils.length > 1) rows.push(row('Combined', f.combined, true, moves?.combined));
    const measure = capitalise(f.measure);
    return {
      actionId: f.actionId,
      section: this.sectionNames.get(f.actionId) ?? '',
      heading: `${measure}: ${this.sectionNames.get(f.actionId) ?? ''}`,
      caption: `${measure} by council at the end of ${q}; RAG ${RAG_WORDS[f.rag]}${f.ragDerived ? ' (from the figures)' : ''}`,
      columns,
      rows,
      chart: this.t.summary.chart ? chartOf(f) : undefined,
      figures: f,
      movement: moves,
    };
  }

  /** "CDC – £53,726 achieved (up £28,000 since Q1) – i.e. 72% of the £75,000 annual target at the end of the third quarter; …" */
  private figureLines(f: ActionFigures, moves: Movement | undefined): FigureLine[] {
    return f.councils.map((c) => {
      const since = moves?.figures.find((m) => m.code === c.code);
      let text = `${c.code} – ${formatMoney(c.achieved)} ${f.achievedLabel}${since ? ` (${movedSince(since, moves!.previous)})` : ''} – i.e. ${this.pct(c.achieved, c.target)} of the ${formatMoney(c.target)} annual target at the end of the ${quarterOrdinal(f.quarter)}`;
      if (c.pending > 0) text += `; ${f.pendingLabel} ${formatMoney(c.pending)}, not yet secured`;
      // The officer's note on a council's figures reads as a note, under the computed line.
      return { text, note: c.note ? { label: 'Note: ', text: c.note } : undefined };
    });
  }

  private combinedLine(f: ActionFigures): string | undefined {
    if (f.councils.length < 2) return undefined;
    return `Combined – ${formatMoney(f.combined.achieved)} ${f.achievedLabel} – i.e. ${this.pct(f.combined.achieved, f.combined.target)} of the ${formatMoney(f.combined.target)} annual target`;
  }

  private targetLine(action: Action): string | undefined {
    if (!action.target) return undefined;
    const names = new Map(this.input.plan.councils.map((c) => [c.code, c.name]));
    const amounts = Object.entries(action.target.amounts);
    const total = amounts.reduce((sum, [, v]) => sum + v, 0);
    const profile = profileLine(action.target);
    return `Annual target: ${amounts.map(([code, v]) => `${names.get(code) ?? code} – ${formatMoney(v)}`).join('; ')}${amounts.length > 1 ? `; combined ${formatMoney(total)}` : ''}.${profile ? ` ${profile}` : ''}`;
  }

  private ragLine(rag: Rag | undefined, f: ActionFigures | undefined): RagLine | undefined {
    if (!rag) return undefined;
    return { rag, label: `RAG: ${RAG_WORDS[rag]}`, reason: f?.ragDerived ? `(${ragReason(f)})` : undefined };
  }

  /**
   * An action's row. An action that ended in an earlier quarter of the year has no update for this
   * one: it is shown as it ended, with its last status and figures, and when it ended.
   */
  row(action: Action, section: string): ActionRow {
    const q = this.input.quarter;
    const earlier = action.updates[q] === undefined ? endingBefore(action, q) : undefined;
    const shownQuarter = earlier?.quarter ?? q;
    const update: Update | undefined = action.updates[shownQuarter];
    const f = earlier
      ? computeActionFigures(action, shownQuarter, this.input.plan.councils, this.t.rag)
      : this.input.figures.get(action.id);
    const move = earlier ? undefined : this.input.movements?.get(action.id);
    const rag = f?.rag ?? update?.rag;
    const ending = update?.ended;
    return {
      id: action.id,
      section,
      action: action.text,
      targetLine: this.targetLine(action),
      status: f?.status ?? update?.status ?? '',
      statusDerivedNote: f?.statusDerived ? '(derived from the figures)' : undefined,
      statusDerived: f?.statusDerived ?? false,
      ragLine: this.ragLine(rag, f),
      rag,
      ragDerived: f?.ragDerived ?? false,
      ended: ending
        ? {
            how: ending,
            quarter: shownQuarter,
            line: earlier ? `${capitalise(ending)} in ${shownQuarter}` : `${capitalise(ending)}: no further updates`,
          }
        : undefined,
      schedule: scheduleLine(action, q, this.input.plan),
      movementLine: move ? movementLine(move) : undefined,
      movement: move,
      figureLines: f ? this.figureLines(f, this.moved(action.id)) : [],
      combinedLine: f ? this.combinedLine(f) : undefined,
      measureLines: measuresOfAction(action, shownQuarter, this.input.plan.councils, this.t.rag.measureAmberWithinPercent).map(measureLine),
      narrative: update?.narrative,
      empty: NO_TEXT,
    };
  }
}

/** A target's chart: three bars per council, named and described in words. */
function chartOf(f: ActionFigures): SummaryChart {
  const words = chartWords(f);
  const series: SummaryChart['series'] = [
    { name: capitalise(f.achievedLabel), values: f.councils.map((c) => c.achieved), colour: 'chartAchieved' },
    { name: `Expected by ${f.quarter}`, values: f.councils.map((c) => c.expected), colour: 'chartExpected' },
    { name: 'Annual target', values: f.councils.map((c) => c.target), colour: 'chartTarget' },
  ];
  return {
    title: words.title,
    description: words.description,
    name: `${capitalise(f.measure)} chart`,
    categories: f.councils.map((c) => c.code),
    series,
    scale: chartScale(series.flatMap((s) => s.values)),
  };
}

/** The report model of a quarter: every fact and sentence the appendix shows. */
export function buildReportModel(input: ReportInput): ReportModel {
  const { plan, quarter, template } = input;
  // The summary names the section each figure comes from in words: "section 2, Savings and Value for Money".
  const sectionNames = new Map(plan.sections.flatMap((s) => s.actions.map((a) => [a.id, `section ${s.number}, ${s.title}`] as const)));
  const words = new Wording(input, sectionNames);
  const columns = template.columns;
  const sections: SectionModel[] = plan.sections.map((s) => ({
    number: s.number,
    title: s.title,
    heading: `${s.number} ${s.title}`,
    caption: `Section ${s.number}: ${s.title}, position at the end of ${quarter}`,
    columns: [columns.action.heading, columns.status.heading, columns.narrative.heading],
    scheduleColumn: template.leadAndDue.place === 'column' ? template.leadAndDue.heading : undefined,
    rows: s.actions.map((a) => words.row(a, s.number)),
  }));
  const previous = [...(input.movements?.values() ?? [])][0]?.previous;
  return {
    template,
    plan: {
      title: plan.title,
      appendix: plan.appendix,
      financialYear: plan.financialYear.label,
      councils: plan.councils.map(({ code, name }) => ({ code, name })),
    },
    quarter,
    previousQuarter: previous,
    description: describeAppendix(plan, quarter, template),
    targets: words.targets(),
    summary: words.summary(),
    overdue: template.leadAndDue.listOverdue
      ? overdueList(
          sections.flatMap((s) => s.rows),
          quarter,
        )
      : undefined,
    measures: measuresSummary(plan, quarter, template.rag.measureAmberWithinPercent, previous),
    sections,
  };
}

/** A quarter's report as plan report and plan preview make it: the model, the figures behind it, and the day the quarter ends. */
export interface QuarterModel {
  model: ReportModel;
  figures: QuarterReport['figures'];
  /** The last day of the reported quarter: the document's date. */
  periodEnd: Date;
}

/**
 * The report of a quarter from the whole plan: the plan as it stood at the end of the quarter (with the
 * actions that ended earlier in the year, unless the template leaves them out), its figures, what moved
 * since the quarter before, and the model every output is laid out from.
 */
export function buildQuarterModel(whole: Plan, quarter: Quarter, template: Template): QuarterModel {
  const plan = planAt(whole, quarter, { keepEnded: template.endedActions.show });
  const figures = computePlanFigures(plan, quarter, template.rag);
  const movements = movementsSincePrevious(plan, quarter, figures, template.rag);
  return {
    model: buildReportModel({ plan, quarter, figures, movements, template }),
    figures,
    periodEnd: quarterEnd(quarter, { year: plan.financialYear.startYear, month: plan.financialYear.startMonth }),
  };
}
