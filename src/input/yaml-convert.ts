import { isAlias, isMap, isScalar, isSeq, Scalar, type YAMLMap, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { escapeName } from '../messages/characters.js';
import { say, type Wording } from '../messages/index.js';
import { NOTE_ERROR, NOTE_MONEY } from './artefact-slips.js';
import { councilLacking, type DuplicateContext, nextKeyLacking, nodeAt, partLineLost } from './duplicate-readings.js';
import { readMoney } from './money.js';
import type { SourceFile } from './source-file.js';
import { describeBadCharacter, findBadCharacters } from './text-check.js';

import type { LocNode, ParseOptions, PathSegment } from './yaml-source.js';
/**
 * The walk from the parsed YAML to plain data and a tree of source ranges (see yaml-source.ts), refusing
 * on the way what plan files do not hold and saying what is wrong with keys and text.
 */

export const MAX_DEPTH = 32;

/** Numbers are only accepted in the form people write on paper: 75000, 0, 12.5. */
const PLAIN_DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const MAX_DIGITS = 15;

/** The first and last line of something, 1-based. */
type Lines = { from: number; to: number };

export class Converter {
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
   * A key written twice, after copy and paste, with other words or figures the second time: an entry
   * pasted under the wrong item of a list is moved to the item that lacks it; an entry copied to write
   * the next one ("Q3:" copied for Q4) is renamed; else the two are merged.
   */
  private duplicateKey(
    key: string,
    path: readonly PathSegment[],
    firstParsed: Lines,
    againParsed: Lines,
    has: (key: string) => boolean,
    above: (key: string) => boolean,
  ): { wording: Wording; next?: string } {
    const [firstLines, again] = [this.fileLines(firstParsed), this.fileLines(againParsed)];
    const first = firstLines.from;
    const reading: DuplicateContext = {
      root: this.rootNode ?? undefined,
      councils: this.options.councils,
      knownKeys: this.options.knownKeys,
      lineText: (n) => this.original.lineText(n),
    };
    const council = councilLacking(reading, key, path, has, firstLines, again);
    if (council !== undefined) {
      const written = this.original.lineText(again.from).trim().replace(key, council);
      return { wording: say.councilCopiedForNext({ key, council, first, line: again.from, written }), next: council };
    }
    const part = partLineLost(reading, key, path, firstLines);
    if (part !== undefined) return { wording: say.partLineLost({ key, part, first, line: again.from, indent: part.indent }) };
    const home = this.itemLacking(key, path);
    if (home) return { wording: say.pastedUnderWrongItem({ key, first, firstLines, again, ...home }) };
    const later = this.nextQuarterLacking(key, path);
    if (later) return { wording: say.pastedUnderQuarterBefore({ key, first, firstLines, again, ...later }) };
    const next = nextKeyLacking(reading, key, has, above);
    if (next !== undefined) return { wording: say.copiedForNext({ key, next, firstLines, again }), next };
    return { wording: say.writtenTwice({ key, first, firstLines, again }) };
  }

  /** The text of lines `r`, to tell lines pasted twice. */
  private textOfLines(r: Lines): string {
    return Array.from({ length: r.to - r.from + 1 }, (_, k) => this.file.lineText(r.from + k).trimEnd()).join('\n');
  }

  /** Whether only blank lines and notes stand between the lines `a` and `b` below them. */
  private follows(a: Lines, b: Lines): boolean {
    if (b.from <= a.to) return false;
    for (let l = a.to + 1; l < b.from; l++) if (!/^\s*(?:#.*)?$/.test(this.file.lineText(l))) return false;
    return true;
  }

  /**
   * Keys whose lines repeat, word for word, lines above them: pasted twice, so deleting them loses
   * nothing. Keys pasted one after the other (a whole file or action pasted again) are one paste, and
   * one message, with the notes pasted with them.
   */
  private reportRepeats(repeats: ReadonlyArray<{ key: string; offset: number; first: Lines; again: Lines }>): void {
    for (let i = 0; i < repeats.length; ) {
      let j = i;
      while (
        j + 1 < repeats.length &&
        this.follows(repeats[j]!.first, repeats[j + 1]!.first) &&
        this.follows(repeats[j]!.again, repeats[j + 1]!.again)
      )
        j++;
      const { key, offset } = repeats[i]!;
      const first = { from: repeats[i]!.first.from, to: repeats[j]!.first.to };
      const again = { from: repeats[i]!.again.from, to: repeats[j]!.again.to };
      if (j === i) {
        const firstLines = this.fileLines(first);
        this.error(offset, 'duplicate-key', say.pastedTwice({ key, first: firstLines.from, firstLines, again: this.fileLines(again) }));
      } else {
        const above = (r: Lines) => this.file.lineText(r.from - 1);
        while (again.from - 1 > first.to && first.from > 1 && above(again) === above(first) && /^\s*(?:#.*)?$/.test(above(first))) {
          again.from--;
          first.from--;
        }
        this.error(
          this.file.lineStart(again.from),
          'duplicate-key',
          say.repeatedLines({ first: this.fileLines(first), again: this.fileLines(again) }),
        );
      }
      i = j + 1;
    }
  }

  /**
   * The file's own line of an offset in the text parsed. A repair may add a line (a missing "Q1:"),
   * so the lines of the two differ below it; messages name the file's.
   */
  private fileLine(offset: number): number {
    return this.original.position(this.toOriginal(offset)).line;
  }

  private fileLines(r: { from: number; to: number }): { from: number; to: number } {
    const from = this.fileLine(this.file.lineStart(r.from));
    return { from, to: Math.max(from, this.fileLine(this.file.lineStart(r.to))) };
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
      const itemLine = this.fileLine(item?.range?.[0] ?? 0);
      const parent = isMap(item) ? nodeAt(item, rest.slice(0, -1)) : undefined;
      const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === rest[rest.length - 1]) : undefined;
      const parentLine = this.fileLine((pair?.key as YamlNode | undefined)?.range?.[0] ?? block.range?.[0] ?? 0);
      const itemText = this.original.lineText(itemLine).trim();
      return { itemLine, itemText, parentKey: String(rest[rest.length - 1]), parentLine };
    }
    return undefined;
  }

  /**
   * The next quarter's update of the same action, when its part at the same place ("measures:") has
   * no `key`: a line of that quarter pasted under the quarter before, which has it already.
   */
  private nextQuarterLacking(key: string, path: readonly PathSegment[]) {
    const at = path.findIndex((seg, k) => k > 0 && path[k - 1] === 'updates' && typeof seg === 'string' && /^Q[1-3]$/.test(seg));
    if (at < 0 || at === path.length - 1 || !this.rootNode) return undefined;
    const next = `Q${Number(String(path[at]).slice(1)) + 1}`;
    const parent = nodeAt(this.rootNode, [...path.slice(0, at), next, ...path.slice(at + 1, -1)]);
    const part = String(path[path.length - 1]);
    const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === part) : undefined;
    // The part is there ("measures:"), empty or without the key.
    const block = pair?.value as YamlNode | null | undefined;
    const empty = block === null || (isScalar(block) && (block.value === null || block.value === ''));
    if (!pair || (!empty && (!isMap(block) || block.has(key)))) return undefined;
    const partLine = this.fileLine((pair.key as YamlNode | undefined)?.range?.[0] ?? 0);
    return { quarter: String(path[at]), next, part, partLine };
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

    if (isMap(node)) return this.convertMap(node, path, start, end);

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
          if (node.type === Scalar.PLAIN) this.checkDroppedComment(valueEnd, String(path[path.length - 1]));
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

  /** A mapping: its keys checked one by one, and each value converted. */
  private convertMap(node: YAMLMap, path: PathSegment[], start: number, end: number): [unknown, LocNode] {
    const out: Record<string, unknown> = {};
    const fields: Record<string, LocNode> = Object.create(null);
    const repeats: Array<{ key: string; offset: number; first: Lines; again: Lines }> = [];
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
      // (An empty "key:" line written twice, one under the other, is repaired before parsing: see layout-slips.ts.)
      if (first !== undefined) {
        const again = this.linesOf(keyStart, (pair.value as YamlNode | null)?.range?.[1] ?? keyStart);
        const firstLines = this.linesOf(first, fields[key]!.valueEnd ?? fields[key]!.end);
        if (this.textOfLines(firstLines) === this.textOfLines(again)) {
          repeats.push({ key, offset: keyStart, first: firstLines, again });
          continue;
        }
        const found = this.duplicateKey(
          key,
          path,
          firstLines,
          again,
          (k) => node.has(k),
          (k) => fields[k] !== undefined,
        );
        this.error(keyStart, 'duplicate-key', found.wording);
        // Read on as the key it was meant to be, so that its lack is not said again.
        if (found.next === undefined) continue;
        this.keepAs(found.next, pair.value as YamlNode | null, path, keyStart, out, fields);
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
    this.reportRepeats(repeats);
    return [out, { start, end, kind: 'map', fields }];
  }

  /** The value of a key written twice, read as the key `name` it was meant to be. */
  private keepAs(
    name: string,
    valueNode: YamlNode | null,
    path: PathSegment[],
    keyStart: number,
    out: Record<string, unknown>,
    fields: Record<string, LocNode>,
  ): void {
    path.push(name);
    const [value, loc] = this.convert(valueNode, path);
    path.pop();
    loc.keyStart = keyStart;
    fields[name] = loc;
    out[name] = value;
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
    if (!this.file.text.slice(start, valueEnd).includes('\n')) return;
    // "narrative:" alone on its line, the text below it: the first line of the text may be a bullet too.
    const at = this.file.position(start);
    const alone =
      this.file
        .lineText(at.line)
        .slice(0, at.column - 1)
        .trim() === '';
    const raw = (alone ? '\n' : '') + this.file.text.slice(start, valueEnd);
    // Outlook's "·" bullets too: once the "|" is there, word-slips.ts has them written as "- " lines.
    const bullet = /\n[ \t]*([-\u2022\u00b7\uf0b7\u25cf])[ \t]+\S/.exec(raw);
    if (!bullet) return;
    const bulletLine = this.fileLine(start + bullet.index + (alone ? 0 : 1));
    // Said at the line of the key, where the "|" is missing; the bullets below are the consequence.
    let keyLine = at.line;
    while (alone && keyLine > 1 && (keyLine === at.line || this.file.lineText(keyLine).trim() === '')) keyLine--;
    const keyAt = this.file.lineStart(keyLine) + (this.file.lineText(keyLine).length - this.file.lineText(keyLine).trimStart().length);
    const key = String(path[path.length - 1]);
    this.error(alone ? keyAt : start, 'joined-lines', say.joinedLines({ key, bulletLine, joined: value, bullet: bullet[1]!, alone }));
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
  private checkDroppedComment(valueEnd: number, key: string): void {
    const text = this.file.text;
    const lineEnd = text.indexOf('\n', valueEnd);
    const rest = text.slice(valueEnd, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
    const match = /^([ \t]+)#(.*)$/.exec(rest);
    if (!match) return;
    const dropped = `#${match[2] ?? ''}`.trim();
    // A spreadsheet's error ("#N/A") after a text is no note: artefact-slips.ts says it as such.
    if ((NOTE_ERROR.test(dropped) || NOTE_MONEY.test(dropped)) && this.options.textKeys?.has(key) && !this.options.formKeys?.has(key))
      return;
    this.warn(valueEnd + (match[1]?.length ?? 0), 'dropped-comment', say.droppedComment({ dropped }));
  }
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
