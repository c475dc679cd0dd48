import { entry, group, lineRange, quoteForYaml, spaces } from './entry.js';

/** A long line shortened for a hint. */
function shortened(text: string, most: number): string {
  return text.length > most ? `${text.slice(0, most - 3)}…` : text;
}

export const keys = group(
  'Keys and their values',
  'A line of a plan file is a key, a colon and a space, then its value: `status: Complete`. These are the slips in that shape, each said at its own line.',
  {
    mistypedKey: entry(
      [
        { written: 'Status', meant: 'status' },
        { written: 'Q 3', meant: 'Q3' },
        { written: 'targetlabel', meant: 'targetLabel' },
        { written: 'Quarter 2', meant: 'Q2' },
      ],
      (p) => {
        const how = /^(?:quarter|qtr)/i.test(p.written)
          ? ': a quarter is written Q1, Q2, Q3 or Q4'
          : p.written.includes(' ')
            ? ', with no space'
            : p.meant === p.meant.toLowerCase()
              ? ', in small letters'
              : '';
        return {
          message: `"${p.written}:" must be written "${p.meant}:"${how}`,
          hint: `replace "${p.written}:" with "${p.meant}:"`,
          fixed: `"${p.written}:" written as "${p.meant}:"`,
        };
      },
    ),
    misspeltKey: entry([{ written: 'achived', meant: 'achieved' }], (p) => ({
      message: `unknown key "${p.written}"`,
      hint: `did you mean "${p.meant}"? Write "${p.meant}:" in place of "${p.written}:"`,
      fixed: `"${p.written}:" written as "${p.meant}:"`,
    })),
    missingSpaceAfterColon: entry([{ key: 'status', value: 'Complete' }], (p) => ({
      message: `"${p.key}:" needs a space after the colon`,
      hint: `write ${p.key}: ${p.value}`,
      fixed: `space added after "${p.key}:"`,
    })),
    unclosedBracket: entry(
      [
        { open: '{', close: '}', written: 'local-contracts: { LCC: 5, FDC: 2', whole: 'local-contracts: { LCC: 5, FDC: 2 }' },
        { open: '[', close: ']', written: 'savingsProfile: [25, 25, 25, 25', whole: 'savingsProfile: [25, 25, 25, 25]' },
      ],
      (p) => ({
        message: `the "${p.open}" opened on this line is not closed: the line must end with "${p.close}"`,
        hint: `put "${p.close}" at the end of the line: ${p.whole}`,
        fixed: `"${p.close}" put at the end of "${p.written}"`,
      }),
    ),
    unopenedBracket: entry([{ open: '{', close: '}', key: 'local-contracts', whole: 'local-contracts: { LCC: 5, FDC: 2 }' }], (p) => ({
      message: `the "${p.close}" at the end of this line has no "${p.open}" opening it after "${p.key}:"`,
      hint: `put "${p.open}" after the colon: ${p.whole}`,
      fixed: `"${p.open}" put after "${p.key}:"`,
    })),
    doubledBracket: entry([{ bracket: '{', whole: 'local-contracts: { LCC: 5, FDC: 2 }' }], (p) => ({
      message: `this line has one "${p.bracket}" too many`,
      hint: `take one "${p.bracket}" out: ${p.whole}`,
      fixed: `a second "${p.bracket}" taken out`,
    })),
    valueOnNextLine: entry(
      [
        { key: 'AVBC', value: '9000', below: 27 },
        { key: 'status', value: 'On track', below: 12 },
      ],
      (p) => ({
        message: `"${p.key}:" has its value ${quoteForYaml(p.value)} on the line below (line ${p.below}), as if Enter was pressed after the colon`,
        hint: `join the two lines into one: ${p.key}: ${p.value}`,
        fixed: `"${p.key}:" and ${quoteForYaml(p.value)} joined into one line`,
      }),
    ),
    dashWithoutSpace: entry([{ key: 'id' }], (p) => ({
      message: `"-${p.key}:" needs a space after the "-"`,
      hint: `write "- ${p.key}:"`,
      fixed: `space added after "-" in "- ${p.key}:"`,
    })),
    keyWithoutColon: entry([{ key: 'Q2', line: 12 }], (p) => ({
      message: `"${p.key}" on line ${p.line} needs a colon after it`,
      hint: `write ${p.key}:`,
      fixed: `colon added after "${p.key}"`,
    })),
    markForColon: entry(
      [
        { key: 'amounts', mark: ';', written: 'amounts:' },
        { key: 'status', mark: '.', written: 'status: Complete' },
      ],
      (p) => {
        const name = p.mark === ';' ? 'a semicolon' : p.mark === ',' ? 'a comma' : 'a full stop';
        return {
          message: `"${p.key}${p.mark}" has ${name} where a colon belongs`,
          hint: `write ${p.written}`,
          fixed: `"${p.key}${p.mark}" written as "${p.key}:"`,
        };
      },
    ),
    missingColon: entry(
      [
        { key: 'status', separator: '', value: 'Complete' },
        { key: 'status', separator: '=', value: 'Complete' },
        { key: 'status', separator: '', value: '[draft] with legal' },
        { key: 'narrative', separator: '', value: '|' },
      ],
      (p) => ({
        message: `"${p.key}" needs a colon after it${p.separator === '' ? '' : ` (not "${p.separator}")`}`,
        // Text that YAML would read as something else once the colon is there is written in quotes; a "|"
        // or ">" that starts text on the lines below is kept as it is.
        hint: `write ${p.key}: ${!/^[|>](?:[1-9][-+]?|[-+][1-9]?)?$/.test(p.value) && /^(?:[-?:](?=[ \t])|[[{*&!%@`|>#])|:[ \t]|[ \t]#/.test(p.value) ? quoteForYaml(p.value) : p.value}`,
      }),
    ),
    spreadsheetRow: entry([{ code: 'WBC', written: '61,250', figure: '61250' }], (p) => ({
      message: `"${p.code}" needs a colon after it, probably pasted from a spreadsheet`,
      hint: `write ${p.code}: ${p.figure}`,
      fixed: `"${p.code} ${p.written}" written as "${p.code}: ${p.figure}"`,
    })),
    tabForColon: entry(
      [
        { key: 'RBC', tab: true, written: 'RBC: Redditch Borough Council' },
        { key: 'RBC', tab: false, written: 'RBC: Redditch Borough Council' },
      ],
      (p) => ({
        message: p.tab
          ? `"${p.key}" is followed by a tab, probably pasted from a spreadsheet: a key needs a colon and a space after it`
          : `"${p.key}" needs a colon and a space after it, before the council's name`,
        hint: `write ${p.written}`,
        fixed: `"${p.key}" written with its colon: ${p.written}`,
      }),
    ),
    spreadsheetCells: entry(
      [{ written: ['WBC: 61250', 'NDC: 40000'], indent: 10 }],
      (p: { written: readonly string[]; indent: number }) => ({
        message: `${p.written.length} councils' figures are on one line, probably pasted from a spreadsheet: each needs a line of its own`,
        hint: `write ${p.written.map((w) => `"${w}"`).join(', then ')}, each on its own line, ${spaces(p.indent)} from the left edge`,
        fixed: `a spreadsheet row written as ${p.written.length} lines: ${p.written.join(', ')}`,
      }),
    ),
    valueAndLinesBelow: entry(
      [
        { key: 'achieved', value: '98500', line: 20, money: true },
        { key: 'target', value: 'yes', line: 9, money: false },
      ],
      (p) => ({
        message: `"${p.key}:" has "${p.value}" after it as well as lines below it; it can have one or the other`,
        hint: `delete "${p.value}" from line ${p.line}: the lines below "${p.key}:" hold its ${p.money ? 'figures, and the report adds them up itself' : 'contents'}`,
      }),
    ),
    missingItemLine: entry(
      [
        { key: 'id', first: 'action', line: 32, written: '  - id: earn-income-selling-procurement', indent: 2 },
        { key: 'council', first: 'name', line: 12, written: '  - council:', indent: 2 },
      ],
      (p) => {
        const item = p.key === 'id' ? 'action' : 'item';
        return {
          message: `"${p.first}:" on line ${p.line} starts a new ${item}, but the "- ${p.key}:" line that starts every ${item} is missing above it`,
          hint:
            `add the line "${p.written.trimStart()}" above line ${p.line}, indented by ${spaces(p.indent)}` +
            (p.key === 'id'
              ? ', or with the id the action had before if you know it'
              : `, with the ${item}'s ${p.key} after "- ${p.key}:"`),
        };
      },
    ),
    missingKeyLine: entry<MissingKeyLine>(
      [
        { key: 'Q1', first: 'status', line: 14, written: '      Q1:', indent: 6, others: [] },
        { key: 'Q2', first: 'status', line: 25, written: '      Q2:', indent: 6, others: ['Q1', 'Q3', 'Q4'] },
        { key: 'measures', first: 'spend-without-po', line: 73, written: '        measures:', indent: 8, others: [], named: true },
        {
          key: 'measures',
          first: 'spend-without-po',
          line: 73,
          written: '        measures:',
          indent: 8,
          others: [],
          named: true,
          moved: { from: 73, to: 75, by: 2 },
        },
        { key: 'amounts', first: 'WBC', line: 10, written: '      amounts:', indent: 6, others: [], moved: { from: 10, to: 10, by: 2 } },
        { key: 'councils', first: 'WBC', line: 7, written: 'councils:', indent: 0, others: [] },
      ],
      (p) => ({
        message: p.named
          ? `"${p.first}" is one of the ${p.key} named in this file, but the "${p.key}:" line it belongs under is missing above line ${p.line}`
          : `"${p.first}:" on line ${p.line} and the lines after it belong under ${/^[aeiou]/i.test(p.key) ? 'an' : 'a'} "${p.key}:" line, which is missing above them`,
        hint:
          (p.named
            ? `put the line "${p.key}:" back above line ${p.line}, on a line of its own, ${indented(p.indent)}`
            : `add the line "${p.key}:" above line ${p.line}, ${indented(p.indent)}`) +
          (p.moved
            ? `, and indent ${p.moved.from === p.moved.to ? `line ${p.moved.from}` : `lines ${p.moved.from}–${p.moved.to}`} by ${spaces(p.moved.by)} more, under it`
            : '') +
          (p.others.length === 0 ? '' : ` (or ${listOr(p.others.map((k) => `"${k}:"`))}, if that is what these lines are for)`),
        fixed: `the line "${p.key}:" added above line ${p.line}`,
      }),
    ),
    dashMissing: entry(
      [
        { key: 'id', line: 42, written: '- id: income-from-services', column: 2 },
        { key: 'council', line: 12, written: '- council: CDC', column: 2 },
      ],
      (p) => ({
        message: `"${p.key}:" on line ${p.line} starts a new ${p.key === 'id' ? 'action' : 'item'}, but has no "- " in front of it`,
        hint: `write "${p.written}" on line ${p.line}, the "-" ${spaces(p.column)} from the left edge, like the "- ${p.key}:" lines above`,
        fixed: `"- " added in front of "${p.key}:"`,
      }),
    ),
    extraSpaceAfterDash: entry([{ key: 'id', spaces: 2, line: 32, written: '- id: procurement-training' }], (p) => ({
      message: `"-" on line ${p.line} has ${spaces(p.spaces)} after it, so "${p.key}:" is out of line with the lines below it`,
      hint: `leave one space after "-": write "${p.written}"`,
      fixed: `one space left after "-" in "- ${p.key}:"`,
    })),
    textKeyMissing: entry(
      [
        { key: 'narrative', others: [] as string[], above: 'rag', aboveLine: 21, line: 22, column: 8 },
        { key: 'narrative', others: ['status'], above: 'rag', aboveLine: 21, line: 22, column: 8 },
      ],
      (p) => ({
        message: `the text on line ${p.line} has no "${p.key}: |" line above it, so it is read as part of "${p.above}:" on line ${p.aboveLine}`,
        hint:
          `add the line "${p.key}: |" above line ${p.line}, ${spaces(p.column)} from the left edge` +
          (p.others.length === 0 ? '' : ` (or ${listOr(p.others.map((k) => `"${k}: |"`))}, if that is what the text is)`),
        fixed: `the line "${p.key}: |" added above the text`,
      }),
    ),
    missingKeyLineOrTwice: entry(
      [{ key: 'Q3', first: 'status', line: 48, written: '      Q3:', indent: 6, others: [] as string[], above: 47 }],
      (p) => ({
        message: `"${p.first}:" is here a second time (the first is on line ${p.above}): the "${p.key}:" line above line ${p.line} is missing, or "${p.first}:" is written twice`,
        hint: `if the lines from line ${p.line} are the ${p.key} update, add the line "${p.key}:" above line ${p.line}, indented by ${spaces(p.indent)}; otherwise merge what line ${p.line} says into line ${p.above}, then delete line ${p.line}`,
      }),
    ),
  },
);

/** A "key:" line missing above the lines it opened, and the lines to move back under it when they lost their indentation. */
interface MissingKeyLine {
  key: string;
  first: string;
  line: number;
  written: string;
  indent: number;
  others: string[];
  /** The first line is a name the file gives (a measure's id), not a key of plan's own. */
  named?: boolean;
  moved?: { from: number; to: number; by: number };
}

/** A run of lines pasted among the keys, and the text above them they may belong in. */
interface PastedRun {
  from: number;
  to: number;
  /** A line of it is one an email signature has (a phone number, "Kind regards", a "|"). */
  signature: boolean;
  /** The key of the text right above the lines, when it is the text they may belong in. */
  text: string | undefined;
  /** The key of the part's text of several lines ("narrative"). */
  narrative: string;
  /** That text is on the line of its key, not below a "|". */
  inline: boolean;
  column: number;
}

/** "indented by 6 spaces", or "at the left edge". */
function indented(n: number): string {
  return n === 0 ? 'at the left edge' : `indented by ${spaces(n)}`;
}

/** "Q1, Q3 or Q4". */
function listOr(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export const text = group(
  'Text',
  'Text after a key is read as it stands, unless it starts with a character YAML gives a meaning, holds ": " or " #", or runs over several lines without a `|`.',
  {
    quoteNeeded: entry([{ first: '[', key: 'status', text: '[draft]' }], (p) => ({
      message: `text that starts with "${p.first}" must be in quotes, or YAML reads it as something else`,
      hint: `write ${p.key}: ${quoteForYaml(p.text)}`,
      fixed: `"${p.key}: ${p.text}" put in quotes`,
    })),
    textAfterBar: entry([{ key: 'narrative', bar: '|', text: 'Pilot chosen', column: 8 }], (p) => ({
      message: `text cannot follow "${p.bar}" on the same line: after "${p.key}: ${p.bar}" the text starts on the next line`,
      hint: `leave "${p.key}: ${p.bar}" on this line and move "${p.text}" to a new line below it, indented by ${p.column} spaces`,
    })),
    commentAsText: entry([{ key: 'status', value: '# not a heading' }], (p) => ({
      message: `"#" starts a note that plan leaves out, so "${p.key}" has no text: "${p.value}" is not read`,
      hint: `put the text in quotes: ${p.key}: ${quoteForYaml(p.value)}`,
    })),
    textAfterQuote: entry([{ key: 'status', value: '"Draft" circulated' }], (p) => ({
      message: `the quoted text after "${p.key}:" is followed by more text; YAML reads only what is inside the quotes`,
      hint: `quote the whole text: ${p.key}: ${quoteForYaml(p.value)}`,
    })),
    colonInText: entry([{ key: 'status', text: 'Complete: register published' }], (p) => ({
      message: `the text after "${p.key}:" has ": " in it, which YAML reads as the start of another key`,
      hint: `put the text in quotes: ${p.key}: ${quoteForYaml(p.text)}`,
    })),
    colonAtEnd: entry([{ key: 'narrative', text: '4 sessions held:' }], (p) => ({
      message: `the text after "${p.key}:" ends with a colon, which YAML reads as the start of another key`,
      hint: `if more lines follow, put "|" after "${p.key}:" and the text on the lines below it; otherwise put the text in quotes: ${p.key}: ${quoteForYaml(p.text)}`,
    })),
    colonAtEndWithLinesBelow: entry([{ key: 'narrative', text: 'Sessions held:' }], (p) => ({
      message: `the text after "${p.key}:" ends with a colon and goes on over the lines below, which YAML cannot read`,
      hint: `put "|" after "${p.key}:" and move "${p.text}" to the line below it, indented like the lines that follow`,
    })),
    joinedLines: entry(
      [
        {
          key: 'narrative',
          bulletLine: 14,
          joined: 'Pilot tenders chosen - Lot 1 awarded - Lot 2 out to tender',
          bullet: '-',
          alone: false,
        },
        { key: 'narrative', bulletLine: 14, joined: '• Three sessions held • CDC 23 officers', bullet: '•', alone: true },
      ],
      (p) => ({
        message: `"${p.key}:" has no "|" after it, so the "${p.bullet} " lines below it (from line ${p.bulletLine}) are joined into one line: "${shortened(p.joined, 70)}"`,
        hint: p.alone
          ? `put "|" after "${p.key}:", so that each line below it stays a line of its own`
          : `put "|" after "${p.key}:" and move the text after it to a line of its own below, indented like the "${p.bullet} " lines`,
      }),
    ),
    textAsList: entry([{ key: 'narrative' }], (p) => ({
      message: `the ${p.key} is written as a list of "- " lines, but it must be text`,
      hint: `put "|" after "${p.key}:" and keep the "- " lines below it, indented: they become bullets`,
    })),
    droppedComment: entry([{ dropped: '#2 agreed' }], (p) => ({
      message: `"${p.dropped}" is read as a comment and left out of the text`,
      hint: 'put the whole text in quotes if " #" is part of it, e.g. status: "Phase #2 agreed"',
    })),
    unclosedQuote: entry([{ quote: '"' }], (p) => ({
      message: `the text in quotes that starts here has no closing ${p.quote}`,
      hint: `add ${p.quote} at the end of the text, or remove the opening ${p.quote}`,
    })),
    brokenLine: entry(
      [
        {
          key: 'lead',
          line: 25,
          text: 'Fleet and Transport Manager',
          joined: 'lead: Sam Price, Fleet and Transport Manager',
          sentence: false,
          column: 6,
          note: false,
        },
        {
          key: 'narrative',
          line: 80,
          text: 'TDBC in January.',
          joined: 'narrative: Published for MDC and SDC. TDBC in January.',
          sentence: true,
          column: 10,
          note: false,
        },
        {
          key: 'status',
          line: 19,
          text: 'Legal review due in October.',
          joined: 'status: Draft with legal, Legal review due in October.',
          sentence: false,
          column: 10,
          note: true,
        },
      ],
      (p) => {
        const join = p.sentence
          ? `join it onto the end of line ${p.line}, after a space, or write "${p.key}: |" on line ${p.line} with both lines of the text below it, each ${p.column} spaces from the left edge; joined, line ${p.line} reads: ${shortened(p.joined, 120)}`
          : `join it onto the end of line ${p.line}, so that it reads: ${shortened(p.joined, 120)}`;
        return {
          message: `this line is text on its own: "${shortened(p.text, 40)}" seems to be the rest of "${p.key}:" on line ${p.line}, broken onto a line of its own`,
          hint: p.note
            ? `if it is the rest of "${p.key}:", join it onto the end of line ${p.line} (joined: ${shortened(p.joined, 120)}); if it is a note of your own, start the line with "# " to keep it as a note that the report leaves out`
            : join,
          ...(p.note ? {} : { fixed: `line ${p.line + 1} joined onto the end of line ${p.line}` }),
        };
      },
    ),
    pastedRun: entry<PastedRun>(
      [
        { from: 17, to: 20, signature: true, text: 'narrative', narrative: 'narrative', inline: false, column: 10 },
        { from: 19, to: 22, signature: true, text: 'narrative', narrative: 'narrative', inline: true, column: 10 },
        { from: 14, to: 17, signature: true, text: undefined, narrative: 'narrative', inline: false, column: 10 },
        { from: 24, to: 25, signature: false, text: 'narrative', narrative: 'narrative', inline: false, column: 10 },
      ],
      (p) => ({
        message: p.signature
          ? `lines ${p.from}–${p.to} look pasted in, like an email signature, and are not part of the plan`
          : `lines ${p.from}–${p.to} are text on their own, not "key: value", so they are not part of the plan`,
        hint:
          `delete lines ${p.from}–${p.to}; or, if they belong in the ` +
          (p.text === undefined
            ? `${p.narrative}, put them under a "${p.narrative}: |" line, each ${p.column} spaces from the left edge`
            : p.inline
              ? `text of "${p.text}" above them, put "|" after "${p.text}:", move its text to the line below, and start that line and each of these ${p.column} spaces from the left edge`
              : `text of "${p.text}" above them, start each of them ${p.column} spaces from the left edge, like that text`),
      }),
    ),
    textAmongKeys: entry([{ text: 'Note: figures to follow from finance' }], (p) => ({
      message: 'this line is text on its own, not "key: value", so plan cannot tell where it belongs',
      hint: `start the line with "# " to keep it as a note that the report leaves out, or move "${shortened(p.text, 40)}" into the text of a narrative`,
    })),
  },
);

export const indentation = group(
  'Indentation',
  'Lines that belong together start in the same column; a key indented under another belongs to it. A line out of place is said where it stands, with the column it belongs in.',
  {
    lessThanText: entry([{ line: 15, key: 'narrative', indent: 2, column: 8 }], (p) => ({
      message: `line ${p.line} is indented less than the text of "${p.key}" above it (${p.indent} spaces, not ${p.column}), so it is not part of that text`,
      hint: `start it ${p.column} spaces from the left edge, like the lines above`,
    })),
    firstLineDeeper: entry([{ line: 23, key: 'narrative', column: 10 }], (p) => ({
      message: `line ${p.line}, the first of the text of "${p.key}", is indented further than the lines after it, so they are not part of that text`,
      hint: `start it ${p.column} spaces from the left edge, like the lines below`,
    })),
    strayLineAfterText: entry(
      [
        { line: 15, key: 'narrative', indent: 0, column: 8, bullet: true },
        { line: 15, key: 'narrative', indent: 0, column: 8, bullet: false },
        { line: 15, key: 'narrative', indent: 4, column: 8, bullet: false },
      ],
      (p) => ({
        message:
          p.indent === 0
            ? `${p.bullet ? 'this bullet' : 'this line'} starts at the left edge, outside the text of "${p.key}" above it`
            : `line ${p.line} is indented less than the text of "${p.key}" above it (${p.indent} spaces, not ${p.column}), so it is not part of that text`,
        hint: `start it ${p.column} spaces from the left edge, to line up with the text of "${p.key}"`,
      }),
    ),
    notUnderButNextIs: entry([{ key: 'status', above: 'Q2', column: 8 }], (p) => ({
      message: `"${p.key}:" is not indented under "${p.above}:" above it, but the line after it is`,
      hint: `start it ${p.column} spaces from the left edge, to line up with the line below`,
    })),
    notUnderAlone: entry([{ key: 'Q1', above: 'updates', by: 2, column: 6 }], (p) => ({
      message: `"${p.key}:" is not indented under "${p.above}:" above it`,
      hint: `indent "${p.key}:" by ${spaces(p.by)} more (${p.column} from the left edge), so that it sits under "${p.above}:"; the lines below it are already in place`,
    })),
    notUnder: entry([{ key: 'status', above: 'Q2', by: 2 }], (p) => ({
      message: `"${p.key}:" is not indented under "${p.above}:" above it`,
      hint: `indent "${p.key}:" and the lines that go with it by ${p.by} more spaces, so that they sit under "${p.above}:"`,
    })),
    lessThanAbove: entry([{ key: 'updates', above: 'target', indent: 0, column: 4, line: 9 }], (p) => ({
      message: `"${p.key}:" is indented less than "${p.above}:" above it (${p.indent} spaces, not ${p.column})`,
      hint: `line it up with "${p.above}:" on line ${p.line}`,
      fixed: `"${p.key}:" lined up with "${p.above}:", ${p.column} spaces from the left edge`,
    })),
    amongCodes: entry([{ key: 'pending', above: 'achieved', by: 2, column: 8, under: true }], (p) => ({
      message: `"${p.key}:" is indented ${spaces(p.by)} more than "${p.above}:", so it stands among the council codes under "${p.above}:"`,
      hint: `line it up with "${p.above}:" (${p.column} spaces from the left edge)${p.under ? `, and the lines under "${p.key}:" ${spaces(p.by)} further left with it` : ''}`,
      fixed: `"${p.key}:" lined up with "${p.above}:", ${p.column} spaces from the left edge`,
    })),
    moreThanAbove: entry([{ key: 'status', above: 'rag', by: 2, column: 8 }], (p) => ({
      message: `"${p.key}:" is indented ${spaces(p.by)} more than "${p.above}:" above it`,
      hint: `line it up with "${p.above}:" (${p.column} spaces from the left edge)`,
    })),
    outOfLineWithBelow: entry(
      [
        { key: 'Q1', below: 'Q2', by: 1, column: 6 },
        { key: '- id', below: 'action', by: -2, column: 2 },
      ],
      (p) => ({
        message: `"${p.key}:" is indented ${spaces(Math.abs(p.by))} ${p.by > 0 ? 'more' : 'less'} than the lines that go with it, such as "${p.below}:" below it`,
        hint: `start "${p.key}:" ${p.column} spaces from the left edge, to line up with the lines that go with it`,
      }),
    ),
    updateInsideText: entry(
      [{ key: 'Q4', text: 'narrative', line: 50, last: 53, column: 6, beside: 'Q3', besideLine: 42, by: 4 }],
      (p) => ({
        message: `"${p.key}:" on line ${p.line} is inside the text of "${p.text}:" above it, so the report would print it and the lines below it as text`,
        hint: `start "${p.key}:" ${p.column} spaces from the left edge, like "${p.beside}:" on line ${p.besideLine}: move lines ${p.line}–${p.last} ${spaces(p.by)} to the left`,
      }),
    ),
    itemOutOfLine: entry(
      [
        { key: 'id', by: 1, further: true, line: 4, column: 2, run: { from: 12, to: 12 } },
        { key: 'council', by: 2, further: false, line: 4, column: 6, run: { from: 12, to: 12 } },
        { key: 'id', by: 2, further: false, line: 5, column: 2, run: { from: 32, to: 47 } },
      ],
      (p) => {
        const what = p.key === 'id' ? 'action' : 'item';
        if (p.run.to > p.run.from)
          return {
            message: `${lineRange(p.run)} (this ${what}) are ${spaces(p.by)} to the ${p.further ? 'right' : 'left'} of the ${what} on line ${p.line}`,
            hint: `${p.further ? 'take' : 'put'} ${spaces(p.by)} ${p.further ? 'off the front of' : 'in front of'} each of ${lineRange(p.run)}, so that "- ${p.key}:" is ${p.column} spaces from the left edge like the one on line ${p.line}`,
            fixed: `${lineRange(p.run)} moved ${spaces(p.by)} to the ${p.further ? 'left' : 'right'}, in line with the ${what} on line ${p.line}`,
          };
        return {
          message: `this ${what} starts ${spaces(p.by)} ${p.further ? 'further in' : 'further out'} than the one on line ${p.line}`,
          hint: `line up "- ${p.key}:" with the one on line ${p.line} (${p.column} spaces from the left edge)`,
        };
      },
    ),
  },
);
