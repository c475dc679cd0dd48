import { entry, group } from './entry.js';

/** What a value should be, in words, by the kind the schema expects there. */
const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  object: 'lines of "key: value" below it',
  record: 'lines of "code: value" below it, one for each council',
  array: 'a list (lines starting with "- ")',
  boolean: 'true or false',
};

/** How to write a value of each kind, for the hint; `codes` are the council codes the file uses. */
function howToWrite(expected: string, key: string, value: string, codes: readonly string[]): string {
  if (expected === 'string') return `write text after ${key}`;
  if (expected === 'number' || expected === 'int') return 'write a plain number, e.g. 75000';
  if (expected === 'record') {
    const example = `${codes[0] ?? 'CDC'}: ${/^\d+$/.test(value) ? value : '75000'}`;
    const each = codes.length > 1 ? `each of ${codes.slice(0, -1).join(', ')} and ${codes[codes.length - 1]}` : 'each council';
    return `write one line for ${each} below ${key}, indented by two more spaces, e.g. ${example}`;
  }
  if (expected === 'object') return `write the keys of ${key} on the lines below it, indented by two more spaces`;
  if (expected === 'array') return `write each item on a line of its own below ${key}, starting with "- "`;
  if (expected === 'boolean') return 'write true or false';
  return `write ${key} as the lines around it show`;
}

export const schema = group(
  'Keys and values the plan does not have',
  'After the lines are read, each file is checked against what a plan holds: the keys each part may have, and what each value is.',
  {
    unknownKey: entry(
      [
        { key: 'narative', guess: 'narrative', allowed: ['status', 'rag', 'narrative'] },
        { key: 'colour', guess: undefined, allowed: ['status', 'rag', 'narrative'] },
      ],
      (p: { key: string; guess: string | undefined; allowed: readonly string[] }) => ({
        message: `unknown key "${p.key}"`,
        hint: p.guess ? `did you mean "${p.guess}"?` : `the keys allowed here are ${p.allowed.map((k) => `"${k}"`).join(', ')}`,
      }),
    ),
    keyOfLatestUpdate: entry([{ key: 'ended', value: 'completed', quarter: 'Q2', below: 98, column: 8 }], (p) => ({
      message: `"${p.key}:" belongs in the update of the quarter the action ended, its latest (${p.quarter}), not on the action: as written, the action has not ended`,
      hint: `move the line into the ${p.quarter} update, below line ${p.below}, ${p.column} spaces from the left edge: ${p.key}: ${p.value}`,
      fixed: `"${p.key}: ${p.value}" moved into the ${p.quarter} update`,
    })),
    keyOfInnerPart: entry([{ key: 'profile', value: '[0, 0, 50, 50]', part: 'target', partLine: 50, column: 6 }], (p) => ({
      message: `"${p.key}:" belongs under "${p.part}:" (line ${p.partLine}), not beside it: as written, the ${p.part} does not have it`,
      hint: `move the line under "${p.part}:", ${p.column} spaces from the left edge: ${p.key}: ${p.value}`,
      fixed: `"${p.key}: ${p.value}" moved under "${p.part}:"`,
    })),
    keyOfOuterPart: entry(
      [
        { key: 'due', value: 'Q4', part: 'Q3', outer: 'actions', opener: 'updates', openerLine: 9, column: 4 },
        { key: 'lead', value: 'Head of Legal', part: 'measures', outer: 'actions', opener: 'measures', openerLine: 12, column: 4 },
      ],
      (p: { key: string; value: string; part: string; outer: string; opener: string; openerLine: number; column: number }) => {
        const part = /^Q[1-4]$/.test(p.part) ? `its ${p.part} update` : `"${p.part}:"`;
        const outer = p.outer === 'actions' ? 'the action' : p.outer === '' ? 'the top of the file' : `"${p.outer}:"`;
        return {
          message: `"${p.key}:" belongs to ${outer}, not to ${part}`,
          hint: `move the line up above "${p.opener}:" (line ${p.openerLine}), ${p.column === 0 ? 'at the left edge' : `${p.column} spaces from the left edge`}: ${p.key}: ${p.value}`,
        };
      },
    ),
    columnNameKey: entry([{ written: 'actual', meant: 'achieved' }], (p) => ({
      message: `"${p.written}" is not a key plan knows: it is a tracker spreadsheet's name for what plan writes as "${p.meant}"`,
      hint: `write "${p.meant}:" in place of "${p.written}:"`,
      fixed: `"${p.written}:" written as "${p.meant}:"`,
    })),
    unknownQuarter: entry(
      [
        { key: 'Quarter 2', guess: 'Q2', allowed: ['Q1', 'Q2', 'Q3', 'Q4'] },
        { key: 'Q5', guess: undefined, allowed: ['Q1', 'Q2', 'Q3', 'Q4'] },
      ],
      (p: { key: string; guess: string | undefined; allowed: readonly string[] }) => ({
        message: `"${p.key}" is not a quarter: use one of ${p.allowed.join(', ')}`,
        hint: p.guess ? `did you mean "${p.guess}"?` : 'Q1 is April–June, Q2 July–September, Q3 October–December, Q4 January–March',
      }),
    ),
    keyNotAllowed: entry<{ key: string; reason: string | undefined; hint: string | undefined }>(
      [
        { key: 'cdc', reason: 'a council code is 2–10 capital letters or digits, e.g. CDC', hint: undefined },
        { key: '7', reason: undefined, hint: undefined },
      ],
      (p) => ({
        message: `"${p.key}": ${p.reason ?? 'this key is not allowed here'}`,
        hint:
          p.hint ??
          'check the spelling of the key against the lines around it and correct it; if the line belongs in another part, move it there',
      }),
    ),
    missingKey: entry([{ key: 'status', where: 'this Q2 update' }], (p) => ({
      message: `"${p.key}" is missing from ${p.where}`,
      hint: `add a line "${p.key}: …"`,
    })),
    emptyValue: entry(
      [
        { key: '"CDC"', money: true },
        { key: '"status"', money: false },
      ],
      (p) => ({
        message: `${p.key} has no value`,
        hint: p.money
          ? 'type the amount after the colon, as a plain number of pounds, e.g. 75000 (0 only if truly nothing yet)'
          : 'write a value after the colon, or remove the line',
      }),
    ),
    wrongType: entry<{ key: string; expected: string; actual: string; value: string; quotable: boolean; codes?: readonly string[] }>(
      [
        { key: '"achieved"', expected: 'record', actual: 'the number 98500', value: '98500', quotable: false, codes: ['KBC', 'HDC'] },
        { key: '"achieved"', expected: 'record', actual: 'the number 98500', value: '98500', quotable: false },
        { key: '"title"', expected: 'string', actual: 'the number 2015', value: '2015', quotable: true },
        { key: '"actions"', expected: 'array', actual: 'text "none"', value: 'none', quotable: false },
        { key: '"target"', expected: 'object', actual: 'text "75000"', value: '75000', quotable: false },
        { key: 'item 2', expected: 'number', actual: 'a list', value: '', quotable: false },
      ],
      (p) => ({
        message: `${p.key} should be ${EXPECTED[p.expected] ?? p.expected}, but is ${p.actual}`,
        hint: p.quotable ? `put it in quotes to use it as text: "${p.value}"` : howToWrite(p.expected, p.key, p.value, p.codes ?? []),
      }),
    ),
    valueNotAllowed: entry(
      [
        { key: '"rag"', actual: 'text "Green"', values: ['red', 'amber', 'green'], guess: 'green' },
        { key: '"rag"', actual: 'the number 3', values: ['red', 'amber', 'green'], guess: undefined },
      ],
      (p: { key: string; actual: string; values: readonly string[]; guess: string | undefined }) => ({
        message: `${p.actual} is not allowed for ${p.key}: use one of ${p.values.join(', ')}`,
        hint: p.guess ? `did you mean "${p.guess}"?` : `write one of ${p.values.join(', ')}`,
      }),
    ),
    tooFew: entry(
      [
        { key: '"actions"', least: '1', items: true, actual: '' },
        { key: '"marginMm"', least: '5', items: false, actual: 'the number 2' },
      ],
      (p) => ({
        message: p.items
          ? `${p.key} must be at least ${p.least} item${p.least === '1' ? '' : 's'}`
          : `${p.key} must be at least ${p.least}, not ${p.actual}`,
        hint: p.items ? `write at least ${p.least} below ${p.key}, each starting with "- "` : `write ${p.least} or more`,
      }),
    ),
    tooMany: entry(
      [
        { key: '"columns"', most: '6', items: true, actual: '' },
        { key: '"marginMm"', most: '50', items: false, actual: 'the number 80' },
      ],
      (p) => ({
        message: p.items
          ? `${p.key} must be at most ${p.most} item${p.most === '1' ? '' : 's'}`
          : `${p.key} must be at most ${p.most}, not ${p.actual}`,
        hint: p.items ? `remove items from ${p.key} until there are ${p.most} or fewer` : `write ${p.most} or less`,
      }),
    ),
    notAllowedHere: entry([{ key: '"page"' }], (p) => ({
      message: `${p.key} is not allowed here`,
      hint: 'check what is written here against the lines around it, or against the examples in README.md',
    })),
  },
);

export const shapes = group(
  'Values with a shape of their own',
  "Some values are written in a shape of their own: a section number, a council code, a colour, a measure's figures. Each message says what the shape is, and its hint how to write it.",
  {
    emptyText: entry([undefined], () => ({
      message: 'this text is empty',
      hint: 'write the text after the colon, or remove the line if the key may be left out',
    })),
    councilCodeShape: entry([undefined], () => ({
      message: 'a council code is 2–10 capital letters or digits, e.g. CDC',
      hint: 'write the code of one of the councils in plan.yaml, in capitals, e.g. CDC',
    })),
    actionIdWords: entry([undefined], () => ({
      message: 'an action id is lower-case words joined by hyphens, e.g. "regular-updates"',
      hint: 'write a few words of the action in small letters, with hyphens between them, e.g. id: regular-updates',
    })),
    sectionNumberUnquoted: entry([{ written: '8.1' }], (p) => ({
      message: 'a section number needs quotes: without them, 8.10 would be read as 8.1',
      hint: `write section: "${p.written}"`,
    })),
    sectionNumberShape: entry([undefined], () => ({
      message: 'a section number is digits separated by dots, e.g. "8.2"',
      hint: 'write the number the section has in the report, in quotes, e.g. section: "8.2"',
    })),
    noActions: entry([undefined], () => ({
      message: 'a section needs at least one action',
      hint: 'write the section\'s actions below "actions:", each starting "- id:"; a section with no actions left can be deleted with its file',
    })),
    yearLabelShape: entry([undefined], () => ({
      message: 'a financial year is written as its first year, a slash and the last two digits of the next, e.g. "2013/14"',
      hint: 'write label: "2013/14" for the year from April 2013 to March 2014',
    })),
    yearLabelWritten: entry([{ written: '2015\u201316', label: '2015/16' }], (p) => ({
      message: `"${p.written}" is the financial year ${p.label}: a label is written with a slash and the last two digits of the next year`,
      hint: `write label: ${p.label}`,
      fixed: `label: ${p.written} written as label: ${p.label}`,
    })),
    yearLabelOneYear: entry([{ written: 'FY16', ending: '2015/16', starting: '2016/17' }], (p) => ({
      message: `"${p.written}" names one year, but a label is the financial year's first year, a slash and the last two digits of the next`,
      hint: `write label: ${p.ending} if the year ends in March ${Number(p.ending.slice(0, 4)) + 1}, or label: ${p.starting} if it starts in April ${p.starting.slice(0, 4)}; "starts:" below says which`,
    })),
    yearStartsDay: entry(
      [
        { written: '2051-04-06', first: '2051-04-01', month: 'April 2051' },
        { written: '2051-04-02', first: '2051-04-01', month: 'April 2051' },
      ],
      (p) => ({
        message: `the financial year starts on the first day of a month, but "${p.written}" is not the 1st${p.written.endsWith('-04-06') ? " (6 April starts the tax year, not a council's year)" : ''}`,
        hint: `write starts: ${p.first} for a year that starts on 1 ${p.month}`,
      }),
    ),
    yearStartsShape: entry([undefined], () => ({
      message: 'the first day of the financial year is written year-month-01, e.g. 2013-04-01',
      hint: 'write starts: 2013-04-01 for a year that starts on 1 April 2013',
    })),
    measureIdShape: entry([undefined], () => ({
      message: 'a measure id is lower-case words joined by hyphens, e.g. "spend-without-po"',
      hint: 'write the id in small letters, with hyphens between the words, e.g. spend-without-po',
    })),
    measureValueShape: entry([undefined], () => ({
      message: "a measure's figure is a plain number",
      hint: 'write the figure as a plain number, e.g. 33 for 33% (no % sign), 12 for a count',
    })),
    measureTargetShape: entry([undefined], () => ({
      message: "a measure's target is a figure per council, or none",
      hint: 'write the target per council, e.g. target: { CDC: 5, SNC: 5 }, or target: none if no target is set',
    })),
    amberWithinShape: entry([undefined], () => ({
      message: 'the amber band is a percentage of the target, written as a plain number',
      hint: 'write amberWithinPercent: 10 to make a figure within 10% of the target amber',
    })),
    colourUnquoted: entry([{ colour: '001F38' }], (p) => ({
      message: 'a colour written as digits only needs quotes, or it is read as a number',
      hint: `write the colour in quotes: "${p.colour}"`,
    })),
    colourShape: entry([undefined], () => ({
      message: 'a colour is six hexadecimal digits, e.g. "1F3864"',
      hint: 'write six characters from 0–9 and A–F, in quotes, e.g. "1F3864" for dark blue',
    })),
    fontNameShape: entry([undefined], () => ({
      message: 'a font name is letters, digits, spaces and hyphens, e.g. "Arial" or "Segoe UI"',
      hint: 'write the name of the font as Word lists it, e.g. Arial',
    })),
    columnTooNarrow: entry([undefined], () => ({
      message: 'a column needs at least 5% of the width',
      hint: 'write widthPercent: 5 or more, taking the width from another column',
    })),
    languageTag: entry([undefined], () => ({
      message: 'the language is a tag such as en-GB',
      hint: 'write language: en-GB for British English',
    })),
  },
);
