import { resolve } from 'node:path';
import { findCharacterSlips } from '../../input/character-slips.js';
import { slipContext } from '../../input/check-yaml.js';
import { readInputFile } from '../../input/read-input.js';
import { WorkingCopy } from '../../input/slips.js';
import { decodeSource } from '../../input/source-file.js';
import { findStructureSlips } from '../../input/structure-slips.js';
import { listPlanFiles } from '../../plan/load-plan.js';
import { planFileSchema, sectionFileSchema } from '../../plan/schema.js';
import { BOM, startsWithBom } from '../../shared/bom.js';
import { showPath } from '../../shared/paths.js';
import { type FileChange, writeFilesTogether } from '../../shared/write-file.js';

/**
 * `plan validate --fix`: repair, in place, the mechanical slips that have one right answer (pasted
 * odd spaces and tabs in indentation, curly quotes around keys and around values that need quotes,
 * a missing space after a key's colon). Nothing else in the file changes, byte for byte: comments,
 * line endings and a byte-order mark stay. Prose is never touched. All files change together or not
 * at all. Running it again changes nothing.
 */

export interface FixResult {
  /** Each repair: where, and what changed ("a non-breaking space (U+00A0) in the indentation replaced by a space"). */
  changes: Array<{ file: string; line: number; what: string }>;
  files: number;
}

export async function fixPlanFiles(plansDir: string, cwd = process.cwd()): Promise<FixResult> {
  const dir = resolve(cwd, plansDir);
  const display = (p: string) => showPath(p, cwd);
  const listing = await listPlanFiles(dir, display);
  const planFiles = new Set(listing.planPath ? [listing.planPath] : []);
  const changes: FixResult['changes'] = [];
  const writes: FileChange[] = [];
  for (const path of [...planFiles, ...listing.sectionPaths]) {
    const read = readInputFile(path);
    if (!('bytes' in read)) continue; // Reported by the validation that follows.
    const bytes = read.bytes;
    const decoded = decodeSource(bytes, path, display(path));
    if ('diagnostic' in decoded) continue;
    const file = decoded.file;
    const context = slipContext(planFiles.has(path) ? planFileSchema : sectionFileSchema);
    const working = new WorkingCopy(file.text);
    // Characters first, then the structure across lines of the text so repaired ("-  id:", a lost "- ").
    for (const find of [findCharacterSlips, findStructureSlips]) {
      const slips = find(working.text, context).filter((s) => s.fixed !== undefined);
      for (const slip of slips)
        changes.push({ file: file.displayPath, line: file.position(working.toOriginal(slip.offset)).line, what: slip.fixed! });
      working.apply(slips.flatMap((s) => s.edits));
    }
    if (working.text === file.text) continue;
    const hadBom = startsWithBom(bytes);
    // Written only while the file still holds the bytes read here: an editor's save made meanwhile stays.
    writes.push({ path, data: Buffer.from((hadBom ? BOM : '') + working.text, 'utf8'), expected: bytes });
  }
  await writeFilesTogether(writes);
  return { changes, files: writes.length };
}
