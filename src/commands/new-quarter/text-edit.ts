import { Document, isMap, isSeq, type Scalar, type YAMLMap, type YAMLSeq, type Node as YamlNode } from 'yaml';
import { PRINT_OPTIONS } from '../../plan/write-yaml.js';

/**
 * Edits to a plan file's own text, so that new-quarter changes only the lines it adds (or, for a new
 * year, the quarters it replaces): comments, aligned comments, quoting, folded and multi-line text,
 * trailing spaces, flow style, Windows line endings and a byte-order mark all stay as they were. The
 * positions come from yaml's parse of the same text; the added blocks are written by yaml, indented
 * to match the lines around them.
 */

/** How new-quarter parses a plan file to find where to edit: YAML 1.2, as plan validate reads it. */
export const PARSE_OPTIONS = { version: '1.2', schema: 'core', merge: false, keepSourceTokens: true } as const;

/** The actions of a section file's document, as written. */
export function actionNodes(doc: Document): YAMLMap[] {
  const actions = doc.get('actions', true);
  if (!isSeq(actions)) return [];
  return actions.items.filter((item): item is YAMLMap => isMap(item));
}

export interface TextEdit {
  at: number;
  remove: number;
  insert: string;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) out = out.slice(0, edit.at) + edit.insert + out.slice(edit.at + edit.remove);
  return out;
}

/** The line ending the file uses. */
function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The start of the line after the one `end` is on (or `end` itself when it already starts a line). */
function afterLine(text: string, end: number): number {
  if (end > 0 && text[end - 1] === '\n') return end;
  const newline = text.indexOf('\n', end);
  return newline === -1 ? text.length : newline + 1;
}

/** Where a mapping's last value ends. */
function lastValueEnd(map: YAMLMap): number {
  let end = map.range?.[0] ?? 0;
  for (const pair of map.items) {
    const key = pair.key as YamlNode | null;
    const value = pair.value as YamlNode | null;
    end = Math.max(end, value?.range?.[1] ?? key?.range?.[1] ?? end);
  }
  return end;
}

/** `key: value` as block lines at `indent`, each ended with `eol`. */
function blockText(key: string, value: unknown, indent: number, eol: string): string {
  const yaml = new Document({ [key]: value }).toString(PRINT_OPTIONS);
  return `${yaml
    .trimEnd()
    .split('\n')
    .map((line) => ' '.repeat(indent) + line)
    .join(eol)}${eol}`;
}

/** `value` as one flow collection: `{ status: ok, narrative: "…" }`. */
function flowText(value: unknown): string {
  const doc = new Document(value);
  if (isMap(doc.contents) || isSeq(doc.contents)) doc.contents.flow = true;
  return doc.toString(PRINT_OPTIONS).trim();
}

/** Add `key: value` as the last entry of a mapping (an action's updates, a target). */
export function addEntry(text: string, map: YAMLMap, key: string, value: unknown): TextEdit {
  const eol = lineEnding(text);
  if (map.flow) {
    const close = text.lastIndexOf('}', (map.range?.[1] ?? text.length) - 1);
    return { at: close, remove: 0, insert: `${map.items.length > 0 ? ', ' : ''}${key}: ${flowText(value)}` };
  }
  const firstKey = map.items[0]?.key as YamlNode | undefined;
  const keyStart = firstKey?.range?.[0] ?? map.range?.[0] ?? 0;
  const indent = keyStart - lineStart(text, keyStart);
  const at = afterLine(text, lastValueEnd(map));
  let insert = blockText(key, value, indent, eol);
  // A file that ends without a line break gets one before the new lines.
  if (at === text.length && text.length > 0 && !text.endsWith('\n')) insert = eol + insert;
  return { at, remove: 0, insert };
}

/** Replace every quarter of an action's `updates` with `quarter: value` (a new financial year). */
export function replaceQuarters(text: string, updates: YAMLMap, quarter: string, value: unknown): TextEdit {
  if (updates.flow) {
    const open = text.indexOf('{', updates.range?.[0] ?? 0);
    const close = text.lastIndexOf('}', (updates.range?.[1] ?? text.length) - 1);
    return { at: open + 1, remove: close - open - 1, insert: `${quarter}: ${flowText(value)}` };
  }
  const add = addEntry(text, updates, quarter, value);
  const firstKey = updates.items[0]?.key as YamlNode | undefined;
  const from = lineStart(text, firstKey?.range?.[0] ?? add.at);
  return { at: from, remove: add.at - from, insert: add.insert };
}

/** Remove one item (an action) from a block list, with its lines. */
export function removeItem(text: string, list: YAMLSeq, item: YamlNode): TextEdit | undefined {
  if (list.flow) return undefined;
  const index = list.items.indexOf(item as never);
  const from = lineStart(text, item.range?.[0] ?? 0);
  const next = list.items[index + 1] as YamlNode | undefined;
  const to = next ? lineStart(text, next.range?.[0] ?? 0) : afterLine(text, isMap(item) ? lastValueEnd(item) : (item.range?.[1] ?? from));
  return { at: from, remove: to - from, insert: '' };
}

/** Replace a scalar's text with a plain value (the financial year's label and first day). */
export function replaceScalar(scalar: Scalar, value: string): TextEdit {
  const [start = 0, end = start] = scalar.range ?? [];
  return { at: start, remove: end - start, insert: value };
}
