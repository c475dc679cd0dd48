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

/** How to write a value of each kind, for the hint. */
function howToWrite(expected: string, key: string, value: string): string {
  if (expected === 'string') return `write text after ${key}`;
  if (expected === 'number' || expected === 'int') return 'write a plain number, e.g. 75000';
  if (expected === 'record')
    return `write one line for each council below ${key}, indented by two more spaces, e.g. CDC: ${/^\d+$/.test(value) ? value : '75000'}`;
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
        hint: p.hint ?? 'check the spelling of the key against the lines around it, or remove the line',
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
          ? 'write an amount after the colon, e.g. 75000, or remove the line'
          : 'write a value after the colon, or remove the line',
      }),
    ),
    wrongType: entry(
      [
        { key: '"achieved"', expected: 'record', actual: 'the number 98500', value: '98500', quotable: false },
        { key: '"title"', expected: 'string', actual: 'the number 2015', value: '2015', quotable: true },
        { key: '"actions"', expected: 'array', actual: 'text "none"', value: 'none', quotable: false },
        { key: '"target"', expected: 'object', actual: 'text "75000"', value: '75000', quotable: false },
        { key: 'item 2', expected: 'number', actual: 'a list', value: '', quotable: false },
      ],
      (p) => ({
        message: `${p.key} should be ${EXPECTED[p.expected] ?? p.expected}, but is ${p.actual}`,
        hint: p.quotable ? `put it in quotes to use it as text: "${p.value}"` : howToWrite(p.expected, p.key, p.value),
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
    schemaSays: entry([{ message: 'a section number is digits separated by dots, e.g. "8.2"' }], (p) => ({
      message: p.message,
      hint: 'change the value as the message says',
    })),
  },
);
