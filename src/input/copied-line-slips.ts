import { say } from '../messages/index.js';
import { textBelowPlaceholder } from './placeholder-slips.js';
import { COUNCIL_CODE_KEY, type LineInfo, needsQuotes } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * A line of keys copied from a program that marks it in its own way: a value between backticks, as
 * Teams or a chat shows code ("- id: `procurement-apprentices`"); a line of JSON, as plan's own
 * `report --format json` or a flow that reads the figures writes it ("\"status\": \"Onward going\",");
 * a character that looks like "|" typed for it after "narrative:" (the broken bar a UK keyboard
 * types). Each has one reading, which --fix writes.
 */
export function findCopiedLineSlip(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  return (
    chatBackticks(lines[i]!, context) ??
    jsonLine(lines, i, context) ??
    barLookalike(lines, i, context) ??
    textBelowPlaceholder(lines, i, context)
  );
}

const known = (key: string, context: SlipContext) => context.knownKeys.has(key) || COUNCIL_CODE_KEY.test(key);

/** The value as the line should hold it: as written, or in double quotes where YAML would read it otherwise. */
const asValue = (text: string) => (needsQuotes(text) || /^(?:true|false|null|~|yes|no)$/i.test(text) ? JSON.stringify(text) : text);

/** "- id: `procurement-apprentices`": a whole value between backticks, a chat's marks for code. */
function chatBackticks(line: LineInfo, context: SlipContext): Slip | undefined {
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w-]*)([ \t]*:[ \t]+)`([^`\n]+)`[ \t]*(?:[ \t]#.*)?$/.exec(rest);
  if (!m || !known(m[2]!, context)) return undefined;
  const inner = m[4]!.trim();
  if (inner === '' || /^["']/.test(inner)) return undefined;
  const value = asValue(inner);
  const at = line.start + line.indent + m[1]!.length + m[2]!.length + m[3]!.length;
  const written = `\`${m[4]!}\``;
  return {
    offset: at,
    code: 'chat-backticks',
    ...say.chatBackticks({ key: m[2]!, value: inner, line: `${m[1]!}${m[2]!}: ${value}` }),
    edits: [{ at, remove: written.length, insert: value }],
  };
}

/** A value as JSON writes it: text in double quotes, a number, true, false or null. */
const JSON_LINE = /^((?:- +)*)"([A-Za-z][\w-]*)"[ \t]*:[ \t]*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)[ \t]*,[ \t]*$/;

/** "\"status\": \"Onward going\",": a line of JSON, its key in quotes and a comma at its end. */
function jsonLine(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  const m = JSON_LINE.exec(rest);
  if (!m || !known(m[2]!, context) || insideBraces(lines, i)) return undefined;
  const written = m[3]!;
  let value = written;
  if (written.startsWith('"')) {
    let text: unknown;
    try {
      text = JSON.parse(written);
    } catch {
      return undefined;
    }
    if (typeof text !== 'string' || /[\n\r\t]/.test(text)) return undefined;
    value = /^\S(?:.*\S)?$/.test(text) ? asValue(text) : written;
  }
  const fixedLine = `${m[1]!}${m[2]!}: ${value}`;
  const at = line.start + line.indent;
  return {
    offset: at,
    code: 'json-line',
    ...say.jsonLine({ key: m[2]!, line: fixedLine }),
    edits: [{ at, remove: line.text.trimEnd().length - line.indent, insert: fixedLine }],
  };
}

/** Whether line `i` stands inside braces or brackets opened on a line above it (where "key": value, is read). */
function insideBraces(lines: readonly LineInfo[], i: number): boolean {
  let depth = 0;
  for (let j = 0; j < i; j++) {
    const l = lines[j]!;
    if (l.blank || l.comment || l.inBlock) continue;
    const text = l.text.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '').replace(/(?:^|[ \t])#.*$/, '');
    for (const ch of text) {
      if (ch === '{' || ch === '[') depth++;
      else if ((ch === '}' || ch === ']') && depth > 0) depth--;
    }
  }
  return depth > 0;
}

/**
 * Characters that look like "|": the broken bar (U+00A6), a box-drawing or a full-width bar, a dental
 * click; and, copied by eye from a font that draws them alike, a small L, a capital i, a one or "!".
 */
const BAR_LOOKALIKE = /[\u00a6\u01c0\u2223\u2502\uff5c\u23d0lI1!]/;

/** "narrative: \u00a6" over lines set further in: the "|" that starts a text on the lines below, mistyped. */
function barLookalike(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w-]*)[ \t]*:[ \t]+(\S)([-+]?)[ \t]*(?:[ \t]#.*)?$/.exec(rest);
  if (!m || !BAR_LOOKALIKE.test(m[3]!) || !(context.textKeys?.has(m[2]!) ?? false)) return undefined;
  let next = i + 1;
  while (next < lines.length && lines[next]!.blank) next++;
  if (next >= lines.length || lines[next]!.indent <= line.indent + m[1]!.length) return undefined;
  const at = line.start + line.indent + m[0].indexOf(m[3]!, m[1]!.length + m[2]!.length + 1);
  const code = m[3]!.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return {
    offset: at,
    code: 'bar-lookalike',
    ...say.barLookalike({ key: m[2]!, written: m[3]!, code }),
    edits: [{ at, remove: 1, insert: '|' }],
  };
}
