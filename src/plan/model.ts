import type { Measure, MeasureValues } from './measure-model.js';
import type { Quarter } from './quarters.js';
import type { Due, SavingsProfile } from './schedule.js';

/**
 * The plan as the rest of the program sees it: plain data, no YAML shapes, no positions beyond the
 * file an item came from. Everything after loading (computations, the renderer) works on this.
 */

/**
 * Text with paragraphs and bullets, as read by rich-text.ts: a line of spans, line breaks between
 * lines, and web addresses as links (`href`) that show their text exactly as typed.
 */
export type Inline = { text: string; href?: string } | { lineBreak: true };
export type Block = { kind: 'paragraph'; inlines: Inline[] } | { kind: 'bullet'; level: number; inlines: Inline[] };
export type RichText = Block[];

export type Rag = 'red' | 'amber' | 'green';

export interface Council {
  code: string;
  name: string;
}

interface FinancialYear {
  /** "2013/14" */
  label: string;
  startYear: number;
  /** 1–12; 4 for April. */
  startMonth: number;
}

export interface Target {
  measure: string;
  /** Annual target per council code, whole pounds. Councils appear in the plan's order. */
  amounts: Record<string, number>;
  achievedLabel: string;
  pendingLabel: string;
  /** The target's savings profile, or the plan's; none: a straight line. */
  profile?: SavingsProfile;
}

/** How an action ended: it needs no update after the quarter that says so. */
export type Ending = 'completed' | 'dropped';

/** Where something is written, for a message that points at it. */
export interface Place {
  file: string;
  line: number;
  column: number;
  /** The text of that line, for the code frame. */
  text: string;
}

export interface Update {
  status?: string;
  /** Where the officer's status is written. */
  statusPlace?: Place;
  rag?: Rag;
  /** Set in the quarter the action ended. */
  ended?: Ending;
  narrative?: RichText;
  achieved: Record<string, number>;
  pending: Record<string, number>;
  notes: Record<string, string>;
  /** Measure values, when the update gives any (measure-model.ts). */
  measures?: MeasureValues | undefined;
}

export interface Action {
  id: string;
  text: RichText;
  target?: Target;
  /** Who leads it, and when it is due (schedule.ts). */
  lead?: string;
  due?: Due;
  /** Measures besides money, when the action has any (measure-model.ts). */
  measures?: Measure[] | undefined;
  updates: Partial<Record<Quarter, Update>>;
  /** Where the action is written, for messages: "plans/8.2-value-for-money.yaml:12". */
  source: string;
}

export interface Section {
  number: string;
  title: string;
  actions: Action[];
  file: string;
}

export interface Plan {
  title: string;
  appendix: string;
  financialYear: FinancialYear;
  councils: Council[];
  sections: Section[];
}
