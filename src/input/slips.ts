/**
 * The editing slips officers really make in YAML, recognised from the text itself, named in plain
 * words at the line where they must act, and each with a repair.
 *
 * A YAML parser meets a slip as a symptom, often on another line and in its own vocabulary, and then
 * reports the consequences as further errors. So plan looks for the slip first: `findSlips` scans the
 * lines for what can be recognised before parsing (characters pasted from Word, tabs, lines that fell
 * out of a `|` block), and `diagnoseYamlError` explains an error the parser still reports. Every slip
 * carries the edit that repairs it; yaml-source.ts applies it to a working copy and parses again, so
 * that a follow-on error is shown only when it is a separate problem. An edit may add a line (the
 * "Q1:" line an officer deleted), so every line number said is mapped back to the file's own.
 *
 * `fixable` slips are the mechanical, unambiguous ones that `plan validate --fix` writes back to the
 * file; the others are repaired only in memory, to check the rest of the file.
 */

export interface Edit {
  /** Offset in the text the edit applies to. */
  at: number;
  remove: number;
  insert: string;
}

export interface Slip {
  /** Offset of the problem in the text scanned. */
  offset: number;
  code: string;
  message: string;
  hint: string;
  edits: Edit[];
  /** What `plan validate --fix` says it changed, when it may make this repair itself. */
  fixed?: string;
  /**
   * The repair only puts the value in quotes as written (an Excel error such as #N/A, which YAML would
   * read as a note): the value is still wrong, and what the checks of its shape would say of it (or of
   * the part that holds it) is this slip said again, so they are not shown.
   */
  settles?: true;
  /** A slip that changes nothing in the report (an invisible character at the end of a line) is a warning. */
  severity?: 'warning';
}

/** What the scanner needs to know of the plan's shape, from its schema. */
export interface SlipContext {
  /** The keys that exist anywhere in the file. */
  knownKeys: ReadonlySet<string>;
  /**
   * For each key whose value is a block of keys, the keys allowed in it; CODE_KEYS stands for any
   * council code (a block such as `amounts:`).
   */
  children: ReadonlyMap<string, ReadonlySet<string>>;
  /** The keys whose blocks hold amounts of money per council code ("amounts:", "achieved:"). */
  moneyBlocks?: ReadonlySet<string>;
  /** The keys whose value is text ("status:", "narrative:"). */
  textKeys?: ReadonlySet<string>;
  /** The keys whose value is a list of blocks, each item starting "- " ("actions:"). */
  lists?: ReadonlySet<string>;
  /** The keys whose value is a date written YYYY-MM-DD ("due:"), from the pattern the schema gives editors. */
  dateKeys?: ReadonlySet<string>;
  /** The keys whose value is a list of numbers, written in square brackets ("savingsProfile:"). */
  numberLists?: ReadonlySet<string>;
  /** The keys whose value has a form of its own (an id, a date, a quarter, a number), not text: a dash in it is a hyphen. */
  formKeys?: ReadonlySet<string>;
  /** The keys that take one of a few words ("ended:" completed or dropped), with those words. */
  choices?: ReadonlyMap<string, readonly string[]>;
  /** The date keys whose date is the first of a month ("starts:" of the financial year), from the schema's pattern. */
  firstDayKeys?: ReadonlySet<string>;
  /** Keys whose value may, in one of its forms, be a figure per council ("target:" of a measure: "none" or codes). */
  mayHoldCodes?: ReadonlySet<string>;
  /** The plan's councils, code → name, when plan.yaml could be read: a council written by its name is known by it. */
  councils?: ReadonlyMap<string, string>;
  /** The month the plan's financial year starts in (0 = January), from plan.yaml's "starts:", when it could be read. */
  yearStartMonth?: number;
}

/** In SlipContext.children: the block's keys are council codes. */
export const CODE_KEYS = '<council code>';
/**
 * The text the parser reads: the file, with the repairs of the slips found so far applied. Offsets in
 * it map back to the file's own, so every message points at what the officer sees.
 */
export class WorkingCopy {
  private readonly applied: Array<{ at: number; remove: number; insert: number }> = [];

  constructor(public text: string) {}

  get edited(): boolean {
    return this.applied.length > 0;
  }

  /** Apply edits made against the current text; one that overlaps an earlier one in the batch is skipped. */
  apply(edits: readonly Edit[]): void {
    let floor = Infinity;
    for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
      if (edit.at + edit.remove > floor) continue;
      this.text = this.text.slice(0, edit.at) + edit.insert + this.text.slice(edit.at + edit.remove);
      this.applied.push({ at: edit.at, remove: edit.remove, insert: edit.insert.length });
      floor = edit.at;
    }
  }

  /** The offset in the file of an offset in the working text. */
  toOriginal = (offset: number): number => {
    let o = offset;
    for (let i = this.applied.length - 1; i >= 0; i--) {
      const e = this.applied[i]!;
      if (o >= e.at + e.insert) o = o - e.insert + e.remove;
      else if (o > e.at) o = e.at;
    }
    return o;
  };
}

// ---------------------------------------------------------------------------------------------
// Characters pasted from Word and other programs.
