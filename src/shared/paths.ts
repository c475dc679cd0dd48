import { isAbsolute, relative, sep } from 'node:path';

/** A path as the officer should see it: relative inside the working folder, absolute outside it. */
export function showPath(path: string, cwd: string = process.cwd()): string {
  const rel = relative(cwd, path);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
}

/** Whether `child` is `parent` or inside it ("../reports" and "..reports" are both told apart). */
export function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * File names in a fixed order on every machine: ignoring case, then by code unit. (localeCompare
 * would depend on the ICU data of the Node build, and its first call costs ~15 ms of start-up.)
 */
export function compareNames(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
