import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { PathSegment } from './yaml-source.js';

/**
 * What a key written twice may have been meant as, read from the parsed file around it: the next
 * council's line, a part's lost key line, the quarter after the others. yaml-convert.ts words them.
 */

export interface DuplicateContext {
  root: YamlNode | undefined;
  councils: ReadonlyMap<string, string> | undefined;
  knownKeys: ReadonlySet<string>;
  lineText: (line: number) => string;
}

type Lines = { from: number; to: number };

/**
 * The one declared council a part lacks, when a council's line is written twice, one under the other:
 * the line copied to write the next council's, its code left as it was ("ELM: 22750" under "ELM: 18400").
 */
export function councilLacking(
  c: DuplicateContext,
  key: string,
  path: readonly PathSegment[],
  has: (key: string) => boolean,
  firstLines: Lines,
  again: Lines,
): string | undefined {
  if (!c.councils?.has(key) || again.from !== firstLines.to + 1 || again.from !== again.to) return undefined;
  const lacking = [...c.councils.keys()].filter((code) => !has(code) && targetHas(c, path, code));
  return lacking.length === 1 ? lacking[0] : undefined;
}

/**
 * "pending:" deleted with the line above it: a council's figure written again under "achieved:", in
 * an update with no "pending:", where another quarter of the action has one.
 */
export function partLineLost(c: DuplicateContext, key: string, path: readonly PathSegment[], firstLines: Lines) {
  const k = path.lastIndexOf('updates');
  if (!c.councils?.has(key) || !c.root || k < 0 || path[k + 2] !== 'achieved') return undefined;
  const update = nodeAt(c.root, path.slice(0, -1));
  const updates = nodeAt(c.root, path.slice(0, k + 1));
  if (!isMap(update) || update.has('pending') || !isMap(updates)) return undefined;
  const elsewhere = updates.items.some((p) => isMap(p.value) && p.value.has('pending'));
  // "pending:" goes in line with "achieved:", the nearest line above that starts with it.
  let l = firstLines.from - 1;
  while (l > 0 && !/^\s*achieved:/.test(c.lineText(l))) l--;
  const indent = c.lineText(l).search(/\S/);
  return elsewhere && l > 0 ? { name: 'pending', indent } : undefined;
}

/** Whether the target of the figures at `path` (an update's achieved or pending, or a measure's row) has `code`. */
function targetHas(c: DuplicateContext, path: readonly PathSegment[], code: string): boolean {
  const k = path.lastIndexOf('updates');
  if (k < 0 || !c.root) return false;
  const [part, id] = path.slice(k + 2);
  const target =
    part === 'achieved' || part === 'pending'
      ? [...path.slice(0, k), 'target', 'amounts']
      : part === 'measures' && id !== undefined
        ? [...path.slice(0, k), 'measures', id, 'target']
        : undefined;
  const node = target ? nodeAt(c.root, target) : undefined;
  return isMap(node) && node.has(code);
}

/**
 * The numbered key a second copy of `key` was meant to be: the next ("Q3" copied below to write
 * "Q4", whose line is not there yet), or, below the keys after it, the first one after them all that
 * is missing ("Q1:" written after Q2 and Q3 for the year-end's Q4).
 */
export function nextKeyLacking(
  c: DuplicateContext,
  key: string,
  has: (key: string) => boolean,
  above: (key: string) => boolean,
): string | undefined {
  const number = /^(.*?)(\d+)$/.exec(key);
  if (!number) return undefined;
  const name = (n: number) => `${number[1]}${n}`;
  const known = (k: string) => c.knownKeys.has(k);
  let top = Number(number[2]);
  while (known(name(top + 1)) && has(name(top + 1)) && above(name(top + 1))) top++;
  const next = name(top + 1);
  return known(next) && !has(next) ? next : undefined;
}

/** The node at `path` below `node`, by keys and list positions. */
export function nodeAt(node: YamlNode, path: readonly PathSegment[]): YamlNode | undefined {
  let current: unknown = node;
  for (const segment of path) {
    if (isMap(current)) current = current.items.find((p) => isScalar(p.key) && p.key.value === segment)?.value;
    else if (isSeq(current) && typeof segment === 'number') current = current.items[segment];
    else return undefined;
  }
  return (current ?? undefined) as YamlNode | undefined;
}
