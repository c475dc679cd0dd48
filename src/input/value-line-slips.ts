import { say } from '../messages/index.js';
import { keyOf, type LineInfo, nextStructural, parentKeys } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * "AVBC:" and, on the next line, "9000" in the key's column or at the left edge: Enter pressed after
 * the colon. (Deeper, YAML reads the two lines as one, so that is no slip.) The key is one whose value
 * is a single figure, text or date, never a part of its own lines; the lines are joined, and --fix
 * joins them when the line below is just a figure, the one right reading.
 */
export function valuesOnNextLine(lines: readonly LineInfo[], context: SlipContext): Slip[] {
  const parents = parentKeys(lines);
  return lines.flatMap((line, i) => {
    const next = lines[i + 1];
    if (!next || next.blank || next.comment || next.inBlock || line.blank || line.comment || line.inBlock) return [];
    const rest = line.text.slice(line.indent);
    const key = keyOf(line);
    if (key === undefined || !/^[A-Za-z][\w-]*:[ \t]*$/.test(rest) || !holdsOneValue(key, parents[i], context)) return [];
    const value = next.text.slice(next.indent).trimEnd();
    if ((next.indent > 0 && next.indent < line.indent) || next.indent > line.indent) return [];
    if (keyOf(next) !== undefined || /^(?:- |-$|#|[[{|>])/.test(value) || /:(?:[ \t]|$)|[ \t]#/.test(value)) return [];
    // The value is one line: the line after it is a key's, no further in than this key.
    const after = nextStructural(lines, i + 1);
    if (after !== undefined && (keyOf(lines[after]!) === undefined || lines[after]!.indent > line.indent)) return [];
    const at = line.start + line.text.trimEnd().length;
    const words = say.valueOnNextLine({ key, value, below: i + 2 });
    const figure = /^\d+$/.test(value);
    const slip: Slip = {
      offset: line.start + line.indent,
      code: 'value-on-next-line',
      message: words.message,
      hint: words.hint,
      edits: [{ at, remove: next.start + next.indent - at, insert: ' ' }],
    };
    return [figure ? { ...slip, fixed: words.fixed } : slip];
  });
}

/** Whether `key`, under `parent`, takes one value on its own line: a council's figure, a text, a date. */
function holdsOneValue(key: string, parent: string | undefined, context: SlipContext): boolean {
  if (context.children.has(key) || context.lists?.has(key)) return false;
  if (parent !== undefined && context.moneyBlocks?.has(parent)) return true;
  return Boolean(context.textKeys?.has(key) || context.dateKeys?.has(key) || context.formKeys?.has(key) || context.choices?.has(key));
}
