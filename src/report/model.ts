import type { Movement } from '../compute/movement.js';
import type { ActionFigures } from '../compute/savings.js';
import type { Ending, Rag, RichText } from '../plan/model.js';
import type { Quarter } from '../plan/quarters.js';
import type { Template } from '../template/schema.js';
import type { MeasuresSummary } from './measures.js';
import type { OverdueList, ScheduleLine } from './schedule.js';

/**
 * The report model: every fact and sentence the appendix shows, decided once (build-report.ts). The
 * Word renderer, the web page and the JSON only lay it out; none of them words a sentence of its own,
 * so they cannot drift apart (test/parity.test.ts compares what each carries). Plain text may hold
 * "\n" line breaks and runs of spaces exactly as the officer typed them.
 */

/** The document's properties, as Word shows them under File > Info. */
export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  language: string;
}

export interface AppendixDescription {
  title: string;
  subtitle: string;
  /** File name without folder, ending .docx. */
  fileName: string;
  /** The document's properties (title, subject, …), written once, by pack.ts, as docProps/core.xml. */
  properties: CoreProperties;
}

/** One row of a savings summary table: the row heading, then a cell per further column. */
export interface SummaryRow {
  label: string;
  cells: string[];
  /** The Combined row, shown bold. */
  combined: boolean;
}

interface ChartSeries {
  name: string;
  values: number[];
  /** Which of the template's chart colours the series takes. */
  colour: 'chartAchieved' | 'chartExpected' | 'chartTarget';
}

export interface SummaryChart {
  title: string;
  /** Every figure of the chart in words: its alt text. */
  description: string;
  /** The chart's short name ("Cost and efficiency savings chart"). */
  name: string;
  categories: string[];
  series: ChartSeries[];
  /** The money scale from £0 (compute/format.ts chartScale): the same grid in Word, the PDF and the web page. */
  scale: { max: number; step: number };
}

/** A target's part of the savings summary. */
export interface SummaryTarget {
  actionId: string;
  section: string;
  /** "Cost and efficiency savings: section 8.2, Value for Money and Transparency" */
  heading: string;
  /** The web page's table caption (its accessible name); Word shows the heading only. */
  caption: string;
  columns: string[];
  rows: SummaryRow[];
  chart?: SummaryChart | undefined;
  /** The figures themselves, for the data output and the web page's chart. */
  figures: ActionFigures;
  /** What moved since the previous quarter, when it is not new. */
  movement?: Movement | undefined;
}

/** The savings summary's heading and the rules under its tables; the tables are the report's targets. */
export interface Summary {
  heading: string;
  /** The rules under the tables: pace, rounding and the RAG rule. */
  note: string;
}

/** A council's figures in the narrative, and the officer's note on them. */
export interface FigureLine {
  text: string;
  note?: { label: string; text: string } | undefined;
}

export interface RagLine {
  rag: Rag;
  /** "RAG: Red" */
  label: string;
  /** "(from the figures: SNC well behind pace, CDC a little behind)", when the figures gave the rating. */
  reason?: string | undefined;
}

export interface ActionRow {
  id: string;
  section: string;
  /** The action as written, and the "Annual target: …" line under it. */
  action: RichText;
  targetLine?: string | undefined;
  status: string;
  /** "(derived from the figures)" under a status the figures wrote. */
  statusDerivedNote?: string | undefined;
  statusDerived: boolean;
  ragLine?: RagLine | undefined;
  /** The colour key of the status cell: the rating, if any. */
  rag?: Rag | undefined;
  ragDerived: boolean;
  /** How and when the action ended, when it has. */
  ended?: { how: Ending; quarter: Quarter; line: string } | undefined;
  /** "Since Q2: was “Onward going”", "New since Q2". */
  movementLine?: string | undefined;
  movement?: Movement | undefined;
  /** Its lead officer and due date, when it has either. */
  schedule?: ScheduleLine | undefined;
  figureLines: FigureLine[];
  combinedLine?: string | undefined;
  /** One line per measure of the action (measures.ts). */
  measureLines: string[];
  narrative?: RichText | undefined;
  /** What the narrative cell shows when nothing is written in it. */
  empty: string;
}

export interface SectionModel {
  number: string;
  title: string;
  /** "8.1 Engagement and Communication" */
  heading: string;
  caption: string;
  columns: [string, string, string];
  /** The heading of a lead-and-due column after Action, when the template puts them in one. */
  scheduleColumn?: string | undefined;
  rows: ActionRow[];
}

export interface ReportModel {
  /** The look: page, fonts, colours and column widths, for the renderers' layout only. */
  template: Template;
  plan: { title: string; appendix: string; financialYear: string; councils: Array<{ code: string; name: string }> };
  quarter: Quarter;
  /** The quarter movements are measured from, when the plan has one. */
  previousQuarter?: Quarter | undefined;
  description: AppendixDescription;
  /** Every target with figures this quarter, in plan order: the summary's tables, and the data output's figures. */
  targets: SummaryTarget[];
  /** Shown when the template asks for it and there are targets. */
  summary?: Summary | undefined;
  /** The actions past their due date, when there are any and the template lists them. */
  overdue?: OverdueList | undefined;
  /** The measures table, when an action shown has measures (measures.ts). */
  measures?: MeasuresSummary | undefined;
  sections: SectionModel[];
}
