import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../input/source-file.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say } from '../messages/index.js';
import type { Quarter } from './quarters.js';
import { type ActionRef, at, problem } from './rule-context.js';

/**
 * A council's figure made a note ("# PRD: 5500"), as an officer does to check a figure against the
 * return and forgets to undo: plan does not read it, so the figure is missing. The line is looked for
 * among the block's own lines, below its key and deeper, and the notes among them; it is the slip to
 * name, not the figure's absence.
 */

/** How far below its key a block's notes are looked through. */
const LOOK = 30;

/** The line below `keyLine` (its block) where `code`'s figure stands behind "#", with the figure. */
function notedFigure(file: SourceFile, keyLine: number, code: string): { line: number; column: number; value: string } | undefined {
  const indent = (text: string) => text.length - text.trimStart().length;
  const base = indent(file.lineText(keyLine));
  const pattern = new RegExp(`^([ \\t]*)#+[ \\t]*${code}[ \\t]*:[ \\t]*(-?\\d[\\d,.]*)[ \\t]*$`);
  const last = file.position(file.text.length).line;
  for (let n = keyLine + 1; n <= Math.min(last, keyLine + LOOK); n++) {
    const text = file.lineText(n);
    const m = pattern.exec(text);
    if (m) return { line: n, column: m[1]!.length, value: m[2]! };
    if (text.trim() !== '' && !text.trimStart().startsWith('#') && indent(text) <= base) return undefined;
  }
  return undefined;
}

/** The missing `code` figure of an update's achieved block: said at its note, when there is one. */
export function missingFigure(
  ref: ActionRef,
  updatePath: readonly PathSegment[],
  quarter: Quarter,
  code: string,
  before: { quarter: string; value: number } | undefined,
): Diagnostic {
  const offset = at(ref.f, [...updatePath, 'achieved'], true);
  const file = ref.f.file;
  const noted = notedFigure(file, file.position(offset).line, code);
  if (!noted) return problem(ref.f, offset, 'error', 'missing-figure', say.figureMissing({ quarter, code, before }));
  const wording = say.figureNotedOut({ quarter, code, line: noted.line, value: noted.value });
  return problem(ref.f, file.lineStart(noted.line) + noted.column, 'error', 'figure-noted-out', wording);
}
