import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

/**
 * The mistake corpus: realistic editing slips, each a copy of a valid plan (the Westbrook fixture,
 * three councils, 2015/16) with one slip made the way officers make it: typing, pasting from Word or an
 * email, or indenting by eye. For each, the first message plan prints must be on `line`, say what
 * `message` says in plain words, and be followed by at most one other message.
 */

function planFiles(name: string): Record<string, string> {
  const dir = join(ROOT, 'test', 'fixtures', name, 'plans');
  return Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );
}

export const WESTBROOK_FILES = planFiles('westbrook');
/**
 * A second plan, with other councils (KBC, HDC), updates of one line and figures without a status:
 * the slips of the issue are tried on it too, so that no wording holds only for Westbrook's text.
 */
const KESTREL_FILES = planFiles('kestrel');
export const PLANS = { westbrook: WESTBROOK_FILES, kestrel: KESTREL_FILES };

export interface Mistake {
  name: string;
  /** The plan the slip is made in: Westbrook unless said. */
  plan?: keyof typeof PLANS;
  file: string;
  /** Replace line `line` (1-based) of the file with this text; or give `edit` for other changes. */
  lineText?: string;
  edit?: (text: string) => string;
  /** The line where the first message must be. */
  line: number;
  message: RegExp;
  hint?: RegExp;
  severity?: 'error' | 'warning';
  /** The slip's consequences are folded into its message: it is the only one (else up to two are allowed). */
  alone?: true;
}

const GOV = '1-governance.yaml';
const SAV = '2-savings.yaml';
const LOC = '3-local-suppliers.yaml';
const PLAN = 'plan.yaml';
const KSAV = '1-savings.yaml';
const KGOV = '2-governance.yaml';

export const MISTAKES: Mistake[] = [
  // Characters pasted from Word and email.
  {
    name: 'a non-breaking space in front of status:',
    file: GOV,
    lineText: '       \u00a0status: Draft circulated',
    line: 12,
    message: /indentation of line 12 has a non-breaking space \(U\+00A0\) in it, probably pasted from Word/,
    hint: /ordinary space/,
  },
  {
    name: 'a line that starts with a non-breaking space',
    file: GOV,
    lineText: '\u00a0       rag: green',
    line: 13,
    message: /line 13 starts with a non-breaking space \(U\+00A0\)/,
  },
  {
    name: 'a non-breaking space after the colon',
    file: GOV,
    lineText: '        status:\u00a0Draft circulated',
    line: 12,
    message: /the space after "status:" on line 12 is a non-breaking space \(U\+00A0\)/,
  },
  {
    name: 'an em space in the indentation',
    file: SAV,
    lineText: '        \u2003achieved:',
    line: 16,
    message: /the indentation of line 16 has an em space \(U\+2003\) in it/,
    hint: /delete it: the line lines up without it/,
  },
  {
    name: 'a zero-width space before a key',
    file: SAV,
    lineText: '\u200b        status: On track',
    line: 15,
    message: /line 15 starts with a zero-width space \(U\+200B\)/,
    hint: /delete it/,
  },
  {
    name: 'a narrow non-breaking space after "-"',
    file: GOV,
    lineText: '  -\u202fid: procurement-training',
    line: 26,
    message: /the space after "-" on line 26 is a narrow non-breaking space \(U\+202F\)/,
  },
  {
    name: 'a non-breaking space in the indentation of narrative text',
    file: GOV,
    lineText: '         \u00a0Comments due by 10 July.',
    line: 16,
    message: /indentation of line 16 has a non-breaking space/,
  },
  {
    name: 'curly quotes around the section number',
    file: LOC,
    lineText: 'section: “3”',
    line: 2,
    message: /“3” is in curly quotes, probably from Word/,
    hint: /section: "3"/,
  },
  {
    name: 'curly single quotes around the section number',
    file: LOC,
    lineText: 'section: ‘3’',
    line: 2,
    message: /‘3’ is in curly quotes/,
    hint: /section: "3"/,
  },
  {
    name: 'a key in curly quotes',
    file: GOV,
    lineText: '        “status”: Draft circulated',
    line: 12,
    message: /the key “status” is in curly quotes/,
    hint: /remove the quotes: status:/,
  },
  {
    name: 'curly quotes around text with ": " in it',
    file: GOV,
    lineText: '        status: “Adopted: WBC and NDC”',
    line: 18,
    message: /in curly quotes, probably from Word: YAML needs straight quotes/,
    hint: /status: "Adopted: WBC and NDC"/,
  },
  {
    name: 'curly quotes around money',
    file: SAV,
    lineText: '          WBC: “61250”',
    line: 26,
    message: /write money as a plain number of pounds: 61250/,
  },
  {
    name: 'a Word bullet at the left edge of a narrative',
    file: GOV,
    lineText: '• WBC 21',
    line: 35,
    message: /this bullet starts at the left edge, outside the text of "narrative" above it/,
    hint: /start it 10 spaces from the left edge/,
  },
  {
    name: 'a "- " bullet at the left edge of a narrative',
    file: GOV,
    lineText: '- NDC 15',
    line: 36,
    message: /this bullet starts at the left edge, outside the text of "narrative"/,
  },
  {
    name: 'a bullet at the left edge of an action',
    file: GOV,
    lineText: '- thresholds for quotations and tenders;',
    line: 8,
    message: /this bullet starts at the left edge, outside the text of "action"/,
    hint: /start it 6 spaces from the left edge/,
  },
  {
    name: 'a line of text at the left edge of a narrative',
    file: GOV,
    lineText: 'Comments due by 10 July.',
    line: 16,
    message: /this line starts at the left edge, outside the text of "narrative"/,
  },
  {
    name: 'a line of text with a colon at the left edge of a narrative',
    file: SAV,
    lineText: 'Note: the fleet contract slips to Q3.',
    line: 24,
    message: /this line starts at the left edge, outside the text of "narrative"/,
  },
  {
    name: 'a narrative line indented less than the rest',
    file: GOV,
    lineText: '        Comments due by 10 July.',
    line: 16,
    message: /line 16 is indented less than the text of "narrative" above it \(8 spaces, not 10\)/,
  },

  // Indentation.
  {
    name: 'status: two spaces too little',
    file: GOV,
    lineText: '      status: Draft circulated',
    line: 12,
    message: /"status:" is not indented under "Q1:" above it/,
    hint: /start it 8 spaces from the left edge/,
  },
  {
    name: 'rag: two spaces too much',
    file: GOV,
    lineText: '          rag: green',
    line: 13,
    message: /"rag:" is indented 2 spaces more than "status:" above it/,
    hint: /line it up with "status:"/,
  },
  {
    name: 'rag: one space too much',
    file: GOV,
    lineText: '         rag: green',
    line: 13,
    message: /"rag:" is indented 1 space more than "status:" above it/,
  },
  {
    name: 'a whole update block two spaces too little',
    file: SAV,
    edit: (t) =>
      t.replace(
        '        status: On track\n        achieved:\n          WBC: 25000\n          NDC: 22000\n          EDC: 9000\n',
        '      status: On track\n      achieved:\n        WBC: 25000\n        NDC: 22000\n        EDC: 9000\n',
      ),
    line: 15,
    message: /"status:" is not indented under "Q1:"/,
  },
  {
    name: 'an action indented two spaces too much',
    file: GOV,
    edit: (t) => t.replace('  - id: procurement-training', '    - id: procurement-training'),
    line: 26,
    message: /this action starts 2 spaces further in than the one on line 5/,
    hint: /line up "- id:" with the one on line 5 \(2 spaces from the left edge\)/,
  },
  {
    name: 'updates: at the left edge',
    file: LOC,
    edit: (t) =>
      t.replace('    updates:\n      Q1:\n        status: Booked for 14 July', 'updates:\n      Q1:\n        status: Booked for 14 July'),
    line: 7,
    message: /"updates:" is indented less than "action:" above it \(0 spaces, not 4\)/,
    hint: /line it up with "action:" on line 6/,
  },
  {
    name: 'a target amount indented too little',
    file: SAV,
    lineText: '      WBC: 120000',
    line: 10,
    message: /"WBC:" is not indented under "amounts:" above it/,
    hint: /start it 8 spaces from the left edge/,
  },

  // Tabs.
  {
    name: 'a tab as indentation of a key',
    file: GOV,
    lineText: '\t\t\t\tstatus: Draft circulated',
    line: 12,
    message: /line 12 starts with a tab/,
    hint: /make it 8 spaces/,
  },
  {
    name: 'a tab after spaces in the indentation',
    file: SAV,
    lineText: '      \tstatus: On track',
    line: 15,
    message: /indentation of line 15 has a tab in it/,
    hint: /make it 8 spaces/,
  },
  {
    name: 'a tab as indentation in a narrative',
    file: GOV,
    lineText: '\tComments due by 10 July.',
    line: 16,
    message: /line 16 starts with a tab/,
    hint: /10 spaces/,
  },

  // Colons.
  {
    name: 'status with no colon',
    file: GOV,
    lineText: '        status Draft circulated',
    line: 12,
    message: /"status" needs a colon after it/,
    hint: /status: Draft circulated/,
  },
  {
    name: 'title with no colon',
    file: LOC,
    lineText: 'title Local Suppliers and Social Value',
    line: 3,
    message: /"title" needs a colon after it/,
  },
  {
    name: 'status = instead of a colon',
    file: SAV,
    lineText: '        status = On track',
    line: 15,
    message: /"status" needs a colon after it \(not "="\)/,
  },
  {
    name: 'no space after the colon',
    file: LOC,
    lineText: 'title:Local Suppliers and Social Value',
    line: 3,
    message: /"title:" needs a space after the colon/,
    hint: /title: Local Suppliers/,
  },
  {
    name: 'no space after a nested colon',
    file: SAV,
    lineText: '        status:On track',
    line: 15,
    message: /"status:" needs a space after the colon/,
  },
  {
    name: '": " inside unquoted text',
    file: GOV,
    lineText: '        status: Adopted: register published',
    line: 18,
    message: /the text after "status:" has ": " in it/,
    hint: /status: "Adopted: register published"/,
  },
  {
    name: 'text ending with a colon, list below without |',
    file: GOV,
    edit: (t) =>
      t.replace(
        '        narrative: |\n          4 sessions held, 46 officers trained:',
        '        narrative: 4 sessions held, 46 officers trained:',
      ),
    line: 33,
    message: /the text after "narrative:" ends with a colon and goes on over the lines below/,
    hint: /put "\|" after "narrative:"/,
  },
  {
    name: 'a council amount with no space after the colon',
    file: SAV,
    lineText: '          NDC:40000',
    line: 27,
    message: /"NDC:" needs a space after the colon/,
  },

  // Quotes.
  {
    name: 'an unclosed double quote',
    file: GOV,
    lineText: '        status: "Draft circulated',
    line: 12,
    message: /the text in quotes that starts here has no closing "/,
  },
  {
    name: 'an unclosed single quote',
    file: SAV,
    lineText: "        status: 'On track",
    line: 15,
    message: /the text in quotes that starts here has no closing '/,
  },
  {
    name: 'text after a closing quote',
    file: GOV,
    lineText: '        status: "Draft" circulated',
    line: 12,
    message: /followed by more text/,
    hint: /status: '"Draft" circulated'/,
  },
  {
    name: 'a backslash path in double quotes',
    file: GOV,
    lineText: '        status: "Saved in S:\\Rules\\2015"',
    line: 18,
    message: /"\\R" is read as a code/,
    hint: /single quotes/,
  },
  {
    name: 'a backslash path in double quotes that YAML reads as a tab and a new line',
    file: GOV,
    lineText: '        status: "Saved in C:\\temp\\new"',
    line: 18,
    severity: 'warning',
    message: /"\\t" is read as a tab/,
    hint: /single quotes/,
  },

  // Lists and text.
  {
    name: 'a narrative of "- " lines written without |',
    file: GOV,
    edit: (t) =>
      t.replace(
        '        narrative: |\n          4 sessions held, 46 officers trained:\n',
        '        narrative: 4 sessions held, 46 officers trained\n',
      ),
    line: 33,
    message: /joined into one line/,
    hint: /put "\|" after "narrative:"/,
  },
  {
    name: 'a narrative written as a list of lines',
    file: GOV,
    edit: (t) => t.replace('        narrative: |\n          4 sessions held, 46 officers trained:\n', '        narrative:\n'),
    line: 33,
    message: /the narrative is written as a list of "- " lines, but it must be text/,
    hint: /put "\|" after "narrative:"/,
  },
  {
    name: 'a text starting with @',
    file: LOC,
    lineText: '        status: @WBC legal',
    line: 19,
    message: /text that starts with "@" must be in quotes/,
  },
  {
    name: '" #" in unquoted text',
    file: SAV,
    lineText: '        status: Phase #2 agreed',
    line: 15,
    severity: 'warning',
    message: /"#2 agreed" is read as a comment and left out of the text/,
    hint: /quotes/,
  },

  // Values and keys.
  {
    name: 'the plan title repeats the financial year',
    file: PLAN,
    lineText: 'title: Shared Procurement Strategy Action Plan 2015/16',
    line: 2,
    severity: 'warning',
    message: /the title ends with the financial year 2015\/16, which the report adds itself/,
    hint: /remove "2015\/16"/,
  },
  {
    name: 'the plan title repeats the year written another way',
    file: PLAN,
    lineText: 'title: Shared Procurement Strategy Action Plan 2015-16',
    line: 2,
    severity: 'warning',
    message: /financial year 2015-16, which the report adds itself/,
  },
  {
    name: 'money written with a pound sign and comma',
    file: SAV,
    lineText: '          WBC: "£61,250"',
    line: 26,
    message: /write money as a plain number of pounds: 61250/,
  },
  {
    name: 'money written with a comma, unquoted',
    file: SAV,
    lineText: '          WBC: 61,250',
    line: 26,
    message: /write money as a plain number of pounds: 61250/,
  },
  {
    name: 'money written as 61k',
    file: SAV,
    lineText: '          WBC: 61k',
    line: 26,
    message: /write money in full as a plain number: 61000/,
  },
  {
    name: 'a quarter in lower case',
    file: SAV,
    lineText: '      q2:',
    line: 20,
    message: /"q2:" must be written "Q2:"/,
    hint: /replace "q2:" with "Q2:"/,
  },
  {
    name: 'a misspelt key',
    file: GOV,
    lineText: '        narative: |',
    line: 14,
    message: /unknown key "narative"/,
    hint: /did you mean "narrative"/,
  },
  {
    name: 'RAG in capitals',
    file: GOV,
    lineText: '        rag: Green',
    line: 13,
    message: /"Green" is not allowed for "rag": use one of red, amber, green/,
    hint: /did you mean "green"/,
  },
  {
    name: 'a council code not in plan.yaml',
    file: SAV,
    lineText: '          EDX: 15000',
    line: 28,
    message: /council "EDX" is not declared in plan.yaml: the councils are WBC, NDC, EDC/,
    hint: /did you mean "EDC"/,
  },
  {
    name: 'a status left empty',
    file: LOC,
    lineText: '        status:',
    line: 19,
    message: /"status" has no value/,
    hint: /write a value after the colon/,
  },
  {
    name: 'a control character pasted into a narrative, with a typo further down',
    file: GOV,
    edit: (t) =>
      t
        .replace('Comments due by 10 July.', 'Comments due\u0007 by 10 July.')
        .replace('    action: Train budget', '    actoin: Train budget'),
    line: 16,
    message: /control character U\+0007 \(BEL\)/,
  },

  // Issue 22: keys typed the way Word and Outlook leave them (one right spelling: --fix writes it).
  {
    name: 'a key with a capital letter (Word capitalises the first word of a line)',
    file: GOV,
    lineText: '        Status: Draft circulated',
    line: 12,
    message: /"Status:" must be written "status:", in small letters/,
    hint: /replace "Status:" with "status:"/,
  },
  {
    name: 'a key in capitals',
    file: SAV,
    lineText: '        ACHIEVED:',
    line: 16,
    message: /"ACHIEVED:" must be written "achieved:"/,
  },
  {
    name: 'a key of two words with the wrong capital',
    file: SAV,
    lineText: '      AchievedLabel: invoiced',
    line: 39,
    message: /"AchievedLabel:" must be written "achievedLabel:"/,
  },
  {
    name: 'a quarter typed with a space, Q 2',
    file: SAV,
    lineText: '      Q 2:',
    line: 20,
    message: /"Q 2:" must be written "Q2:", with no space/,
    hint: /replace "Q 2:" with "Q2:"/,
  },
  {
    name: '"-id:" with no space after the dash',
    file: GOV,
    lineText: '  -id: procurement-training',
    line: 26,
    message: /"-id:" needs a space after the "-"/,
    hint: /write "- id:"/,
  },
  {
    name: 'a non-breaking space at the end of a line, pasted from Outlook',
    file: SAV,
    lineText: '        status: On track\u00a0',
    line: 15,
    severity: 'warning',
    message: /line 15 ends with a non-breaking space \(U\+00A0\)/,
    hint: /delete it/,
  },

  // Issue 22: money in every shape; none may reach the report as another figure.
  {
    name: 'money with a space between the thousands',
    file: SAV,
    lineText: '          NDC: 40 000',
    line: 27,
    message: /write money as a plain number of pounds: 40000 \(not "40 000"\)/,
    hint: /replace "40 000" with 40000/,
  },
  {
    name: 'money with a non-breaking space between the thousands (Excel, French locale)',
    file: SAV,
    lineText: '          NDC: 40\u00a0000',
    line: 27,
    message: /write money as a plain number of pounds: 40000/,
  },
  {
    name: 'a target in millions, 0.08m',
    file: SAV,
    lineText: '        NDC: 0.08m',
    line: 11,
    message: /write money in full as a plain number: 80000/,
  },
  {
    name: 'money with the word pounds after it',
    file: SAV,
    lineText: '          WBC: 61250 pounds',
    line: 26,
    message: /write money as a plain number of pounds: 61250/,
  },
  {
    name: 'a target with a dot between the thousands (150.000): YAML reads 150',
    file: SAV,
    lineText: '        WBC: 120.000',
    line: 10,
    message: /"120\.000" has a dot between the digits, which reads it as £120, not 120000/,
    hint: /write 120000 if the dot separates the thousands, or 120 if you meant £120/,
  },
  {
    name: 'money with a decimal comma',
    file: SAV,
    lineText: '          WBC: 61250,50',
    line: 26,
    message: /"61250,50" has pence written with a decimal comma/,
    hint: /replace "61250,50" with 61251/,
  },
  {
    name: 'money with European separators and pence, 61.250,00',
    file: SAV,
    lineText: '          WBC: 61.250,00',
    line: 26,
    message: /write money as a plain number of pounds: 61250/,
  },
  {
    name: "a negative figure in Excel's brackets",
    file: SAV,
    lineText: '          NDC: (3,000)',
    line: 51,
    message: /"\(3,000\)" is a negative amount/,
  },
  {
    name: 'a target a thousandth of what is achieved',
    file: SAV,
    lineText: '        WBC: 120',
    line: 10,
    severity: 'warning',
    message: /WBC's target is £120, but £61,250 is achieved: 510 times the target/,
    hint: /if it is £120,000, write 120000/,
  },
  {
    name: 'an achieved amount that jumps a thousandfold from the quarter before',
    file: SAV,
    lineText: '          WBC: 61250000',
    line: 26,
    severity: 'warning',
    message: /WBC's achieved amount jumps from £25,000 at Q1 to £61,250,000 at Q2/,
    hint: /write 61250/,
  },

  // Issue 22: found by pasting from Word, Excel and Outlook, and by copy and paste between actions.
  {
    name: 'Word turned the "-" of an action into an en dash',
    file: GOV,
    lineText: '  – id: procurement-training',
    line: 26,
    message: /line starts with a dash \(U\+2013\), probably from Word/,
    hint: /replace "–" with "-"/,
  },
  {
    name: 'a figure pasted from an Excel row, with a tab and no colon',
    file: SAV,
    lineText: '          WBC\t61250',
    line: 26,
    message: /"WBC" needs a colon after it, probably pasted from a spreadsheet/,
    hint: /write WBC: 61250/,
  },
  {
    name: 'a quarter with its colon left off',
    file: SAV,
    lineText: '      Q2',
    line: 20,
    message: /"Q2" on line 20 needs a colon after it/,
    hint: /write Q2:/,
  },
  {
    name: 'text after "|" on the same line',
    file: LOC,
    lineText: '        status: | Draft with legal',
    line: 19,
    message: /text cannot follow "\|" on the same line/,
    hint: /move "Draft with legal" to a new line below it/,
  },
  {
    name: 'a status that starts with "["',
    file: LOC,
    lineText: '        status: [draft] with legal',
    line: 19,
    message: /text that starts with "\[" must be in quotes/,
    hint: /status: "\[draft\] with legal"/,
  },
  {
    name: 'a status that starts with "#"',
    file: LOC,
    lineText: '        status: # not a heading',
    line: 19,
    message: /"#" starts a note that plan leaves out/,
    hint: /status: "# not a heading"/,
  },
  {
    name: 'a note line written without "#"',
    file: LOC,
    edit: (t) =>
      t.replace(
        '        status: New in Q2; draft with legal\n',
        '        status: New in Q2; draft with legal\n        Legal review due in October.\n',
      ),
    line: 20,
    message: /this line is text on its own/,
    hint: /start the line with "# "/,
  },
  {
    name: 'bullets under "narrative: text" with no "|"',
    file: LOC,
    lineText: '        narrative: Pilot tenders chosen\n          - one\n          - two',
    line: 20,
    message: /"narrative:" has no "\|" after it/,
    hint: /put "\|" after "narrative:"/,
  },
  // Structure across lines: the held-out slips of issue 22, each with a variant of its class.
  {
    name: "an update pasted at the end of a narrative with the text's indentation",
    file: GOV,
    edit: (t) =>
      t.replace('          - EDC 10\n', '          - EDC 10\n          Q3:\n            status: Adopted by EDC\n            rag: green\n'),
    line: 38,
    message: /^"Q3:" on line 38 is inside the text of "narrative:" above it, so the report would print it and the lines below it as text$/,
    hint: /^start "Q3:" 6 spaces from the left edge, like "Q2:" on line 31: move lines 38–40 4 spaces to the left$/,
    alone: true,
  },
  {
    name: 'an update with its own narrative pasted further in than the text it lands in',
    file: GOV,
    edit: (t) =>
      t.replace(
        '          Rules published at https://www.westbrook.gov.uk/procurement.\n',
        '          Rules published at https://www.westbrook.gov.uk/procurement.\n            Q3:\n              status: Adopted by EDC\n              narrative: |\n                Adopted in October.\n',
      ),
    line: 25,
    message: /^"Q3:" on line 25 is inside the text of "narrative:" above it/,
    hint: /^start "Q3:" 6 spaces from the left edge, like "Q2:" on line 17: move lines 25–28 6 spaces to the left$/,
    alone: true,
  },
  {
    name: 'two spaces after the dash of "- id:"',
    file: LOC,
    lineText: '  -  id: supplier-portal',
    line: 22,
    message: /^"-" on line 22 has 2 spaces after it, so "id:" is out of line with the lines below it$/,
    hint: /^leave one space after "-": write "- id: supplier-portal"$/,
    alone: true,
  },
  {
    name: 'Kestrel: three spaces after the dash of "- id:"',
    plan: 'kestrel',
    file: KSAV,
    lineText: '  -   id: energy-rebate',
    line: 29,
    message: /^"-" on line 29 has 3 spaces after it/,
    hint: /^leave one space after "-": write "- id: energy-rebate"$/,
    alone: true,
  },
  {
    name: 'the "- " of the second action\'s "- id:" lost',
    file: SAV,
    lineText: '    id: income-from-services',
    line: 32,
    message: /^"id:" on line 32 starts a new action, but has no "- " in front of it$/,
    hint: /^write "- id: income-from-services" on line 32, the "-" 2 spaces from the left edge/,
    alone: true,
  },
  {
    name: 'Kestrel: the "- " of the last action\'s "- id:" lost',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    id: budget-holder-training',
    line: 31,
    message: /^"id:" on line 31 starts a new action, but has no "- " in front of it$/,
    alone: true,
  },
  {
    name: 'the "narrative: |" line deleted, its text left under "rag:"',
    file: GOV,
    edit: withoutLine(20),
    line: 20,
    message: /^the text on line 20 has no "narrative: \|" line above it, so it is read as part of "rag:" on line 19$/,
    hint: /^add the line "narrative: \|" above line 20, 8 spaces from the left edge$/,
    alone: true,
  },
  {
    name: 'Kestrel: a narrative\'s key deleted, its text left under "ended: completed"',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) => t.replace('        ended: completed\n', "        ended: completed\n          Portal launched at the suppliers' fair.\n"),
    line: 30,
    message: /^the text on line 30 has no "narrative: \|" line above it, so it is read as part of "ended:" on line 29$/,
    hint: /^add the line "narrative: \|" above line 30, 8 spaces from the left edge$/,
    alone: true,
  },
  {
    name: 'an update copied below to write the next quarter, its figures changed and its quarter not',
    file: SAV,
    edit: (t) =>
      t.replace(
        '          EDC: fleet contract savings expected from October\n',
        '          EDC: fleet contract savings expected from October\n      Q2:\n        status: On track\n        achieved:\n          WBC: 90000\n          NDC: 60000\n          EDC: 30000\n',
      ),
    line: 31,
    message: /^"Q2:" is here a second time \(the first is on line 20\), with other words or figures, and there is no "Q3:"$/,
    hint: /^if lines 31–36 are the Q3 update, write "Q3:" in place of "Q2:" on line 31; if they replace lines 20–30, delete lines 20–30$/,
    alone: true,
  },
  {
    name: 'Kestrel: the last update copied below for the next quarter, its quarter left as it was',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t.replace(
        '          HDC: 27000\n',
        '          HDC: 27000\n      Q3:\n        achieved:\n          KBC: 70000\n          HDC: 35000\n',
      ),
    line: 28,
    message: /^"Q3:" is here a second time \(the first is on line 23\), with other words or figures, and there is no "Q4:"$/,
    hint: /^if lines 28–31 are the Q4 update, write "Q4:" in place of "Q3:" on line 28/,
    alone: true,
  },
  {
    name: 'a whole file pasted again below itself',
    file: GOV,
    edit: (t) => t + t,
    line: WESTBROOK_FILES[GOV]!.split('\n').length,
    message: new RegExp(
      `^lines ${WESTBROOK_FILES[GOV]!.split('\n').length}–\\d+ repeat lines 1–\\d+ word for word: they are pasted twice$`,
    ),
    hint: /^delete lines \d+–\d+$/,
    alone: true,
  },
  {
    name: 'Kestrel: the lines of an action pasted again below themselves',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) =>
      t.replace(
        '    due: 2014-11-30\n',
        '    due: 2014-11-30\n    action: Open a portal for local suppliers.\n    lead: Procurement Manager\n    due: 2014-11-30\n',
      ),
    line: 24,
    message: /^lines 24–26 repeat lines 21–23 word for word: they are pasted twice$/,
    hint: /^delete lines 24–26$/,
    alone: true,
  },
  {
    name: 'Word bullets under "narrative:" alone on its line, with no "|"',
    file: LOC,
    lineText: '        narrative:\n          • Added at the July board\n          • after the Social Value Act review',
    line: 20,
    message: /^"narrative:" has no "\|" after it, so the "• " lines below it \(from line 21\) are joined into one line/,
    hint: /^put "\|" after "narrative:", so that each line below it stays a line of its own$/,
    alone: true,
  },
  {
    name: 'Kestrel: Word bullets under "narrative:" alone on its line, with no "|"',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) =>
      t.replace(
        '        narrative: Council meets in February.\n',
        '        narrative:\n          • Council meets in February.\n          • minutes circulated\n',
      ),
    line: 18,
    message: /^"narrative:" has no "\|" after it, so the "• " lines below it \(from line 19\)/,
    hint: /^put "\|" after "narrative:", so that/,
    alone: true,
  },
  {
    name: 'a total after "achieved:" with the council lines below it',
    file: SAV,
    lineText: '        achieved: 98500',
    line: 16,
    message: /"achieved:" has "98500" after it as well as lines below it/,
    hint: /delete "98500" from line 16/,
  },
  {
    name: 'an update pasted twice',
    file: SAV,
    edit: (t) => t.replace('          EDC: 9000\n', '          EDC: 9000\n      Q1:\n        status: On track\n'),
    line: 20,
    message: /"Q1:" is here a second time \(the first is on line 14\)/,
    hint: /merge what line/,
  },
  {
    name: 'a key line pasted twice, the first copy left empty',
    file: SAV,
    edit: (t) => t.replace('        achieved:\n          WBC: 25000', '        achieved:\n        achieved:\n          WBC: 25000'),
    line: 16,
    message: /"achieved:" is written twice, on lines 16 and 17, and the first has nothing under it/,
    hint: /^delete line 16$/,
    alone: true,
  },
  {
    name: 'a council line of a target outdented, the one below it in place',
    file: SAV,
    lineText: '      NDC: 80000',
    line: 11,
    message: /"NDC:" is indented less than "WBC:" above it \(6 spaces, not 8\)/,
    hint: /line it up with "WBC:" on line 10/,
    alone: true,
  },
  {
    name: 'a "narrative: |" line outdented, its text and the keys after it in place',
    file: SAV,
    lineText: '      narrative: |',
    line: 22,
    message: /"narrative:" is indented less than "status:" above it \(6 spaces, not 8\)/,
    alone: true,
  },
  {
    name: "a council's line deleted from a target, its figures left in every quarter",
    file: SAV,
    edit: (t) => t.replace('        WBC: 120000\n', ''),
    line: 16,
    message: /WBC has no target in this action, so its "achieved" has nothing to count against, nor its figures on line 25/,
    hint: /add WBC under target.amounts, or remove this line and line 25/,
    alone: true,
  },
  {
    name: 'the "achieved:" line deleted, its council lines left under "status:"',
    file: SAV,
    edit: (t) => t.replace('        status: On track\n        achieved:\n', '        status: On track\n'),
    line: 16,
    message: /"WBC:" on line 16 and the lines after it belong under an "achieved:" line, which is missing above them/,
    hint: /add the line "achieved:" above line 16, indented by 8 spaces \(or "pending:", if that is what these lines are for\)/,
    alone: true,
  },
  {
    name: 'the "target:" line deleted, its lines left under "action:"',
    file: SAV,
    edit: (t) => t.replace('    target:\n      measure: cashable', '      measure: cashable'),
    line: 7,
    message: /"measure:" on line 7 and the lines after it belong under a "target:" line, which is missing above them/,
    hint: /add the line "target:" above line 7, indented by 4 spaces$/,
    alone: true,
  },
  {
    name: 'a "Q1:" line outdented level with "updates:", its lines in place',
    file: SAV,
    lineText: '    Q1:',
    line: 14,
    message: /"Q1:" is not indented under "updates:" above it/,
    hint: /indent "Q1:" by 2 spaces more \(6 from the left edge\)/,
    alone: true,
  },
  {
    name: 'an action\'s "updates:" outdented to where its "- " stands',
    file: SAV,
    lineText: '  updates:',
    line: 13,
    message: /"updates:" is indented less than "target:" above it \(2 spaces, not 4\)/,
    hint: /line it up with "target:" on line 7/,
    alone: true,
  },
  {
    name: 'an action\'s "updates:" line deleted, its quarters left under "target:"',
    file: SAV,
    edit: (t) => t.replace('        EDC: 60000\n    updates:\n', '        EDC: 60000\n'),
    line: 13,
    message: /"Q1:" on line 13 and the lines after it belong under an "updates:" line, which is missing above them/,
    hint: /add the line "updates:" above line 13, indented by 4 spaces$/,
    alone: true,
  },
  {
    name: 'the "- id:" line of an action pasted twice',
    file: SAV,
    edit: (t) => t.replace('  - id: income-from-services\n', '  - id: income-from-services\n  - id: income-from-services\n'),
    line: 32,
    message: /"- id:" is written twice, on lines 32 and 33, and the first has nothing under it/,
    hint: /^delete line 32$/,
    alone: true,
  },
  {
    name: 'the first action\'s "- id:" line indented one space too far, the next action in line',
    file: SAV,
    lineText: '   - id: cashable-savings',
    line: 5,
    message: /"- id:" is indented 1 space more than the lines that go with it, such as "action:" below it/,
    alone: true,
  },
  {
    name: 'the first action\'s "- id:" line at the left edge, the next action in line',
    file: SAV,
    lineText: '- id: cashable-savings',
    line: 5,
    message: /"- id:" is indented 2 spaces less than the lines that go with it, such as "action:" below it/,
    alone: true,
  },
  {
    name: 'the second action\'s "- id:" line indented one space too far',
    file: SAV,
    lineText: '   - id: income-from-services',
    line: 32,
    message: /this action starts 1 space further in than the one on line 5/,
    hint: /line up "- id:" with the one on line 5 \(2 spaces from the left edge\)/,
    alone: true,
  },
  {
    name: 'the "actions:" line deleted, the actions left under "title:"',
    file: SAV,
    edit: (t) => t.replace('actions:\n', ''),
    line: 4,
    message: /"- id:" on line 4 and the lines after it belong under an "actions:" line, which is missing above them/,
    hint: /^add the line "actions:" above line 4, indented by 0 spaces$/,
    alone: true,
  },
  // Found by trying the examples and the mutation property (issue 22).
  {
    name: 'a note typed without "#" inside a quarter',
    file: SAV,
    edit: (t) => t.replace('      Q2:\n', '      Q2:\n        Note to self: check with finance\n'),
    line: 21,
    message: /this line is text on its own/,
    hint: /start the line with "# "/,
  },
  {
    name: 'text after "|" with the rest of the narrative below it',
    file: SAV,
    lineText: '        narrative: | Joint stationery contract',
    line: 22,
    message: /text cannot follow "\|" on the same line/,
    hint: /move "Joint stationery contract" to a new line below it, indented by 10 spaces/,
  },
  {
    name: 'a quarter pasted after the last update of the action',
    file: SAV,
    edit: (t) => t.replace('expected from October\n', 'expected from October\n      Q1:\n        status: On track\n'),
    line: 31,
    message: /"Q1:" is here a second time \(the first is on line 14\)/,
    hint: /merge what lines 31–32 say into lines 14–19/,
  },
  {
    name: 'the first quarter one space further in than the next',
    file: SAV,
    lineText: '       Q1:',
    line: 14,
    message: /"Q1:" is indented 1 space more than the lines that go with it/,
    hint: /start "Q1:" 6 spaces from the left edge/,
  },
  {
    name: 'the first council figure one space further in than the others',
    file: SAV,
    lineText: '           WBC: 25000',
    line: 17,
    message: /"WBC:" is indented 1 space more than the lines that go with it/,
    hint: /start "WBC:" 10 spaces from the left edge/,
  },
  {
    name: 'the first line of a narrative one space further in than the rest',
    file: SAV,
    edit: (t) => t.replace('          Joint stationery', '           Joint stationery'),
    line: 23,
    message: /line 23, the first of the text of "narrative", is indented further than the lines after it/,
    hint: /start it 10 spaces from the left edge/,
  },
  {
    name: 'the first line of a narrative at the column of "narrative:"',
    file: SAV,
    edit: (t) => t.replace('          Joint stationery', '        Joint stationery'),
    line: 23,
    message: /line 23 is indented less than the text of "narrative" above it/,
    hint: /start it 10 spaces from the left edge/,
  },
  {
    name: 'the key after a narrative one space too far in',
    file: SAV,
    edit: (t) => t.replace('slips to Q3.\n        achieved:', 'slips to Q3.\n         achieved:'),
    line: 25,
    message: /"achieved:" is indented 1 space more than "narrative:" above it/,
    hint: /line it up with "narrative:" \(8 spaces/,
  },
  {
    name: 'an action id written as a title',
    file: GOV,
    lineText: '  - id: Contract Procedure Rules',
    line: 5,
    message: /an action id is lower-case words/,
    hint: /write id: contract-procedure-rules/,
  },
  // A line deleted by mistake: the "- id:" that starts an action, the "Q1:" above an update. In any
  // section file, any action and any quarter (issue 22; the mutation property found the first three).
  {
    name: 'the "- id:" line of the first action deleted, its action written as a "|" text',
    file: GOV,
    edit: withoutLine(5),
    line: 5,
    message: /"action:" on line 5 starts a new action, but the "- id:" line that starts every action is missing above it/,
    hint: /add the line "- id: review-contract-procedure-rules-all" above line 5, indented by 2 spaces/,
  },
  {
    name: 'the "- id:" line of an action in the middle of a section deleted',
    file: GOV,
    edit: withoutLine(26),
    line: 26,
    message: /"action:" on line 26 starts a new action, but the "- id:" line/,
    hint: /add the line "- id: train-budget-holders-new-rules" above line 26/,
  },
  {
    name: 'the "- id:" line of the last action deleted',
    file: LOC,
    edit: withoutLine(22),
    line: 22,
    message: /"action:" on line 22 starts a new action/,
    hint: /add the line "- id: build-portal-local-suppliers-register" above line 22, indented by 2 spaces/,
  },
  {
    name: 'the "Q1:" line of an action\'s first update deleted',
    file: GOV,
    edit: withoutLine(11),
    line: 11,
    message: /"status:" on line 11 and the lines after it belong under a "Q1:" line, which is missing above them/,
    hint: /^add the line "Q1:" above line 11, indented by 6 spaces$/,
  },
  {
    name: 'the "Q2:" line deleted, so the update runs on inside Q1',
    file: SAV,
    edit: withoutLine(47),
    line: 47,
    message: /"status:" on line 47 and the lines after it belong under a "Q2:" line/,
    hint: /^add the line "Q2:" above line 47, indented by 6 spaces$/,
  },
  {
    name: 'the "Q2:" line of an update written on one line per measure deleted',
    file: GOV,
    edit: withoutLine(58),
    line: 58,
    message: /belong under a "Q2:" line/,
    hint: /add the line "Q2:" above line 58/,
  },
  {
    name: "the quarter line of an action's only update deleted",
    file: LOC,
    edit: withoutLine(18),
    line: 18,
    message: /"status:" on line 18 and the lines after it belong under a "Q2:" line/,
    hint: /add the line "Q2:" above line 18, indented by 6 spaces \(or "Q1:", "Q3:" or "Q4:", if that is what these lines are for\)/,
  },
  // The classes of issue 22, each tried again on a plan that is not Westbrook.
  {
    name: 'Kestrel: a target with a dot between the thousands',
    plan: 'kestrel',
    file: KSAV,
    lineText: '        HDC: 150.000',
    line: 13,
    message: /"150\.000" has a dot between the digits, which reads it as £150, not 150000/,
    hint: /write 150000 if the dot separates the thousands, or 150 if you meant £150/,
  },
  {
    name: 'Kestrel: money written 90k',
    plan: 'kestrel',
    file: KSAV,
    lineText: '        KBC: 90k',
    line: 12,
    message: /write money in full as a plain number: 90000/,
    hint: /replace "90k" with 90000/,
  },
  {
    name: "Kestrel: a total after achieved: instead of the councils' lines",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => t.replace('        achieved:\n          HDC: 3000\n', '        achieved: 3000\n'),
    line: 39,
    message: /"achieved" should be lines of "code: value" below it, one for each council, but is the number 3000/,
    hint: /write one line for each council below "achieved", indented by two more spaces, e\.g\. HDC: 3000/,
  },
  {
    name: 'Kestrel: the same quarter pasted twice after copy and paste',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) =>
      t.replace(
        '        status: Draft with members\n',
        '        status: Draft with members\n      Q2:\n        status: Draft with members\n',
      ),
    line: 16,
    message: /"Q2:" is here a second time \(the first is on line 14\)/,
    hint: /lines 16–17 repeat lines 14–15: delete lines 16–17/,
  },
  {
    name: 'Kestrel: text after "|" on the same line, in an action',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    action: | Revise the contract standing orders:',
    line: 6,
    message: /text cannot follow "\|" on the same line/,
    hint: /move "Revise the contract standing orders:" to a new line below it, indented by 6 spaces/,
  },
  {
    name: 'Kestrel: a status that starts with "- "',
    plan: 'kestrel',
    file: KGOV,
    lineText: '        status: - draft',
    line: 13,
    message: /text that starts with "-" must be in quotes/,
    hint: /write status: "- draft"/,
  },
  {
    name: 'Kestrel: "#" typed as the first character of a status',
    plan: 'kestrel',
    file: KGOV,
    lineText: '        status: # not a heading',
    line: 13,
    message: /"#" starts a note that plan leaves out, so "status" has no text/,
    hint: /status: "# not a heading"/,
  },
  {
    name: 'Kestrel: "Status:" with a capital',
    plan: 'kestrel',
    file: KGOV,
    lineText: '        Status: Drafting',
    line: 13,
    message: /"Status:" must be written "status:", in small letters/,
  },
  {
    name: 'Kestrel: "-id:" without its space, after a blank line',
    plan: 'kestrel',
    file: KGOV,
    lineText: '  -id: supplier-portal',
    line: 20,
    message: /"-id:" needs a space after the "-"/,
  },
  {
    name: 'Kestrel: a line with ": " pasted at the left edge inside an action',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) => t.replace('    due: 2014-11-30\n', '    due: 2014-11-30\nNote: portal vendor chosen by the county\n'),
    line: 24,
    message: /this line is text on its own, not "key: value"/,
    hint: /start the line with "# "/,
  },
  {
    name: 'Kestrel: bullets under "narrative: text" with no "|"',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) => t.replace('Council meets in February.\n', 'Council meets in February.\n          - minutes circulated\n'),
    line: 18,
    message: /"narrative:" has no "\|" after it, so the "- " lines below it \(from line 19\) are joined into one line/,
  },
  {
    name: 'Kestrel: an update pasted under the wrong action',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => {
      const q3 = '      Q3:\n        status: On track\n        achieved:\n          HDC: 7716\n';
      return t.replace(q3, '').replace('          HDC: 27000\n', `          HDC: 27000\n${q3}`);
    },
    line: 28,
    message: /"Q3:" is here a second time \(the first is on line 23\)/,
    hint: /the item that starts on line 33 \("- id: energy-rebate"\) has no "Q3:": if lines 28–31 belong there, move them under its "updates:" on line 41/,
  },
  {
    name: 'Kestrel: the "Q2:" line between two updates of one line deleted',
    plan: 'kestrel',
    file: KGOV,
    edit: withoutLine(14),
    line: 14,
    message:
      /"status:" is here a second time \(the first is on line 13\): the "Q2:" line above line 14 is missing, or "status:" is written twice/,
    hint: /if the lines from line 14 are the Q2 update, add the line "Q2:" above line 14, indented by 6 spaces; otherwise merge/,
  },
  {
    name: 'Kestrel: the last quarter line deleted below an update of figures only',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => t.replace('      Q3:\n        narrative: Fleet and stationery contracts let.\n', ''),
    line: 23,
    message: /"achieved:" is here a second time \(the first is on line 20\): the "Q3:" line above line 23 is missing/,
    hint: /if the lines from line 23 are the Q3 update, add the line "Q3:" above line 23, indented by 6 spaces; otherwise merge/,
  },
  {
    name: 'Kestrel: the "Q1:" line of an update of figures only deleted',
    plan: 'kestrel',
    file: KSAV,
    edit: withoutLine(15),
    line: 15,
    message: /"achieved:" on line 15 and the lines after it belong under a "Q1:" line/,
    hint: /^add the line "Q1:" above line 15, indented by 6 spaces$/,
  },
  {
    name: 'Kestrel: the "Q3:" line deleted above an update that starts with "narrative:"',
    plan: 'kestrel',
    file: KSAV,
    edit: withoutLine(23),
    line: 23,
    message: /"narrative:" on line 23 and the lines after it belong under a "Q3:" line, which is missing above them/,
    hint: /^add the line "Q3:" above line 23, indented by 6 spaces$/,
    alone: true,
  },
  {
    name: 'Kestrel: the "Q3:" line deleted above an update that starts with "status:"',
    plan: 'kestrel',
    file: KSAV,
    edit: withoutLine(41),
    line: 41,
    message: /"status:" on line 41 and the lines after it belong under a "Q3:" line, which is missing above them/,
    hint: /^add the line "Q3:" above line 41, indented by 6 spaces$/,
    alone: true,
  },
  {
    name: 'Kestrel: the "- id:" line of the second action deleted',
    plan: 'kestrel',
    file: KSAV,
    edit: withoutLine(29),
    line: 29,
    message: /"action:" on line 29 starts a new action/,
    hint: /add the line "- id: claim-energy-rebate-street-lighting" above line 29, indented by 2 spaces/,
  },
];

/** The file without its line `n` (1-based). */
function withoutLine(n: number): (text: string) => string {
  return (text) =>
    text
      .split('\n')
      .filter((_, i) => i !== n - 1)
      .join('\n');
}

/** The file as the mistake leaves it. */
export function applyMistake(m: Mistake): string {
  const original = PLANS[m.plan ?? 'westbrook'][m.file]!;
  if (m.edit) {
    const edited = m.edit(original);
    if (edited === original) throw new Error(`mistake "${m.name}" changed nothing`);
    return edited;
  }
  const lines = original.split('\n');
  lines[m.line - 1] = m.lineText!;
  return lines.join('\n');
}
