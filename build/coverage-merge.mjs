/**
 * Adds the child processes' coverage to the in-process coverage, file by file, by position in src/.
 *
 * Both sides come from ast-v8-to-istanbul (vitest's coverage-v8 uses it too), but over different code:
 * vitest's for each file as vite transformed it, the child's for the bundle. Their statement and branch
 * maps are not the same objects, so istanbul's own merge (which keeps both maps' entries) would count
 * each construct twice. Here the in-process map is the structure; each of its statements, functions
 * and branches takes the counts of the child's entry that starts at the same line and column of the
 * same file (or, alone on its line on both sides, the same line; for a branch, of the same kind and
 * number of arms). An entry with no counterpart
 * keeps its in-process counts only, so a mismatch can lower the figures but never raise them.
 */
const at = (loc) => (loc?.start ? `${loc.start.line}:${loc.start.column}` : '');

/**
 * The child's entries by where they start: line and column, or the line alone for an entry that is
 * alone on its line on both sides (the two source maps can place a start a few columns apart).
 */
function matcher(target, child, locOf) {
  const exact = new Map();
  const byLine = new Map();
  for (const [id, entry] of Object.entries(child)) {
    exact.set(at(locOf(entry)), id);
    const line = locOf(entry)?.start?.line;
    byLine.set(line, byLine.has(line) ? null : id);
  }
  const lines = new Map();
  for (const entry of Object.values(target)) {
    const line = locOf(entry)?.start?.line;
    lines.set(line, (lines.get(line) ?? 0) + 1);
  }
  return (entry) => {
    const line = locOf(entry)?.start?.line;
    return exact.get(at(locOf(entry))) ?? (lines.get(line) === 1 ? (byLine.get(line) ?? undefined) : undefined);
  };
}

/** Adds `child`'s counts into `target` (both one file's istanbul data). Returns how many of target's entries matched. */
export function addChildCounts(target, child) {
  let matched = 0;
  const statements = matcher(target.statementMap, child.statementMap, (s) => s);
  for (const [id, loc] of Object.entries(target.statementMap)) {
    const other = statements(loc);
    if (other === undefined) continue;
    target.s[id] += child.s[other];
    matched++;
  }
  const functions = matcher(target.fnMap, child.fnMap, (f) => f.decl);
  for (const [id, fn] of Object.entries(target.fnMap)) {
    const other = functions(fn);
    if (other === undefined) continue;
    target.f[id] += child.f[other];
    matched++;
  }
  const branches = matcher(target.branchMap, child.branchMap, (b) => b.loc);
  for (const [id, branch] of Object.entries(target.branchMap)) {
    const other = branches(branch);
    if (other === undefined) continue;
    const arms = child.b[other];
    if (child.branchMap[other].type !== branch.type || arms.length !== target.b[id].length) continue;
    target.b[id] = target.b[id].map((count, arm) => count + arms[arm]);
    matched++;
  }
  return matched;
}
