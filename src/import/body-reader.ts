import { fillOf } from './cell-colour.js';
import type { DocBody, DocCell, DocLeftOut, DocParagraph, DocRow, DocTable } from './doc-body.js';
import type { NumberingCounter } from './docx-numbering.js';
import { resolveStyle, type StyleInfo } from './docx-styles.js';
import { isSymbolFont, symbolCharacter } from './symbol-fonts.js';
import { attr, child, childrenOf, descendants, hasDescendant, isOn, tagOf, textOf, type XmlNode } from './xml.js';

/** WordprocessingML's paragraphs, runs and tables as plain paragraphs and cells, with what was left out and where. */

/** A container's children, with content controls (w:sdt) and custom XML opened up: the paragraphs, tables, rows or cells inside them. */
export function contentOf(node: XmlNode): XmlNode[] {
  return childrenOf(node).flatMap((c) => {
    const tag = tagOf(c);
    if (tag === 'w:sdt') return contentOf(child(c, 'w:sdtContent') ?? {});
    return tag === 'w:customXml' ? contentOf(c) : [c];
  });
}

const SYMBOL_BULLETS: ReadonlySet<number> = new Set([0xf0b7, 0xf0a7, 0xf06c]);

export interface Counts {
  images: number;
  trackedChanges: number;
  nestedTables: number;
}

interface RunState {
  text: string;
  allBold: boolean;
  allItalic: boolean;
  allEmphasised: boolean;
  anyWords: boolean;
  /** The colours (RRGGBB) of the runs with words: text colour, highlight or run shading. */
  colours: Set<string>;
}

/** What read-docx needs besides document.xml: the other parts, already parsed. */
export interface Parts {
  styles: Map<string, StyleInfo>;
  numbering: NumberingCounter;
  theme: Record<string, string>;
  /** Footnote and endnote id → its text. */
  notes: { footnote: Map<string, string>; endnote: Map<string, string> };
  /** An altChunk's relationship id → what it holds, read as paragraphs (or undefined when it cannot be read). */
  altChunk: (id: string) => DocBody['items'] | undefined;
}

const PRIVATE_USE = /[\uf000-\uf0ff]/g;

export class BodyReader {
  charts = 0;
  readonly leftOut: DocLeftOut[] = [];
  /** Where the reader is, for the left-out list: "table 2, row 3" or "paragraph 4". */
  place = 'the document';

  constructor(private readonly parts: Parts) {}

  paragraph(p: XmlNode, counts: Counts): DocParagraph {
    const pPr = child(p, 'w:pPr');
    const styleId = attr(child(pPr, 'w:pStyle'), 'w:val');
    const style = resolveStyle(this.parts.styles, styleId);
    const numPr = child(pPr, 'w:numPr');
    // A paragraph's numPr may give only the level, or only the list; the style gives the rest.
    const numId = attr(child(numPr, 'w:numId'), 'w:val') ?? style.numId;
    const ilvl = attr(child(numPr, 'w:ilvl'), 'w:val');
    let listLevel: number | undefined;
    if (numId !== undefined && numId !== '0' && (numPr || style.listLevel !== undefined))
      listLevel = ilvl !== undefined ? Number(ilvl) : (this.parts.numbering.levelOfStyle(numId, styleId) ?? style.listLevel ?? 0);
    else if (!numPr && style.listLevel !== undefined) listLevel = style.listLevel;
    const heading = style.heading || child(pPr, 'w:outlineLvl') !== undefined;
    const state: RunState = { text: '', allBold: true, allItalic: true, allEmphasised: true, anyWords: false, colours: new Set() };
    this.inline(childrenOf(p), counts, state, style);
    const out: DocParagraph = {
      kind: 'paragraph',
      text: state.text,
      heading,
      styleName: style.name,
      bold: state.anyWords && state.allBold,
      emphasised: state.anyWords && state.allEmphasised,
      ...this.colourOf(pPr, state),
      italic: state.anyWords && state.allItalic,
    };
    if (listLevel !== undefined && Number.isInteger(listLevel)) {
      out.listLevel = Math.max(0, Math.min(8, listLevel));
      const label = numId && numId !== '0' && /\S/.test(state.text) ? this.parts.numbering.next(numId, out.listLevel) : undefined;
      if (label) out.numberLabel = label;
    }
    return out;
  }

  /** Runs, links, fields, equations and inserted text, in order; deleted text is listed, not read. */
  private inline(nodes: XmlNode[], counts: Counts, state: RunState, style: StyleInfo): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      switch (tag) {
        case 'w:r':
          this.run(node, counts, state, style);
          break;
        case 'w:ins':
        case 'w:moveTo':
          counts.trackedChanges++;
          this.inline(childrenOf(node), counts, state, style);
          break;
        case 'w:del':
        case 'w:moveFrom':
          counts.trackedChanges++;
          this.deleted(node);
          break;
        case 'm:oMath':
        case 'm:oMathPara':
          // An equation keeps its text ("£5,000×2"); its layout (fractions, scripts) is lost.
          state.text += descendants(node, 'm:t').map(textOf).join('');
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:fldSimple':
        case 'w:customXml':
        case 'w:bdo':
        case 'w:dir':
          this.inline(childrenOf(node), counts, state, style);
          break;
        case 'w:sdt':
          this.inline(childrenOf(child(node, 'w:sdtContent') ?? {}), counts, state, style);
          break;
        case 'w:pPr':
          if (child(node, 'w:pPrChange')) counts.trackedChanges++;
          break;
        default:
          break;
      }
    }
  }

  private run(r: XmlNode, counts: Counts, state: RunState, style: StyleInfo): void {
    const rPr = child(r, 'w:rPr');
    const b = child(rPr, 'w:b');
    const bold = b ? isOn(b) : style.bold === true;
    const size = attr(child(rPr, 'w:sz'), 'w:val');
    const underline = child(rPr, 'w:u') !== undefined && attr(child(rPr, 'w:u'), 'w:val') !== 'none';
    const emphasised = bold || underline || (size ? Number(size) >= 28 : style.large === true);
    const font = attr(child(rPr, 'w:rFonts'), 'w:ascii') ?? attr(child(rPr, 'w:rFonts'), 'w:hAnsi');
    let words = '';
    for (const node of childrenOf(r)) words += this.runPart(node, counts, font);
    // Hidden text (w:vanish, w:specVanish) is never imported: it is listed as left out.
    if (this.hidden(rPr, style)) {
      if (/\S/.test(words)) this.leftOut.push({ where: this.place, what: 'hidden text', text: words.trim() });
      return;
    }
    words = this.unknownSymbols(words);
    if (/\S/.test(words)) {
      state.anyWords = true;
      if (!bold) state.allBold = false;
      if (!isOn(child(rPr, 'w:i'))) state.allItalic = false;
      if (!emphasised) state.allEmphasised = false;
      const colour = runColour(rPr, this.parts.theme);
      if (colour) state.colours.add(colour);
    }
    state.text += words;
  }

  /** The paragraph's shading, or the one colour all its coloured runs share: how a RAG is shown without a word. */
  private colourOf(pPr: XmlNode | undefined, state: RunState): { colour?: string } {
    const shading = fillOf(child(pPr, 'w:shd'), this.parts.theme);
    if (shading) return { colour: shading };
    return state.colours.size === 1 ? { colour: [...state.colours][0]! } : {};
  }

  /** Deleted tracked text is not read: it is listed as left out. */
  private deleted(node: XmlNode): void {
    const text = descendants(node, 'w:delText').map(textOf).join('') || descendants(node, 'w:t').map(textOf).join('');
    if (/\S/.test(text)) this.leftOut.push({ where: this.place, what: 'deleted text', text: text.trim() });
  }

  /** Hidden by the run (w:vanish, w:specVanish), its character style, or its paragraph's style. */
  private hidden(rPr: XmlNode | undefined, style: StyleInfo): boolean {
    const vanish = child(rPr, 'w:vanish');
    if (vanish) return isOn(vanish);
    if (isOn(child(rPr, 'w:specVanish'))) return true;
    const characterStyle = attr(child(rPr, 'w:rStyle'), 'w:val');
    const inherited = characterStyle ? resolveStyle(this.parts.styles, characterStyle).hidden : undefined;
    return inherited ?? style.hidden === true;
  }

  /** Private-use characters left after the symbol fonts were mapped: listed, and kept so nothing is lost. */
  private unknownSymbols(words: string): string {
    const unknown = words.match(PRIVATE_USE);
    if (unknown)
      this.leftOut.push({
        where: this.place,
        what: 'unknown symbol',
        text: [...new Set(unknown)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(', '),
      });
    return words;
  }

  /** One child of a run as text. */
  private runPart(node: XmlNode, counts: Counts, font: string | undefined): string {
    const tag = tagOf(node);
    if (tag === 'w:t') return this.symbolText(textOf(node), font);
    if (tag === 'w:tab' || tag === 'w:ptab') return '\t';
    // A page or column break is layout; a line break is part of the text.
    if (tag === 'w:br' || tag === 'w:cr') return !attr(node, 'w:type') || attr(node, 'w:type') === 'textWrapping' ? '\n' : '';
    if (tag === 'w:noBreakHyphen') return '\u2011';
    if (tag === 'w:sym') return this.sym(node);
    if (tag === 'w:ruby') return this.ruby(node);
    if (tag === 'w:footnoteReference' || tag === 'w:endnoteReference') {
      const kind = tag === 'w:footnoteReference' ? 'footnote' : 'endnote';
      const note = this.parts.notes[kind].get(attr(node, 'w:id') ?? '');
      return note ? ` [${kind}: ${note}]` : '';
    }
    if (tag === 'w:drawing' || tag === 'w:pict' || tag === 'mc:AlternateContent' || tag === 'w:object') return this.drawing(node, counts);
    // w:delText (deleted text), w:instrText (a field's code) and w:fldChar are not words; a tracked
    // change of formatting only (w:rPrChange) leaves the words as they are.
    return '';
  }

  /** Text typed in a symbol font ("ü" in Wingdings is a tick) as the characters it draws. */
  private symbolText(text: string, font: string | undefined): string {
    if (!isSymbolFont(font)) return text;
    return [...text].map((c) => symbolCharacter(font, c.codePointAt(0)!) ?? privateUse(c.codePointAt(0)!)).join('');
  }

  private sym(node: XmlNode): string {
    const code = Number.parseInt(attr(node, 'w:char') ?? '', 16);
    if (!Number.isInteger(code) || code <= 0) return '';
    // Symbol-font bullets (Symbol F0B7, Wingdings F0A7 and F06C) are the typed "•" of old documents.
    if (SYMBOL_BULLETS.has(code)) return '•';
    return symbolCharacter(attr(node, 'w:font'), code) ?? privateUse(code);
  }

  /** Ruby (phonetic guide) text: the base text, then the guide in brackets. */
  private ruby(node: XmlNode): string {
    const base = descendants(child(node, 'w:rubyBase') ?? {}, 'w:t')
      .map(textOf)
      .join('');
    const guide = descendants(child(node, 'w:rt') ?? {}, 'w:t')
      .map(textOf)
      .join('');
    return guide ? `${base} (${guide})` : base;
  }

  /** A picture, chart or text box: a text box's words are kept, in brackets; a picture is counted. */
  private drawing(node: XmlNode, counts: Counts): string {
    // Alternate content holds the same drawing twice (DrawingML and VML): read the first choice only.
    const drawing = tagOf(node) === 'mc:AlternateContent' ? (childrenOf(node)[0] ?? node) : node;
    const boxes = descendants(drawing, 'w:txbxContent');
    if (boxes.length > 0) {
      const text = boxes
        .flatMap((box) => contentOf(box).filter((c) => tagOf(c) === 'w:p'))
        .map((p) => this.paragraph(p, counts).text.trim())
        .filter(Boolean)
        .join(' ');
      return text ? ` [text box: ${text}]` : '';
    }
    if (hasDescendant(drawing, 'c:chart')) this.charts++;
    else counts.images++;
    return '';
  }

  cell(tc: XmlNode): DocCell {
    const counts: Counts = { images: 0, trackedChanges: 0, nestedTables: 0 };
    const tcPr = child(tc, 'w:tcPr');
    const span = Number(attr(child(tcPr, 'w:gridSpan'), 'w:val') ?? 1);
    const vMergeNode = child(tcPr, 'w:vMerge');
    const merged = span > 1 || vMergeNode !== undefined || child(tcPr, 'w:hMerge') !== undefined;
    const paragraphs: DocParagraph[] = [];
    for (const node of contentOf(tc)) {
      const tag = tagOf(node);
      if (tag === 'w:p') paragraphs.push(this.paragraph(node, counts));
      else if (tag === 'w:tbl') {
        counts.nestedTables++;
        paragraphs.push(...this.flatten(node));
      } else if (tag === 'w:altChunk')
        paragraphs.push(...this.altChunk(node).flatMap((i) => (i.kind === 'paragraph' ? [i] : flattenTable(i))));
    }
    const out: DocCell = { paragraphs, merged, span: Number.isInteger(span) && span > 0 ? span : 1, ...counts };
    if (vMergeNode) out.vMerge = attr(vMergeNode, 'w:val') === 'restart' ? 'restart' : 'continue';
    const fill = fillOf(child(tcPr, 'w:shd'), this.parts.theme);
    if (fill) out.fill = fill;
    // A cell with no shading of its own may show its colour in its text: a highlighted word or a coloured "●".
    const colour = paragraphs.find((p) => p.colour)?.colour;
    if (colour) out.textColour = colour;
    return out;
  }

  /** A table inside a cell as paragraphs of the cell: one a row, its cells joined by " | ". */
  private flatten(tbl: XmlNode): DocParagraph[] {
    const place = this.place;
    const table = this.table(tbl, 0);
    this.place = place;
    return flattenTable(table);
  }

  table(tbl: XmlNode, number: number): DocTable {
    const rows: DocRow[] = contentOf(tbl)
      .filter((tr) => tagOf(tr) === 'w:tr')
      .map((tr, r) => {
        if (number > 0) this.place = `table ${number}, row ${r + 1}`;
        return {
          cells: contentOf(tr)
            .filter((tc) => tagOf(tc) === 'w:tc')
            .map((tc) => this.cell(tc)),
        };
      });
    return { kind: 'table', number, rows };
  }

  /** Content kept in another part (w:altChunk: HTML, text or a whole .docx pasted in), as items. */
  altChunk(node: XmlNode): DocBody['items'] {
    const items = this.parts.altChunk(attr(node, 'r:id') ?? '');
    if (items) return items;
    this.leftOut.push({
      where: this.place,
      what: 'embedded content',
      text: 'content embedded from another file (altChunk) that plan cannot read',
    });
    return [];
  }
}

/**
 * A symbol-font character plan cannot map, as the private-use character Word itself uses for it
 * (U+F0xx), so that it is listed rather than shown as the letter it is typed with ("J" in Wingdings is ☺).
 */
function privateUse(code: number): string {
  return String.fromCodePoint(code <= 0xff ? 0xf000 + code : code);
}

/** Word's highlight colours (w:highlight), as RRGGBB. */
const HIGHLIGHTS: Record<string, string> = {
  yellow: 'FFFF00',
  green: '00FF00',
  brightGreen: '00FF00',
  darkGreen: '008000',
  red: 'FF0000',
  darkRed: '800000',
  darkYellow: '808000',
};

/** A run's colour: its highlight, its shading, or its text colour (not "auto", not black). */
function runColour(rPr: XmlNode | undefined, theme: Record<string, string>): string | undefined {
  const highlight = HIGHLIGHTS[attr(child(rPr, 'w:highlight'), 'w:val') ?? ''];
  if (highlight) return highlight;
  const shading = fillOf(child(rPr, 'w:shd'), theme);
  if (shading) return shading;
  const color = child(rPr, 'w:color');
  const themed = attr(color, 'w:themeColor');
  const value = themed ? theme[themed] : attr(color, 'w:val');
  return value && /^[0-9a-f]{6}$/i.test(value) && !/^0{6}$/.test(value) ? value.toUpperCase() : undefined;
}

function flattenTable(table: DocTable): DocParagraph[] {
  return table.rows
    .map((row) =>
      row.cells
        .map((c) =>
          c.paragraphs
            .map((p) => p.text.trim())
            .filter(Boolean)
            .join(' '),
        )
        .filter(Boolean)
        .join(' | '),
    )
    .filter(Boolean)
    .map((text) => ({ kind: 'paragraph', text, heading: false, styleName: '', bold: false }));
}
