import { Composer, CST, type Document, isMap, isScalar, isSeq, Lexer, Parser, Scalar, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { say } from '../messages/index.js';
import { groupThousands } from '../shared/numbers.js';
import { findArtefactSlips } from './artefact-slips.js';
import { findCharacterSlips } from './character-slips.js';
import { findLayoutSlips } from './layout-slips.js';
import { findLineStartControls } from './line-start-controls.js';
import { findMergeConflicts } from './merge-conflicts.js';
import { findPastedSlips } from './pasted-slips.js';
import { findPastedTextSlips } from './pasted-text-slips.js';
import { findPlanSlips } from './plan-slips.js';
import { type LineInfo, scanLines } from './slip-lines.js';
import { type Slip, type SlipContext, WorkingCopy } from './slips.js';
import { SourceFile } from './source-file.js';
import { findStructureSlips } from './structure-slips.js';
import { Converter, MAX_DEPTH } from './yaml-convert.js';
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
  /** Where the values start that a slip has named and left wrong (see Slip.settles): no check names them again. */
  settled: readonly number[];
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

/** A narrative paragraph of 3,000 words on one line is about 18,000 characters. */
const MAX_LINE_LENGTH = 30_000;
/**
 * A dense real section file has about 134 YAML tokens per kilobyte; 200,000 leaves room for a full
 * 1 MB of it while refusing, in a quarter of a second, files that would take the parser seconds.
 */
const MAX_TOKENS = 200_000;
/** Levels of indentation, counting text inside `|` blocks and their sub-bullets; real files use about eight. */
const MAX_INDENT_LEVELS = 64;

/** Slips found in the lines of one file before parsing, at most. */
const MAX_SLIPS = 200;

/** A slip is repaired and the file parsed again at most this many times; then plan stops guessing. */
const MAX_REPAIRS = 8;

/** Markers the lexer emits that are not text of the file. */
const LEXER_MARKERS: ReadonlySet<string> = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

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
  let lines = 0;
  while (lineStart <= text.length) {
    lines++;
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
  return lines >= LEX_FIRST_LINES ? overLimits(file) : undefined;
}

/** Counts the lexer's tokens and measures flow nesting, and says when a file goes over either limit. */
class TokenLimits {
  private tokens = 0;
  private depth = 0;
  private offset = 0;
  constructor(private readonly file: SourceFile) {}

  take(token: string): Diagnostic | undefined {
    if (++this.tokens > MAX_TOKENS) {
      const { message, hint } = say.tooComplex({ most: groupThousands(MAX_TOKENS) });
      return this.file.diagnostic(this.offset, 'error', 'file-too-complex', message, hint);
    }
    if (token === '[' || token === '{') {
      if (++this.depth > MAX_DEPTH) {
        const { message, hint } = say.tooDeep({ levels: MAX_DEPTH, what: 'the brackets' });
        return this.file.diagnostic(this.offset, 'error', 'yaml-too-deep', message, hint);
      }
    } else if (token === ']' || token === '}') {
      this.depth = Math.max(0, this.depth - 1);
    }
    if (!(token.length === 1 && LEXER_MARKERS.has(token))) this.offset += token.length;
    return undefined;
  }
}

/**
 * A file of this many lines or more is lexed once before the line slips are looked for, so that one
 * over the limits is refused before that work (200,000 short lines took the slip finders 4 s). Real
 * section files have a few thousand lines at most, and are lexed once, by the parser.
 */
const LEX_FIRST_LINES = 10_000;

function overLimits(file: SourceFile): Diagnostic | undefined {
  const limits = new TokenLimits(file);
  for (const token of new Lexer().lex(file.text)) {
    const refused = limits.take(token);
    if (refused) return refused;
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
  const limits = new TokenLimits(file);
  for (const token of new Lexer().lex(file.text)) {
    const refused = limits.take(token);
    if (refused) return { refused };
    compose(parser.next(token));
  }
  compose(parser.end());
  for (const doc of composer.end()) documents.push(doc as Document.Parsed);
  return { documents };
}

export function parseYaml(file: SourceFile, options: ParseOptions): ParsedYaml {
  const refused = preflight(file);
  if (refused) return { data: undefined, root: undefined, diagnostics: [refused], complete: false, settled: [] };
  const diagnostics: Diagnostic[] = [];
  const working = new WorkingCopy(file.text);
  const settled: number[] = [];
  // A line's slip with one right answer is one --fix mends (commands/validate/fix.ts runs the same finders).
  const report = (slip: Slip, byLine = false) => {
    const said = file.diagnostic(working.toOriginal(slip.offset), slip.severity ?? 'error', slip.code, slip.message, slip.hint);
    diagnostics.push(byLine && slip.fixed !== undefined ? { ...said, fixable: true } : said);
    if (slip.settles) for (const edit of slip.edits) settled.push(working.toOriginal(edit.at));
  };

  repairLineSlips(working, options, report);

  // Then parse; explain each error the parser still reports as a slip, repair it and parse again, so
  // that a follow-on error is shown only when it is a separate problem.
  let complete = true;
  let documents: Document.Parsed[];
  let parsedFile: SourceFile;
  for (let repairs = 0; ; repairs++) {
    parsedFile = working.edited ? new SourceFile(file.path, file.displayPath, working.text) : file;
    const parsed = parseDocuments(parsedFile);
    if ('refused' in parsed)
      return { data: undefined, root: undefined, diagnostics: [...diagnostics, parsed.refused], complete: false, settled };
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
    return { data: undefined, root: undefined, diagnostics, complete: false, settled };
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
  return { data: first.errors.length === 0 ? data : undefined, root, diagnostics, complete, settled };
}

/**
 * The finders of slips in the lines themselves, in the order they run: characters first, then
 * structure across lines and layout. `plan validate --fix` runs the same, in the same order.
 */
export const LINE_SLIP_FINDERS = [
  findMergeConflicts,
  findLineStartControls,
  findPastedSlips,
  findCharacterSlips,
  findStructureSlips,
  findLayoutSlips,
  findPlanSlips,
  findPastedTextSlips,
  findArtefactSlips,
] as const;

/**
 * The slips recognisable in the lines themselves, characters first, then structure across lines and
 * layout: name each, and repair it in the working copy, to parse the file as repaired. The lines are
 * scanned once for all, unless a finder's repairs changed the text.
 */
function repairLineSlips(working: WorkingCopy, options: ParseOptions, report: (slip: Slip, byLine: true) => void): void {
  let lines: LineInfo[] | undefined;
  for (const find of LINE_SLIP_FINDERS) {
    lines ??= scanLines(working.text);
    // A file with thousands of slips is not an edited plan: a few hundred are enough to act on, and
    // repairing more would cost seconds (each repair copies the text).
    const slips = find(working.text, options, lines).slice(0, MAX_SLIPS);
    for (const slip of slips) report(slip, true);
    // Text another program left is the officer's own text as written until --fix mends it: the plan
    // reads it as it is, whether in a block or in quotes (the finder reads only the first).
    const edits = find === findArtefactSlips || find === findPastedTextSlips ? [] : slips.flatMap((slip) => slip.edits);
    if (edits.length > 0) {
      working.apply(edits);
      lines = undefined;
    }
  }
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
