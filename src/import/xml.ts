import { XMLParser } from 'fast-xml-parser';

/**
 * The parts of a .docx as fast-xml-parser reads them in document order (preserveOrder): each node is
 * `{ tag: children[], ':@': attributes }`. These helpers are the only place that knows that shape.
 */
export type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
});

/** The root element with this tag, or undefined; throws on XML that is not well formed. */
export function parseRoot(xml: string, tag: string): XmlNode | undefined {
  return (parser.parse(xml) as XmlNode[]).find((n) => tagOf(n) === tag);
}

export function tagOf(node: XmlNode): string {
  for (const key of Object.keys(node)) if (key !== ':@') return key;
  return '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  return node?.[':@']?.[name];
}

export function child(node: XmlNode | undefined, tag: string): XmlNode | undefined {
  return node ? childrenOf(node).find((c) => tagOf(c) === tag) : undefined;
}

export function hasDescendant(node: XmlNode, tag: string): boolean {
  return childrenOf(node).some((c) => tagOf(c) === tag || hasDescendant(c, tag));
}

/** Every descendant with this tag, in document order, not looking inside a match. */
export function descendants(node: XmlNode, tag: string): XmlNode[] {
  return childrenOf(node).flatMap((c) => (tagOf(c) === tag ? [c] : descendants(c, tag)));
}

/** The text directly inside an element such as w:t. */
export function textOf(node: XmlNode): string {
  return childrenOf(node)
    .map((t) => String(t['#text'] ?? ''))
    .join('');
}

/** w:b, w:b w:val="1"/"true"/"on" are on; w:val="0"/"false"/"off" is not. */
export function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const val = attr(node, 'w:val');
  return val === undefined || !/^(0|false|off|none)$/i.test(val);
}
