import { quoteForYaml } from '../messages/entry.js';
import { say } from '../messages/index.js';
import { COUNCIL_CODE_KEY, type LineInfo } from './slip-lines.js';
import { CODE_KEYS, type Slip, type SlipContext } from './slips.js';

/**
 * What `plan new-quarter` writes for the officer to replace ("TODO: write the Q3 narrative", "TODO: Q3
 * figure (was 11)"), filled in wrongly: the new text or figure typed beside the placeholder, inside its
 * quotes or after them, or the placeholder cut down ("write the Q3 narrative") and left. Untouched, a
 * placeholder is said by the rules (not written yet); cut down or beside the officer's words, it would
 * reach the report, or be read as text where a figure goes. Found in the line before parsing, so that
 * what YAML makes of a quote followed by text is not said instead.
 */

/** The placeholder of a text ("status:", "narrative:"), with or without its TODO. */
const TEXT_MARK = /(?:TODO:?[ \t]*)?write the (Q[1-4]) (narrative|status)\b/i;
/** The pieces of the placeholder of a measure's figure: any of them marks the line. */
const FIGURE_MARK = /TODO\b:?|\bQ[1-4] figure\b|\(was [^)]*\)/gi;
/** The placeholder just as plan new-quarter wrote it: said by the rules, not here. */
const FIGURE_UNTOUCHED = /^(["']?)TODO: Q[1-4] figure(?: \(was [^)]*\))?\1$/;
const TEXT_UNTOUCHED = /^(["']?)TODO: write the Q[1-4] (?:narrative|status)\1$/;

export function placeholderSlip(line: LineInfo, context: SlipContext, parent: string | undefined): Slip | undefined {
  const rest = line.text.slice(line.indent);
  // Greedy to the end, then the spaces after the value cut off by hand: a lazy match before "[ \t]*$"
  // would try every split of a long run of spaces inside the value (test/long-lines.test.ts).
  const m = /^([A-Za-z][\w-]*):[ \t]+(\S.*)$/.exec(rest);
  if (!m) return undefined;
  const [, key = '', written = ''] = m;
  const value = withoutTrailingSpaces(written);
  const at = line.start + line.indent + m[0].length - written.length;
  if (context.textKeys?.has(key)) return officePlaceholder(key, value, at, parent) ?? textPlaceholder(key, value, at);
  const perCouncil = parent !== undefined && (context.moneyBlocks?.has(parent) || context.children.get(parent)?.has(CODE_KEYS));
  if ((COUNCIL_CODE_KEY.test(key) && !perCouncil) || key === 'value') return figurePlaceholder(key, value, at);
  return undefined;
}

/**
 * The text Word and Office forms show in a box nothing was typed or chosen in ("Choose an item.",
 * "Click or tap here to enter text.", "Click here to enter a date."), copied with the form's other
 * answers. Alone it stands for an answer not given, which only the officer can write; beside the
 * officer's words it is deleted by --fix.
 */
const OFFICE_PLACEHOLDER =
  /(?<=^|\s)(?:Choose an item|Click or tap here to enter text|Click here to enter text|Click or tap to enter a date|Click here to enter a date)\.(?=\s|$)/;

function officePlaceholder(key: string, value: string, at: number, parent: string | undefined): Slip | undefined {
  const plain = unquoted(value);
  const m = plain === undefined ? null : OFFICE_PLACEHOLDER.exec(plain);
  if (!m || plain === undefined) return undefined;
  const left = plain.replace(m[0], '').replace(/^[\s.:;,-]+|[\s:;,-]+$/g, '');
  const what = `${/^Q[1-4]$/.test(parent ?? '') ? `${parent} ` : ''}${key}`;
  if (left === '') return { offset: at, code: 'office-placeholder', ...say.officePlaceholder({ written: m[0], what }), edits: [] };
  const line = `${key}: ${asValue(left)}`;
  return {
    offset: at,
    code: 'office-placeholder-beside',
    ...say.officePlaceholderBeside({ written: m[0], line }),
    edits: [{ at, remove: value.length, insert: asValue(left) }],
  };
}

/** The value without a comment after it: from a "#" after a space, outside quotes. */
function withoutComment(value: string): string {
  let quote: string | undefined;
  for (let k = 0; k < value.length; k++) {
    const c = value[k]!;
    if (quote) quote = c === quote ? undefined : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && k > 0 && (value[k - 1] === ' ' || value[k - 1] === '\t')) return withoutTrailingSpaces(value.slice(0, k));
  }
  return value;
}

function withoutTrailingSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

/** Text a key can hold as written, or in quotes when YAML would read it otherwise. */
function asValue(text: string): string {
  return /^[[\]{}&*!|>'"%@`#,?:-]|: |[ \t]#|:$/.test(text) ? quoteForYaml(text) : text;
}

/** The value without the quotes plan wrote around its placeholder, when they are the only ones. */
function unquoted(value: string): string | undefined {
  const quotes = value.match(/"/g)?.length ?? 0;
  if (quotes === 0) return value;
  return quotes === 2 ? value.replace(/"/g, '') : undefined;
}

function textPlaceholder(key: string, value: string, at: number): Slip | undefined {
  const mark = TEXT_MARK.exec(value);
  if (!mark || TEXT_UNTOUCHED.test(value)) return undefined;
  const [, quarter = '', what = ''] = mark;
  const plain = unquoted(value);
  const left = plain
    ?.replace(TEXT_MARK, '')
    .replace(/^[\s.:;,-]+/, '')
    .trim();
  if (left === '') return { offset: at, code: 'placeholder-left', ...say.placeholderLeft({ written: mark[0], quarter, what }), edits: [] };
  const placeholder = `TODO: write the ${quarter} ${what}`;
  if (left === undefined) {
    const wording = say.placeholderBesideText({
      placeholder,
      line: `${key}: ${asValue(
        value
          .replace(TEXT_MARK, '')
          .replace(/^["\s.:;,-]+/, '')
          .trim(),
      )}`,
    });
    return { offset: at, code: 'placeholder-beside', message: wording.message, hint: wording.hint, edits: [] };
  }
  const written = asValue(left);
  return {
    offset: at,
    code: 'placeholder-beside',
    ...say.placeholderBesideText({ placeholder, line: `${key}: ${written}` }),
    edits: [{ at, remove: value.length, insert: written }],
  };
}

function figurePlaceholder(key: string, written: string, at: number): Slip | undefined {
  // The comment after a figure is not read: a quarter it names is no placeholder (an earlier one is said by lagInComment).
  const value = withoutComment(written);
  const marks = value.match(FIGURE_MARK);
  if (!marks || FIGURE_UNTOUCHED.test(value)) return undefined;
  const left = value.replace(/["']/g, '').replace(FIGURE_MARK, ' ');
  const figures = left.match(/-?\d+(?:[.,]\d+)*/g) ?? [];
  const quarter = /Q[1-4]/.exec(value)?.[0] ?? 'new quarter';
  const placeholder = marks.map((piece) => (/^TODO/i.test(piece) ? 'TODO:' : piece)).join(' ');
  if (figures.length === 0) {
    return {
      offset: at,
      code: 'placeholder-left',
      ...say.placeholderLeft({ written: value.replace(/^["']|["']$/g, ''), quarter, what: 'figure' }),
      edits: [{ at, remove: value.length, insert: quoteForYaml(value) }],
      settles: true,
    };
  }
  const figure = figures[0]!;
  if (figures.length > 1 || !/^-?\d+(?:\.\d+)?$/.test(figure) || /[^\s\d.,:;()-]/.test(left.replace(figure, ''))) {
    const wording = say.placeholderBesideFigures({ placeholder, figures, code: key });
    return {
      offset: at,
      code: 'placeholder-beside',
      message: wording.message,
      hint: wording.hint,
      edits: [{ at, remove: value.length, insert: quoteForYaml(value) }],
      settles: true,
    };
  }
  return {
    offset: at,
    code: 'placeholder-beside',
    ...say.placeholderBesideFigure({ placeholder, figure, line: `${key}: ${figure}` }),
    edits: [{ at, remove: value.length, insert: figure }],
  };
}

/**
 * `narrative: "TODO: write the Q4 narrative"` left on its line, the officer's text typed on the lines
 * below it, set further in as a text's lines are. The text below is the narrative, and the placeholder
 * is plan's own words: writing "|" in its place makes the lines below the text, and loses nothing.
 */
export function textBelowPlaceholder(lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const line = lines[i]!;
  const rest = line.text.slice(line.indent);
  const m = /^((?:- +)*)([A-Za-z][\w-]*)[ \t]*:[ \t]+(\S.*)$/.exec(rest);
  if (!m || !(context.textKeys?.has(m[2]!) ?? false)) return undefined;
  const placeholder = withoutTrailingSpaces(m[3]!);
  if (!TEXT_UNTOUCHED.test(placeholder)) return undefined;
  let next = i + 1;
  while (next < lines.length && lines[next]!.blank) next++;
  const below = lines[next];
  if (below === undefined || below.comment || below.indent <= line.indent + m[1]!.length) return undefined;
  const at = line.start + line.indent + m[0].length - m[3]!.length;
  return {
    offset: at,
    code: 'text-below-placeholder',
    ...say.textBelowPlaceholder({ key: m[2]!, placeholder: placeholder.replace(/^["']|["']$/g, ''), line: i + 1, below: next + 1 }),
    edits: [{ at, remove: placeholder.length, insert: '|' }],
  };
}
