import * as z from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { say, type Wording } from '../messages/index.js';
import { closest } from '../shared/words.js';
import type { SourceFile } from './source-file.js';
import { type LocNode, locate, type PathSegment } from './yaml-source.js';

/**
 * Turn zod issues into diagnostics at the right `line:col`, in words an officer understands. zod v4
 * leaves the input out of its issues, so whether a key is missing or empty is decided from the data.
 */

type ZodIssue = z.core.$ZodIssue;
type AnySchema = z.core.$ZodType;

/** A block of keys as a record, or an empty one. */
function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, segment) ? (current as Record<PathSegment, unknown>)[segment] : undefined;
  }
  return current;
}

/** Walk the schema along a path, unwrapping optionals, to find what is allowed there. */
function schemaAt(schema: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema): AnySchema => {
    let inner = s;
    for (;;) {
      const def = inner._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
      if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) inner = def.innerType;
      else if (def.type === 'pipe' && def.in) inner = def.in;
      else return inner;
    }
  };
  for (const segment of path) {
    if (!current) return undefined;
    const def = unwrap(current)._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema; valueType?: AnySchema };
    if (def.type === 'object') current = def.shape?.[String(segment)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return undefined;
  }
  return current ? unwrap(current) : undefined;
}

function allowedKeys(schema: AnySchema, path: readonly PathSegment[]): string[] {
  const at = schemaAt(schema, path);
  const def = at?._zod.def as { type: string; shape?: Record<string, AnySchema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function describe(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'lines of "key: value"';
  if (typeof value === 'string') return `text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

function keyName(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  return typeof last === 'number' ? `item ${last + 1}` : `"${String(last)}"`;
}

/**
 * zod's own English is never shown. Every issue that no schema worded for officers (schema.ts words
 * the mistakes people make) gets this marker as its message instead, and is worded here from the
 * issue's structure: its code, path and the data. So a wording is told apart by where it came from,
 * not by what zod's English happens to say.
 */
const UNWORDED = 'plan: not worded by a schema';
z.config({ customError: () => UNWORDED });

function isCustom(message: string): boolean {
  return message !== UNWORDED;
}

/** A scalar as the officer wrote it, from the source (YAML reads 3.10 as the number 3.1). */
function writtenAt(root: LocNode | undefined, path: readonly PathSegment[], file: SourceFile): string | undefined {
  const { node } = locate(root, path);
  return node?.kind === 'scalar' ? file.text.slice(node.start, node.valueEnd ?? node.end).trim() : undefined;
}

/**
 * A message that quotes a number back (section: "3.1" for 3.10) quotes it as written instead, so the
 * hint never suggests a different number.
 */
function withWrittenNumber(message: string, value: number, written: string | undefined): string {
  if (written === undefined || written === String(value)) return message;
  return message.split(`"${String(value)}"`).join(`"${written}"`);
}

/**
 * A schema's own wording may carry its hint after this mark (see `worded`), so that the mistake's
 * message and its fix are written side by side where the field is defined.
 */
const HINT_MARK = '\u0000hint:';

/** A schema message with its hint, for `{ error: worded(say.…()) }`. */
export function worded({ message, hint }: Wording): string {
  return `${message}${HINT_MARK}${hint}`;
}

function splitWording(message: string): { message: string; hint?: string } {
  const at = message.indexOf(HINT_MARK);
  return at === -1 ? { message } : { message: message.slice(0, at), hint: message.slice(at + HINT_MARK.length) };
}

/** A key the schema does not allow where it stands: a quarter that is not one, or a key with its nearest. */
function unknownKey(key: string, path: readonly PathSegment[], value: unknown, allowed: string[]): { code: string; wording: Wording } {
  if (path[path.length - 1] === 'updates') {
    // A quarter the action already has is never the one meant ("Q5" beside "Q1" is not "Q1").
    const present = Object.keys(asRecord(value));
    // "Quarter 1", "1st quarter": the number says which.
    const numbered = /^\D*([1-4])\D*$/.exec(key);
    const free = allowed.filter((q) => !present.includes(q));
    const guess = numbered && free.includes(`Q${numbered[1]}`) ? `Q${numbered[1]}` : closest(key, free);
    return { code: 'unknown-quarter', wording: say.unknownQuarter({ key, guess, allowed }) };
  }
  return { code: 'unknown-key', wording: say.unknownKey({ key, guess: closest(key, allowed), allowed }) };
}

/** Whether the key at `path` is not written at all (rather than written with nothing after it). */
function isMissing(data: unknown, path: readonly PathSegment[], value: unknown): boolean {
  const parent = valueAt(data, path.slice(0, -1));
  return (
    value === undefined &&
    parent !== null &&
    typeof parent === 'object' &&
    !Array.isArray(parent) &&
    !Object.hasOwn(parent, path[path.length - 1] as PropertyKey)
  );
}

/** A value of the wrong kind, where no schema worded the mistake: text written as a list, or any other. */
function wrongType(
  path: readonly PathSegment[],
  value: unknown,
  expected: string,
  data: unknown,
): { atKey: boolean; code: string; wording: Wording } {
  const last = path[path.length - 1];
  if (expected === 'string' && Array.isArray(value) && (last === 'narrative' || last === 'action'))
    return { atKey: true, code: 'text-as-list', wording: say.textAsList({ key: last }) };
  const quotable = expected === 'string' && (typeof value === 'number' || typeof value === 'boolean');
  // The codes of the nearest part of the file that has figures: this action's, before the file's.
  const codes = expected === 'record' ? nearestCodes(path, data) : [];
  const wording = say.wrongType({ key: keyName(path), expected, actual: describe(value), value: String(value), quotable, codes });
  return { atKey: false, code: 'invalid-type', wording };
}

/** The codes of the nearest part of the file that has figures: this action's, before the file's. */
function nearestCodes(path: readonly PathSegment[], data: unknown): string[] {
  let codes: string[] = [];
  for (let k = path.length - 1; k >= 0 && codes.length === 0; k--) codes = councilCodesIn(valueAt(data, path.slice(0, k)));
  return codes;
}

/**
 * The schemas' hints give their examples with the shipped plan's councils (CDC, SNC): in a file
 * whose figures name other councils, the example names those instead, so that a hint followed
 * literally names a council this plan has.
 */
function withCodesOf(wording: Wording, path: readonly PathSegment[], data: unknown): Wording {
  if (!/\b(?:CDC|SNC)\b/.test(wording.hint)) return wording;
  const codes = nearestCodes(path, data);
  // Two councils are needed for an example of two ("{ CDC: 5, SNC: 5 }"): with one, the example stays as written.
  if (codes.length < 2 || codes.includes('CDC') || codes.includes('SNC')) return wording;
  const swap = (text: string) => text.replace(/\bCDC\b/g, codes[0]!).replace(/\bSNC\b/g, codes[1]!);
  return { message: swap(wording.message), hint: swap(wording.hint) };
}

/**
 * The council codes a part of a file already uses, in order (the keys of its figures per council),
 * so that a hint's example is one of this plan's councils rather than another's.
 */
function councilCodesIn(data: unknown): string[] {
  const codes = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (node === null || typeof node !== 'object' || depth > 12 || codes.size >= 10) return;
    const values = Array.isArray(node) ? node : Object.values(node);
    if (!Array.isArray(node)) {
      const keys = Object.keys(node);
      if (keys.length > 0 && keys.every((k) => /^[A-Z][A-Z0-9]{1,9}$/.test(k)) && values.every((v) => typeof v === 'number'))
        for (const k of keys) codes.add(k);
    }
    for (const v of values) visit(v, depth + 1);
  };
  visit(data, 0);
  return [...codes];
}

export function mapZodIssues(
  issues: readonly ZodIssue[],
  data: unknown,
  root: LocNode | undefined,
  file: SourceFile,
  schema: AnySchema,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: readonly PathSegment[], key = false): number => {
    const { node } = locate(root, path);
    if (!node) return 0;
    return key && node.keyStart !== undefined ? node.keyStart : node.start;
  };
  const push = (offset: number, code: string, { message, hint }: Wording) => {
    out.push(file.diagnostic(offset, 'error', code, message, hint));
  };
  /**
   * A schema's own wording, with its hint (see `worded`). A message a schema wrote without a hint is
   * not shown: the issue is worded from its structure instead, so that every message has a fix
   * (test/wording.test.ts checks that every schema words its messages with their hints).
   */
  const own = (message: string, path: readonly PathSegment[]): Wording | undefined => {
    if (!isCustom(message)) return undefined;
    const split = splitWording(message);
    return split.hint === undefined ? undefined : withCodesOf({ message: split.message, hint: split.hint }, path, data);
  };

  // Mistyped keys, by the block they are in: "actoin:" explains a missing "action", which is then not
  // reported again.
  const unknownKeys = new Map<string, string[]>();
  for (const issue of issues) if (issue.code === 'unrecognized_keys') unknownKeys.set(issue.path.map(String).join('/'), [...issue.keys]);

  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as PathSegment[];
    const value = valueAt(data, path);
    // A key left out, whatever it holds ("unit:" of a few allowed values gone): missing, not "undefined".
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && isMissing(data, path, value)) {
      const wording = missingKeyWording(path, unknownKeys);
      if (wording) push(at(path.slice(0, -1), true), 'missing-key', wording);
      continue;
    }

    switch (issue.code) {
      case 'unrecognized_keys': {
        for (const key of issue.keys) {
          const { code, wording } = unknownKey(key, path, value, allowedKeys(schema, path));
          push(at([...path, key], true), code, wording);
        }
        break;
      }
      case 'invalid_key': {
        const inner = issue.issues[0];
        const key = String(path[path.length - 1]);
        const split = inner && isCustom(inner.message) ? splitWording(inner.message) : undefined;
        push(at(path, true), 'invalid-key', say.keyNotAllowed({ key, reason: split?.message, hint: split?.hint }));
        break;
      }
      case 'invalid_type': {
        if (value === null) {
          const money = issue.expected === 'number' || issue.expected === 'int';
          push(at(path), 'empty-value', say.emptyValue({ key: keyName(path), money }));
          break;
        }
        const wording = own(
          typeof value === 'number' ? withWrittenNumber(issue.message, value, writtenAt(root, path, file)) : issue.message,
          path,
        );
        if (wording) {
          push(at(path), issue.expected === 'number' || issue.expected === 'int' ? 'invalid-money' : 'invalid-type', wording);
          break;
        }
        const wrong = wrongType(path, value, issue.expected, data);
        push(at(path, wrong.atKey), wrong.code, wrong.wording);
        break;
      }
      case 'invalid_value': {
        const values = issue.values.map(String);
        const guess = typeof value === 'string' ? closest(value, values) : undefined;
        push(at(path), 'invalid-value', say.valueNotAllowed({ key: keyName(path), actual: describe(value), values, guess }));
        break;
      }
      case 'too_small':
      case 'too_big': {
        const wording = own(issue.message, path);
        if (wording) {
          push(at(path), 'out-of-range', wording);
          break;
        }
        const items = issue.origin === 'array';
        const [key, actual] = [keyName(path), describe(value)];
        if (issue.code === 'too_small') push(at(path), 'out-of-range', say.tooFew({ key, least: String(issue.minimum), items, actual }));
        else push(at(path), 'out-of-range', say.tooMany({ key, most: String(issue.maximum), items, actual }));
        break;
      }
      default: {
        const code = issue.code === 'invalid_format' ? 'invalid-format' : 'invalid-value';
        push(at(path), code, own(issue.message, path) ?? say.notAllowedHere({ key: keyName(path) }));
      }
    }
  }
  return out;
}

/** A key left out: said at the part it is missing from, unless a mistyped key there explains it. */
function missingKeyWording(path: readonly PathSegment[], unknownKeys: ReadonlyMap<string, string[]>): Wording | undefined {
  const parentPath = path.slice(0, -1);
  const name = String(path[path.length - 1]);
  if (closest(name, unknownKeys.get(parentPath.map(String).join('/')) ?? [])) return undefined;
  const where = parentPath.length === 0 ? 'this file' : `this ${describeContainer(parentPath)}`;
  return say.missingKey({ key: name, where });
}

function describeContainer(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (typeof last === 'number' && parent === 'actions') return 'action';
  if (parent === 'updates') return `${String(last)} update`;
  if (typeof last === 'string') return `"${last}:" part`;
  return 'item';
}
