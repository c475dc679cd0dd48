/** A Word document's body as read-docx.ts gives it to plan import: paragraphs and tables in order, and what was left out. */

export interface DocParagraph {
  kind: 'paragraph';
  /** The words, with "\n" for a line break. Tabs are kept as "\t". Footnotes and text boxes are inline, in brackets. */
  text: string;
  /** Styled as a heading or title (by style, or an outline level). */
  heading: boolean;
  /** The style's name, e.g. "Title", "heading 1". */
  styleName: string;
  /** Every run with words in it is bold. */
  bold: boolean;
  /** Every run with words in it is italic (plan report sets its computed sentences in italics). */
  italic?: boolean;
  /** Every run with words in it is bold, underlined or 14 pt or larger: how officers mark a heading by hand. */
  emphasised?: boolean;
  /** A Word list item (bulleted or numbered) and its level, 0 for the outermost. */
  listLevel?: number;
  /** Its shading, or the colour all its coloured runs share (text colour, highlight), RRGGBB. */
  colour?: string;
  /** The number Word draws before it from its numbering definitions ("3.2."), not in `text`. */
  numberLabel?: string;
}

export interface DocCell {
  paragraphs: DocParagraph[];
  /** Spans more than one column, or is merged with the cell above or below. */
  merged: boolean;
  /** How many grid columns it spans (w:gridSpan). */
  span: number;
  /** Merged with the cells below ('restart') or with the cell above ('continue'). */
  vMerge?: 'restart' | 'continue';
  /** Its shading as RRGGBB, theme colours resolved. */
  fill?: string;
  /** The colour of its first coloured paragraph (shading, highlight or text colour), RRGGBB. */
  textColour?: string;
  images: number;
  /** Tables inside it; their rows are flattened into its paragraphs, cells joined by " | ". */
  nestedTables: number;
  trackedChanges: number;
}

export interface DocRow {
  /** A header row is found by its text, never by "repeat as header row", which many documents do not set. */
  cells: DocCell[];
}

export interface DocTable {
  kind: 'table';
  /** 1-based, in document order (tables inside tables are not counted). */
  number: number;
  rows: DocRow[];
}

/** Text in the document that is not imported on purpose (hidden, deleted) or that plan could not read, with its place. */
export interface DocLeftOut {
  where: string;
  what: 'hidden text' | 'deleted text' | 'unknown symbol' | 'embedded content';
  text: string;
}

export interface DocBody {
  items: Array<DocParagraph | DocTable>;
  /** Images and tracked changes outside tables. */
  outside: { images: number; trackedChanges: number };
  /** Written by `plan report` (its core properties name plan as the creator). */
  madeByPlan: boolean;
  /** The document's keywords (core properties), e.g. "procurement; action plan; 2013/14; Q3; CDC; SNC". */
  keywords: string[];
  /** Charts anywhere (Word draws them from data; plan report draws its own from the figures). */
  charts: number;
  /** Hidden and deleted text, symbols plan cannot map, embedded content it cannot read. */
  leftOut: DocLeftOut[];
}
