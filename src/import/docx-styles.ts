import { attr, child, childrenOf, isOn, tagOf, type XmlNode } from './xml.js';

/** Word's styles (styles.xml): what a paragraph or run inherits from its style and the styles that is based on. */

export interface StyleInfo {
  name: string;
  basedOn?: string;
  heading: boolean;
  bold?: boolean;
  large?: boolean;
  /** Its text is hidden (w:vanish in the style's run properties). */
  hidden?: boolean;
  listLevel?: number;
  numId?: string;
}

export function readStyles(root: XmlNode | undefined): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  for (const style of root ? childrenOf(root) : []) {
    const type = attr(style, 'w:type');
    if (tagOf(style) !== 'w:style' || (type !== 'paragraph' && type !== 'character')) continue;
    const id = attr(style, 'w:styleId');
    if (!id) continue;
    const name = attr(child(style, 'w:name'), 'w:val') ?? id;
    const pPr = child(style, 'w:pPr');
    const rPr = child(style, 'w:rPr');
    const numPr = child(pPr, 'w:numPr');
    const info: StyleInfo = {
      name,
      heading: /^(heading\s*\d|title)$/i.test(name) || child(pPr, 'w:outlineLvl') !== undefined,
    };
    const basedOn = attr(child(style, 'w:basedOn'), 'w:val');
    if (basedOn) info.basedOn = basedOn;
    if (child(rPr, 'w:b')) info.bold = isOn(child(rPr, 'w:b'));
    const size = attr(child(rPr, 'w:sz'), 'w:val');
    if (size) info.large = Number(size) >= 28;
    if (child(rPr, 'w:vanish')) info.hidden = isOn(child(rPr, 'w:vanish'));
    if (numPr) {
      info.listLevel = Number(attr(child(numPr, 'w:ilvl'), 'w:val') ?? 0);
      const numId = attr(child(numPr, 'w:numId'), 'w:val');
      if (numId) info.numId = numId;
    }
    styles.set(id, info);
  }
  return styles;
}

/** A style with what it inherits from the styles it is based on. */
export function resolveStyle(styles: Map<string, StyleInfo>, id: string | undefined): StyleInfo {
  const out: StyleInfo = { name: id ?? '', heading: false };
  let current = id;
  const seen = new Set<string>();
  let first = true;
  while (current && !seen.has(current)) {
    seen.add(current);
    const s = styles.get(current);
    if (!s) break;
    if (first) out.name = s.name;
    first = false;
    out.heading ||= s.heading;
    if (out.bold === undefined && s.bold !== undefined) out.bold = s.bold;
    if (out.large === undefined && s.large !== undefined) out.large = s.large;
    if (out.hidden === undefined && s.hidden !== undefined) out.hidden = s.hidden;
    if (out.listLevel === undefined && s.listLevel !== undefined) out.listLevel = s.listLevel;
    if (out.numId === undefined && s.numId !== undefined) out.numId = s.numId;
    current = s.basedOn;
  }
  // Word's own heading ids work even without styles.xml.
  if (id && /^(Heading\d|Title)$/.test(id)) out.heading = true;
  return out;
}
