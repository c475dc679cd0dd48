import { plural } from '../shared/words.js';
import { countBySeverity, type Diagnostic, sortDiagnostics } from './diagnostic.js';
import type { Highlighter } from './highlight.js';

/** The human format of diagnostics: for a terminal, on stderr. */

/**
 * The source line as a terminal may show it: every invisible or control character becomes one visible
 * mark in its place (so the caret still lines up), and none can move the cursor, change the terminal's
 * title or erase what was printed. A pasted non-breaking or other odd space shows as "⍽", a control
 * character as its picture ("␛" for ESC), any other invisible character as "¤".
 */
export function visibleLine(line: string): string {
  return line
    .replace(
      /[\u0000-\u001f\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff\ufff9-\ufffb\ud800-\udfff]/g,
      (ch) => {
        const cp = ch.charCodeAt(0);
        if (cp === 0x09) return ' ';
        if (cp < 0x20) return String.fromCharCode(0x2400 + cp);
        if (cp === 0x7f) return '␡';
        if (/[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff]/.test(ch)) return '⍽';
        // A surrogate that is half of a pair is part of an ordinary character (an emoji).
        if (cp >= 0xd800 && cp <= 0xdfff) return ch;
        return '¤';
      },
    )
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '¤');
}

/**
 * A file name, message or hint as one safe stretch of a line: its characters from plan files and file
 * names cannot end the line (so nothing can start a line of its own, such as a GitHub workflow command
 * "::error" or "::add-mask::"), move the cursor back over the file:line:col (a carriage return), or
 * drive the terminal (ESC, BEL): each shows as a mark, as in the code frame.
 */
export function visibleText(text: string): string {
  return visibleLine(text);
}

/**
 * A file name that begins a line, shown so that it cannot be read as a workflow command: a name that
 * starts with ":" is shown as "./:…", the same file.
 */
export function lineStartPath(file: string): string {
  const shown = visibleText(file);
  return shown.startsWith(':') ? `./${shown}` : shown;
}

/**
 * The width the code frames must fit: the terminal's, or COLUMNS when stderr is not a terminal (a
 * pipe, CI). Without either, lines are cut at 160 characters, as a log viewer scrolls.
 */
function frameWidth(): number {
  const columns = process.stderr.isTTY ? process.stderr.columns : Number(process.env.COLUMNS);
  return columns !== undefined && Number.isInteger(columns) && columns > 0 ? columns : 168;
}

/**
 * The part of a line that fits `room` characters and holds column `at`: a cut end shows "…", and the
 * caret's spot is always inside, however long the line and however narrow the terminal.
 */
export function lineWindow(line: string, at: number, room: number): { text: string; caret: number } {
  if (line.length <= room) return { text: line, caret: Math.min(at, line.length) };
  const fit = Math.max(room, 3);
  // Keep up to a third of the room before the caret, so the words that lead to the problem show too,
  // but never so much that the caret's own character falls behind the "…" at the end.
  const lead = Math.min(Math.floor(fit / 3), fit - 3);
  const from = Math.max(0, Math.min(at - lead, line.length - fit + 1));
  const head = from > 0 ? '…' : '';
  const bodyRoom = fit - head.length - 1;
  const body = line.slice(from, from + bodyRoom + 1);
  const tail = from + body.length < line.length ? '…' : '';
  const text = `${head}${tail ? body.slice(0, bodyRoom) : body}${tail}`;
  return { text, caret: Math.min(head.length + at - from, text.length) };
}

/** Two lines: the source line with its number, and a caret under the column, within `width`. */
function codeFrame(d: Diagnostic, hl: Highlighter, width: number): string[] {
  if (d.sourceLine === undefined) return [];
  const gutter = String(d.line);
  const { text, caret } = lineWindow(visibleLine(d.sourceLine), Math.max(d.column - 1, 0), width - gutter.length - 6);
  return [
    `  ${hl.dim(`${gutter} |`)} ${text}`,
    `  ${' '.repeat(gutter.length)} ${hl.dim('|')} ${' '.repeat(caret)}${d.severity === 'error' ? hl.error('^') : hl.warning('^')}`,
  ];
}

/** The human format: grouped by file, one line per problem, a hint and a code frame, a count line. */
export function formatText(diagnostics: readonly Diagnostic[], hl: Highlighter, fileCount: number, width = frameWidth()): string {
  const lines: string[] = [];
  const sorted = sortDiagnostics(diagnostics);
  let currentFile: string | undefined;
  for (const d of sorted) {
    if (d.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(hl.strong(hl.path(lineStartPath(d.file))));
      currentFile = d.file;
    }
    const label = d.severity === 'error' ? hl.error('error') : hl.warning('warning');
    lines.push(`${hl.path(`${lineStartPath(d.file)}:${d.line}:${d.column}`)}: ${label}: ${visibleText(d.message)}`);
    if (d.hint) lines.push(`  ${hl.dim('hint:')} ${visibleText(d.hint)}`);
    lines.push(...codeFrame(d, hl, width));
  }
  const { errors, warnings } = countBySeverity(diagnostics);
  if (lines.length > 0) lines.push('');
  const problemFiles = new Set(diagnostics.map((d) => d.file)).size;
  if (errors === 0 && warnings === 0) {
    lines.push(hl.success(`✓ ${plural(fileCount, 'file')} checked, no problems`));
  } else {
    const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(problemFiles, 'file')} (${plural(fileCount, 'file')} checked)`;
    lines.push(errors > 0 ? hl.error(`✗ ${summary}`) : hl.warning(`! ${summary}`));
  }
  return `${lines.join('\n')}\n`;
}
