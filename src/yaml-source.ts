import { Composer, Lexer, isAlias, isMap, isScalar, isSeq, Parser, Scalar, type Document, type Node as YamlNode, type YAMLError } from 'yaml';
import type { Diagnostic } from './diagnostics.js';
import { groupThousands } from './format.js';
import type { SourceFile } from './source-file.js';
import { describeBadCharacter, findBadCharacters } from './text-check.js';

/**
 * Parse with positions. The YAML is read with the 1.2 core schema whatever the file says, and turned
 * into plain data by our own walk rather than `toJS()`, because `toJS()` returns partial data when
 * there are errors, expands aliases, honours tags and lets the last duplicate key win silently.
 * Alongside the data we keep a tree of source ranges so any later stage can point at `line:col`.
 */

export type PathSegment = string | number;

export interface LocNode {
  /** Offset where the value starts, and where it ends. */
  start: number;
  end: number;
  /** Offset of the key that introduced this value, when it is a mapping value. */
  keyStart?: number;
  kind: 'map' | 'seq' | 'scalar' | 'null';
  /** For scalars: how it was written (PLAIN, QUOTE_DOUBLE, BLOCK_LITERAL, ...). */
  style?: string;
  /** For scalars: the end of the value itself (before any trailing comment). */
  valueEnd?: number;
  /** For mappings: the values by key (a prototype-free object: keys are data). */
  fields?: Record<string, LocNode>;
  /** For sequences: the items in order. */
  items?: LocNode[];
}

export interface ParsedYaml {
  /** The data, or `undefined` when the file has no usable document. */
  data: unknown;
  root: LocNode | undefined;
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /** Whether the value at a path is prose: an unquoted " #" inside it drops text, so it is warned about. */
  isProse: (path: readonly PathSegment[]) => boolean;
}

const MAX_DEPTH = 32;
/** A narrative paragraph of 3,000 words on one line is about 18,000 characters. */
export const MAX_LINE_LENGTH = 30_000;
/**
 * A dense real section file has about 134 YAML tokens per kilobyte; 200,000 leaves room for a full
 * 1 MB of it while refusing, in a quarter of a second, files that would take the parser seconds.
 */
export const MAX_TOKENS = 200_000;
/** Levels of indentation, counting text inside `|` blocks and their sub-bullets; real files use about eight. */
const MAX_INDENT_LEVELS = 64;

/** Numbers are only accepted in the form people write on paper: 75000, 0, 12.5. */
const PLAIN_DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const MAX_DIGITS = 15;

function hintForYamlError(error: YAMLError, lineText: string): string | undefined {
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs (two spaces per level)';
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BAD_INDENT':
    default: {
      if (/^\s*(- )?[A-Za-z0-9_-]+:[^\s:/]/.test(lineText) && !/^\s*(- )?[A-Za-z0-9_-]+:\s/.test(lineText)) {
        return 'put a space after the colon: `key: value`';
      }
      if (/:\s.*:\s/.test(lineText) || /:\s.*:$/.test(lineText)) {
        return "put text containing ': ' in quotes, or write it as a block with `|` on the key's line";
      }
      if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
        return 'a quoted text is not closed: add the closing quote mark, or remove the opening one';
      }
      if (error.code === 'BAD_INDENT' || /indent/i.test(error.message)) {
        return 'check the indentation: keys of the same mapping must start in the same column';
      }
      return undefined;
    }
  }
}

/** The first line of the library's message, without its own position suffix. */
function plainYamlMessage(error: YAMLError): string {
  const first = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '');
  return first.charAt(0).toLowerCase() + first.slice(1);
}

class Converter {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: SourceFile,
    private readonly options: ParseOptions,
  ) {}

  private error(offset: number, code: string, message: string, hint?: string): void {
    this.diagnostics.push(this.file.diagnostic(offset, 'error', code, message, hint));
  }

  private warn(offset: number, code: string, message: string, hint?: string): void {
    this.diagnostics.push(this.file.diagnostic(offset, 'warning', code, message, hint));
  }

  /** Refuse the YAML features that can expand, execute or hide data. Returns false if refused. */
  private checkNodeFeatures(node: YamlNode): boolean {
    const start = node.range?.[0] ?? 0;
    let ok = true;
    if (node.anchor) {
      this.error(
        this.findBefore(start, `&${node.anchor}`),
        'yaml-anchor',
        `anchors (&${node.anchor}) are not allowed in plan files`,
        'write the value out in full where it is needed',
      );
      ok = false;
    }
    if (node.tag) {
      const shown = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      this.error(
        this.findBefore(start, '!'),
        'yaml-tag',
        `tags (${shown}) are not allowed in plan files`,
        'remove the tag and write the value as plain text or a number',
      );
      ok = false;
    }
    return ok;
  }

  /** Anchors and tags sit just before the node's range; find them for an exact position. */
  private findBefore(start: number, needle: string): number {
    const from = Math.max(0, start - 200);
    let at = this.file.text.lastIndexOf(needle, start);
    if (at < from) return start;
    // "!!binary": step back to the first "!" of the tag.
    while (needle === '!' && at > 0 && this.file.text[at - 1] === '!') at--;
    return at;
  }

  /** `path` is where the node is; it is a working stack, changed and restored while the children are converted. */
  convert(node: YamlNode | null | undefined, path: PathSegment[]): [unknown, LocNode] {
    const depth = path.length;
    if (node === null || node === undefined) {
      return [null, { start: 0, end: 0, kind: 'null' }];
    }
    const [start = 0, valueEnd = start, end = valueEnd] = node.range ?? [];
    if (depth > MAX_DEPTH) {
      this.error(start, 'yaml-too-deep', `nesting is deeper than ${MAX_DEPTH} levels`, 'plan files need only a few levels; check the indentation');
      return [undefined, { start, end, kind: 'null' }];
    }
    if (isAlias(node)) {
      this.error(start, 'yaml-alias', `aliases (*${node.source}) are not allowed in plan files`, 'write the value out in full where it is needed');
      return [undefined, { start, end, kind: 'null' }];
    }
    if (!this.checkNodeFeatures(node)) return [undefined, { start, end, kind: 'null' }];

    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const fields: Record<string, LocNode> = Object.create(null);
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const keyStart = keyNode?.range?.[0] ?? start;
        if (!isScalar(keyNode) || keyNode.value === null || keyNode.value === undefined) {
          this.error(keyStart, 'yaml-complex-key', 'keys must be plain words', 'write the key as a word followed by a colon: `key: value`');
          continue;
        }
        if (!this.checkNodeFeatures(keyNode)) continue;
        const key = typeof keyNode.value === 'string' ? keyNode.value : String(keyNode.source ?? keyNode.value);
        if (key === '<<' && keyNode.type === Scalar.PLAIN) {
          this.error(keyStart, 'yaml-merge-key', 'merge keys (<<) are not allowed in plan files', 'write the keys out in full in this mapping');
          continue;
        }
        for (const bad of findBadCharacters(key)) {
          const { message, hint } = describeBadCharacter(bad);
          this.error(keyStart, 'bad-character', `${message} in a key`, hint);
        }
        const first = fields[key]?.keyStart;
        if (first !== undefined) {
          const { line } = this.file.position(first);
          this.error(keyStart, 'duplicate-key', `duplicate key "${key}": it is already used on line ${line} of this mapping`, 'remove one of them or merge their contents; YAML would otherwise keep only the last');
          continue;
        }
        const valueNode = pair.value as YamlNode | null;
        path.push(key);
        const [value, loc] = this.convert(valueNode, path);
        path.pop();
        if (valueNode === null || valueNode === undefined) {
          // `key:` with nothing after it: point just after the colon.
          const colon = this.file.text.indexOf(':', keyNode.range?.[1] ?? keyStart);
          loc.start = loc.end = colon === -1 ? keyStart : colon + 1;
        }
        loc.keyStart = keyStart;
        fields[key] = loc;
        // "__proto__" as a key must be data, not the object's prototype.
        if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
        else out[key] = value;
      }
      return [out, { start, end, kind: 'map', fields }];
    }

    if (isSeq(node)) {
      const out: unknown[] = [];
      const items: LocNode[] = [];
      node.items.forEach((item, index) => {
        path.push(index);
        const [value, loc] = this.convert(item as YamlNode | null, path);
        path.pop();
        items.push(loc);
        out.push(value);
      });
      return [out, { start, end, kind: 'seq', items }];
    }

    if (isScalar(node)) {
      const loc: LocNode = { start, end, valueEnd, kind: 'scalar', style: String(node.type ?? 'PLAIN') };
      let value: unknown = node.value;
      if (typeof value === 'number') {
        // Hex, octal, exponents, .inf and over-long numbers are silently changed by YAML; keep the
        // text as written so the schema can say exactly what is wrong with it.
        const written = (node.source ?? String(value)).trim();
        const digits = written.replace(/[^0-9]/g, '').replace(/^0+(?=\d)/, '').length;
        if (!PLAIN_DECIMAL.test(written) || digits > MAX_DIGITS) value = written;
      }
      if (typeof value === 'string') {
        this.checkText(value, start, valueEnd);
        if (node.type === Scalar.PLAIN && this.options.isProse(path)) {
          this.checkDroppedComment(valueEnd);
        }
      } else if (value !== null && typeof value !== 'number' && typeof value !== 'boolean') {
        this.error(start, 'yaml-value', 'this value is not plain text, a number, true or false', 'write it as plain text');
        value = undefined;
      }
      return [value, loc];
    }
    this.error(start, 'yaml-value', 'unsupported YAML value', 'write it as plain text, a list or a mapping');
    return [undefined, { start, end, kind: 'null' }];
  }

  private checkText(value: string, start: number, valueEnd: number): void {
    const bad = findBadCharacters(value);
    if (bad.length === 0) return;
    const raw = this.file.text.slice(start, valueEnd);
    const reported = new Set<number>();
    for (const b of bad) {
      // One message per character kind and code point is enough to act on.
      if (reported.has(b.codePoint)) continue;
      reported.add(b.codePoint);
      const ch = String.fromCodePoint(b.codePoint);
      const found = raw.indexOf(ch);
      const offset = found === -1 ? start : start + found;
      const { message, hint } = describeBadCharacter(b);
      if (b.kind === 'tab') this.warn(offset, 'tab-in-text', message, hint);
      else this.error(offset, 'bad-character', message, hint);
    }
  }

  /** `status: Phase #2 agreed` reads as "Phase": the rest is a comment. Say what was dropped. */
  private checkDroppedComment(valueEnd: number): void {
    const text = this.file.text;
    const lineEnd = text.indexOf('\n', valueEnd);
    const rest = text.slice(valueEnd, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
    const match = /^([ \t]+)#(.*)$/.exec(rest);
    if (!match) return;
    const dropped = `#${match[2] ?? ''}`.trim();
    this.warn(
      valueEnd + (match[1]?.length ?? 0),
      'dropped-comment',
      `"${dropped}" is read as a YAML comment and left out of the text`,
      'put the whole text in quotes if " #" is part of it, e.g. status: "Phase #2 agreed"',
    );
  }
}

/** Markers the lexer emits that are not text of the file. */
const LEXER_MARKERS = new Set(['\x02', '\x18', '\x1f']);

/**
 * Cheap checks before parsing, so a hostile file is refused in milliseconds instead of costing the
 * parser seconds or its stack: very long lines and deep indentation here; deep flow nesting ([[[[…)
 * and too many tokens as the lexer hands tokens to the parser (see parseDocuments).
 */
function preflight(file: SourceFile): Diagnostic | undefined {
  const text = file.text;
  let lineStart = 0;
  // Indentation levels open at the current line: a real section file uses about eight.
  const indents: number[] = [];
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const i = newline === -1 ? text.length : newline;
    if (i - lineStart > MAX_LINE_LENGTH) {
      const { line } = file.position(lineStart);
      return file.diagnostic(lineStart + MAX_LINE_LENGTH, 'error', 'line-too-long', `line ${line} is ${groupThousands(i - lineStart)} characters long; a line may have at most ${groupThousands(MAX_LINE_LENGTH)}`, 'break the text into several lines with a `|` block');
    }
    let indent = lineStart;
    while (indent < i && text.charCodeAt(indent) === 32) indent++;
    const first = text.charCodeAt(indent);
    if (indent < i && first !== 35 /* # */ && first !== 13) {
      const width = indent - lineStart;
      while (indents.length > 0 && width < indents[indents.length - 1]!) indents.pop();
      if (indents.length === 0 || width > indents[indents.length - 1]!) indents.push(width);
      if (indents.length > MAX_INDENT_LEVELS) {
        return file.diagnostic(indent, 'error', 'yaml-too-deep', `indentation is nested more than ${MAX_INDENT_LEVELS} levels deep`, 'plan files need only a few levels; check the indentation');
      }
    }
    lineStart = i + 1;
  }
  return undefined;
}

/**
 * The YAML library's parseAllDocuments, with the lexer's tokens counted and flow nesting measured
 * before the parser sees them: a file over the limits is refused there, with no further work.
 */
function parseDocuments(file: SourceFile): { documents: Document.Parsed[] } | { refused: Diagnostic } {
  const parser = new Parser();
  const composer = new Composer({ version: '1.2', schema: 'core', merge: false, uniqueKeys: false, strict: true, prettyErrors: false });
  const documents: Document.Parsed[] = [];
  const compose = (tokens: Iterable<Parameters<Composer['next']>[0]>) => {
    for (const token of tokens) for (const doc of composer.next(token)) documents.push(doc as Document.Parsed);
  };
  let tokens = 0;
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(file.text)) {
    if (++tokens > MAX_TOKENS) {
      return { refused: file.diagnostic(offset, 'error', 'file-too-complex', `the file has more than ${groupThousands(MAX_TOKENS)} YAML tokens; a plan file needs far fewer`, 'split it into several section files, or check that it is really a plan file') };
    }
    if (token === '[' || token === '{') {
      if (++depth > MAX_DEPTH) {
        return { refused: file.diagnostic(offset, 'error', 'yaml-too-deep', `nesting is deeper than ${MAX_DEPTH} levels`, 'plan files need only a few levels; check the brackets') };
      }
    } else if (token === ']' || token === '}') {
      depth = Math.max(0, depth - 1);
    }
    if (!(token.length === 1 && LEXER_MARKERS.has(token))) offset += token.length;
    compose(parser.next(token));
  }
  compose(parser.end());
  for (const doc of composer.end()) documents.push(doc as Document.Parsed);
  return { documents };
}

export function parseYaml(file: SourceFile, options: ParseOptions): ParsedYaml {
  const refused = preflight(file);
  if (refused) return { data: undefined, root: undefined, diagnostics: [refused] };
  const diagnostics: Diagnostic[] = [];
  const parsed = parseDocuments(file);
  if ('refused' in parsed) return { data: undefined, root: undefined, diagnostics: [parsed.refused] };
  const { documents } = parsed;
  const first = documents[0];
  if (first === undefined || (documents.length === 1 && first.contents === null && first.errors.length === 0)) {
    diagnostics.push(
      file.diagnostic(0, 'error', 'empty-file', 'file is empty', 'a section file needs section, title and actions; plan.yaml needs title, appendix, financialYear and councils (see README.md)'),
    );
    return { data: undefined, root: undefined, diagnostics };
  }
  if (documents.length > 1) {
    const second = documents[1]!;
    const at = second.range?.[0] ?? 0;
    const separator = file.text.lastIndexOf('---', at);
    diagnostics.push(
      file.diagnostic(
        separator >= 0 ? separator : at,
        'error',
        'multiple-documents',
        'a plan file holds one YAML document, but a second one starts here',
        'remove the `---` line, or move the second part into a file of its own',
      ),
    );
  }
  if (first.directives?.yaml.explicit && first.directives.yaml.version !== '1.2') {
    const at = file.text.indexOf('%YAML');
    diagnostics.push(
      file.diagnostic(
        Math.max(at, 0),
        'warning',
        'yaml-directive',
        `%YAML ${first.directives.yaml.version} is ignored: plan files are always read as YAML 1.2`,
        'remove the %YAML line (under 1.2, NO and yes are text and 1:20 is not a number)',
      ),
    );
  }

  for (const e of first.errors) {
    let offset = e.pos[0];
    if (e.code === 'MISSING_CHAR' && /quote/i.test(e.message)) {
      // The library reports an unclosed quote where the file ends; the officer needs the opening mark.
      const opening = findUnclosedQuote(first.contents as YamlNode | null, offset);
      if (opening !== undefined) offset = opening;
    }
    const { line } = file.position(offset);
    const hint = hintForYamlError(e, file.lineText(line));
    diagnostics.push(file.diagnostic(offset, 'error', 'yaml-syntax', plainYamlMessage(e), hint));
  }

  const converter = new Converter(file, options);
  const [data, root] = converter.convert(first.contents as YamlNode | null, []);
  diagnostics.push(...converter.diagnostics);
  // With syntax errors the tree is a guess; schema errors on top of it would only confuse.
  const usable = first.errors.length === 0;
  return { data: usable ? data : undefined, root, diagnostics };
}

function findUnclosedQuote(node: YamlNode | null, errorOffset: number): number | undefined {
  let best: number | undefined;
  const visit = (n: unknown): void => {
    if (isScalar(n)) {
      const [s = 0, , e = 0] = n.range ?? [];
      if ((n.type === Scalar.QUOTE_DOUBLE || n.type === Scalar.QUOTE_SINGLE) && e >= errorOffset - 1) {
        best = best === undefined ? s : Math.min(best, s);
      }
    } else if (isMap(n)) {
      for (const p of n.items) {
        visit(p.key);
        visit(p.value);
      }
    } else if (isSeq(n)) {
      for (const i of n.items) visit(i);
    }
  };
  visit(node);
  return best;
}

/**
 * Where a path points in the source. A path that goes through a missing key stops at the deepest
 * node that exists, which is where "missing key" belongs.
 */
export function locate(root: LocNode | undefined, path: readonly PathSegment[]): { node: LocNode | undefined; found: boolean; depth: number } {
  let node = root;
  let depth = 0;
  for (const segment of path) {
    const child = node?.kind === 'seq' ? (typeof segment === 'number' ? node.items?.[segment] : undefined) : node?.fields?.[String(segment)];
    if (!child) return { node, found: false, depth };
    node = child;
    depth++;
  }
  return { node, found: true, depth };
}

/**
 * Map a 1-based line and column inside a scalar's value back to a file offset. Exact for literal
 * blocks (`|`), where value lines are file lines, and for text on one line; otherwise the scalar's start.
 */
export function offsetInScalar(file: SourceFile, loc: LocNode, line: number, column: number): number {
  const startPos = file.position(loc.start);
  if (loc.style === 'BLOCK_LITERAL') {
    const fileLine = startPos.line + line;
    const lineStart = file.lineStart(fileLine);
    // The block's indentation is that of its first non-blank line.
    let indent = 0;
    for (let l = startPos.line + 1; ; l++) {
      const text = file.lineText(l);
      if (l > startPos.line + 1000 || file.lineStart(l) >= file.text.length) break;
      if (text.trim() !== '') {
        indent = text.length - text.trimStart().length;
        break;
      }
    }
    return Math.min(lineStart + indent + column - 1, file.text.length);
  }
  const endPos = file.position(loc.valueEnd ?? loc.end);
  if (line === 1 && startPos.line === endPos.line) {
    const quote = loc.style === 'QUOTE_DOUBLE' || loc.style === 'QUOTE_SINGLE' ? 1 : 0;
    return loc.start + quote + column - 1;
  }
  return loc.start;
}
