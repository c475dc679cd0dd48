import * as z from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { say } from '../messages/index.js';
import { CODE_KEYS, type SlipContext } from './slips.js';
import type { SourceFile } from './source-file.js';
import { type LocNode, locate, type PathSegment, parseYaml } from './yaml-source.js';
import { mapZodIssues } from './zod-issues.js';

/** Raw YAML data, read defensively: a mapping, or undefined for anything else. */
export function asDict(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The figures of a part written per council ("CDC: 5"), leaving out anything not a number. */
export function numberEntries(block: unknown): Array<[string, number]> {
  return Object.entries(asDict(block) ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number');
}

/**
 * The checks every YAML input of plan goes through, plan files and templates alike: parse with
 * positions, insist on a mapping at the top, then the schema, with its issues at `file:line:col`.
 */
export interface CheckedYaml<T> {
  /** The raw data, when the file is a mapping that YAML could read; rules may look at it. */
  data: Record<string, unknown> | undefined;
  root: LocNode | undefined;
  /** The schema-checked data, when the file passed the schema. */
  parsed: T | undefined;
  /** Whether the schema ran: false when the file is not a mapping or its YAML has errors. */
  schemaChecked: boolean;
  diagnostics: Diagnostic[];
}

// check-layers: memo. What slipContext worked out for a schema: the same schema always gives the same
// context, so a run finds here only what it would have worked out itself.
const contexts = new WeakMap<object, SlipContext>();

/**
 * What the slip finder needs of a schema: every key its objects allow, at any depth, and for each key
 * whose value is a block of keys, the keys allowed in it.
 */
export function slipContext(schema: z.ZodType): SlipContext {
  let context = contexts.get(schema);
  if (context) return context;
  const knownKeys = new Set<string>();
  const children = new Map<string, Set<string>>();
  const moneyBlocks = new Set<string>();
  const textKeys = new Set<string>();
  const lists = new Set<string>();
  const dateKeys = new Set<string>();
  const numberLists = new Set<string>();
  const formKeys = new Set<string>();
  // The few words a key takes ("ended: completed"); a key that takes other values somewhere is left out.
  const choices = new Map<string, readonly string[]>();
  const free = new Set<string>();
  const firstDayKeys = new Set<string>();
  const mayHoldCodes = new Set<string>();
  const seen = new Set<object>();
  type Def = {
    type?: string;
    shape?: Record<string, unknown>;
    innerType?: unknown;
    element?: unknown;
    valueType?: unknown;
    in?: unknown;
    entries?: Record<string, unknown>;
    options?: unknown[];
  };
  const defOf = (node: unknown): Def | undefined => (node as { _zod?: { def?: Def } } | null)?._zod?.def;
  /** The object or record a schema stands for, through optional and pipe wrappers. */
  const unwrap = (node: unknown): Def | undefined => {
    let def = defOf(node);
    while (def && (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'pipe'))
      def = defOf(def.innerType ?? def.in);
    return def;
  };
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = unwrap(node);
    if (!def) return;
    if (def.type === 'object' && def.shape) {
      for (const [key, child] of Object.entries(def.shape)) {
        knownKeys.add(key);
        const date = holdsDate(child);
        if (date) dateKeys.add(key);
        if (date === 'first') firstDayKeys.add(key);
        if (holdsForm(child)) formKeys.add(key);
        let inner = unwrap(child);
        if (inner?.type === 'string') textKeys.add(key);
        const words = inner?.type === 'enum' ? Object.values(inner.entries ?? {}).filter((v) => typeof v === 'string') : [];
        if (words.length > 0 && !free.has(key)) choices.set(key, [...new Set([...(choices.get(key) ?? []), ...words])]);
        else {
          free.add(key);
          choices.delete(key);
        }
        // A list of blocks ("actions:"): its items' keys stand side by side.
        if (inner?.type === 'array') {
          inner = unwrap(inner.element);
          if (inner?.type === 'number') numberLists.add(key);
          if (inner?.type === 'object') lists.add(key);
        }
        // "none" or a figure per council ("target:" of a measure): council codes may stand under it there.
        if (inner?.type === 'union' && (inner.options ?? []).some((o) => unwrap(o)?.type === 'record')) mayHoldCodes.add(key);
        const keys = children.get(key) ?? new Set<string>();
        if (inner?.type === 'object' && inner.shape) for (const k of Object.keys(inner.shape)) keys.add(k);
        if (inner?.type === 'record') {
          keys.add(CODE_KEYS);
          if (unwrap(inner.valueType)?.type === 'number') moneyBlocks.add(key);
        }
        if (keys.size > 0) children.set(key, keys);
        walk(child);
      }
    }
    for (const next of [def.element, def.valueType, ...(def.options ?? [])]) walk(next);
  };
  walk(schema);
  // The keys at the top of the file stand side by side too.
  const top = unwrap(schema);
  if (top?.type === 'object' && top.shape) children.set('', new Set(Object.keys(top.shape)));
  context = { knownKeys, children, moneyBlocks, textKeys, lists, dateKeys, numberLists, formKeys, choices, firstDayKeys, mayHoldCodes };
  contexts.set(schema, context);
  return context;
}

/**
 * Whether a schema, through its optional and pipe wrappers, tells editors its value is a date
 * YYYY-MM-DD, or checks it is one: 'first' when the date must be the first of a month ("starts:").
 */
function holdsDate(node: unknown): 'date' | 'first' | undefined {
  for (let n = node, depth = 0; n !== null && typeof n === 'object' && depth < 8; depth++) {
    const pattern = (z.globalRegistry.get(n as z.ZodType) as { pattern?: unknown } | undefined)?.pattern;
    if (typeof pattern === 'string' && pattern.includes(String.raw`\d{4}-\d{2}-\d{2}`)) return 'date';
    const def = (n as { _zod?: { def?: { innerType?: unknown; in?: unknown; checks?: unknown[] } } })._zod?.def;
    for (const check of def?.checks ?? []) {
      const checked = (check as { _zod?: { def?: { pattern?: unknown } } })._zod?.def?.pattern;
      if (!(checked instanceof RegExp) || !checked.source.startsWith(String.raw`^\d{4}-`)) continue;
      return checked.source.endsWith('-01$') ? 'first' : 'date';
    }
    n = def?.innerType ?? def?.in;
  }
  return undefined;
}

/**
 * Whether a key's value has a form of its own (an id, a date, a number, one of a few words) rather than
 * being text: its schema refuses a sentence. Asked of the schema, so a new key of either kind is known.
 */
function holdsForm(node: unknown): boolean {
  const schema = node as z.ZodType;
  return typeof schema?.safeParse === 'function' && !schema.safeParse('Any words, 2 of them.').success;
}

export function checkYaml<T>(
  file: SourceFile,
  schema: z.ZodType<T>,
  options: {
    isProse: (path: readonly PathSegment[]) => boolean;
    isMoney?: (path: readonly PathSegment[]) => boolean;
    startHint: string;
    councils?: ReadonlyMap<string, string> | undefined;
    yearStartMonth?: number | undefined;
  },
): CheckedYaml<T> {
  const parsedYaml = parseYaml(file, {
    isProse: options.isProse,
    ...(options.isMoney ? { isMoney: options.isMoney } : {}),
    emptyHint: options.startHint,
    ...slipContext(schema),
    ...(options.councils ? { councils: options.councils } : {}),
    ...(options.yearStartMonth === undefined ? {} : { yearStartMonth: options.yearStartMonth }),
  });
  const diagnostics = [...parsedYaml.diagnostics];
  const out: CheckedYaml<T> = { data: undefined, root: parsedYaml.root, parsed: undefined, schemaChecked: false, diagnostics };
  const data = parsedYaml.data;
  if (data === undefined) return out;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const { message, hint } = say.notKeyLines({ list: Array.isArray(data), start: options.startHint });
    diagnostics.push(file.diagnostic(parsedYaml.root?.start ?? 0, 'error', 'not-key-lines', message, hint));
    return out;
  }
  out.data = data as Record<string, unknown>;
  // A file whose YAML could not be turned into data (an unexplained syntax error, a refused alias or
  // tag, …) is not schema-checked: the holes would only produce confusing follow-on errors. Other
  // errors (a control character, a slip plan repaired) leave the data whole, so the rest is checked.
  if (!parsedYaml.complete) return out;
  out.schemaChecked = true;
  const result = schema.safeParse(data);
  if (result.success) out.parsed = result.data;
  else {
    const issues = result.error.issues.filter((issue) => !aboutSettled(parsedYaml.root, issue.path, parsedYaml.settled));
    diagnostics.push(...mapZodIssues(issues, data, parsedYaml.root, file, schema));
  }
  return out;
}

/**
 * Whether a schema issue is about a value a slip has already named (see Slip.settles), or about the
 * part that directly holds it ("target:" whose figures are not all numbers): it would say the slip again.
 */
function aboutSettled(root: LocNode | undefined, path: readonly PropertyKey[], settled: readonly number[]): boolean {
  if (settled.length === 0) return false;
  const { node, found } = locate(
    root,
    path.map((p) => (typeof p === 'number' ? p : String(p))),
  );
  if (!found || !node) return false;
  const starts = [node.start, ...Object.values(node.fields ?? {}).map((f) => f.start), ...(node.items ?? []).map((f) => f.start)];
  return settled.some((at) => starts.includes(at));
}
