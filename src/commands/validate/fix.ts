import { resolve } from 'node:path';
import { slipContext } from '../../input/check-yaml.js';
import { readInputFile } from '../../input/read-input.js';
import { type SlipContext, WorkingCopy } from '../../input/slips.js';
import { decodeSource } from '../../input/source-file.js';
import { LINE_SLIP_FINDERS } from '../../input/yaml-source.js';
import { say } from '../../messages/index.js';
import { listPlanFiles } from '../../plan/list-files.js';
import { councilsOfPlan, yearStartOfPlan } from '../../plan/plan-facts.js';
import { planFileSchema, sectionFileSchema } from '../../plan/schema.js';
import { BOM, startsWithBom } from '../../shared/bom.js';
import { showPath } from '../../shared/paths.js';
import { type FileChange, writeFilesTogether } from '../../shared/write-file.js';

/**
 * `plan validate --fix`: repair, in place, the slips that have one right answer (pasted odd spaces
 * and tabs in indentation, curly quotes around keys and around values that need quotes, a missing
 * space after a key's colon, an empty "key:" line written twice, money and RAG written in another
 * form, text another program left in a text). Nothing else in the file changes, byte for byte:
 * comments, line endings and a byte-order mark stay. An officer's own words are changed only where a
 * slip finder names one right reading (an e-mail's "> " marks, an "_x000D_"). All files change
 * together or not at all. Running it again changes nothing.
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
  let councils: ReadonlyMap<string, string> | undefined;
  let yearStartMonth: number | undefined;
  for (const path of [...planFiles, ...listing.sectionPaths]) {
    const read = readInputFile(path);
    if (!('bytes' in read)) continue; // Reported by the validation that follows.
    const mended = mendDoubledEndings(read.bytes);
    const decoded = decodeSource(mended.bytes, path, display(path));
    if ('diagnostic' in decoded) continue;
    const file = decoded.file;
    if (mended.lines > 0) changes.push({ file: file.displayPath, line: 1, what: say.doubledLineEndings({ lines: mended.lines }).fixed! });
    const isPlan = planFiles.has(path);
    // plan.yaml comes first: its councils let a council written by its name be given its code.
    if (isPlan) councils = councilsOfPlan(file);
    if (isPlan) yearStartMonth = yearStartOfPlan(file);
    const context = isPlan
      ? slipContext(planFileSchema)
      : {
          ...slipContext(sectionFileSchema),
          ...(councils ? { councils } : {}),
          ...(yearStartMonth === undefined ? {} : { yearStartMonth }),
        };
    const repair = repairText(file.text, context);
    if (repair.text === file.text && mended.lines === 0) continue;
    for (const r of repair.repairs) changes.push({ file: file.displayPath, line: file.position(r.offset).line, what: r.fixed });
    const hadBom = startsWithBom(read.bytes);
    // Written only while the file still holds the bytes read here: an editor's save made meanwhile stays.
    writes.push({ path, data: Buffer.from((hadBom ? BOM : '') + repair.text, 'utf8'), expected: read.bytes });
  }
  await writeFilesTogether(writes);
  return { changes, files: writes.length };
}

/**
 * Windows line endings turned into Windows line endings a second time ("\r\r\n"): one right answer,
 * "\r\n". Mended in the bytes, before the text is read, since such a file cannot be read as it is.
 */
function mendDoubledEndings(bytes: Uint8Array): { bytes: Uint8Array; lines: number } {
  // Latin-1 maps each byte to one character and back, so nothing but the endings changes.
  const text = Buffer.from(bytes).toString('latin1');
  const lines = text.split('\r\r\n').length - 1;
  return lines === 0 ? { bytes, lines } : { bytes: Buffer.from(text.replaceAll('\r\r\n', '\r\n'), 'latin1'), lines };
}

/**
 * The text with the slips that have one right answer repaired, and each repair (its offset in `text`
 * and what it did): first the slips in the characters of the lines, then, in the text so repaired,
 * those in their layout (a "key:" line written twice).
 */
export function repairText(text: string, context: SlipContext): { text: string; repairs: Array<{ offset: number; fixed: string }> } {
  const working = new WorkingCopy(text);
  const repairs: Array<{ offset: number; fixed: string }> = [];
  for (const find of LINE_SLIP_FINDERS) {
    const slips = find(working.text, context).filter((s) => s.fixed !== undefined);
    for (const slip of slips) repairs.push({ offset: working.toOriginal(slip.offset), fixed: slip.fixed! });
    working.apply(slips.flatMap((s) => s.edits));
  }
  return { text: working.text, repairs };
}
