import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import type { SourceFile } from '../input/source-file.js';
import { type LocNode, locate, type PathSegment } from '../input/yaml-source.js';
import type { Wording } from '../messages/index.js';
import type { SaidFigure } from './carried-figures.js';
import type { NarrativeSlip, OneUnderOther, OtherActionSlip } from './narrative-figures.js';
import type { Quarter } from './quarters.js';

/**
 * What every rule across the plan works with: the files checked, where a path points in one, the
 * actions of all sections, and a problem worded by the table of messages.
 */

export interface CheckedFile {
  file: SourceFile;
  kind: 'plan' | 'section';
  data: unknown;
  root: LocNode | undefined;
}

export interface RuleContext {
  planFile: CheckedFile | undefined;
  sectionFiles: readonly CheckedFile[];
  quarter: Quarter | undefined;
  /**
   * plan.yaml has an error among its "councils:" lines: the councils it declares are not those the
   * officer wrote, so no section is told its councils are not declared (the error in plan.yaml is the one to fix).
   */
  councilsUnread?: boolean;
  /** The folders in plans/archive ("2014-15"), each a finished year kept by the year roll; undefined when not looked at. */
  archivedYears?: readonly string[];
  /** What the plan's words say of its figures, found once by runRules for every rule that reads it (narrative-rules.ts). */
  words?: WordsFound;
  /** Every action of the sections, listed once by runRules for the rules that each walk them. */
  actions?: readonly ActionRef[];
}

/** Figures the words of the plan contradict, per action (keyed by its data) and per file. */
export interface WordsFound {
  /** Each council's names in words, by code. */
  names: ReadonlyMap<string, readonly string[]>;
  /** Figures the words explain by one likely cause (carried-figures.ts saidFigures). */
  said: ReadonlyMap<unknown, readonly SaidFigure[]>;
  /** Figures the words give otherwise (narrative-figures.ts narrativeSlips). */
  slips: ReadonlyMap<unknown, readonly NarrativeSlip[]>;
  /** Two actions of a file whose figures are typed under each other (narrative-figures.ts figuresOfOtherAction). */
  underOther: ReadonlyMap<CheckedFile, readonly OtherActionSlip[]>;
  /** One council's figure typed from its line in another action of the file (narrative-figures.ts figureOfOtherAction). */
  oneUnderOther: ReadonlyMap<CheckedFile, readonly OneUnderOther[]>;
}

export type Rule = (ctx: RuleContext) => Diagnostic[];

export type Dict = Record<string, unknown>;
/** A list as read, or none. */
export const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const own = (d: Dict, k: string) => Object.hasOwn(d, k);

export function at(f: CheckedFile, path: readonly PathSegment[], key = false): number {
  const { node } = locate(f.root, path);
  if (!node) return 0;
  return key && node.keyStart !== undefined ? node.keyStart : node.start;
}

/**
 * The line where `words` are first written at or after the action's part at `path` (its narrative, its
 * text): the line a message points the officer to; that part's own line when they are not found.
 */
export function lineOfWords(ref: ActionRef, path: readonly PathSegment[], words: string): number {
  const start = at(ref.f, [...ref.path, ...path]);
  const found = ref.f.file.text.indexOf(words, start);
  return ref.f.file.position(found === -1 ? start : found).line;
}

/** A problem at `offset` in `f`, worded by the table. */
export function problem(
  f: CheckedFile,
  offset: number,
  severity: 'error' | 'warning',
  code: string,
  { message, hint }: Wording,
): Diagnostic {
  return f.file.diagnostic(offset, severity, code, message, hint);
}

export function where(f: CheckedFile, offset: number): string {
  const { line } = f.file.position(offset);
  return `${f.file.displayPath}:${line}`;
}

export interface ActionRef {
  f: CheckedFile;
  index: number;
  action: Dict;
  path: PathSegment[];
}

/** Every action of the sections, in file order: the list runRules made, or made now. */
export function eachAction(ctx: RuleContext): readonly ActionRef[] {
  return ctx.actions ?? listActions(ctx);
}

export function listActions(ctx: RuleContext): ActionRef[] {
  const out: ActionRef[] = [];
  for (const f of ctx.sectionFiles) {
    asList(asDict(f.data)?.actions).forEach((a, index) => {
      const action = asDict(a);
      if (action) out.push({ f, index, action, path: ['actions', index] });
    });
  }
  return out;
}

/** An update's achieved figures, by council: none for a quarter the action has no update for, or none at all (before Q1). */
export function achievedIn(updates: Dict, q: Quarter | undefined): ReadonlyMap<string, number> {
  return new Map(numberEntries(asDict(q === undefined ? undefined : updates[q])?.achieved));
}

export function actionName(ref: ActionRef): string {
  return typeof ref.action.id === 'string' ? `"${ref.action.id}"` : `number ${ref.index + 1}`;
}

export function declaredCouncils(ctx: RuleContext): string[] | undefined {
  if (ctx.councilsUnread) return undefined;
  const councils = asDict(asDict(ctx.planFile?.data)?.councils);
  return councils ? Object.keys(councils) : undefined;
}
