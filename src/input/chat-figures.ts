import { say } from '../messages/index.js';
import { readMoney } from './money.js';
import { COUNCIL_CODE_KEY, type LineInfo, nextStructural } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * "achieved: RDC 11,350 / SBC 9,800": the councils' figures as a colleague posts them in a chat or an
 * e-mail, on the line of the key, each code followed by its figure and parted by "/", ",", ";" or
 * "and". YAML reads the whole as one text, so the action has no figures. When every part is a
 * council's code and an amount of money with one reading, the lines below the key are the one right
 * answer, which --fix writes.
 */

/** The keys whose value is each council's amount of money, one a line below them. */
const MONEY_KEYS: ReadonlySet<string> = new Set(['achieved', 'pending', 'amounts']);
/** A council's code, a colon or not, and its figure: "RDC 11,350", "SBC: £9,800". */
const PAIR = /^([A-Za-z][A-Za-z0-9]{1,9})[ \t]*:?[ \t]*(\S(?:.*\S)?)$/;
/** What parts the councils: "/", ";", "|", "&", "and", or a comma that is not a thousands comma. */
const SEPARATOR = /[ \t]*(?:[/;|&]|,(?![0-9]{3}\b)|\band\b)[ \t]*/g;

/** "RDC: 11350" for a part that is a known council's code and an amount with one reading. */
function figureLine(part: string, context: SlipContext): string | undefined {
  const pair = PAIR.exec(part);
  if (!pair) return undefined;
  const code = pair[1]!.toUpperCase();
  const known = context.councils ? context.councils.has(code) : COUNCIL_CODE_KEY.test(code) && !context.knownKeys.has(code);
  const money = readMoney(pair[2]!);
  const pounds = money.ok ? String(money.pounds) : money.fix;
  return known && pounds !== undefined ? `${code}: ${pounds}` : undefined;
}

export function figuresAsChat(text: string, lines: readonly LineInfo[], i: number, context: SlipContext): Slip | undefined {
  const line = lines[i]!;
  // With council lines below, a code and figure on the key's line is one of them joined on (joinedLine says so).
  const below = nextStructural(lines, i);
  if (below !== undefined && lines[below]!.indent > line.indent) return undefined;
  const m = /^([a-z]+)([ \t]*:[ \t]+)([^\s"'#{[|>].*\S)[ \t]*$/.exec(line.text.slice(line.indent));
  if (!m || !MONEY_KEYS.has(m[1]!)) return undefined;
  const [, key = '', gap = '', value = ''] = m;
  const figures = value.split(SEPARATOR).map((part) => figureLine(part, context));
  if (!figures.every((f): f is string => f !== undefined)) return undefined;
  const colon = line.start + line.indent + key.length + gap.indexOf(':') + 1;
  const column = line.indent + 2;
  const newline = text.charCodeAt(line.start + line.text.length) === 13 ? '\r\n' : '\n';
  return {
    offset: line.start + line.indent + key.length + gap.length,
    code: 'figures-on-key-line',
    ...say.figuresOnKeyLine({ key, written: value, lines: figures, column }),
    edits: [
      {
        at: colon,
        remove: line.start + line.text.length - colon,
        insert: figures.map((f) => `${newline}${' '.repeat(column)}${f}`).join(''),
      },
    ],
  };
}

/**
 * "local-spend:" with its council lines pasted in at its own column instead of two spaces further in:
 * YAML reads the councils as its neighbours (measures the action does not have), and the measure, or
 * the quarter's achieved or pending figures, as empty. When the key has no value, the lines level with
 * it below are all a known council's code and a figure, and what follows them is further out, the
 * one reading is those lines under the key, which --fix writes.
 */
export function councilsLevelWithKey(
  lines: readonly LineInfo[],
  i: number,
  context: SlipContext,
  parent: string | undefined,
): Slip | undefined {
  const line = lines[i]!;
  const m = /^([a-z][\w-]*)[ \t]*:[ \t]*(?:#.*)?$/.exec(line.text.slice(line.indent));
  if (!m || !(MONEY_KEYS.has(m[1]!) || parent === 'measures') || !context.councils) return undefined;
  const run: number[] = [];
  let j = nextStructural(lines, i);
  for (; j !== undefined && lines[j]!.indent === line.indent; j = nextStructural(lines, j)) {
    const council = /^([A-Z][A-Z0-9]{1,9})[ \t]*:[ \t]+-?\d/.exec(lines[j]!.text.slice(lines[j]!.indent));
    if (!council || !context.councils.has(council[1]!)) return undefined;
    run.push(j);
  }
  if (run.length === 0 || (j !== undefined && lines[j]!.indent > line.indent)) return undefined;
  const column = line.indent + 2;
  return {
    offset: lines[run[0]!]!.start + line.indent,
    code: 'councils-level-with-key',
    ...say.councilsLevelWithKey({ key: m[1]!, from: run[0]! + 1, to: run[run.length - 1]! + 1, column }),
    edits: run.map((k) => ({ at: lines[k]!.start, remove: 0, insert: '  ' })),
  };
}
