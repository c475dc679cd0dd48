import { Document, isMap, isSeq, type YAMLMap } from 'yaml';

/**
 * The one way plan writes YAML for officers to edit: `plan init`, `plan import` and the blocks
 * `plan new-quarter` adds. Block style, two-space indentation, no line folding (a long line stays one
 * line), `|` for text on several lines, and quotes only where YAML needs them ("8.2" stays a string).
 */
export const PRINT_OPTIONS = { lineWidth: 0, minContentWidth: 0, indent: 2, indentSeq: true, blockQuote: 'literal' } as const;

/** The first line of every plan file: tells yaml-language-server which JSON Schema to check it with. */
function modeline(schemaFile: 'plan.schema.json' | 'section.schema.json'): string {
  return `# yaml-language-server: $schema=./${schemaFile}`;
}

/** Lines as a YAML comment body: " line" each, so that yaml prints "# line". */
function commentText(lines: readonly string[]): string {
  return lines.map((l) => (l ? ` ${l}` : '')).join('\n');
}

export interface CommentedValue {
  /** Comment lines written above the file's first key, after the modeline. */
  header?: readonly string[];
  /** Comment lines above the n-th item of a list at a key: { actions: [[…], […]] }. */
  itemComments?: Record<string, ReadonlyArray<readonly string[]>>;
  /** Comment lines above a key of the top-level mapping. */
  keyComments?: Record<string, readonly string[]>;
}

/** A plan file's text: modeline, header comment, then the value, with comments where asked. */
export function yamlFileText(schemaFile: 'plan.schema.json' | 'section.schema.json', value: object, comments: CommentedValue = {}): string {
  const doc = new Document(value);
  const root = doc.contents as YAMLMap;
  for (const [key, lines] of Object.entries(comments.keyComments ?? {})) {
    const pair = root.items.find((p) => (p.key as { value?: unknown }).value === key);
    if (pair && lines.length > 0) (pair.key as { commentBefore?: string }).commentBefore = commentText(lines);
  }
  for (const [key, list] of Object.entries(comments.itemComments ?? {})) {
    const seq = root.get(key, true);
    if (!isSeq(seq)) continue;
    seq.items.forEach((item, i) => {
      const lines = list[i];
      if (lines && lines.length > 0 && isMap(item)) item.commentBefore = commentText(lines);
    });
  }
  const header = [modeline(schemaFile), ...(comments.header?.length ? ['#', ...comments.header.map((l) => (l ? `# ${l}` : '#'))] : [])];
  return `${header.join('\n')}\n${doc.toString(PRINT_OPTIONS)}`;
}
