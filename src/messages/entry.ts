import { listAnd } from '../shared/words.js';

/**
 * One message plan can print: what it says, the hint that fixes it and, for a slip `plan validate
 * --fix` repairs itself, what the repair did. Each entry of the table is a function of typed
 * parameters, with examples of those parameters: docs/messages.md shows every entry at its examples,
 * so the whole wording can be read as prose, and test/wording.test.ts checks each one there.
 */
export interface Wording {
  message: string;
  hint: string;
  /** What `plan validate --fix` says it changed. */
  fixed?: string;
}

export interface Entry<P> {
  /** Parameters that show the entry in each of its forms (one per branch of its wording). */
  examples: readonly P[];
  say: (p: P) => Wording;
}

/** An entry of the table; a wording with no parameters takes `void` and one example, `undefined`. */
export function entry<P>(examples: readonly [P, ...P[]], say: (p: P) => Wording): Entry<P> {
  return { examples, say };
}

/** A group of the table: a heading and a sentence for docs/messages.md, then its entries in reading order. */
/** Any entry, whatever its parameters. */
export type AnyEntry = { examples: readonly unknown[]; say: (p: never) => Wording };

export interface Group<E extends Record<string, AnyEntry>> {
  title: string;
  intro: string;
  entries: E;
}

export function group<E extends Record<string, AnyEntry>>(title: string, intro: string, entries: E): Group<E> {
  return { title, intro, entries };
}

/** "1 space", "2 spaces". */
export function spaces(n: number): string {
  return `${n} space${n === 1 ? '' : 's'}`;
}

/** Where a line starts: "10 spaces from the left edge", or "at the left edge". */
export function column(n: number): string {
  return n === 0 ? 'at the left edge' : `${n} spaces from the left edge`;
}

/** Text in double quotes for YAML, or in single quotes when it holds a double quote or a backslash. */
export function quoteForYaml(text: string): string {
  if (!/["\\]/.test(text)) return `"${text}"`;
  return `'${text.replace(/'/g, "''")}'`;
}

/** "line 4" or "lines 4–6". */
export function lineRange(r: { from: number; to: number }): string {
  return r.from === r.to ? `line ${r.from}` : `lines ${r.from}–${r.to}`;
}

/** "line 25", "lines 25 and 29", "lines 25, 29 and 31". */
export function lineList(lines: readonly number[]): string {
  return `${lines.length === 1 ? 'line' : 'lines'} ${listAnd(lines.map(String))}`;
}
