import type { Quarter } from '../plan/quarters.js';

/** What plan import makes of a Word appendix: the plan's parts as the YAML writer needs them. */

export interface ImportedUpdate {
  status?: string;
  /** The report showed a status it derived from the figures, which are not imported. */
  statusDerived?: boolean;
  rag?: 'red' | 'amber' | 'green';
  narrative?: string;
  ended?: 'completed' | 'dropped';
  /** The quarter it ended in, when that was before the report's ("Completed in Q1"): its update is that quarter's. */
  endedIn?: Quarter;
}

export interface ImportedAction {
  id: string;
  action: string;
  /** The lead and due date a report plan wrote gives below the action's text. */
  lead?: string;
  due?: string;
  update: ImportedUpdate;
  /** Lines of the YAML comment written above the action. */
  comments: string[];
  /** "table 2, row 3". */
  where: string;
  /** The amounts of money found in its text, as written. */
  money: string[];
}

export interface ImportedSection {
  number: string;
  title: string;
  /** Lines of the YAML comment at the top of the section file. */
  comments: string[];
  actions: ImportedAction[];
}

export interface Attention {
  where: string;
  message: string;
  hint: string;
}

export interface ImportedPlan {
  title: string;
  appendix: string;
  yearLabel: string;
  yearStarts: string;
  quarter: Quarter;
  councils: Array<{ code: string; name: string; found: string }>;
  /** Lines of the YAML comment above plan.yaml's keys. */
  planComments: string[];
  sections: ImportedSection[];
  /** What needs the officer's eye: exit 1. */
  attention: Attention[];
  /** What was recognised and left out on purpose (plan's own computed tables). */
  leftOut: string[];
  /** Rows import could not read as actions ("table 1, row 3", or a whole table): kept as comments, and counted in the summary. */
  rowsNotImported: Array<{ where: string; rows: number }>;
  /** Tables of measures (Measure | Target | Actual), their rows listed in a comment of the section (or plan.yaml). */
  measureTables: Array<{ where: string; count: number; section?: string }>;
}

export interface ImportOptions {
  quarter?: Quarter | undefined;
  year?: string | undefined;
  /** The document's file name, for the comment at the top of plan.yaml. */
  source: string;
}

/** Written where the officer must fill something in; `plan validate` names each one. */
export const TODO = 'TODO';
