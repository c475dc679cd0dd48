import type { DocCell, DocParagraph, DocTable } from './doc-body.js';

/**
 * A Word table laid out on its grid, as `plan import` reads it: a cell spanning columns (w:gridSpan)
 * covers each of them, a cell merged down (w:vMerge) gives its text to the rows it covers, and the
 * header, in one row or two ("Q2 position" merged over "Status | Narrative"), says what each grid column
 * means.
 */

/** `ref` and `lead` have no place in a plan: their cells are kept as comments above each action, without a warning. */
export type Column = 'action' | 'status' | 'narrative' | 'rag' | 'ref' | 'lead';

/** What a header cell says the column is, or undefined for a column plan does not know. */
export function columnOf(header: string): Column | undefined {
  const words = headerWords(header);
  if (!words) return undefined;
  if (/\brag\b|\brating\b|traffic light/.test(words)) return 'rag';
  // "Ref", "Action ref", "Action no." and "Action owner" name a column beside the action, not the action.
  if (/\b(ref|refs|reference)\b/.test(words) || /^((action|item|task) )?(no|number|id)$/.test(words)) return 'ref';
  if (/\b(lead|leads|owner|owners|responsible|officer|officers)\b/.test(words)) return 'lead';
  if (
    /\b(actions?|objectives?|tasks?|activit(y|ies)|what we will do|deliverables?|commitments?|initiatives?|milestones?|projects?|priorit(y|ies))\b/.test(
      words,
    )
  )
    return 'action';
  if (/\bstatus\b/.test(words)) return 'status';
  if (/\b(narrative|progress|comments?|commentary|updates?|notes?|position|remarks?|details?|explanation)\b/.test(words))
    return 'narrative';
  return undefined;
}

/** A header cell's words: lower case, without "(continued)" and punctuation ("Narrative (cont'd)" → "narrative"). */
function headerWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(continued\)|\bcont(inued|'d|d)?\b\.?/g, ' ')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function cellPlain(cell: DocCell): string {
  return paragraphsPlain(cell.paragraphs);
}

function paragraphsPlain(paragraphs: readonly DocParagraph[]): string {
  return paragraphs
    .map((p) => p.text)
    .join('\n')
    .trim();
}

/**
 * The columns a header row names, or undefined when the row is not a plan table's header. A kind named
 * twice ("Q1 update | Q2 update") is read from the column that names the quarter imported, else the
 * rightmost (the latest); the others are kept as comments.
 */
function headerColumns(texts: readonly string[], quarter?: string): Array<Column | undefined> | undefined {
  // A header cell is a few words ("Progress update at the end of Q2"), never a sentence of an action.
  if (texts.some((t) => t.trim().split(/\s+/).length > 8 || /[.;]\s/.test(t.trim()))) return undefined;
  const columns = texts.map(columnOf);
  for (const kind of new Set(columns)) {
    const at = columns.flatMap((c, i) => (c === kind && kind !== undefined ? [i] : []));
    if (at.length < 2 || kind === 'ref' || kind === 'lead') continue;
    const chosen = at.find((i) => quarter !== undefined && new RegExp(`\\b${quarter}\\b`, 'i').test(texts[i]!)) ?? at[at.length - 1]!;
    for (const i of at) if (i !== chosen) columns[i] = undefined;
  }
  const named = columns.filter((c) => c !== undefined && c !== 'ref' && c !== 'lead');
  if (!named.includes('action') || named.length < 2) return undefined;
  // "Action | Action" is not a header: two columns of the same kind must differ in what they say.
  const namedTexts = texts.filter((t) => columnOf(t) !== undefined);
  if (new Set(namedTexts).size < namedTexts.length) return undefined;
  return columns;
}

/** One grid column of a row: the cell over it, whether the cell starts there, and its text. */
export interface GridCell {
  cell: DocCell;
  /** The first grid column the cell covers (a spanning cell's text is read once, there). */
  origin: boolean;
  text: string;
  /** A cell merged down from this row (0-based) above: its text is that cell's. */
  mergedFrom?: number;
}

/** The table's rows on its grid, with each merged-down cell given the text of the cell it continues. */
export function gridOf(table: DocTable): GridCell[][] {
  const grid: GridCell[][] = [];
  table.rows.forEach((row, r) => {
    const out: GridCell[] = [];
    for (const cell of row.cells) {
      const column = out.length;
      const above = cell.vMerge === 'continue' && cellPlain(cell) === '' ? grid[r - 1]?.[column] : undefined;
      for (let i = 0; i < cell.span; i++)
        out.push(
          above
            ? { cell: above.cell, origin: i === 0, text: above.text, mergedFrom: above.mergedFrom ?? r - 1 }
            : { cell, origin: i === 0, text: cellPlain(cell) },
        );
    }
    grid.push(out);
  });
  return grid;
}

export interface TableHeader {
  columns: Array<Column | undefined>;
  /** The header's first and last rows, 0-based. */
  first: number;
  last: number;
  /** Each grid column's header text, both rows together ("Q2 position Status"). */
  names: string[];
}

/** A second header row: every cell in it names a column, or continues the row above. */
function isHeaderLike(row: readonly GridCell[]): boolean {
  const texts = row.filter((g) => g.origin && g.mergedFrom === undefined && g.text !== '');
  return texts.length > 0 && texts.every((g) => columnOf(g.text) !== undefined);
}

/** The header, found by what its cells say: in one row, or in two read together. */
export function findHeader(grid: readonly GridCell[][], quarter?: string): TableHeader | undefined {
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r]!;
    const next = grid[r + 1];
    if (next && next.length === row.length && isHeaderLike(row) && isHeaderLike(next)) {
      const names = row.map((g, c) => {
        const below = next[c]!;
        return below.mergedFrom === undefined && below.text !== g.text ? `${g.text} ${below.text}`.trim() : g.text;
      });
      const columns = headerColumns(names, quarter);
      if (columns) return { columns, first: r, last: r + 1, names };
    }
    const names = row.map((g) => g.text);
    const columns = headerColumns(names, quarter);
    if (columns) return { columns, first: r, last: r, names };
  }
  return undefined;
}

/**
 * A row further down that repeats the table's header (after a page break, or retyped as "Narrative
 * (continued)"): each cell it fills says its own column's header words, or one row's of a two-row header
 * ("Q2 position" over "Status"). A row that merely reads like a header ("First action. | Onward going |
 * No update this quarter."), or is the same as another row, is a row of the plan.
 */
export function repeatsHeader(texts: readonly string[], header: TableHeader): boolean {
  let named = false;
  for (const [c, text] of texts.entries()) {
    if (text.trim() === '') continue;
    const words = headerWords(text);
    // A cell of punctuation or "(continued)" alone says nothing of its own.
    if (words === '') continue;
    const name = headerWords(header.names[c] ?? '');
    if (words !== name && !name.startsWith(`${words} `) && !name.endsWith(` ${words}`)) return false;
    named = true;
  }
  return named;
}

/** A row's cells on the table's grid, one per column, and where it is. */
export interface RowContext {
  table: DocTable;
  header: TableHeader;
  cells: GridCell[];
  r: number;
  where: string;
}

/** Words a header cell is made of: the columns' names and the words around them ("Progress at end of Q3"). */
const HEADER_VOCABULARY =
  /\b(?:actions?|objectives?|tasks?|activit(?:y|ies)|what|we|will|do|deliverables?|commitments?|initiatives?|milestones?|projects?|priorit(?:y|ies)|status|narrative|progress|comments?|commentary|updates?|notes?|position|remarks?|details?|explanation|rag|rating|brag|traffic|light|ref|refs|reference|no|number|id|item|lead|leads|owner|owners|responsible|officers?|current|latest|overall|key|main|at|as|of|the|end|by|to|date|this|quarter|q[1-4]|20\d\d(?:\s\d\d)?|and|on)\b/g;

/** A cell with words no header would hold ("Action plan review": "plan review"). */
function saysMoreThanAHeader(text: string): boolean {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9 ]+/g, ' ')
      .replace(HEADER_VOCABULARY, ' ')
      .trim() !== ''
  );
}

/**
 * A table right after a plan table and as wide, whose "header" is a row of the plan that reads like
 * one ("Action plan review | Status report | Progress notes"), or sits below such rows: the table goes
 * on from the one above, and its rows are actions. A header that repeats the one above, one that
 * reads its columns otherwise, or one every cell of which is header words, is a header. `previous` is
 * the header of the table above.
 */
export function readsOnFromAbove(grid: readonly GridCell[][], found: TableHeader, previous: TableHeader | undefined): boolean {
  if (!previous || grid.some((row) => row.length !== previous.columns.length)) return false;
  if (repeatsHeader(found.names, previous)) return false;
  // A header that puts its columns in another order ("Task owner | Actions agreed | Progress") is a new table's.
  if (found.columns.some((column, c) => column !== previous.columns[c])) return false;
  const filled = (row: readonly GridCell[]) => row.filter((g) => g.origin && g.mergedFrom === undefined && g.text.trim() !== '').length;
  if (found.first > 0) return grid.slice(0, found.first).every((row) => filled(row) >= 2);
  return found.names.filter((name, c) => found.columns[c] !== undefined && saysMoreThanAHeader(name)).length >= 2;
}
