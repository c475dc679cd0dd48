import { Composer, CST, type Document, isAlias, isMap, isScalar, isSeq, Lexer, Parser, Scalar, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { escapeName } from '../messages/characters.js';
import { say, type Wording } from '../messages/index.js';
import { groupThousands } from '../shared/numbers.js';
import { findCharacterSlips } from './character-slips.js';
import { findLayoutSlips } from './layout-slips.js';
import { readMoney } from './money.js';
import { type Slip, type SlipContext, WorkingCopy } from './slips.js';
import { SourceFile } from './source-file.js';
import { describeBadCharacter, findBadCharacters } from './text-check.js';
import { describeYamlError, diagnoseYamlError } from './yaml-errors.js';

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
  /**
   * Whether the data is the file's whole content, fit to be checked against the schema: false when a
   * syntax error could not be explained and repaired, or a refused feature (alias, tag, …) left a hole.
   */
  complete: boolean;
}

export interface ParseOptions extends SlipContext {
  /** Whether the value at a path is prose: an unquoted " #" inside it drops text, so it is warned about. */
  isProse: (path: readonly PathSegment[]) => boolean;
  /**
   * Whether the value at a path is money: it is read from the text as written, because YAML reads
   * `150.000` as 150; any shape but a plain whole number is kept as text for the schema to refuse.
   */
  isMoney?: (path: readonly PathSegment[]) => boolean;
  /** What an empty file of this kind should start with. */
  emptyHint?: string;
}

const MAX_DEPTH = 32;
/** A narrative paragraph of 3,000 words on one line is about 18,000 characters. */
const MAX_LINE_LENGTH = 30_000;
/**
 * A dense real section file has about 134 YAML tokens per kilobyte; 200,000 leaves room for a full
 * 1 MB of it while refusing, in a quarter of a second, files that would take the parser seconds.
 */
const MAX_TOKENS = 200_000;
/** Levels of indentation, counting text inside `|` blocks and their sub-bullets; real files use about eight. */
const MAX_INDENT_LEVELS = 64;

/** Numbers are only accepted in the form people write on paper: 75000, 0, 12.5. */
const PLAIN_DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const MAX_DIGITS = 15;

/** Slips found in the lines of one file before parsing, at most. */
const MAX_SLIPS = 200;

/** A slip is repaired and the file parsed again at most this many times; then plan stops guessing. */
const MAX_REPAIRS = 8;

class Converter {
  readonly diagnostics: Diagnostic[] = [];

  /** Whether a refused feature left a hole in the data. */
  holes = false;

  constructor(
    /** The text parsed (the file with its slips repaired); messages point into `original`. */
    private readonly file: SourceFile,
    private readonly original: SourceFile,
    private readonly toOriginal: (offset: number) => number,
    private readonly options: ParseOptions,
  ) {}

  private error(offset: number, code: string, { message, hint }: Wording): void {
    this.diagnostics.push(this.original.diagnostic(this.toOriginal(offset), 'error', code, message, hint));
  }

  private warn(offset: number, code: string, { message, hint }: Wording): void {
    this.diagnostics.push(this.original.diagnostic(this.toOriginal(offset), 'warning', code, message, hint));
  }

  /** Refuse the YAML features that can expand, execute or hide data. Returns false if refused. */
  private checkNodeFeatures(node: YamlNode): boolean {
    const start = node.range?.[0] ?? 0;
    let ok = true;
    if (node.anchor) {
      this.error(this.findBefore(start, `&${node.anchor}`), 'yaml-anchor', say.anchor({ name: node.anchor }));
      ok = false;
    }
    if (node.tag) {
      const tag = node.tag.replace(/^tag:yaml\.org,2002:/, '!!');
      this.error(this.findBefore(start, '!'), 'yaml-tag', say.tag({ tag }));
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

  /** The first and last line of the text from `start` to `end`, without the blank lines at its end. */
  private linesOf(start: number, end: number): { from: number; to: number } {
    const from = this.file.position(start).line;
    let to = this.file.position(Math.max(start, end - 1)).line;
    while (to > from && this.file.lineText(to).trim() === '') to--;
    return { from, to };
  }

  /**
   * A key written twice, after copy and paste: lines pasted twice are deleted; an entry pasted under
   * the wrong item of a list is moved to the item that lacks it; else merged.
   */
  private duplicateKey(
    key: string,
    path: readonly PathSegment[],
    firstLines: { from: number; to: number },
    again: { from: number; to: number },
  ): Wording {
    const text = (r: { from: number; to: number }) =>
      Array.from({ length: r.to - r.from + 1 }, (_, k) => this.file.lineText(r.from + k).trimEnd()).join('\n');
    const first = firstLines.from;
    if (text(firstLines) === text(again)) return say.pastedTwice({ key, first, firstLines, again });
    const home = this.itemLacking(key, path);
    if (!home) return say.writtenTwice({ key, first, firstLines, again });
    return say.pastedUnderWrongItem({ key, first, firstLines, again, ...home });
  }

  /** Another item of the nearest list around `path` whose block at the same place has no `key`. */
  private itemLacking(key: string, path: readonly PathSegment[]) {
    let k = path.length - 1;
    while (k >= 0 && typeof path[k] !== 'number') k--;
    if (k < 0 || !this.rootNode) return undefined;
    const list = nodeAt(this.rootNode, path.slice(0, k));
    const rest = path.slice(k + 1);
    const index = path[k] as number;
    if (!isSeq(list) || rest.length === 0) return undefined;
    const order = list.items
      .map((_, j) => j)
      .filter((j) => j !== index)
      .sort((a, b) => Math.abs(a - index) - Math.abs(b - index));
    for (const j of order) {
      const item = list.items[j] as YamlNode | null;
      const block = item ? nodeAt(item, rest) : undefined;
      if (!isMap(block) || block.has(key)) continue;
      const itemLine = this.file.position(item?.range?.[0] ?? 0).line;
      const parent = isMap(item) ? nodeAt(item, rest.slice(0, -1)) : undefined;
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === rest[rest.length - 1]) : undefined;
      const parentLine = this.file.position((pair?.key as YamlNode | undefined)?.range?.[0] ?? block.range?.[0] ?? 0).line;
      const itemText = this.file.lineText(itemLine).trim();
      return { itemLine, itemText, parentKey: String(rest[rest.length - 1]), parentLine };
    }
    return undefined;
  }

  /** The document's top node, for looking across the file (see duplicateHint). */
  rootNode: YamlNode | null = null;

  /** `path` is where the node is; it is a working stack, changed and restored while the children are converted. */
  convert(node: YamlNode | null | undefined, path: PathSegment[]): [unknown, LocNode] {
    const depth = path.length;
    if (node === null || node === undefined) {
      return [null, { start: 0, end: 0, kind: 'null' }];
    }
    const [start = 0, valueEnd = start, end = valueEnd] = node.range ?? [];
    if (depth > MAX_DEPTH) {
      this.error(start, 'yaml-too-deep', say.tooDeep({ levels: MAX_DEPTH, what: 'the indentation' }));
      this.holes = true;
      return [undefined, { start, end, kind: 'null' }];
    }
    if (isAlias(node)) {
      this.error(start, 'yaml-alias', say.alias({ name: node.source }));
      this.holes = true;
      return [undefined, { start, end, kind: 'null' }];
    }
    if (!this.checkNodeFeatures(node)) {
      this.holes = true;
      return [undefined, { start, end, kind: 'null' }];
    }

    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      const fields: Record<string, LocNode> = Object.create(null);
      for (const pair of node.items) {
        const keyNode = pair.key as YamlNode | null;
        const keyStart = keyNode?.range?.[0] ?? start;
        if (!isScalar(keyNode) || keyNode.value === null || keyNode.value === undefined) {
          this.error(keyStart, 'yaml-complex-key', say.keyNotAWord());
          this.holes = true;
          continue;
        }
        if (!this.checkNodeFeatures(keyNode)) {
          this.holes = true;
          continue;
        }
        const key = typeof keyNode.value === 'string' ? keyNode.value : String(keyNode.source ?? keyNode.value);
        if (key === '<<' && keyNode.type === Scalar.PLAIN) {
          this.error(keyStart, 'yaml-merge-key', say.mergeKey());
          this.holes = true;
          continue;
        }
        for (const bad of findBadCharacters(key)) this.error(keyStart, 'bad-character', describeBadCharacter(bad, true));
        const first = fields[key]?.keyStart;
        if (first !== undefined) {
          const again = this.linesOf(keyStart, (pair.value as YamlNode | null)?.range?.[1] ?? keyStart);
          this.error(
            keyStart,
            'duplicate-key',
            this.duplicateKey(key, path, this.linesOf(first, fields[key]!.valueEnd ?? fields[key]!.end), again),
          );
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
      if (this.options.isMoney?.(path) && node.type === Scalar.PLAIN && value !== null) {
        // Money is read from the text: only a plain whole number is a number.
        const written = (node.source ?? String(value)).trim();
        const reading = readMoney(written);
        value = reading.ok ? reading.pounds : written;
      } else if (typeof value === 'number') {
        // Hex, octal, exponents, .inf and over-long numbers are silently changed by YAML; keep the
        // text as written so the schema can say exactly what is wrong with it.
        const written = (node.source ?? String(value)).trim();
        const digits = written.replace(/[^0-9]/g, '').replace(/^0+(?=\d)/, '').length;
        if (!PLAIN_DECIMAL.test(written) || digits > MAX_DIGITS) value = written;
      }
      if (typeof value === 'string') {
        this.checkText(value, start, valueEnd);
        if (this.options.isProse(path)) {
          if (node.type === Scalar.PLAIN) this.checkDroppedComment(valueEnd);
          if (node.type === Scalar.PLAIN || node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE)
            this.checkJoinedBullets(value, start, valueEnd, path);
          if (node.type === Scalar.QUOTE_DOUBLE) this.checkEscapes(start, valueEnd);
        }
      } else if (value !== null && typeof value !== 'number' && typeof value !== 'boolean') {
        this.error(start, 'yaml-value', say.valueNotPlain());
        this.holes = true;
        value = undefined;
      }
      return [value, loc];
    }
    this.error(start, 'yaml-value', say.valueUnreadable());
    this.holes = true;
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
      const typed = raw.indexOf(ch);
      // A character written as a code in double quotes ("\t", "\u202E") is pointed at where the code is.
      const found = typed !== -1 ? typed : escapeFor(raw, b.codePoint);
      // A tab written as "\t" is already explained by the warning about codes in double quotes.
      if (b.kind === 'tab' && typed === -1) continue;
      const offset = found === -1 ? start : start + found;
      if (b.kind === 'tab') this.warn(offset, 'tab-in-text', describeBadCharacter(b));
      else this.error(offset, 'bad-character', describeBadCharacter(b));
    }
  }

  /**
   * Text that is not a `|` block has its lines joined into one, so "- " lines under `narrative: …`
   * would run together on one line of the report.
   */
  private checkJoinedBullets(value: string, start: number, valueEnd: number, path: readonly PathSegment[]): void {
    const raw = this.file.text.slice(start, valueEnd);
    const firstBreak = raw.indexOf('\n');
    if (firstBreak === -1) return;
    const bullet = /\n([ \t]*)[-•][ \t]+\S/.exec(raw);
    if (!bullet) return;
    const { line: bulletLine } = this.file.position(start + bullet.index + 1);
    // Said at the line of the key, where the "|" is missing; the bullet below is the consequence.
    this.error(start, 'joined-lines', say.joinedLines({ key: String(path[path.length - 1]), bulletLine, joined: value }));
  }

  /** Inside double quotes a backslash starts a code: "C:\temp" holds a tab. Say so at the first one. */
  private checkEscapes(start: number, valueEnd: number): void {
    const raw = this.file.text.slice(start, valueEnd);
    for (const m of raw.matchAll(/\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[^\r\n])/g)) {
      const code = m[1]!;
      if (code === '\\' || code === '"') continue;
      if (escapeName(code) === undefined) continue;
      this.warn(start + m.index, 'escape-in-quotes', say.escapeInQuotes({ code }));
      return;
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
    this.warn(valueEnd + (match[1]?.length ?? 0), 'dropped-comment', say.droppedComment({ dropped }));
  }
}

/** The node at `path` below `node`, by keys and list positions. */
function nodeAt(node: YamlNode, path: readonly PathSegment[]): YamlNode | undefined {
  let current: unknown = node;
  for (const segment of path) {
    if (isMap(current)) current = current.items.find((p) => isScalar(p.key) && p.key.value === segment)?.value;
    else if (isSeq(current) && typeof segment === 'number') current = current.items[segment];
    else return undefined;
  }
  return (current ?? undefined) as YamlNode | undefined;
}

/** Where in a double-quoted text a character is written as a code ("\x07", "\u202e", "\e"), or -1. */
function escapeFor(raw: string, codePoint: number): number {
  const hex = [...codePoint.toString(16)].map((c) => (/[a-f]/.test(c) ? `[${c}${c.toUpperCase()}]` : c)).join('');
  const letter = LETTER_ESCAPES[codePoint];
  const pattern = new RegExp(`\\\\(?:[xuU]0*${hex}(?![0-9a-fA-F])${letter ? `|${letter}` : ''})`);
  return raw.search(pattern);
}

/** The one-letter escape codes that stand for characters plan refuses. */
const LETTER_ESCAPES: Record<number, string> = { 0: '0', 7: 'a', 8: 'b', 27: 'e', 12: 'f', 11: 'v', 13: 'r', 133: 'N' };

/** Markers the lexer emits that are not text of the file. */
const LEXER_MARKERS = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

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
      const { message, hint } = say.lineTooLong({ line, length: groupThousands(i - lineStart), most: groupThousands(MAX_LINE_LENGTH) });
      return file.diagnostic(lineStart + MAX_LINE_LENGTH, 'error', 'line-too-long', message, hint);
    }
    let indent = lineStart;
    while (indent < i && text.charCodeAt(indent) === 32) indent++;
    const first = text.charCodeAt(indent);
    if (indent < i && first !== 35 /* # */ && first !== 13) {
      const width = indent - lineStart;
      while (indents.length > 0 && width < indents[indents.length - 1]!) indents.pop();
      if (indents.length === 0 || width > indents[indents.length - 1]!) indents.push(width);
      if (indents.length > MAX_INDENT_LEVELS) {
        const { message, hint } = say.indentTooDeep({ levels: MAX_INDENT_LEVELS });
        return file.diagnostic(indent, 'error', 'yaml-too-deep', message, hint);
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
      const { message, hint } = say.tooComplex({ most: groupThousands(MAX_TOKENS) });
      return { refused: file.diagnostic(offset, 'error', 'file-too-complex', message, hint) };
    }
    if (token === '[' || token === '{') {
      if (++depth > MAX_DEPTH) {
        const { message, hint } = say.tooDeep({ levels: MAX_DEPTH, what: 'the brackets' });
        return { refused: file.diagnostic(offset, 'error', 'yaml-too-deep', message, hint) };
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
  if (refused) return { data: undefined, root: undefined, diagnostics: [refused], complete: false };
  const diagnostics: Diagnostic[] = [];
  const working = new WorkingCopy(file.text);
  const report = (slip: Slip) =>
    diagnostics.push(file.diagnostic(working.toOriginal(slip.offset), slip.severity ?? 'error', slip.code, slip.message, slip.hint));

  // The slips recognisable in the lines themselves, characters first and then layout: name each,
  // and parse the file as repaired.
  for (const find of [findCharacterSlips, findLayoutSlips]) {
    // A file with thousands of slips is not an edited plan: a few hundred are enough to act on, and
    // repairing more would cost seconds (each repair copies the text).
    const slips = find(working.text, options).slice(0, MAX_SLIPS);
    for (const slip of slips) report(slip);
    working.apply(slips.flatMap((slip) => slip.edits));
  }

  // Then parse; explain each error the parser still reports as a slip, repair it and parse again, so
  // that a follow-on error is shown only when it is a separate problem.
  let complete = true;
  let documents: Document.Parsed[];
  let parsedFile: SourceFile;
  for (let repairs = 0; ; repairs++) {
    parsedFile = working.edited ? new SourceFile(file.path, file.displayPath, working.text) : file;
    const parsed = parseDocuments(parsedFile);
    if ('refused' in parsed) return { data: undefined, root: undefined, diagnostics: [...diagnostics, parsed.refused], complete: false };
    documents = parsed.documents;
    const error = documents[0]?.errors[0];
    if (error === undefined) break;
    let offset = error.pos[0];
    if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
      // The library reports an unclosed quote where the file ends; the officer needs the opening mark.
      const opening = findUnclosedQuote(documents[0]!.contents as YamlNode | null, offset);
      if (opening !== undefined) offset = opening;
      const slip = repairs < MAX_REPAIRS ? unclosedQuote(parsedFile, offset) : undefined;
      if (slip) {
        report(slip);
        working.apply(slip.edits);
        continue;
      }
    }
    const slip =
      repairs < MAX_REPAIRS ? diagnoseYamlError(working.text, { offset, code: error.code, message: error.message }, options) : undefined;
    if (slip) {
      report(slip);
      working.apply(slip.edits);
      continue;
    }
    const plain = describeYamlError(error.code, error.message);
    diagnostics.push(file.diagnostic(working.toOriginal(offset), 'error', 'yaml-syntax', plain.message, plain.hint));
    complete = false;
    break;
  }

  const first = documents[0];
  if (first === undefined || (documents.length === 1 && first.contents === null && first.errors.length === 0)) {
    const { message, hint } = say.emptyFile({ start: options.emptyHint });
    diagnostics.push(file.diagnostic(0, 'error', 'empty-file', message, hint));
    return { data: undefined, root: undefined, diagnostics, complete: false };
  }
  if (documents.length > 1) {
    const second = documents[1]!;
    const at = working.toOriginal(second.range?.[0] ?? 0);
    const separator = file.text.lastIndexOf('---', at);
    const { message, hint } = say.secondDocument();
    diagnostics.push(file.diagnostic(separator >= 0 ? separator : at, 'error', 'multiple-documents', message, hint));
  }
  if (first.directives?.yaml.explicit && first.directives.yaml.version !== '1.2') {
    const at = file.text.indexOf('%YAML');
    const { message, hint } = say.yamlVersion({ version: first.directives.yaml.version });
    diagnostics.push(file.diagnostic(Math.max(at, 0), 'warning', 'yaml-directive', message, hint));
  }

  const converter = new Converter(parsedFile, file, working.toOriginal, options);
  converter.rootNode = first.contents as YamlNode | null;
  const [data, root] = converter.convert(first.contents as YamlNode | null, []);
  diagnostics.push(...converter.diagnostics);
  if (working.edited) mapLocations(root, working.toOriginal);
  // With an unexplained syntax error the tree is a guess; schema errors on top of it would only confuse.
  complete = complete && first.errors.length === 0 && !converter.holes;
  return { data: first.errors.length === 0 ? data : undefined, root, diagnostics, complete };
}

/** An unclosed quote, repaired for the next parse by closing it at the end of its line. */
function unclosedQuote(file: SourceFile, opening: number): Slip | undefined {
  const quote = file.text[opening];
  if (quote !== '"' && quote !== "'") return undefined;
  const { line } = file.position(opening);
  const lineEnd = file.lineStart(line) + file.lineText(line).length;
  return {
    offset: opening,
    code: 'unclosed-quote',
    ...say.unclosedQuote({ quote }),
    edits: [{ at: lineEnd, remove: 0, insert: quote }],
  };
}

/** Offsets in a tree built from the working text, changed to the file's own. */
function mapLocations(node: LocNode | undefined, toOriginal: (offset: number) => number): void {
  if (!node) return;
  node.start = toOriginal(node.start);
  node.end = toOriginal(node.end);
  if (node.keyStart !== undefined) node.keyStart = toOriginal(node.keyStart);
  if (node.valueEnd !== undefined) node.valueEnd = toOriginal(node.valueEnd);
  if (node.fields) for (const key in node.fields) mapLocations(node.fields[key], toOriginal);
  if (node.items) for (const item of node.items) mapLocations(item, toOriginal);
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
export function locate(
  root: LocNode | undefined,
  path: readonly PathSegment[],
): { node: LocNode | undefined; found: boolean; depth: number } {
  let node = root;
  let depth = 0;
  for (const segment of path) {
    const child =
      node?.kind === 'seq' ? (typeof segment === 'number' ? node.items?.[segment] : undefined) : node?.fields?.[String(segment)];
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
