import { quoteForYaml } from '../messages/entry.js';
import { say, type Wording } from '../messages/index.js';
import { keyOf, type LineInfo, lineAt, nextStructural, OPENS_PART, previousStructural, scanLines } from './slip-lines.js';
import type { Edit, Slip, SlipContext } from './slips.js';

/**
 * An error the parser still reports, explained as the slip that caused it (with a repair), or in
 * plain words when it is none of the slips plan knows.
 */

export interface YamlErrorInfo {
  offset: number;
  code: string;
  message: string;
}

/** "key: value" with its parts: the leading "- ", the key, and the value as written. */
const KEY_VALUE = /^((?:- +)*)([A-Za-z_][\w-]*)([ \t]*):([ \t]+)(.*)$/;

/**
 * Explain a parser error as the slip that caused it, with a repair, or return undefined when it is
 * none of the slips plan knows.
 */
export function diagnoseYamlError(text: string, error: YamlErrorInfo, context: SlipContext): Slip | undefined {
  const lines = scanLines(text);
  const i = lineAt(lines, Math.min(error.offset, text.length));
  if (error.code === 'BAD_DQ_ESCAPE') return badEscape(text, error);
  // The parser often reports a slip on the line before it, or on the line after: look at each.
  const candidates = [i, nextStructural(lines, i), previousStructural(lines, i)].filter((j): j is number => j !== undefined);
  for (const j of candidates) {
    const slip = indentationSlip(lines, j, context) ?? lineSlip(lines, j, context);
    if (slip) return slip;
  }
  return undefined;
}

/** Backslashes in double quotes that start no valid code: "S:\Rules\2015". */
function badEscape(text: string, error: YamlErrorInfo): Slip | undefined {
  const at = text.indexOf('\\', error.offset);
  if (at === -1) return undefined;
  const written = text.slice(at, at + 2);
  // Every backslash on the rest of the line is doubled for the next parse, so one path is one message.
  const lineEnd = text.indexOf('\n', at);
  const edits: Edit[] = [];
  for (let i = at; i < (lineEnd === -1 ? text.length : lineEnd); i++) {
    if (text[i] !== '\\') continue;
    if (text[i + 1] === '\\' || text[i + 1] === '"') {
      i++;
      continue;
    }
    edits.push({ at: i, remove: 0, insert: '\\' });
  }
  return {
    offset: at,
    code: 'backslash-in-quotes',
    ...say.backslashInQuotes({ written }),
    edits,
  };
}

/** A key line indented differently from the keys it belongs with. */
function indentationSlip(lines: readonly LineInfo[], j: number, context: SlipContext): Slip | undefined {
  const line = lines[j]!;
  const key = keyOf(line);
  if (key === undefined || /^- /.test(line.text.slice(line.indent))) return undefined;
  const p = previousStructural(lines, j);
  if (p === undefined) return undefined;
  const prev = lines[p]!;
  const prevRest = prev.text.slice(prev.indent);
  const prevDash = /^(?:- +)*/.exec(prevRest)![0].length;
  const prevKey = keyOf(prev);
  const prevOpens = prevKey !== undefined && OPENS_PART.test(prevRest);
  const prevKeyColumn = prev.indent + prevDash;
  // Over-indented: deeper than the key before it, which has a value of its own (a scalar or a block).
  if (!prevOpens && prevKey !== undefined && line.indent > prevKeyColumn) {
    // ... unless the previous line is the odd one: "- id:" out of line with the keys of its item,
    // which line up with each other below it.
    const n = nextStructural(lines, j);
    if (prevDash > 0 && n !== undefined && lines[n]!.indent === line.indent && line.indent - prevDash >= 0) {
      const column = line.indent - prevDash;
      return {
        offset: prev.start + prev.indent,
        code: 'indentation',
        ...say.outOfLineWithBelow({ key: `- ${prevKey}`, below: key, by: prev.indent - column, column }),
        edits: [{ at: prev.start, remove: prev.indent, insert: ' '.repeat(column) }],
      };
    }
    return {
      offset: line.start + line.indent,
      code: 'indentation',
      ...say.moreThanAbove({ key, above: prevKey, by: line.indent - prevKeyColumn, column: prevKeyColumn }),
      edits: [{ at: line.start, remove: line.indent, insert: ' '.repeat(prevKeyColumn) }],
    };
  }
  // Under-indented: a key that should sit under the block opened just above it.
  if (prevOpens && line.indent <= prevKeyColumn) {
    const n = nextStructural(lines, j);
    const next = n === undefined ? undefined : lines[n]!;
    if (next && next.indent > prevKeyColumn && next.indent > line.indent && context.knownKeys.has(key)) {
      return {
        offset: line.start + line.indent,
        code: 'indentation',
        ...say.notUnderButNextIs({ key, above: prevKey!, column: next.indent }),
        edits: [{ at: line.start, remove: line.indent, insert: ' '.repeat(next.indent) }],
      };
    }
  }
  return undefined;
}

/** Slips within one line: a missing colon, ": " in unquoted text, text after a closing quote. */
function lineSlip(lines: readonly LineInfo[], j: number, context: SlipContext): Slip | undefined {
  const line = lines[j]!;
  const rest = line.text.slice(line.indent);
  const base = line.start + line.indent;
  // status Complete, status = Complete, status - Complete
  const noColon = /^((?:- +)*)([A-Za-z][\w-]*)([ \t]*(?:=|-(?= )|)[ \t]+)(\S.*)$/.exec(rest);
  if (noColon && context.knownKeys.has(noColon[2]!) && !/^[\w-]+[ \t]*:(?:[ \t]|$)/.test(rest.slice(noColon[1]!.length))) {
    const at = base + noColon[1]!.length + noColon[2]!.length;
    const sep = noColon[3]!;
    return {
      offset: base + noColon[1]!.length,
      code: 'missing-colon',
      ...say.missingColon({ key: noColon[2]!, separator: sep.trim(), value: noColon[4]! }),
      edits: [{ at, remove: sep.length, insert: ': ' }],
    };
  }
  const kv = KEY_VALUE.exec(rest);
  if (!kv) return undefined;
  const [, dashes = '', key = '', gap = '', space = '', value = ''] = kv;
  const valueAt = base + dashes.length + key.length + gap.length + 1 + space.length;
  // "status: "Draft" circulated": text after the closing quote.
  const quoted = /^(["'])(?:(?!\1).)*\1[ \t]*([^ \t#].*)$/.exec(value);
  if (quoted) {
    return {
      offset: valueAt,
      code: 'text-after-quote',
      ...say.textAfterQuote({ key, value }),
      edits: [{ at: valueAt, remove: value.length, insert: quoteForYaml(value) }],
    };
  }
  if (/^["'|>[{]/.test(value)) return undefined;
  // "status: Complete: register published", "narrative: 4 sessions held:"
  const text = value.replace(/(?<![ \t])[ \t]+#.*$/, '');
  if (/: |:$/.test(text)) {
    const endsWithColon = /:$/.test(text) && !/: /.test(text);
    // More lines below, further in: the officer meant a block of text. Read it as one for now.
    const below = nextStructural(lines, j);
    const keyColumn = line.indent + dashes.length;
    const moreText = below !== undefined && lines[below]!.indent > keyColumn && keyOf(lines[below]!) === undefined;
    if (endsWithColon && moreText) {
      return {
        offset: valueAt + text.length - 1,
        code: 'colon-in-text',
        ...say.colonAtEndWithLinesBelow({ key, text }),
        edits: [{ at: valueAt, remove: 0, insert: '| # ' }],
      };
    }
    // Text with ": " in it is text, and so is a " #2" after it: it goes into the quotes too, not lost as a note.
    const written = endsWithColon ? text : value.trimEnd();
    return {
      offset: valueAt + (endsWithColon ? text.length - 1 : text.indexOf(': ')),
      code: 'colon-in-text',
      ...(endsWithColon ? say.colonAtEnd({ key, text }) : say.colonInText({ key, text: written })),
      edits: [{ at: valueAt, remove: written.length, insert: quoteForYaml(written) }],
    };
  }
  // "title: @home", "status: `ok`": characters that cannot start unquoted text.
  if (/^[@`%!&*]/.test(value)) {
    return {
      offset: valueAt,
      code: 'quote-needed',
      ...say.quoteNeeded({ first: value[0]!, key, text }),
      edits: [{ at: valueAt, remove: text.length, insert: quoteForYaml(text) }],
    };
  }
  void context;
  return undefined;
}

/** A plain-words explanation of a parser error plan has no slip for. */
export function describeYamlError(code: string, message: string): Wording {
  switch (code) {
    case 'TAB_AS_INDENT':
      return say.tabIndentation();
    case 'BAD_DQ_ESCAPE':
      return say.badBackslash();
    case 'BAD_SCALAR_START':
      return say.badStart();
    case 'MISSING_CHAR':
      if (/quote/i.test(message)) return say.quoteNotClosed();
      if (/[\]}]/.test(message)) return say.bracketNotClosed();
      return say.notKeyValue();
    case 'KEY_OVER_1024_CHARS':
      return say.keyTooLong();
    case 'BAD_INDENT':
      return say.notLinedUp();
    default:
      return say.unreadableLine();
  }
}
