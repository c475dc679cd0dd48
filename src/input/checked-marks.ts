import { scanLines } from './slip-lines.js';
import type { SourceFile } from './source-file.js';

/**
 * "# checked" written after a value: the officer has looked at the warning on that line and the value
 * is right, so the warning is not shown again (an error always is). For a text written as a block
 * (`narrative: |`), where a "#" is part of the text, the mark goes on the line that opens it and
 * covers the text's lines.
 */

/** A comment that says the line is checked: "# checked", "# checked: the rebate really is nil". */
const CHECKED = /(?:^|[ \t])#[ \t]*checked\b/i;

const ANY_MARK = /#[ \t]*checked\b/i;

/** The lines (1-based) a "# checked" mark covers in a file's text, each with the line of its mark. */
function checkedLines(text: string): ReadonlyMap<number, number> {
  const out = new Map<number, number>();
  // Most files have no mark: their lines are not scanned again for one.
  if (!ANY_MARK.test(text)) return out;
  const lines = scanLines(text);
  lines.forEach((line, i) => {
    if (line.inBlock || line.comment || !CHECKED.test(line.text)) return;
    out.set(i + 1, i + 1);
    for (let j = i + 1; j < lines.length && lines[j]!.inBlock; j++) out.set(j + 1, i + 1);
  });
  return out;
}

/** The lines each file's marks cover (with the line of the mark), by the file as shown in messages; files with none left out. */
export function checkedMarks(files: ReadonlyArray<SourceFile | undefined>): ReadonlyMap<string, ReadonlyMap<number, number>> {
  const marks = files.flatMap((f) => (f ? [[f.displayPath, checkedLines(f.text)] as const] : []));
  return new Map(marks.filter(([, lines]) => lines.size > 0));
}
