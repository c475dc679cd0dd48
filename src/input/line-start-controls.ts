import { say } from '../messages/index.js';
import { type LineInfo, scanLines } from './slip-lines.js';
import type { Slip } from './slips.js';

/**
 * Control characters at the start of a line, before its indentation or alone on it: a form feed where
 * a PDF's page broke, a vertical tab from Word's line break (Shift+Enter), pasted with the text. They
 * are invisible, so the line looks in place, yet YAML reads it as starting at the left edge: the
 * character is the slip, not the line's place. Deleting it is the one right repair (--fix does it),
 * and the file is read on without it, so the line is not also said to be out of place.
 */
const LEADING_CONTROLS = /^( *)([\u0001-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]+)/;

export function findLineStartControls(text: string, _context: unknown, lines: readonly LineInfo[] = scanLines(text)): Slip[] {
  const slips: Slip[] = [];
  lines.forEach((line, i) => {
    const m = LEADING_CONTROLS.exec(line.text);
    if (!m) return;
    const spaces = m[1]!.length;
    const controls = m[2]!;
    const alone = line.text.slice(m[0].length).trim() === '';
    const wording = say.controlAtLineStart({ line: i + 1, codePoint: controls.codePointAt(0)!, alone });
    slips.push({
      offset: line.start + spaces,
      code: 'control-character',
      ...wording,
      edits: [{ at: line.start + spaces, remove: controls.length, insert: '' }],
    });
    // Any further along the line are said by the check of the text's characters.
  });
  return slips;
}
