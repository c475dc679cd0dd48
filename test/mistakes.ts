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
  /** What `plan validate --fix` makes of the file, when that is not the original (a slip made in text that was right). */
  repaired?: (original: string) => string;
}

const GOV = '1-governance.yaml';
const SAV = '2-savings.yaml';
const LOC = '3-local-suppliers.yaml';
const PLAN = 'plan.yaml';
/** The last line of the Westbrook savings action's Q2 narrative, and its Q1 figures: where slips of money words are made. */
const Q2_NARRATIVE_END = "          EDC's share of the fleet contract slips to Q3.\n";
const Q1_FIGURES = '        status: On track\n        achieved:\n          WBC: 25000\n          NDC: 22000\n          EDC: 9000\n';
const KSAV = '1-savings.yaml';
/** A Q2 narrative for Kestrel's savings action, long enough to be one officer's account. */
const KESTREL_Q2 = 'Stationery tender issued in August; three bids received and evaluation under way with the fleet team.';
const KGOV = '2-governance.yaml';
/** The first line of a narrative of Westbrook's governance section (line 15). */
const NARR15 = '          Draft rules circulated to the three monitoring officers on 12 June.\n';

/** The Westbrook governance action with a second measure, invoices paid late, and its Q1 figures. */
export function withLatePayments(t: string): string {
  return t
    .replace(
      '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
      '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      late-payments:\n        name: invoices paid late\n        unit: percent\n        better: lower\n        target: { WBC: 5, NDC: 5, EDC: 5 }\n',
    )
    .replace(
      '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
      '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          late-payments: { WBC: 9, NDC: 7, EDC: 6 }\n',
    );
}

/** Westbrook's savings with the Q1 and Q2 achieved totals typed into each other's lines. */
function totalsExchanged(t: string): string {
  return t
    .replace(
      '          WBC: 25000\n          NDC: 22000\n          EDC: 9000\n',
      '          WBC: 61250\n          NDC: 40000\n          EDC: 15000\n',
    )
    .replace(
      '        achieved:\n          WBC: 61250\n          NDC: 40000\n          EDC: 15000\n        notes',
      '        achieved:\n          WBC: 25000\n          NDC: 22000\n          EDC: 9000\n        notes',
    );
}

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
    name: 'a non-breaking space typed before the indentation of an action\'s "- id:" line',
    file: SAV,
    lineText: '\u00a0  - id: income-from-services',
    line: 32,
    message: /line 32 starts with a non-breaking space \(U\+00A0\)/,
    // The action lines up with the one on line 5 once the space is deleted: not also "1 space further in".
    hint: /^delete it: the line lines up without it$/,
    alone: true,
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
    // The invisible character must not count as a column: the line is a key of the action, not a line
    // of the text above it (a fix that kept its width made it one, and the lead vanished silently).
    name: 'a byte-order mark pasted in front of a key after a text of several lines',
    file: GOV,
    lineText: '\ufeff    updates:',
    line: 10,
    message: /line 10 starts with a zero-width no-break space \(U\+FEFF\)/,
    hint: /delete it/,
    alone: true,
  },
  {
    // A quarter's update deleted, taken for a copy of the next one: its status and figures are gone.
    name: 'Kestrel: the Q2 update between Q1 and Q3 deleted',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) => t.replace('      Q2:\n        status: Draft with members\n', ''),
    line: 14,
    message: /^action "standing-orders" has Q1 and Q3 updates but none for Q2, so its Q2 report cannot be made$/,
    hint: /^put its Q2 update back between "Q1:" and "Q3:", from the Q2 report or an earlier copy of the file$/,
    alone: true,
  },
  {
    // The UK tax year's first day typed for the council's: the hint once gave a year of its own (2013).
    name: "the year's start typed as the tax year's, 6 April",
    file: PLAN,
    edit: (t) => t.replace('starts: 2015-04-01', 'starts: 2015-04-06'),
    line: 6,
    message: /^the financial year starts on the first day of a month, but "2015-04-06" is not the 1st \(6 April starts the tax year/,
    hint: /^write starts: 2015-04-01 for a year that starts on 1 April 2015$/,
    alone: true,
  },
  {
    // A browser copies a date shown right-to-left-safe with an invisible left-to-right mark before it.
    name: 'Kestrel: a due quarter pasted with an invisible left-to-right mark before it',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) => t.replace('    due: Q2\n', '    due: \u200eQ2\n'),
    line: 10,
    message: /^"due:" has a left-to-right mark \(U\+200E\) in its value, an invisible character pasted with it/,
    hint: /^delete it: write due: Q2$/,
    alone: true,
  },
  {
    name: 'a target amount pasted with a zero-width space in it',
    file: SAV,
    edit: (t) => t.replace('        WBC: 120000\n', '        WBC: 120\u200b000\n'),
    line: 10,
    message: /^"WBC:" has a zero-width space \(U\+200B\) in its value/,
    hint: /^delete it: write WBC: 120000$/,
    alone: true,
  },
  {
    // A status copied from a CSV export opened as text: the cell's own quotes, each inner one doubled.
    name: 'a status pasted from a CSV file, its inner quote marks doubled',
    file: GOV,
    lineText: '        status: "Draft ""Part 4"" circulated"',
    line: 12,
    message: /^the status is written as a spreadsheet's CSV file writes a cell/,
    hint: /^write status: 'Draft "Part 4" circulated'$/,
    alone: true,
    repaired: (t) => t.replace('        status: Draft circulated\n', '        status: \'Draft "Part 4" circulated\'\n'),
  },
  {
    name: 'a byte-order mark pasted in front of lead: after a text of several lines (Kestrel)',
    plan: 'kestrel',
    file: KGOV,
    lineText: '\ufeff    lead: Head of Legal Services',
    line: 9,
    message: /line 9 starts with a zero-width no-break space \(U\+FEFF\)/,
    hint: /delete it/,
    alone: true,
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
  // A character that looks like "-" where plan reads only "-" (Word's non-breaking hyphen, dashes, the minus sign).
  {
    name: 'non-breaking hyphens from Word in an action id',
    file: GOV,
    lineText: '  - id: contract\u2011procedure\u2011rules',
    line: 5,
    message:
      /^"contract\u2011procedure\u2011rules" has non-breaking hyphens \(U\+2011\) in it, probably pasted from Word or an email: plan reads only the ordinary hyphen "-" here$/,
    hint: /^write id: contract-procedure-rules$/,
    alone: true,
  },
  {
    name: 'an en dash and an em dash in the first day of the financial year',
    file: PLAN,
    lineText: '  starts: 2015\u201304\u201401',
    line: 6,
    message: /^"2015\u201304\u201401" has an en dash \(U\+2013\) and an em dash \(U\+2014\) in it/,
    hint: /^write starts: 2015-04-01$/,
    alone: true,
  },
  {
    name: 'a non-breaking hyphen in a measure id',
    file: GOV,
    // Typed once in Word where the measure is defined; its updates have it right.
    edit: (t) => t.replaceAll('waivers:', 'spend-waivers:').replace('spend-waivers:', 'spend\u2011waivers:'),
    line: 48,
    message: /^"spend\u2011waivers:" has a non-breaking hyphen \(U\+2011\) in it/,
    hint: /^write spend-waivers:$/,
    alone: true,
    repaired: (t) => t.replaceAll('waivers:', 'spend-waivers:'),
  },
  {
    name: 'a minus sign from Word before a measure figure',
    file: GOV,
    lineText: '          waivers: { WBC: \u221212, NDC: 8, EDC: 4 }',
    line: 57,
    message: /^"\{ WBC: \u221212, NDC: 8, EDC: 4 \}" has a minus sign \(U\+2212\) in it.*a figure here cannot be negative$/,
    hint: /^write the figure without the minus sign: waivers: \{ WBC: 12, NDC: 8, EDC: 4 \}$/,
    alone: true,
  },
  {
    name: 'Kestrel: non-breaking hyphens from Word in a due date',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: 2014\u201111\u201130',
    line: 23,
    message: /^"2014\u201111\u201130" has non-breaking hyphens \(U\+2011\) in it, probably pasted from Word/,
    hint: /^write due: 2014-11-30$/,
    alone: true,
  },
  {
    name: 'Kestrel: an en dash in the year of a due quarter',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: 2015\u201316 Q1',
    line: 33,
    message: /^"2015\u201316 Q1" has an en dash \(U\+2013\) in it/,
    // The year of a quarter is written with "/", as the plan writes it: the original line again.
    hint: /^write due: 2015\/16 Q1$/,
    alone: true,
  },
  {
    name: 'Kestrel: a figure dash in an action id',
    plan: 'kestrel',
    file: KGOV,
    lineText: '  - id: supplier\u2012portal',
    line: 20,
    message: /^"supplier\u2012portal" has a figure dash \(U\+2012\) in it/,
    hint: /^write id: supplier-portal$/,
    alone: true,
  },
  {
    name: 'a dash from a spreadsheet or a table where a figure goes',
    file: SAV,
    lineText: '          WBC: \u2013',
    line: 26,
    message: /^"\u2013" is a dash, as a spreadsheet or a table shows nothing: plan needs a figure here$/,
    hint: /^write 0 for nothing, or the figure if there is one$/,
    alone: true,
  },
  {
    name: 'Kestrel: a minus sign alone where a figure goes',
    plan: 'kestrel',
    file: KSAV,
    lineText: '          KBC: \u2212',
    line: 17,
    message: /^"\u2212" is a dash, as a spreadsheet or a table shows nothing/,
    hint: /^write 0 for nothing/,
    alone: true,
  },
  {
    name: 'Kestrel: non-breaking hyphens in a due date written day first',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: 30\u201111\u20112014',
    line: 23,
    message: /^write the due date year first, as YYYY-MM-DD: 2014-11-30 \(not "30\u201111\u20112014"\)$/,
    hint: /^write due: 2014-11-30$/,
    alone: true,
  },
  {
    name: 'a financial year label written with an en dash',
    file: PLAN,
    lineText: '  label: 2015\u201316',
    line: 5,
    message: /^"2015\u201316" is the financial year 2015\/16: a label is written with a slash/,
    hint: /^write label: 2015\/16$/,
    alone: true,
  },
  {
    name: 'Kestrel: a financial year label written in full with a non-breaking hyphen',
    plan: 'kestrel',
    file: PLAN,
    lineText: '  label: 2014\u20112015',
    line: 5,
    message: /^"2014\u20112015" is the financial year 2014\/15/,
    hint: /^write label: 2014\/15$/,
    alone: true,
  },
  {
    name: 'Kestrel: the financial year label written with both years in full, 2014/2015',
    plan: 'kestrel',
    file: PLAN,
    lineText: '  label: 2014/2015',
    line: 5,
    message: /^"2014\/2015" is the financial year 2014\/15: a label is written with a slash/,
    hint: /^write label: 2014\/15$/,
    alone: true,
  },
  // Word's autocorrect of "(c)" into "©" in a lettered list.
  {
    name: 'Word turned "(c)" of a lettered list in a narrative into "©"',
    file: GOV,
    lineText: '          Next: (a) review contracts (b) publish data \u00a9 report to committee.',
    line: 16,
    message: /^"\u00a9" on line 16 is "\(c\)" turned into a copyright sign by Word's autocorrect: the list around it has "\(b\)"$/,
    hint: /^write "\(c\)" in place of "\u00a9"$/,
    severity: 'warning',
    alone: true,
    repaired: (t) => t.replace('Comments due by 10 July.', 'Next: (a) review contracts (b) publish data (c) report to committee.'),
  },
  {
    name: 'Kestrel: Word turned "(c)" of a lettered list of bullets into "©"',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) =>
      t.replace(
        '      - thresholds for quotes and tenders\n',
        '      - (a) thresholds for quotes and tenders\n      - (b) waivers\n      - \u00a9  publication of contracts\n',
      ),
    line: 10,
    message: /^"\u00a9" on line 10 is "\(c\)" turned into a copyright sign/,
    hint: /^write "\(c\)" in place of "\u00a9"$/,
    severity: 'warning',
    alone: true,
    repaired: (t) =>
      t.replace(
        '      - thresholds for quotes and tenders\n',
        '      - (a) thresholds for quotes and tenders\n      - (b) waivers\n      - (c)  publication of contracts\n',
      ),
  },
  {
    name: 'Kestrel: Word turned "(e)" of a lettered list in a one-line action into "\u20ac"',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    action: Open a portal (d) for local suppliers \u20ac for small firms.',
    line: 21,
    message: /^"\u20ac" on line 21 is "\(e\)" turned into a euro sign by Word's autocorrect: the list around it has "\(d\)"$/,
    hint: /^write "\(e\)" in place of "\u20ac"$/,
    severity: 'warning',
    alone: true,
    repaired: (t) =>
      t.replace('    action: Open a portal for local suppliers.', '    action: Open a portal (d) for local suppliers (e) for small firms.'),
  },
  // Outlook's and Word's bullets pasted into text.
  {
    name: "Outlook's bullets pasted into a narrative",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          - WBC 21\n          - NDC 15\n          - EDC 10',
        '          \u00b7         WBC 21\n          o   NDC 15\n          \u00a7   two sessions\n          \u00b7         EDC 10',
      ),
    line: 35,
    message:
      /^lines 35\u201338 start with bullets pasted from Outlook or Word \("\u00b7", "o", "\u00a7" and a wide gap\): the report shows them as text, not as a list$/,
    hint: /^write each as "- " and its text, " {2}- " for the second level, " {4}- " for the third, e\.g\. - WBC 21$/,
    severity: 'warning',
    alone: true,
    repaired: (t) =>
      t.replace(
        '          - WBC 21\n          - NDC 15\n          - EDC 10',
        '          - WBC 21\n            - NDC 15\n              - two sessions\n          - EDC 10',
      ),
  },
  {
    name: 'Kestrel: Outlook bullets pasted into a narrative',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) =>
      t.replace(
        '        narrative: Council meets in February.\n',
        '        narrative: |\n          Before the meeting:\n          \u00b7\tReport drafted\n          o\tLegal comments in\n          \u00b7\tPapers sent\n',
      ),
    line: 20,
    message: /^lines 20\u201322 start with bullets pasted from Outlook or Word \("\u00b7", "o" and a tab\)/,
    hint: /^write each as "- " and its text, " {2}- " for the second level, e\.g\. - Report drafted$/,
    severity: 'warning',
    alone: true,
    repaired: (t) =>
      t.replace(
        '        narrative: Council meets in February.\n',
        '        narrative: |\n          Before the meeting:\n          - Report drafted\n            - Legal comments in\n          - Papers sent\n',
      ),
  },
  {
    name: "Word's arrow bullets, with hollow circles for the second level, pasted into a narrative",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          - WBC 21\n          - NDC 15\n          - EDC 10',
        '          \u27a2   WBC 21\n          \u25cb   NDC 15\n          \u27a2   EDC 10',
      ),
    line: 35,
    message:
      /^lines 35\u201337 start with bullets pasted from Outlook or Word \("\u27a2", "\u25cb" and a wide gap\): the report shows them as text, not as a list$/,
    hint: /^write each as "- " and its text, " {2}- " for the second level, e\.g\. - WBC 21$/,
    severity: 'warning',
    alone: true,
    repaired: (t) => t.replace('          - NDC 15\n', '            - NDC 15\n'),
  },
  {
    name: 'Kestrel: an en dash and a tab for the bullet of an action',
    plan: 'kestrel',
    file: KGOV,
    lineText: '      \u2013\tthresholds for quotes and tenders',
    line: 8,
    message: /^line 8 starts with a bullet pasted from Outlook or Word \("\u2013" and a tab\): the report shows it as text, not as a list$/,
    hint: /^write it as "- " and its text, e\.g\. - thresholds for quotes and tenders$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: a Word bullet followed by a tab in an action',
    plan: 'kestrel',
    file: KGOV,
    lineText: '      \u2022\tthresholds for quotes and tenders',
    line: 8,
    message: /^line 8 starts with a bullet pasted from Outlook or Word \("\u2022" and a tab\): the report shows the tab as a space$/,
    hint: /^write it as "- " and its text, e\.g\. - thresholds for quotes and tenders$/,
    severity: 'warning',
    alone: true,
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
    // The hint once quoted the "|", which would have made the text the one character "|".
    name: 'narrative with no colon before the "|" that starts its text',
    file: GOV,
    lineText: '        narrative |',
    line: 14,
    message: /^"narrative" needs a colon after it$/,
    hint: /^write narrative: \|$/,
    alone: true,
  },
  {
    // The hint once left out the " #2", which YAML reads as a note: followed literally, it lost words.
    name: 'a status with ": " in it and " #2" at its end',
    file: GOV,
    lineText: '        status: Delayed: awaiting WBC data #2',
    line: 12,
    message: /^the text after "status:" has ": " in it/,
    hint: /^put the text in quotes: status: "Delayed: awaiting WBC data #2"$/,
    alone: true,
    repaired: (t) => t.replace('        status: Draft circulated\n', '        status: "Delayed: awaiting WBC data #2"\n'),
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
    // A status is text: in quotes is its one reading, which --fix writes.
    repaired: lineReplaced(19, '        status: "@WBC legal"'),
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
    name: 'a control character pasted into a narrative, with an unknown key further down',
    file: GOV,
    edit: (t) =>
      t
        .replace('Comments due by 10 July.', 'Comments due\u0007 by 10 July.')
        .replace('    action: Train budget', '    colour: blue\n    action: Train budget'),
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
    name: "a quarter's amounts on one line in braces, typed with thousands commas as Excel shows them",
    file: SAV,
    edit: (t) =>
      t.replace(
        '        achieved:\n          WBC: 61250\n          NDC: 40000\n          EDC: 15000',
        '        achieved: { WBC: 61,250, NDC: 40,000, EDC: 15,000 }',
      ),
    line: 25,
    message:
      /^the figures on this line have commas between their thousands, which inside \{ \} split each figure in two: write 61250, 40000, 15000 \(no commas\)$/,
    hint: /^write the line as: achieved: \{ WBC: 61250, NDC: 40000, EDC: 15000 \}$/,
    alone: true,
    repaired: (t) =>
      t.replace(
        '        achieved:\n          WBC: 61250\n          NDC: 40000\n          EDC: 15000',
        '        achieved: { WBC: 61250, NDC: 40000, EDC: 15000 }',
      ),
  },
  {
    name: 'one thousands comma among plain figures in braces, in a plan of other councils',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => t.replace('        achieved:\n          KBC: 50000\n          HDC: 27000', '        achieved: {KBC: 50,000,HDC: 27000}'),
    line: 25,
    message: /^50,000 has a comma between its thousands, which inside \{ \} splits the figure in two: write 50000 \(no comma\)$/,
    hint: /^write the line as: achieved: \{KBC: 50000,HDC: 27000\}$/,
    alone: true,
    repaired: (t) =>
      t.replace('        achieved:\n          KBC: 50000\n          HDC: 27000', '        achieved: {KBC: 50000,HDC: 27000}'),
  },
  {
    name: "the comma left out between two councils' figures in braces",
    file: GOV,
    lineText: '          waivers: { WBC: 12 NDC: 8, EDC: 4 }',
    line: 57,
    message: /^a comma is missing after 12, before NDC$/,
    hint: /^write the line as: waivers: \{ WBC: 12, NDC: 8, EDC: 4 \}$/,
    alone: true,
  },
  {
    name: "the comma left out before the last council of a measure's target",
    file: GOV,
    lineText: '        target: { WBC: 10, NDC: 8  EDC: 5 }',
    line: 52,
    message: /^a comma is missing after 8, before EDC$/,
    hint: /^write the line as: target: \{ WBC: 10, NDC: 8, {2}EDC: 5 \}$/,
    alone: true,
    repaired: (t) => t.replace('        target: { WBC: 10, NDC: 8, EDC: 5 }', '        target: { WBC: 10, NDC: 8,  EDC: 5 }'),
  },
  {
    name: "the total row of the spreadsheet pasted under the councils' amounts",
    file: SAV,
    edit: (t) => t.replace('          EDC: 15000\n', '          EDC: 15000\n          Total: 116250\n'),
    line: 29,
    message: /^"Total" is not a council: the report adds up the councils' figures itself \(116250 is their sum\): delete this line$/,
    hint: /^delete the line "Total: 116250"/,
    alone: true,
  },
  {
    name: "a total row in capitals with a thousands comma under a target's amounts, in a plan of other councils",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => t.replace('        HDC: 45000\n', '        HDC: 45000\n        TOTAL: 135,000\n'),
    line: 14,
    message: /^"TOTAL" is not a council: the report adds up the councils' figures itself \(135,000 is their sum\)/,
    alone: true,
  },
  {
    name: "a grand total that is not the sum of the councils' amounts above it",
    file: SAV,
    edit: (t) => t.replace('          EDC: 9000\n', '          EDC: 9000\n          Grand total: 55000\n'),
    line: 20,
    message: /^"Grand total" is not a council: .* the figures above add up to 56000, not 55000$/,
    hint: /check each council's figure against the spreadsheet, then delete the line "Grand total: 55000"/,
    alone: true,
  },
  {
    name: 'Nil for nothing yet, as committee reports write it',
    file: SAV,
    lineText: '          NDC: Nil',
    line: 46,
    message: /^"Nil" means nothing: write 0$/,
    hint: /replace "Nil" with 0/,
    alone: true,
  },
  {
    name: 'none for nothing yet, in a plan of other councils',
    plan: 'kestrel',
    file: KSAV,
    lineText: '          HDC: none',
    line: 18,
    message: /^"none" means nothing: write 0$/,
    alone: true,
    // The figure was 3000: "none" put in its place is read as nothing, and written as 0.
    repaired: (t) => t.replace('          HDC: 3000\n', '          HDC: 0\n'),
  },
  {
    name: 'a footnote mark copied with a figure from the PDF of a finance report',
    file: SAV,
    lineText: '          NDC: 40000\u00b2',
    line: 27,
    message: /^"40000\u00b2" ends with a footnote mark \(\u00b2\) copied with the figure: write 40000$/,
    hint: /replace "40000\u00b2" with 40000/,
    alone: true,
  },
  {
    name: 'an asterisk copied with a figure written with a thousands comma',
    plan: 'kestrel',
    file: KSAV,
    lineText: '          KBC: 50,000*',
    line: 26,
    message: /^"50,000\*" ends with a footnote mark \(\*\) copied with the figure: write 50000$/,
    alone: true,
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
    name: "a negative figure with Word's minus sign for the hyphen",
    file: SAV,
    lineText: '          NDC: \u22123000',
    line: 51,
    message: /^"\u22123000" is a negative amount: an amount of money cannot be negative$/,
    hint: /e\.g\. 3000, and explain a fall in the narrative/,
    alone: true,
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
    message: /line starts with an en dash \(U\+2013\), probably from Word/,
    hint: /replace "–" with "-"/,
  },
  {
    name: 'Kestrel: a full-width hyphen for the "-" of an action',
    plan: 'kestrel',
    file: KGOV,
    lineText: '  \uff0d id: supplier-portal',
    line: 20,
    message: /^line starts with a full-width hyphen \(U\+FF0D\), probably from Word: a new item starts with "-"$/,
    hint: /^replace "\uff0d" with "-"$/,
    alone: true,
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
    repaired: lineReplaced(19, '        status: "[draft] with legal"'),
  },
  {
    name: 'a status that starts with "[" and has lost its colon',
    file: LOC,
    lineText: '        status [draft] with legal',
    line: 19,
    message: /^"status" needs a colon after it$/,
    // With the colon back, "[" would start a list: the line to write has the text in quotes.
    hint: /^write status: "\[draft\] with legal"$/,
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
  },
  {
    name: 'a whole file pasted again below itself',
    file: GOV,
    edit: (t) => t + t,
    line: WESTBROOK_FILES[GOV]!.split('\n').length,
    message: new RegExp(
      `^the whole section is here twice: lines ${WESTBROOK_FILES[GOV]!.split('\n').length}–\\d+ repeat lines 1–\\d+ word for word$`,
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
    name: 'Outlook bullets under "narrative:" alone on its line, with no "|"',
    file: LOC,
    lineText:
      '        narrative:\n          \u00b7         Added at the July board\n          \u00b7         after the Social Value Act review',
    line: 20,
    message: /^"narrative:" has no "\|" after it, so the "\u00b7 " lines below it \(from line 21\) are joined into one line/,
    hint: /^put "\|" after "narrative:", so that each line below it stays a line of its own$/,
    alone: true,
  },
  {
    name: 'Kestrel: Outlook bullets after "narrative:" on its line, with no "|"',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) =>
      t.replace(
        '        narrative: Council meets in February.\n',
        '        narrative: \u00b7\tCouncil meets in February.\n          \u00b7\tminutes circulated\n',
      ),
    line: 18,
    message: /^"narrative:" has no "\|" after it, so the "\u00b7 " lines below it \(from line 19\) are joined into one line/,
    hint: /^put "\|" after "narrative:" and move the text after it to a line of its own below/,
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
    name: 'the whole section pasted a second time below itself',
    file: SAV,
    edit: (t) => `${t}\n${t}`,
    line: 55,
    message: /^the whole section is here twice: lines 55–107 repeat lines 1–53 word for word$/,
    hint: /^delete lines 55–107$/,
    alone: true,
  },
  {
    name: 'a quarter written in words, "Quarter 2:"',
    file: SAV,
    lineText: '      Quarter 2:',
    line: 20,
    message: /"Quarter 2:" must be written "Q2:": a quarter is written Q1, Q2, Q3 or Q4/,
    hint: /^replace "Quarter 2:" with "Q2:"$/,
    alone: true,
  },
  {
    name: 'a tab after the "-" of an action, as Word writes a list',
    file: SAV,
    lineText: '  -\tid: income-from-services',
    line: 32,
    message: /the space after "-" on line 32 is a tab \(U\+0009\)/,
    hint: /^replace it with an ordinary space$/,
    alone: true,
  },
  {
    name: 'a zero-width space pasted inside a key',
    file: SAV,
    lineText: '        sta\u200btus: On track',
    line: 15,
    message: /"status:" has a zero-width space \(U\+200B\) in it, probably pasted from Word or an email, so plan does not know the key/,
    hint: /^delete it: it is invisible/,
    alone: true,
  },
  {
    name: "two councils' cells of a spreadsheet row pasted on one line",
    file: SAV,
    edit: (t) => t.replace('          WBC: 61250\n          NDC: 40000\n', '          WBC\t61250\tNDC\t40000\n'),
    line: 26,
    message: /^2 councils' figures are on one line, probably pasted from a spreadsheet: each needs a line of its own$/,
    hint: /^write "WBC: 61250", then "NDC: 40000", each on its own line, 10 spaces from the left edge$/,
    alone: true,
  },
  {
    name: 'a measure\'s "unit:" line deleted (a key of a few allowed values)',
    file: GOV,
    edit: (t) => t.replace('        unit: count\n', ''),
    line: 48,
    message: /^"unit" is missing from this "waivers:" part$/,
    hint: /^add a line "unit: …"$/,
    alone: true,
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
    name: 'a council\'s figure outdented by eye, level with "achieved:", between two councils',
    file: SAV,
    lineText: '        NDC: 40000',
    line: 27,
    message: /^"NDC:" is indented less than "WBC:" above it \(8 spaces, not 10\)$/,
    hint: /line it up with "WBC:" on line 26/,
    alone: true,
  },
  {
    name: 'Kestrel: the last council\'s figure of a quarter outdented by eye, level with "achieved:"',
    plan: 'kestrel',
    file: KSAV,
    lineText: '        HDC: 27000',
    line: 27,
    message: /^"HDC:" is indented less than "KBC:" above it \(8 spaces, not 10\)$/,
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
    hint: /^add WBC's annual target under the target's "amounts:", as a line "WBC: " and the amount in pounds; if these figures belong to another council or action, move this line and line 25 there$/,
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
    hint: /^add the line "actions:" above line 4, at the left edge$/,
    alone: true,
  },
  // Found by trying the issue's examples and the mutation property (issue 22).
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
    message: /^"Q1:" is here a second time \(the first is on line 14\), with other words or figures, and there is no "Q3:"$/,
    hint: /^if lines 31–32 are the Q3 update, write "Q3:" in place of "Q1:" on line 31; if they replace lines 14–19, delete lines 14–19$/,
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
    name: 'Kestrel: the "achieved:" line of an update of figures only deleted, its council lines left under "Q1:"',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => t.replace('      Q1:\n        achieved:\n', '      Q1:\n'),
    line: 16,
    message: /"KBC:" on line 16 and the lines after it belong under an "achieved:" line, which is missing above them/,
    hint: /^add the line "achieved:" above line 16, indented by 8 spaces/,
    alone: true,
  },
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
    repaired: lineReplaced(13, '        status: "- draft"'),
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
  // Slips within a line (held-out evaluation of issue 22): money with pence or from a "£000" column,
  // two lines joined into one, a key with words after it, quotes that do not match, a spreadsheet's date.
  {
    name: 'money with European separators and pence: said to have pence, never rounded by --fix',
    file: SAV,
    lineText: '          WBC: 61.250,75',
    line: 26,
    message: /"61\.250,75" has pence written with a decimal comma, £61,250\.75/,
    hint: /with 61251 \(rounded to the nearest pound\) or 61250 \(the pence left off\)/,
    alone: true,
  },
  {
    name: 'money with thousands separators and pence, rounded down to the nearest pound',
    file: SAV,
    lineText: '          WBC: 61,250.40',
    line: 26,
    message: /"61,250\.40" has pence, £61,250\.40/,
    hint: /with 61250 \(rounded to the nearest pound\)$/,
    alone: true,
  },
  {
    name: 'money copied from a "£000" column (61.25 for £61,250): both readings, no --fix',
    file: SAV,
    lineText: '          WBC: 61.25',
    line: 26,
    message: /"61\.25" is not a whole number of pounds: as written it is £61\.25/,
    hint: /thousands of pounds .*write 61250; if it is £61\.25, write 61 /,
    alone: true,
  },
  {
    name: 'money copied from a "£000" column with a zero after the point (40.0 for £40,000): no --fix',
    file: SAV,
    lineText: '          NDC: 40.0',
    line: 27,
    message: /"40\.0" is not a whole number of pounds/,
    hint: /write 40000; if it is £40\.00, write 40 /,
    alone: true,
  },
  {
    name: 'Kestrel: a due date as Excel shows it (31-Mar-15)',
    plan: 'kestrel',
    file: KSAV,
    lineText: '    due: 31-Mar-15',
    line: 8,
    message: /"31-Mar-15" is a date with the month's name.*2015-03-31/,
    hint: /^write due: 2015-03-31$/,
    alone: true,
  },
  {
    name: 'Kestrel: a due date with the month first in words (Nov 30, 2014)',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: Nov 30, 2014',
    line: 23,
    message: /"Nov 30, 2014" is a date with the month's name.*2014-11-30/,
    hint: /^write due: 2014-11-30$/,
    alone: true,
  },
  {
    name: 'a straight opening quote and a curly closing one from Word around the section',
    file: GOV,
    lineText: 'section: "1\u201d',
    line: 2,
    message: /the closing quote \u201d is a curly quote, probably from Word, and the opening one is straight/,
    hint: /^write section: "1"$/,
    alone: true,
  },
  {
    name: 'mixed quotes around a status: a curly opening quote and a straight closing one',
    file: GOV,
    lineText: '        status: \u201cDraft circulated"',
    line: 12,
    message: /the opening quote \u201c is a curly quote/,
    hint: /^write status: "Draft circulated"$/,
    alone: true,
  },
  {
    name: 'a quarter key with its months after it (Q2 (Jul–Sep):)',
    file: SAV,
    lineText: '      Q2 (Jul\u2013Sep):',
    line: 20,
    message: /"Q2 \(Jul\u2013Sep\):" has words after the key "Q2"/,
    hint: /^write Q2: \(without "\(Jul\u2013Sep\)"\)$/,
    alone: true,
  },
  {
    name: 'a quarter key written as its months, "July to September:", as a tracker heads its columns',
    file: SAV,
    lineText: '      July to September:',
    line: 20,
    message: /^"July to September" is not a quarter key: July to September is Q2 of the plan's financial year$/,
    hint: /^write Q2:$/,
    alone: true,
  },
  {
    name: 'Kestrel: a quarter key written as its months with an en dash and the year, "Oct\u2013Dec 2014:"',
    plan: 'kestrel',
    file: KGOV,
    lineText: '      Oct\u2013Dec 2014:',
    line: 16,
    message: /^"Oct\u2013Dec 2014" is not a quarter key: October to December is Q3 of the plan's financial year$/,
    hint: /^write Q3:$/,
    alone: true,
  },
  {
    name: 'a quarter key with a word after it (Q1 update:)',
    file: SAV,
    lineText: '      Q1 update:',
    line: 14,
    message: /"Q1 update:" has words after the key "Q1"/,
    alone: true,
  },
  {
    name: 'the rag line joined onto the status line, with the spaces of its indentation between',
    file: GOV,
    edit: (text) => text.replace('status: Draft circulated\n        rag: green', 'status: Draft circulated        rag: green'),
    line: 12,
    message: /"rag: green" is on the line of "status:", as if the next line had been joined onto it/,
    hint: /^put "rag: green" on a line of its own below "status: Draft circulated", 8 spaces from the left edge, lined up with "status:"$/,
    alone: true,
  },
  {
    name: 'the rag line joined onto the status line with a tab between',
    file: GOV,
    edit: (text) => text.replace('status: Adopted by WBC and NDC\n        rag: amber', 'status: Adopted by WBC and NDC\trag: amber'),
    line: 18,
    message: /"rag: amber" is on the line of "status:"/,
    alone: true,
  },
  {
    name: 'the figures pasted on the line of "achieved:" as a Teams chat gave them (heldout16)',
    file: SAV,
    edit: (text) =>
      text.replace('        achieved:\n          WBC: 12000\n          NDC: 3000\n', '        achieved: WBC 12,000 / NDC 3,000\n'),
    line: 49,
    message:
      /^the figures are written on the line of "achieved:" as a chat or an e-mail gives them \("WBC 12,000 \/ NDC 3,000"\), so they are read as one text and the achieved figures are missing$/,
    hint: /^write each council's figure on a line of its own below "achieved:", 10 spaces from the left edge: WBC: 12000, NDC: 3000$/,
    alone: true,
  },
  {
    name: "a measure's council lines pasted in at the column of its id, not under it (heldout16)",
    file: GOV,
    edit: (text) =>
      text.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        '          waivers:\n          WBC: 11\n          NDC: 9\n          EDC: 4\n',
      ),
    line: 62,
    message:
      /^the council lines below "waivers:" \(lines 62\u201364\) stand level with it, so they are read as its neighbours and "waivers" has no figures$/,
    hint: /^indent lines 62\u201364 by two more spaces, 12 spaces from the left edge, under "waivers:"$/,
    alone: true,
    repaired: (text) =>
      text.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        '          waivers:\n            WBC: 11\n            NDC: 9\n            EDC: 4\n',
      ),
  },
  {
    name: "a target's profile moved up beside the action's lead, out of its target (heldout16)",
    file: SAV,
    edit: (text) =>
      text.replace(
        '    action: Deliver cashable savings through joint contracts.\n    target:\n      measure: cashable savings\n',
        '    action: Deliver cashable savings through joint contracts.\n    profile: [10, 20, 30, 40]\n    target:\n      measure: cashable savings\n',
      ),
    line: 7,
    message: /^"profile:" belongs under "target:" \(line 8\), not beside it: as written, the target does not have it$/,
    hint: /^move the line under "target:", 6 spaces from the left edge: profile: \[10, 20, 30, 40\]$/,
    alone: true,
    repaired: (text) =>
      text.replace('      measure: cashable savings\n', '      measure: cashable savings\n      profile: [10, 20, 30, 40]\n'),
  },
  {
    name: 'a council line joined onto "achieved:" with the other councils below it',
    file: SAV,
    edit: (text) => text.replace('        achieved:\n          WBC: 25000', '        achieved: WBC: 25000'),
    line: 16,
    message: /"WBC: 25000" is on the line of "achieved:", but it belongs on a line of its own below it/,
    hint: /^move "WBC: 25000" to a line of its own below "achieved:", 10 spaces from the left edge$/,
    alone: true,
  },
  {
    name: 'a council line joined onto "amounts:" of a target',
    file: SAV,
    edit: (text) => text.replace('      amounts:\n        WBC: 120000', '      amounts: WBC: 120000'),
    line: 9,
    message: /"WBC: 120000" is on the line of "amounts:"/,
    hint: /8 spaces from the left edge$/,
    alone: true,
  },
  {
    name: 'a council written by its name where its code goes (Northdale for NDC)',
    file: SAV,
    lineText: '          Northdale: 40000',
    line: 27,
    message: /"Northdale" is a council's name, not its code: plan.yaml gives Northdale District Council the code NDC/,
    hint: /^write NDC: 40000$/,
    alone: true,
  },
  {
    name: 'Kestrel: a council written by its full name in a target',
    plan: 'kestrel',
    file: KSAV,
    lineText: '        Harrier District Council: 45000',
    line: 13,
    message: /"Harrier District Council" is a council's name, not its code: plan.yaml gives Harrier District Council the code HDC/,
    hint: /^write HDC: 45000$/,
    alone: true,
  },
  {
    name: 'a council code in small letters (Edc)',
    file: SAV,
    lineText: '          Edc: 9000',
    line: 19,
    message: /"Edc" is the council code EDC, which is written in capitals/,
    hint: /^write EDC: 9000$/,
    alone: true,
  },
  {
    name: "a council by a name that is none of the plan's: the list, never a note that drops the figure",
    file: SAV,
    lineText: '          Southdale: 9000',
    line: 19,
    message: /"Southdale" is not one of the councils in plan.yaml: WBC \(Westbrook Borough Council\), NDC/,
    hint: /^write the code of the council this line is for, e\.g\. EDC: 9000/,
    alone: true,
  },
  // Excel's error values copied with the figures: the "#" would start a note and empty the figure.
  {
    name: "an Excel error (#N/A) pasted as a council's amount achieved",
    file: SAV,
    lineText: '          WBC: #N/A',
    line: 26,
    message: /#N\/A is an error Excel showed in the cell \(a look-up found nothing\), not a figure/,
    hint: /type its figure here in place of #N\/A, as a whole number of pounds.*\(or 0 if truly nothing yet\)$/,
    alone: true,
  },
  {
    name: "an Excel error (#REF!) pasted as a council's target amount",
    file: SAV,
    lineText: '        WBC: #REF!',
    line: 10,
    message: /#REF! is an error Excel showed in the cell \(its formula points at a cell that was deleted\)/,
    hint: /^correct the cell in the spreadsheet, then type its figure here in place of #REF!, as a whole number of pounds/,
    alone: true,
  },
  {
    name: "an Excel error (#DIV/0!) in a measure's values written in brackets",
    file: GOV,
    lineText: '          waivers: { WBC: #DIV/0!, NDC: 9, EDC: 4 }',
    line: 61,
    message: /#DIV\/0! is an error Excel showed in the cell \(its formula divided by zero or by an empty cell\), not a figure/,
    hint: /in place of #DIV\/0!, as a plain number/,
    alone: true,
  },
  {
    name: "an Excel error (#NAME?) in a measure's target, one of its lines",
    file: GOV,
    edit: (t) =>
      t.replace(
        '        target: { WBC: 10, NDC: 8, EDC: 5 }',
        '        target:\n          WBC: 10\n          NDC: #NAME?\n          EDC: 5',
      ),
    line: 54,
    message: /#NAME\? is an error Excel showed in the cell/,
    hint: /in place of #NAME\?, as a plain number/,
    alone: true,
  },
  {
    name: "Kestrel: an Excel error (#VALUE!) pasted as a council's amount achieved",
    plan: 'kestrel',
    file: KSAV,
    lineText: '          KBC: #VALUE!',
    line: 21,
    message: /#VALUE! is an error Excel showed in the cell \(its formula met words where it needed a number\)/,
    hint: /as a whole number of pounds/,
    alone: true,
  },
  {
    name: "Kestrel: an Excel error (#NUM!) as one quarter's share of a target's profile",
    plan: 'kestrel',
    file: KSAV,
    lineText: '      profile: [12.5, #NUM!, 37.5, 37.5]',
    line: 36,
    message: /#NUM! is an error Excel showed in the cell/,
    hint: /in place of #NUM!, as the percent of the annual target expected that quarter/,
    alone: true,
  },
  {
    name: 'Kestrel: an Excel error (#n/a, in small letters) in the savings profile of plan.yaml',
    plan: 'kestrel',
    file: PLAN,
    lineText: 'savingsProfile: [10, 20, #n/a, 40]',
    line: 11,
    message: /#n\/a is an error Excel showed in the cell \(a look-up found nothing\)/,
    alone: true,
  },
  {
    name: 'Kestrel: an Excel error as an item of a savings profile written one share a line',
    plan: 'kestrel',
    file: PLAN,
    edit: (t) => t.replace('savingsProfile: [10, 20, 30, 40]', 'savingsProfile:\n  - 10\n  - 20\n  - #DIV/0!\n  - 40'),
    line: 14,
    message: /#DIV\/0! is an error Excel showed in the cell/,
    hint: /as the percent of the annual target expected that quarter/,
    alone: true,
  },
  // A profile's figures pasted from a spreadsheet row.
  {
    name: 'Kestrel: the savings profile pasted from an Excel row, tabs between the figures',
    plan: 'kestrel',
    file: PLAN,
    lineText: 'savingsProfile: 10\t20\t30\t40',
    line: 11,
    message: /the figures of "savingsProfile" are pasted as a spreadsheet row, with tabs between them/,
    hint: /^write savingsProfile: \[10, 20, 30, 40\]$/,
    alone: true,
  },
  {
    name: "Kestrel: a target's profile typed as a row, spaces between the figures",
    plan: 'kestrel',
    file: KSAV,
    lineText: '      profile: 12.5 12.5 37.5 37.5',
    line: 36,
    message: /the figures of "profile" are pasted as a spreadsheet row, with spaces between them/,
    hint: /^write profile: \[12\.5, 12\.5, 37\.5, 37\.5\]$/,
    alone: true,
  },
  {
    name: 'Kestrel: a savings profile in brackets with tabs but no commas',
    plan: 'kestrel',
    file: PLAN,
    lineText: 'savingsProfile: [10\t20\t30\t40]',
    line: 11,
    message: /the figures of "savingsProfile" have tabs between them but no commas/,
    hint: /^write savingsProfile: \[10, 20, 30, 40\]$/,
    alone: true,
  },
  {
    name: 'a savings profile added to plan.yaml as an Excel row',
    file: PLAN,
    edit: (t) => `${t.trimEnd()}\nsavingsProfile: 25\t25\t25\t25\n`,
    line: 11,
    message: /the figures of "savingsProfile" are pasted as a spreadsheet row, with tabs between them/,
    hint: /^write savingsProfile: \[25, 25, 25, 25\]$/,
    alone: true,
  },
  {
    name: "a target's profile written with commas but no brackets",
    file: SAV,
    edit: (t) => t.replace('        EDC: 60000\n', '        EDC: 60000\n      profile: 10, 20, 30, 40\n'),
    line: 13,
    message: /the figures of "profile" have no square brackets around them/,
    hint: /^write profile: \[10, 20, 30, 40\]$/,
    alone: true,
  },
  // Fraction characters from Word's autocorrect ("27 1/2" becomes "27½").
  {
    name: "a fraction character from Word in a count measure's value (a count is whole: rounding is a choice)",
    file: GOV,
    lineText: '          waivers: { WBC: 11½, NDC: 9, EDC: 4 }',
    line: 61,
    message: /11½ is written with a fraction character \(½\) from Word: a count is a whole number, so the fraction must be rounded/,
    hint: /^replace 11½ with 12 \(rounded up\) or 11 \(rounded down\)$/,
    alone: true,
  },
  {
    name: "a fraction character after a space in a council's amount achieved",
    file: SAV,
    lineText: '          WBC: 61250 ½',
    line: 26,
    message: /61250 ½ is written with a fraction character \(½\) from Word: amounts are whole pounds, so the fraction must be rounded/,
    hint: /^replace 61250 ½ with 61251 \(rounded up\) or 61250 \(rounded down\)$/,
    alone: true,
  },
  {
    name: 'a fraction character (¾) in a target amount',
    file: SAV,
    lineText: '        WBC: 119999¾',
    line: 10,
    message: /119999¾ is written with a fraction character \(¾\) from Word: amounts are whole pounds/,
    hint: /^replace 119999¾ with 120000 \(rounded up\) or 119999 \(rounded down\)$/,
    alone: true,
  },
  {
    name: 'a fraction character alone as an amount (½): both roundings, and no other message',
    file: SAV,
    lineText: '          WBC: ½',
    line: 26,
    message: /^½ is written with a fraction character \(½\) from Word: amounts are whole pounds/,
    hint: /^replace ½ with 1 \(rounded up\) or 0 \(rounded down\)$/,
    alone: true,
  },
  {
    name: "Kestrel: fraction characters in a target's profile (decimals have one right form)",
    plan: 'kestrel',
    file: KSAV,
    lineText: '      profile: [12½, 12½, 37½, 37½]',
    line: 36,
    message: /12½ is written with a fraction character \(½\) from Word, which is not read as a number: write it as a decimal/,
    hint: /^replace 12½ with 12\.5 and 37½ with 37\.5$/,
    alone: true,
  },
  {
    name: "Kestrel: a fraction character (¼) in a council's amount achieved",
    plan: 'kestrel',
    file: KSAV,
    lineText: '          HDC: 7715¼',
    line: 44,
    message: /7715¼ is written with a fraction character \(¼\) from Word: amounts are whole pounds/,
    hint: /^replace 7715¼ with 7716 \(rounded up\) or 7715 \(rounded down\)$/,
    alone: true,
  },
  {
    name: 'Kestrel: thirds (⅓, ⅔) in the savings profile, which no decimal writes exactly',
    plan: 'kestrel',
    file: PLAN,
    lineText: 'savingsProfile: [10, 23⅓, 26⅔, 40]',
    line: 11,
    message: /23⅓ is written with a fraction character \(⅓\) from Word/,
    hint: /^replace 23⅓ with 23\.33 \(to two decimal places\) and 26⅔ with 26\.67 \(to two decimal places\)$/,
    alone: true,
  },
  // A percentage written as a fraction of one, as a spreadsheet holds it: 0.3 for 30%.
  {
    name: "a percent measure's target written as a fraction (0.1 for 10%) beside figures of 1 or more",
    file: GOV,
    edit: (t) => t.replace('unit: count', 'unit: percent').replace('target: { WBC: 10, NDC: 8', 'target: { WBC: 0.1, NDC: 8'),
    line: 52,
    message: /the target of "waivers" for WBC: 0\.1 reads as 0\.1%, not 10%: a percentage is written from 0 to 100/,
    hint: /^for 10% write 10$/,
    alone: true,
  },
  {
    name: "a percent measure's value written as a fraction (0.09 for 9%)",
    file: GOV,
    edit: (t) => t.replace('unit: count', 'unit: percent').replace('waivers: { WBC: 11, NDC: 9', 'waivers: { WBC: 11, NDC: 0.09'),
    line: 61,
    message: /the Q2 value of "waivers" for NDC: 0\.09 reads as 0\.09%, not 9%/,
    hint: /^for 9% write 9$/,
    alone: true,
  },
  {
    name: 'a percent figure under 1 far from the others, which may be a real half per cent: a warning',
    file: GOV,
    edit: (t) =>
      t.replace('unit: count', 'unit: percent').replace('target: { WBC: 10, NDC: 8, EDC: 5 }', 'target: { WBC: 10, NDC: 8, EDC: 0.5 }'),
    line: 52,
    message: /the target of "waivers" for EDC: 0\.5 reads as 0\.5%, not 50%/,
    hint: /^for 50% write 50; if it is truly 0\.5%, leave it as it is$/,
    severity: 'warning',
    alone: true,
  },
  // Copy and paste between actions, and measure ids renamed in one place only.
  {
    name: "a measure's id renamed where it is defined, the updates left giving the old one",
    file: GOV,
    lineText: '      waivers-approved:',
    line: 48,
    message: /^the updates call this measure "waivers" \(lines 57 and 61\), not "waivers-approved"/,
    hint: /^rename it back to "waivers" here, or rename it to "waivers-approved" in the updates at lines 57 and 61$/,
    alone: true,
  },
  {
    name: "a measure's id renamed in one update, the other updates and the definition left as they were",
    file: GOV,
    lineText: '          waivers-approved: { WBC: 12, NDC: 8, EDC: 4 }',
    line: 57,
    message: /^"waivers-approved" is not a measure of this action: its measures are waivers$/,
    hint: /^write "waivers" here, as the other updates do \(line 61\)$/,
    alone: true,
  },
  {
    name: "an action's measure figures written under another action's update, which has no measures",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '        status: On track\n',
          '        status: On track\n        measures:\n          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        )
        .replace(
          '        status: Fewer waivers at WBC\n        measures:\n          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '        status: Fewer waivers at WBC\n',
        ),
    line: 34,
    message:
      /^"waivers" is a measure of action "contract-waivers" \(defined at plans\/1-governance\.yaml:50\), not of this action: its figures were probably pasted under the wrong action$/,
    hint: /^move lines 33–34 to the Q2 update of action "contract-waivers" \(or delete them\)$/,
    alone: true,
  },
  {
    name: "an action's measure figures pasted into another action's update as well as its own",
    file: GOV,
    edit: (t) =>
      t.replace('        rag: amber\n', '        rag: amber\n        measures:\n          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n'),
    line: 21,
    message: /^"waivers" is a measure of action "contract-waivers" \(defined at plans\/1-governance\.yaml:50\), not of this action/,
    hint: /^action "contract-waivers" has its own Q2 figures at plans\/1-governance\.yaml:63: check them against these, then delete lines 20–21 here$/,
    alone: true,
  },
  {
    // Its own figures under the other action's id (the line copied for its layout): the id is wrong,
    // and the hint must not delete them or send them to the other action.
    name: "an action's own figures written under another action's measure id, its own id missing there",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '    action: Train budget holders in the new rules (target 120 officers across the councils).\n    updates:\n      Q1:\n        status: Not started\n',
          '    action: Train budget holders in the new rules (target 120 officers across the councils).\n    measures:\n      trained:\n        name: officers trained\n        unit: count\n        better: higher\n        target: { WBC: 50, NDC: 40, EDC: 30 }\n    updates:\n      Q1:\n        status: Not started\n        measures:\n          trained: { WBC: 0, NDC: 0, EDC: 0 }\n',
        )
        .replace(
          '        status: On track\n',
          '        status: On track\n        measures:\n          waivers: { WBC: 21, NDC: 15, EDC: 10 }\n',
        ),
    line: 42,
    message: /^"waivers" is not a measure of this action: its measures are trained/,
    hint: /^write "trained" here, as the other updates do \(line 38\)$/,
    alone: true,
  },
  {
    name: "a target's amounts copied from the action above",
    file: SAV,
    edit: (t) => t.replace('        WBC: 30000\n        NDC: 30000\n', '        WBC: 120000\n        NDC: 80000\n'),
    line: 37,
    message:
      /^this target has the same amounts, council for council, as action "cashable-savings"'s target \(plans\/2-savings\.yaml:10\): check they were not copied from there$/,
    hint: /^write this action's own target amounts here/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: an action added by copying the one above, its target amounts left as they were',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      `${t}\n  - id: supplier-rebates\n    action: Collect rebates from framework suppliers.\n    lead: Head of Procurement\n    target:\n      measure: supplier rebates\n      amounts:\n        KBC: 90000\n        HDC: 45000\n    updates:\n      Q3:\n        achieved:\n          KBC: 5000\n          HDC: 2500\n`,
    line: 52,
    message: /^this target has the same amounts, council for council, as action "contract-savings"'s target \(plans\/1-savings\.yaml:12\)/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a target's whole amounts copied from the action above, a council it does not have with them",
    file: SAV,
    edit: (t) => t.replace('        WBC: 30000\n        NDC: 30000\n', '        WBC: 120000\n        NDC: 80000\n        EDC: 60000\n'),
    line: 37,
    message:
      /^this target has the same amounts, council for council, as action "cashable-savings"'s target \(plans\/2-savings\.yaml:10\): check they were not copied from there; no update gives a figure for EDC$/,
    hint: /^write this action's own target amounts here, and delete the line of EDC if it has no part in this action$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "Kestrel: a target's amounts pasted over from the action above, a council it does not have with them",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => t.replace('        HDC: 12345\n', '        KBC: 90000\n        HDC: 45000\n'),
    line: 35,
    message:
      /^this target has the same amounts, council for council, as action "contract-savings"'s target \(plans\/1-savings\.yaml:12\): check they were not copied from there; no update gives a figure for KBC$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: the target amounts of the action below pasted over those of the action above',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      `${t.replace('        KBC: 90000\n        HDC: 45000\n', '        KBC: 20000\n        HDC: 10000\n')}\n  - id: supplier-rebates\n    action: Collect rebates from framework suppliers.\n    lead: Head of Procurement\n    target:\n      measure: supplier rebates\n      amounts:\n        KBC: 20000\n        HDC: 10000\n    updates:\n      Q3:\n        achieved:\n          KBC: 14250\n          HDC: 6120\n`,
    line: 12,
    message:
      /^this target has the same amounts, council for council, as action "supplier-rebates"'s target \(plans\/1-savings\.yaml:52\): check they were not copied from there$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a quarter's achieved figures copied from the action above",
    file: SAV,
    edit: (t) => t.replace('          WBC: 12000\n          NDC: 3000\n', '          WBC: 61250\n          NDC: 40000\n'),
    line: 49,
    message:
      /^these Q2 "achieved" figures are the same, council for council, as action "cashable-savings"'s Q2 "achieved" \(plans\/2-savings\.yaml:25\): check they were not copied from there$/,
    hint: /^write this action's own Q2 figures here/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "the achieved figures of the action below pasted over two councils' figures of the action above",
    file: SAV,
    edit: (t) => t.replace('          WBC: 61250\n          NDC: 40000\n', '          WBC: 12000\n          NDC: 3000\n'),
    line: 25,
    message:
      /^these Q2 "achieved" figures are the same, council for council, as action "income-from-services"'s Q2 "achieved" \(plans\/2-savings\.yaml:49\): check they were not copied from there$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: the achieved figures of the action below pasted over those of the action above',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      `${t.replace('          KBC: 50000\n          HDC: 27000\n', '          KBC: 14250\n          HDC: 6120\n')}\n  - id: supplier-rebates\n    action: Collect rebates from framework suppliers.\n    lead: Head of Procurement\n    target:\n      measure: supplier rebates\n      amounts:\n        KBC: 20000\n        HDC: 10000\n    updates:\n      Q3:\n        achieved:\n          KBC: 14250\n          HDC: 6120\n`,
    line: 25,
    message:
      /^these Q3 "achieved" figures are the same, council for council, as action "supplier-rebates"'s Q3 "achieved" \(plans\/1-savings\.yaml:56\)/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "Kestrel: a new action's achieved figures copied from the action above",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      `${t}\n  - id: supplier-rebates\n    action: Collect rebates from framework suppliers.\n    lead: Head of Procurement\n    target:\n      measure: supplier rebates\n      amounts:\n        KBC: 60000\n        HDC: 30000\n    updates:\n      Q3:\n        achieved:\n          KBC: 50000\n          HDC: 27000\n`,
    line: 56,
    message:
      /^these Q3 "achieved" figures are the same, council for council, as action "contract-savings"'s Q3 "achieved" \(plans\/1-savings\.yaml:25\)/,
    severity: 'warning',
    alone: true,
  },
  // Figures copied or carried inside one action and not overtyped (heldout7): a quarter's achieved
  // figures pasted over the target, the achieved lines copied for the pending ones, a measure line
  // left as the quarter before's while the other moved.
  {
    name: "the Q2 achieved figures pasted over the target's amounts",
    file: SAV,
    edit: (t) =>
      t.replace(
        '        WBC: 120000\n        NDC: 80000\n        EDC: 60000\n',
        '        WBC: 61250\n        NDC: 40000\n        EDC: 15000\n',
      ),
    line: 10,
    message:
      /^the target amounts are the same, council for council, as the Q2 achieved amounts \(lines 26–28\): were the Q2 figures pasted over the year's targets\?$/,
    hint: /^write the year's target amounts back on lines 10–12; the Q2 achieved figures stay as they are$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "Kestrel: the Q3 achieved figures, round thousands, pasted over the target's amounts",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => t.replace('        KBC: 90000\n        HDC: 45000\n', '        KBC: 50000\n        HDC: 27000\n'),
    line: 12,
    message: /^the target amounts are the same, council for council, as the Q3 achieved amounts \(lines 26–27\)/,
    hint: /^write the year's target amounts back on lines 12–13/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'the achieved lines copied to make the pending lines and not overtyped',
    file: SAV,
    edit: (t) => t.replace('        pending:\n          NDC: 8000\n', '        pending:\n          WBC: 12000\n          NDC: 3000\n'),
    line: 53,
    message:
      /^the Q2 "quoted" amounts are the same, council for council, as the Q2 "invoiced" amounts above them \(lines 50–51\): were those lines copied here and not overtyped\?$/,
    hint: /^write the Q2 amounts still quoted on lines 53–54; the "invoiced" figures stay as they are$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "Kestrel: a quarter's pending lines pasted from its achieved lines",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t.replace(
        '          KBC: 50000\n          HDC: 27000\n',
        '          KBC: 50000\n          HDC: 27000\n        pending:\n          KBC: 50000\n          HDC: 27000\n',
      ),
    line: 29,
    message: /^the Q3 "pending" amounts are the same, council for council, as the Q3 "achieved" amounts above them \(lines 26–27\)/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a measure line copied from the quarter before and not overtyped, the other measure's line changed",
    file: GOV,
    edit: (t) =>
      withLatePayments(t).replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          late-payments: { WBC: 8, NDC: 6, EDC: 5 }\n',
      ),
    line: 67,
    message:
      /^the Q2 values of "waivers" are the same, council for council, as its Q1 values \(line 62\), while the other measure changed: were they copied and not updated\?$/,
    hint: /^write the Q2 figures of "waivers" on line 67; if truly none of them changed since Q1, leave them$/,
    severity: 'warning',
    alone: true,
  },
  // A council's figure the narrative of its quarter contradicts (heldout7): the quarter's own amount
  // written for the year's total, or the quarter before's total left as it was.
  {
    name: "the quarter's own saving, which the narrative gives, written for the year's total",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          WBC's saving in the quarter alone was £36,250.\n",
        )
        .replace('          WBC: 61250\n', '          WBC: 36250\n'),
    line: 27,
    message:
      /^WBC's Q2 achieved amount, £36,250, is what the narrative \(line 25\) gives as its amount in the quarter alone, not the total so far this year$/,
    hint: /^write the total so far this year, 61250 \(£25,000 at Q1 \+ £36,250\)$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "Kestrel: the quarter's own saving, which a one-line narrative gives, written for the year's total",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '        narrative: Fleet and stationery contracts let.',
          '        narrative: Fleet and stationery contracts let, HDC saving £15,000 during the quarter.',
        )
        .replace('          HDC: 27000\n', '          HDC: 15000\n'),
    line: 27,
    message: /^HDC's Q3 achieved amount, £15,000, is what the narrative \(line 24\) gives as its amount in the quarter alone/,
    hint: /^write the total so far this year, 27000 \(£12,000 at Q2 \+ £15,000\)$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a council's total left as the quarter before's though the narrative gives its saving in the quarter",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC saved £18,000 this quarter.\n",
        )
        .replace('          NDC: 40000\n', '          NDC: 22000\n'),
    line: 28,
    message:
      /^NDC's Q2 achieved amount is still £22,000, its Q1 figure, while the narrative \(line 25\) gives £18,000 in the quarter alone$/,
    hint: /^write the total so far this year, 40000 \(£22,000 at Q1 \+ £18,000\); if nothing more was achieved, correct the narrative instead$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "Kestrel: a council's figure carried from the quarter before and not overtyped, the narrative giving the quarter's saving",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '        narrative: Fleet and stationery contracts let.',
          '        narrative: Fleet and stationery contracts let; HDC saved £15k in the quarter.',
        )
        .replace('          HDC: 27000\n', '          HDC: 12000\n'),
    line: 27,
    message:
      /^HDC's Q3 achieved amount is still £12,000, its Q2 figure, while the narrative \(line 24\) gives £15,000 in the quarter alone$/,
    hint: /^write the total so far this year, 27000 /,
    severity: 'warning',
    alone: true,
  },
  // Text copied from a Word document with its tracked changes shown in balloons (heldout18).
  {
    name: "Word's tracked-change balloons copied with a narrative",
    file: SAV,
    edit: (t) =>
      t.replace(
        '          Joint stationery contract let in August (3 years, 18% below previous prices).\n',
        '          Joint stationery contract let in August (3 years, 18% below previous prices).\n          Deleted: 12 July\n          Formatted: Font: Bold\n',
      ),
    line: 24,
    message:
      /^lines 24 and 25 \("Deleted: 12 July" …\) are what Word shows in the balloons beside tracked changes, copied with the document: the report would print them$/,
    hint: /^delete lines 24 and 25; the text around them already has the changes made$/,
    severity: 'warning',
    alone: true,
  },
  // The same evidence against two more slips (heldout18): the year's total taken for the sum of the
  // quarters' totals, and a total that rose by a contract's value the narrative gives beside the saving.
  {
    name: "Kestrel: the quarters' totals so far added up for the year's total",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '        narrative: Fleet and stationery contracts let.',
          '        narrative: Fleet and stationery contracts let. HDC saved £15,000 this quarter.',
        )
        .replace('          HDC: 27000\n', '          HDC: 42000\n'),
    line: 27,
    message:
      /^HDC's Q3 achieved amount, £42,000, is its Q1 and Q2 totals added to the Q3 figure, but each quarter's figure is already the total so far this year$/,
    hint: /^write the total so far this year, 27000 \(£12,000 at Q2 \+ £15,000, the narrative's amount for the quarter alone on line 24\)$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "one council's figure typed from its line in the next action, the narrative giving its own",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          Saved so far: WBC £61,250, NDC £40,000 and EDC £15,000.\n",
        )
        .replace('          NDC: 40000\n', '          NDC: 3000\n'),
    line: 28,
    message:
      /^NDC's Q2 achieved figure, £3,000, is NDC's Q2 figure in action "income-from-services" \(line 52\), while this action's narrative \(line 25\) gives £40,000: typed from the other action's line\?$/,
    hint: /^write NDC: 40000 on line 28, as this action's own narrative gives it; leave the line of "income-from-services" as it is$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "next year's saving added to this year's total, the narrative saying it counts next year",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC reached £40,000 by 30 September. A further £5,000 from the cleaning contract starts in April 2016 and will count in 2016/17.\n",
        )
        .replace('          NDC: 40000\n', '          NDC: 45000\n'),
    line: 28,
    message:
      /^NDC's Q2 achieved figure, £45,000, is the £40,000 the Q2 narrative \(line 25\) gives plus the £5,000 it says counts in 2016\/17 \("£5,000 … will count in 2016\/17"\)$/,
    hint: /^write NDC: 40000 on line 28$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a council's figure not the total its narrative gives with the quarter's rise",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC up £18,000 this quarter to £40,000.\n",
        )
        .replace('          NDC: 40000\n', '          NDC: 45000\n'),
    line: 28,
    message:
      /^NDC's Q2 achieved figure, £45,000, is not the total the Q2 narrative gives \("£18,000 this quarter to £40,000", line 25\), which its Q1 figure, £22,000, makes with the change the narrative gives$/,
    hint: /^write NDC: 40000; if £45,000 is right, correct the narrative$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "Kestrel: a council's figure left as the quarter before's though the narrative says it fell",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '        narrative: Fleet and stationery contracts let.',
          "        narrative: HDC's total fell by £500 to £11,500 when a rebate was reversed.",
        )
        .replace('          HDC: 27000\n', '          HDC: 12000\n'),
    line: 27,
    message: /^HDC's Q3 achieved figure, £12,000, is not the total the Q3 narrative gives \("£500 to £11,500", line 24\)/,
    hint: /^write HDC: 11500; if £12,000 is right, correct the narrative$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a target typed as the agreement's worth over three years, the text giving each council's yearly income",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          '    action: Earn income by selling procurement support to parish and town councils.\n',
          '    action: Earn income by selling procurement support to parish and town councils, £30,000 a year for WBC and £30,000 a year for NDC. Over three years the agreement is worth £90,000 to WBC and £90,000 to NDC.\n',
        )
        .replace('        WBC: 30000\n        NDC: 30000\n', '        WBC: 90000\n        NDC: 30000\n'),
    line: 37,
    message: /^WBC's target figure, £90,000, is a value, not a saving, that the action's text \(line 33\) gives/,
    hint: /^write WBC: 30000 on line 37$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a contract's yearly value added to the total where the narrative gives the saving",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC: the cleaning re-tender, a contract worth £48,000 a year, saves £18,000 this year.\n",
        )
        .replace('          NDC: 40000\n', '          NDC: 70000\n'),
    line: 28,
    message:
      /^NDC's Q2 achieved figure, £70,000, is its figure of the quarter before, £22,000, plus £48,000, which the narrative \(line 25\) gives as "a contract worth £48,000 a year", not as the amount for the quarter; it gives that as £18,000$/,
    hint: /^write NDC: 40000 on line 28 \(£22,000 \+ £18,000\)$/,
    severity: 'warning',
    alone: true,
  },
  // The same two slips where the narrative gives the total so far (heldout16): the quarter before's
  // figure left beside "its total so far is now", and the quarter's own beside "taking it to".
  {
    name: "a council's figure left as the quarter before's though the narrative gives its new total so far",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC's total so far this year is now £40,000.\n",
        )
        .replace('          NDC: 40000\n', '          NDC: 22000\n'),
    line: 28,
    message:
      /^NDC's Q2 achieved amount is still £22,000, its Q1 figure, while the narrative \(line 25\) gives £40,000 as its total so far$/,
    hint: /^write 40000, the total the narrative gives; if £22,000 is right, correct the narrative instead$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "the quarter's own saving written for the total, the narrative giving both on lines wrapped in the editor",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3. NDC saved\n          £25,000 in the quarter, taking it to £47,000 for the year.\n",
        )
        .replace('          NDC: 40000\n', '          NDC: 25000\n'),
    line: 28,
    message: /^NDC's Q2 achieved amount, £25,000, is what the narrative \(line 25\) gives as its amount in the quarter alone/,
    hint: /^write the total so far this year, 47000 \(£22,000 at Q1 \+ £25,000\)$/,
    severity: 'warning',
    alone: true,
  },
  // A figure the words of its own update contradict in a way with one likely cause (heldout8): the
  // pending amount added in, last year's closing total added in, the councils' total under one
  // council, what is still to achieve pasted for what is achieved, a zero for a return not in yet.
  {
    name: 'the amount quoted added into the amount invoiced, the narrative giving both',
    file: SAV,
    edit: (t) =>
      t
        .replace('          NDC: 3000\n', '          NDC: 11000\n')
        .replace(
          '        pending:\n          NDC: 8000\n',
          '        pending:\n          NDC: 8000\n        narrative: NDC has invoiced £3,000, with a further £8,000 quoted to two parish councils.\n',
        ),
    line: 51,
    message:
      /^NDC's Q2 "invoiced" amount, £11,000, is the £3,000 the narrative \(line 54\) gives as invoiced plus the £8,000 "quoted" \(line 53\): the amount quoted is shown separately, so it would be counted twice$/,
    hint: /^write 3000, the amount invoiced; the "quoted" figures stay as they are$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "Kestrel: last year's closing total added to the first quarter's saving, the narrative giving both",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t.replace(
        '      Q1:\n        achieved:\n          KBC: 9000\n',
        '      Q1:\n        narrative: Saved so far this year KBC £9,000 and HDC £3,000. 2013/14 closed at KBC £84,500.\n        achieved:\n          KBC: 93500\n',
      ),
    line: 18,
    message:
      /^KBC's Q1 achieved amount, £93,500, is last year's closing total \(£84,500, line 16\) plus the £9,000 the narrative \(line 16\) gives for this year: each year starts again at £0$/,
    hint: /^write 9000, the amount so far this year$/,
    severity: 'warning',
  },
  {
    name: "last year's closing total added in, the narrative naming the council in words",
    file: SAV,
    edit: (t) =>
      t.replace(
        '        status: On track\n        achieved:\n          WBC: 25000\n',
        "        status: On track\n        narrative: Westbrook has saved £25,000 so far; Westbrook's closing total for 2014/15 was £112,000.\n        achieved:\n          WBC: 137000\n",
      ),
    line: 18,
    message: /^WBC's Q1 achieved amount, £137,000, is last year's closing total \(£112,000, line 16\) plus the £25,000/,
    hint: /^write 25000, the amount so far this year$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "the councils' total together written under one council, the narrative giving each and the total",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          So far WBC £61,250, NDC £40,000 and EDC £15,000: £116,250 across the three councils.\n",
        )
        .replace('          NDC: 40000\n', '          NDC: 116250\n'),
    line: 28,
    message:
      /^NDC's Q2 achieved amount, £116,250, is the councils' total together \(the narrative, line 25\), not NDC's own, which the narrative gives as £40,000 \(line 25\)$/,
    hint: /^write NDC's own figure, 40000$/,
    severity: 'warning',
  },
  {
    name: "Kestrel: the two councils' total written under one, the narrative giving each",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '        narrative: Fleet and stationery contracts let.',
          '        narrative: Fleet and stationery contracts let. KBC £50,000 and HDC £27,000 so far, £77,000 between them.',
        )
        .replace('          HDC: 27000\n', '          HDC: 77000\n'),
    line: 27,
    message: /^HDC's Q3 achieved amount, £77,000, is the councils' total together .*, not HDC's own/,
    hint: /^write HDC's own figure, 27000$/,
    severity: 'warning',
  },
  {
    name: 'the amount still to achieve pasted as the amount invoiced, the narrative giving the amount invoiced',
    file: SAV,
    edit: (t) =>
      t
        .replace('          WBC: 12000\n', '          WBC: 18000\n')
        .replace(
          '        pending:\n          NDC: 8000\n',
          '        pending:\n          NDC: 8000\n        narrative: WBC has invoiced £12,000 and NDC £3,000.\n',
        ),
    line: 50,
    message:
      /^WBC's Q2 "invoiced" amount, £18,000, is what is still to achieve \(its £30,000 target less the £12,000 the narrative gives as invoiced, line 54\), not the amount invoiced$/,
    hint: /^write the amount invoiced, 12000$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: the rebate still to claim written as the amount claimed, the narrative giving the amount claimed',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t.replace(
        '        status: On track\n        achieved:\n          HDC: 7716\n',
        '        status: On track\n        narrative: HDC has claimed £7,716 so far.\n        achieved:\n          HDC: 4629\n',
      ),
    line: 45,
    message: /^HDC's Q3 achieved amount, £4,629, is what is still to achieve \(its £12,345 target less the £7,716/,
    hint: /^write the amount achieved, 7716$/,
    severity: 'warning',
  },
  {
    name: "the quarter keys of two updates the wrong way round, each narrative giving the other's months (heldout16)",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '      Q1:\n        status: Waivers reported to Audit Committee\n        measures:\n          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '      Q2:\n        status: Waivers reported to Audit Committee\n        narrative: In April to June WBC approved 12 waivers.\n        measures:\n          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
        )
        .replace(
          '      Q2:\n        status: Fewer waivers at WBC\n',
          '      Q1:\n        status: Fewer waivers at WBC\n        narrative: In July to September WBC approved 11 waivers.\n',
        ),
    line: 54,
    message:
      /^the update headed Q2 \(line 54\) writes of April to June, which is Q1, and the one headed Q1 \(line 59\) of July to September, which is Q2: their quarter keys are the wrong way round$/,
    hint: /^write "Q1:" on line 54 and "Q2:" on line 59$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "last quarter's report lines, which plan writes from the figures, pasted at the top of a narrative (heldout16)",
    file: SAV,
    edit: (t) =>
      t.replace(
        '        narrative: |\n          Joint stationery contract let',
        '        narrative: |\n          WBC \u2013 £25,000 achieved \u2013 i.e. 21% of the £120,000 annual target at the end of the first quarter\n          NDC \u2013 £22,000 achieved \u2013 i.e. 28% of the £80,000 annual target at the end of the first quarter\n          Joint stationery contract let',
      ),
    line: 23,
    message:
      /^lines 23\u201324 are the report's own sentences of the figures at the end of Q1, copied into the Q2 narrative: the report would print them there as written/,
    hint: /^delete lines 23\u201324; the report writes the figures' sentences from the figures each quarter$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a council's note of how things stood at Q1 kept word for word when the update was copied for Q2 (heldout16)",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          '          EDC: 9000\n      Q2:',
          '          EDC: 9000\n        notes:\n          EDC: figure provisional, awaiting finance sign-off\n      Q2:',
        )
        .replace(
          '          EDC: fleet contract savings expected from October\n',
          '          EDC: figure provisional, awaiting finance sign-off\n',
        )
        .replace(Q2_NARRATIVE_END, `${Q2_NARRATIVE_END}          EDC's Q1 figure was confirmed by finance in August.\n`),
    line: 33,
    message:
      /^EDC's Q2 note is its Q1 note \(line 21\) word for word, and it says how things stood then \("provisional"\): the report would print "figure provisional, awaiting finance sign-off" beside the Q2 figures as if it still held$/,
    hint: /^if it no longer holds, delete this line \(and "notes:" above it if it has no other line\); if it still does, write it as it stands at Q2$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'an amount pending at Q1 left under pending at Q2 after it came in and was added to the total (heldout16)',
    file: SAV,
    edit: (t) =>
      t
        .replace(
          '          WBC: 4000\n          NDC: 0\n',
          '          WBC: 4000\n          NDC: 0\n        pending:\n          NDC: 8000\n',
        )
        .replace(
          '          WBC: 12000\n          NDC: 3000\n        pending:\n          NDC: 8000\n',
          "          WBC: 12000\n          NDC: 11000\n        pending:\n          NDC: 8000\n        narrative: NDC's £8,000 from Q1 was invoiced in September.\n",
        ),
    line: 55,
    message:
      /^NDC's Q2 quoted amount, £8,000, is the one from Q1, while the narrative \(line 56\) says it came in: the report would count it twice, in the total and again as quoted$/,
    hint: /^if nothing more is quoted for NDC, delete this line; if a new quoted amount happens to be the same, leave it$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'the quarter before\'s green rating left beside a status rewritten to "Behind" (heldout17)',
    file: GOV,
    edit: (t) =>
      t.replace(
        '        status: Adopted by WBC and NDC\n        rag: amber\n',
        '        status: "Behind: EDC has not adopted the rules"\n        rag: green\n',
      ),
    line: 19,
    message:
      /^the Q2 rating is green, as it was at Q1, but the Q2 status starts "Behind": was the rating copied with the update and not changed\?$/,
    hint: /^write the rating the status gives \(amber or red\); if green is right, say why in the status$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a measure figure written 0 for a council whose return the narrative says is not in yet',
    file: GOV,
    edit: (t) =>
      t.replace(
        '        status: Fewer waivers at WBC\n        measures:\n          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        "        status: Fewer waivers at WBC\n        narrative: EDC's Q2 return is not in yet, so its Q1 figure is shown.\n        measures:\n          waivers: { WBC: 11, NDC: 9, EDC: 0 }\n",
      ),
    line: 62,
    message:
      /^EDC's Q2 "waivers approved" is 0, after 4 in Q1, while the narrative \(line 60\) says its Q2 return is not in yet: the report would show 0 as its Q2 result$/,
    hint: /^write its latest figure with its quarter, EDC: \{ value: 4, quarter: Q1 \}, until the Q2 return comes in$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a measure figure repeated from the quarter before, unmarked, for a council whose return the narrative says is late (heldout16)',
    file: GOV,
    edit: (t) =>
      t.replace(
        '        status: Fewer waivers at WBC\n        measures:\n          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        "        status: Fewer waivers at WBC\n        narrative: NDC's Q2 return is late, so its Q1 figure of 8 is shown.\n        measures:\n          waivers: { WBC: 11, NDC: 8, EDC: 4 }\n",
      ),
    line: 62,
    message:
      /^NDC's Q2 "waivers approved" is 8, its Q1 figure written again, while the narrative \(line 60\) says its Q2 return is not in yet: the report would show 8 as its Q2 result$/,
    hint: /^write it with its quarter, NDC: \{ value: 8, quarter: Q1 \}, until the Q2 return comes in$/,
    severity: 'warning',
    alone: true,
  },
  // Money figures the plan's own words give otherwise (narrative-figures.ts): the words' figures
  // under the wrong councils, achieved and pending the other way round, an aside of the words (the
  // full-year effect, the amount with VAT) typed for the figure, a slip of the finger while the other
  // councils' figures agree, and figures typed under another action of the same file.
  {
    name: 'a pending amount typed under the council on the line below, the narrative giving whose it is (heldout16)',
    file: SAV,
    edit: (t) =>
      t.replace(
        '          WBC: 12000\n          NDC: 3000\n        pending:\n          NDC: 8000\n',
        '          WBC: 12000\n          NDC: 3000\n        pending:\n          NDC: 8000\n        narrative: |\n          Two parishes signed up.\n          £8,000 for WBC from three town councils is quoted and awaiting signature.\n',
      ),
    line: 53,
    message:
      /^NDC's Q2 quoted amount, £8,000, is what the narrative \(line 56\) gives as quoted for WBC, which has no quoted figure, and it gives NDC none$/,
    hint: /^if the amount is WBC's, write WBC: 8000 in place of NDC: 8000; if it is NDC's, correct the narrative$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a council's figure typed as the line above's, the narrative giving each council's (heldout17)",
    file: SAV,
    edit: (t) =>
      t
        .replace(Q2_NARRATIVE_END, `${Q2_NARRATIVE_END}          Totals so far: WBC £61,250, NDC £40,000 and EDC £15,000.\n`)
        .replace('          WBC: 61250\n          NDC: 40000\n', '          WBC: 61250\n          NDC: 61250\n'),
    line: 28,
    message:
      /^NDC's Q2 achieved figure, £61,250, is WBC's \(line 27\), which the narrative \(line 25\) gives as WBC's, while it gives NDC £40,000: was WBC's line typed again\?$/,
    hint: /^write NDC: 40000 on line 28; if £61,250 is right, correct the narrative instead$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a quarter's figures pasted in another order of councils, the narrative giving each council's",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          Saved so far: WBC £61,250, NDC £40,000 and EDC £15,000.\n",
        )
        .replace(
          '          WBC: 61250\n          NDC: 40000\n          EDC: 15000\n',
          '          WBC: 15000\n          NDC: 61250\n          EDC: 40000\n',
        ),
    line: 27,
    message:
      /^the Q2 achieved figures on lines 27–29 are the amounts the Q2 narrative \(line 25\) gives, but under the wrong councils: WBC has £15,000 here and £61,250 there, NDC has £61,250 here and £40,000 there and EDC has £40,000 here and £15,000 there$/,
    hint: /^write WBC: 61250, NDC: 40000, EDC: 15000, as the Q2 narrative \(line 25\) gives them; the other figures stay as they are$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "two councils' targets typed the other way round from the action's text",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings through joint contracts (WBC £120,000, NDC £80,000, EDC £60,000).\n',
        )
        .replace('        WBC: 120000\n        NDC: 80000\n', '        WBC: 80000\n        NDC: 120000\n'),
    line: 10,
    message:
      /^the target figures on lines 10–12 are the amounts the action's text \(line 6\) gives, but under the wrong councils: WBC has £80,000 here and £120,000 there and NDC has £120,000 here and £80,000 there$/,
    hint: /^write WBC: 120000, NDC: 80000, as the action's text \(line 6\) gives them/,
    severity: 'warning',
  },
  {
    name: "Kestrel: a quarter's amounts invoiced and quoted typed into each other's lines, the narrative giving both",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '      measure: contract savings\n',
          '      measure: contract savings\n      achievedLabel: signed\n      pendingLabel: in talks\n',
        )
        .replace(
          '        narrative: Fleet and stationery contracts let.\n        achieved:\n          KBC: 50000\n          HDC: 27000\n',
          '        narrative: Signed so far KBC £50,000 and HDC £27,000; in talks KBC £6,000 and HDC £4,500.\n        achieved:\n          KBC: 6000\n          HDC: 4500\n        pending:\n          KBC: 50000\n          HDC: 27000\n',
        ),
    line: 28,
    message:
      /^the Q3 "signed" figures \(lines 28–29\) and "in talks" figures \(lines 31–32\) are the other way round from the Q3 narrative \(line 26\), which gives KBC £50,000, HDC £27,000 as signed$/,
    hint: /^exchange the figures of lines 28–29 and lines 31–32: "signed" KBC: 50000, HDC: 27000; "in talks" KBC: 6000, HDC: 4500$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'the full-year effect the narrative gives typed for the saving in the year',
    file: SAV,
    edit: (t) =>
      t.replace(
        '        status: On track\n        achieved:\n          WBC: 25000\n          NDC: 22000\n          EDC: 9000\n',
        '        status: On track\n        narrative: EDC £9,000 in-year from the fleet contract (full-year effect £27,000 from 2016/17).\n        achieved:\n          WBC: 25000\n          NDC: 22000\n          EDC: 27000\n',
      ),
    line: 20,
    message:
      /^EDC's Q1 achieved figure, £27,000, is the amount the Q1 narrative \(line 16\) gives as "full-year effect from 2016\/17", not the figure itself, which it gives as £9,000$/,
    hint: /^write EDC: 9000 on line 20$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'the amount with VAT the narrative gives typed for the amount invoiced',
    file: SAV,
    edit: (t) =>
      t.replace(
        '        status: Behind target\n        achieved:\n          WBC: 12000\n',
        '        status: Behind target\n        narrative: WBC has invoiced £12,000 (£14,400 with VAT) and NDC £3,000.\n        achieved:\n          WBC: 14400\n',
      ),
    line: 51,
    message:
      /^WBC's Q2 "invoiced" figure, £14,400, is the amount the Q2 narrative \(line 49\) gives as "with VAT", not the figure itself, which it gives as £12,000$/,
    hint: /^write WBC: 12000 on line 51$/,
    severity: 'warning',
    alone: true,
  },
  // A number the words give as something other than the council's figure for the quarter: a forecast,
  // the value of a contract, a percentage, a rounded amount beside the exact one, a target, another
  // year's amounts (a qualifier before a bracket governing every amount in it), a shared saving's whole.
  {
    name: 'the forecast for the year the narrative gives typed for the total so far',
    file: SAV,
    edit: (t) =>
      t
        .replace(
          Q2_NARRATIVE_END,
          `${Q2_NARRATIVE_END}          WBC has £61,250 in so far and projects £104,000 for the year; NDC £40,000.\n`,
        )
        .replace('          WBC: 61250\n', '          WBC: 104000\n'),
    line: 27,
    message:
      /^WBC's Q2 achieved figure, £104,000, is the forecast that the Q2 narrative \(line 25\) gives \("projects £104,000 for the year"\), not the figure itself, which it gives as £61,250$/,
    hint: /^write WBC: 61250 on line 27$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'the value of the contract re-let typed for the saving it brings',
    file: SAV,
    edit: (t) =>
      t.replace(
        Q1_FIGURES,
        Q1_FIGURES.replace(
          '        achieved:',
          '        narrative: EDC £9,000 from re-letting its £45,000 fleet maintenance contract.\n        achieved:',
        ).replace('EDC: 9000', 'EDC: 45000'),
      ),
    line: 20,
    message:
      /^EDC's Q1 achieved figure, £45,000, is the value of the fleet maintenance contract that the Q1 narrative \(line 16\) gives \("from re-letting its £45,000 fleet maintenance contract"\), not the figure itself, which it gives as £9,000$/,
    hint: /^write EDC: 9000 on line 20$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'the percentage of its target the narrative gives typed for the amount',
    file: SAV,
    edit: (t) =>
      t
        .replace(Q2_NARRATIVE_END, `${Q2_NARRATIVE_END}          NDC £40,000 so far, which is 50% of its target.\n`)
        .replace('          NDC: 40000\n', '          NDC: 50\n'),
    line: 28,
    message:
      /^NDC's Q2 achieved figure, 50, is the percentage that the Q2 narrative \(line 25\) gives \("50% of its target"\), not the amount, which it gives as £40,000$/,
    hint: /^write NDC: 40000 on line 28$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'the rounded amount the narrative gives typed, the exact one in brackets beside it',
    file: SAV,
    edit: (t) =>
      t
        .replace(
          Q2_NARRATIVE_END,
          `${Q2_NARRATIVE_END}          Saved so far: WBC just over £61,000 (£61,250), NDC £40,000 and EDC £15,000.\n`,
        )
        .replace('          WBC: 61250\n', '          WBC: 61000\n'),
    line: 27,
    message:
      /^WBC's Q2 achieved figure, £61,000, is the rounded amount that the Q2 narrative \(line 25\) gives \("WBC just over £61,000"\), not the figure itself, which it gives as £61,250$/,
    hint: /^write WBC: 61250 on line 27$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "the council's target the narrative gives typed for its amount so far",
    file: SAV,
    edit: (t) =>
      t
        .replace(Q2_NARRATIVE_END, `${Q2_NARRATIVE_END}          NDC has £40,000 towards its £80,000 target.\n`)
        .replace('          NDC: 40000\n', '          NDC: 80000\n'),
    line: 28,
    message:
      /^NDC's Q2 achieved figure, £80,000, is the target that the Q2 narrative \(line 25\) gives \("towards its £80,000 target"\), not the figure itself, which it gives as £40,000$/,
    hint: /^write NDC: 40000 on line 28$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a "-teen" number the narrative gives in words typed as the "-ty" one it sounds like',
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      days-to-award:\n        name: days from closing date to award\n        unit: days\n        better: lower\n        target: { WBC: 20, NDC: 18, EDC: 15 }\n',
        )
        .replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          days-to-award: { WBC: 21, NDC: 19, EDC: 16 }\n',
        )
        .replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          "          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n          days-to-award: { WBC: 19, NDC: 70, EDC: 15 }\n        narrative: |\n          WBC took 19 days and EDC 15; NDC's evaluation panels cut it to seventeen days.\n",
        ),
    line: 68,
    message:
      /^NDC's Q2 days-to-award, 70 days, is not the "seventeen days" the Q2 narrative \(line 70\) gives: "seventeen" taken for "seventy"\?$/,
    hint: /^write 17 for NDC; if 70 days is right, correct the narrative instead$/,
    severity: 'warning',
  },
  {
    name: 'the target typed for the amount, where the narrative gives both and the shortfall',
    file: SAV,
    edit: (t) =>
      t
        .replace(Q2_NARRATIVE_END, `${Q2_NARRATIVE_END}          WBC stands at £61,250, £58,750 short of its £120,000 target.\n`)
        .replace('          WBC: 61250\n', '          WBC: 120000\n'),
    line: 27,
    message:
      /^WBC's Q2 achieved figure, £120,000, is the target that the Q2 narrative \(line 25\) gives \("short of its £120,000 target"\), not the figure itself, which it gives as £61,250$/,
    hint: /^write WBC: 61250 on line 27$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'what the profile expects by the quarter typed for the amount the narrative gives',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '        narrative: Fleet and stationery contracts let.\n',
          '        narrative: Fleet and stationery contracts let. Saved to date, KBC £50,000 and HDC £27,000.\n',
        )
        .replace('          KBC: 50000\n', '          KBC: 54000\n'),
    line: 26,
    message:
      /^KBC's Q3 achieved figure, £54,000, is what its profile expects by Q3 \(60% of £90,000\), not what it achieved, which the Q3 narrative \(line 24\) gives as £50,000$/,
    hint: /^write KBC: 50000 on line 26$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'half the target typed at Q2 for the amount the narrative gives, with no profile',
    file: SAV,
    edit: (t) =>
      t
        .replace(Q2_NARRATIVE_END, `${Q2_NARRATIVE_END}          Banked so far this year: WBC £61,250.\n`)
        .replace('          WBC: 61250\n', '          WBC: 60000\n'),
    line: 27,
    message:
      /^WBC's Q2 achieved figure, £60,000, is what its profile expects by Q2 \(50% of £120,000\), not what it achieved, which the Q2 narrative \(line 25\) gives as £61,250$/,
    hint: /^write WBC: 61250 on line 27$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'an amount the narrative says is not counted added into the figure',
    file: SAV,
    edit: (t) =>
      t
        .replace(
          Q2_NARRATIVE_END,
          `${Q2_NARRATIVE_END}          WBC: £61,250 cashable, plus £3,750 of cost avoidance on the print framework that is left out.\n`,
        )
        .replace('          WBC: 61250\n', '          WBC: 65000\n'),
    line: 27,
    message:
      /^WBC's Q2 achieved figure, £65,000, is the £61,250 the Q2 narrative \(line 25\) gives plus the £3,750 it says is not counted \("£3,750 of cost avoidance"\)$/,
    hint: /^write WBC: 61250 on line 27$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a non-cashable amount the words give added into the figure',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '        narrative: Fleet and stationery contracts let.\n',
          '        narrative: Fleet and stationery contracts let. HDC has £27,000, and a further £2,500 at HDC is not cashable.\n',
        )
        .replace('          HDC: 27000\n', '          HDC: 29500\n'),
    line: 27,
    message:
      /^HDC's Q3 achieved figure, £29,500, is the £27,000 the Q3 narrative \(line 24\) gives plus the £2,500 it says is not counted \("£2,500 at HDC is not cashable"\)$/,
    hint: /^write HDC: 27000 on line 27$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "next year's targets the action's text gives in brackets typed for this year's",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings through joint contracts, £260,000 in 2015/16 (WBC £120,000, NDC £80,000, EDC £60,000), rising to £310,000 from 2016/17 (WBC £140,000, NDC £95,000, EDC £75,000).\n',
        )
        .replace(
          '        WBC: 120000\n        NDC: 80000\n        EDC: 60000\n',
          '        WBC: 140000\n        NDC: 95000\n        EDC: 75000\n',
        ),
    line: 10,
    message:
      /^the target figures of WBC \(£140,000\), NDC \(£95,000\) and EDC \(£75,000\) are the amounts for 2016\/17 that the action's text \(line 6\) gives \("rising to £310,000 from 2016\/17"\), not the targets, which it gives as WBC £120,000, NDC £80,000 and EDC £60,000$/,
    hint: /^write WBC: 120000, NDC: 80000, EDC: 60000 on lines 10–12$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a saving two councils share counted in full by one, the narrative giving each its half',
    file: SAV,
    edit: (t) =>
      t
        .replace(
          Q2_NARRATIVE_END,
          `${Q2_NARRATIVE_END}          The cleaning contract NDC and EDC let together saves £12,000 this year, split half and half: £6,000 each.\n`,
        )
        .replace('          EDC: 15000\n', '          EDC: 21000\n'),
    line: 29,
    message:
      /^EDC's Q2 achieved figure, £21,000, rose by £12,000 from Q1's £9,000: the whole of the saving the Q2 narrative \(line 25\) says EDC shares with NDC \("split half and half"\), where EDC's share is £6,000$/,
    hint: /^write EDC: 15000 on line 29 \(Q1's £9,000 and the £6,000 share\)$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "one council's figure a digit away from the narrative's, the other councils' figures agreeing",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          Saved so far: WBC £61,250, NDC £40,000 and EDC £15,000.\n",
        )
        .replace('          NDC: 40000\n', '          NDC: 40400\n'),
    line: 28,
    message:
      /^NDC's Q2 achieved figure, £40,400, is not the £40,000 the Q2 narrative \(line 25\) gives, where WBC and EDC's figures agree: a slip of the finger\?$/,
    hint: /^write NDC: 40000 on line 28; if £40,400 is right, correct the Q2 narrative \(line 25\) instead$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "two actions' figures for a quarter typed under each other, each narrative giving its own",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          Saved so far: WBC £61,250 and NDC £40,000; EDC £15,000.\n",
        )
        .replace('          WBC: 61250\n          NDC: 40000\n', '          WBC: 12000\n          NDC: 3000\n')
        .replace(
          '        status: Behind target\n        achieved:\n          WBC: 12000\n          NDC: 3000\n',
          '        status: Behind target\n        narrative: Invoiced so far WBC £12,000 and NDC £3,000.\n        achieved:\n          WBC: 61250\n          NDC: 40000\n',
        ),
    line: 27,
    message:
      /^the Q2 achieved figures of actions "cashable-savings" \(lines 27–28\) and "income-from-services" \(lines 52–53\) are each other's: each is what the other's Q2 narrative gives \(lines 50 and 25\)$/,
    hint: /^write WBC: 61250, NDC: 40000 on lines 27–28 and WBC: 12000, NDC: 3000 on lines 52–53, as each action's own narrative gives them$/,
    severity: 'warning',
  },
  {
    name: 'Kestrel: an amount pending carried into the next quarter after it was signed, the narrative saying nothing is pending',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace('      measure: contract savings\n', '      measure: contract savings\n      pendingLabel: awaiting signature\n')
        .replace(
          '      Q2:\n        achieved:\n          KBC: 30000\n          HDC: 12000\n',
          '      Q2:\n        achieved:\n          KBC: 30000\n          HDC: 12000\n        pending:\n          KBC: 4000\n          HDC: 2500\n',
        )
        .replace(
          '        narrative: Fleet and stationery contracts let.\n        achieved:\n          KBC: 50000\n          HDC: 27000\n',
          '        narrative: Fleet and stationery contracts let; the amounts awaiting signature at Q2 are signed and in the totals, so nothing is awaiting signature now.\n        achieved:\n          KBC: 50000\n          HDC: 27000\n        pending:\n          KBC: 4000\n          HDC: 0\n',
        ),
    line: 33,
    message:
      /^the Q3 "awaiting signature" figure of KBC \(£4,000\) is above 0, while the Q3 narrative \(line 28\) says "nothing is awaiting signature": a quarter's line carried forward and not set to 0 when the amount was signed\?$/,
    hint: /^write KBC: 0 on line 33; if an amount is still awaiting signature, correct the narrative instead$/,
    severity: 'warning',
    alone: true,
  },
  // Held-out classes (slips12): a decimal comma, a quarter's own figure for the year's total, an old
  // council code, a whole action out of line, a mark typed for a key's colon, a line broken off the
  // one above it.
  {
    name: 'a decimal comma in a measure written in braces',
    file: GOV,
    edit: (t) =>
      t.replace('unit: count', 'unit: percent').replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 11, NDC: 9,5, EDC: 4 }'),
    line: 61,
    message: /"9,5" looks like a figure with a decimal comma/,
    hint: /^write 9\.5$/,
    alone: true,
  },
  {
    name: 'a decimal comma in a measure written a council a line',
    file: GOV,
    edit: (t) =>
      t
        .replace('unit: count', 'unit: percent')
        .replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers:\n            WBC: 11\n            NDC: 9,25\n            EDC: 4'),
    line: 63,
    message: /"9,25" looks like a figure with a decimal comma/,
    hint: /^write 9\.25$/,
    alone: true,
  },
  {
    name: "a quarter's own achieved figure written for the total so far this year",
    file: SAV,
    lineText: '          EDC: 6000',
    line: 28,
    severity: 'warning',
    message: /EDC's achieved amount went down from £9,000 at Q1 to £6,000 at Q2, though achieved is the total so far this year/,
    hint: /write the total so far this year as 15000; if the total really fell, add to EDC's note under "notes:" that it fell and why/,
    alone: true,
  },
  {
    name: "Kestrel: a quarter's own achieved figure written for the total so far this year",
    plan: 'kestrel',
    file: KSAV,
    lineText: '          KBC: 20000',
    line: 26,
    severity: 'warning',
    message: /KBC's achieved amount went down from £30,000 at Q2 to £20,000 at Q3/,
    hint: /write the total so far this year as 50000; .*"notes:" in the Q3 update with "KBC: fell because …"/,
    alone: true,
  },
  {
    name: "a council's old code in a target",
    file: SAV,
    lineText: '        EDDC: 60000',
    line: 12,
    message: /council "EDDC" is not declared in plan.yaml: the councils are WBC, NDC, EDC/,
    hint: /^did you mean "EDC", the council of plan.yaml that has no figure here\? Then write EDC in place of EDDC/,
    alone: true,
  },
  {
    name: "Kestrel: a council's old code in a target",
    plan: 'kestrel',
    file: KSAV,
    lineText: '        HBC: 45000',
    line: 13,
    message: /council "HBC" is not declared in plan.yaml: the councils are KBC, HDC/,
    hint: /^did you mean "HDC", the council of plan.yaml that has no figure here\?/,
    alone: true,
  },
  {
    name: 'a whole action pasted 2 spaces to the left',
    file: SAV,
    edit: (t) => {
      const lines = t.split('\n');
      return lines.map((l, i) => (i >= 31 && i <= 52 ? l.replace(/^ {2}/, '') : l)).join('\n');
    },
    line: 32,
    message: /lines 32–53 \(this action\) are 2 spaces to the left of the action on line 5/,
    hint: /put 2 spaces in front of each of lines 32–53/,
    alone: true,
  },
  {
    name: 'Kestrel: a whole action pasted 2 spaces to the left',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => {
      const lines = t.split('\n');
      return lines.map((l, i) => (i >= 28 && i <= 43 ? l.replace(/^ {2}/, '') : l)).join('\n');
    },
    line: 29,
    message: /lines 29–44 \(this action\) are 2 spaces to the left of the action on line 5/,
    alone: true,
  },
  {
    name: 'a semicolon typed for the colon of "amounts:"',
    file: SAV,
    lineText: '      amounts;',
    line: 9,
    message: /^"amounts;" has a semicolon where a colon belongs$/,
    hint: /^write amounts:$/,
    alone: true,
  },
  {
    name: 'a full stop typed for the colon of "status:"',
    file: GOV,
    lineText: '        status. Draft circulated',
    line: 12,
    message: /^"status\." has a full stop where a colon belongs$/,
    hint: /^write status: Draft circulated$/,
    alone: true,
  },
  {
    name: 'Kestrel: a comma typed for the colon of "achieved:"',
    plan: 'kestrel',
    file: KSAV,
    lineText: '        achieved,',
    line: 20,
    message: /^"achieved," has a comma where a colon belongs$/,
    hint: /^write achieved:$/,
    alone: true,
  },
  {
    name: 'the tail of a status broken by Enter onto a line at the left edge',
    file: SAV,
    edit: (t) => t.replace('        status: Two parishes signed up\n', '        status: Two parishes\nsigned up\n'),
    line: 44,
    message: /"signed up" seems to be the rest of "status:" on line 43/,
    hint: /^join it onto the end of line 43, after a space, .*status: Two parishes signed up$/,
    alone: true,
  },
  {
    name: "Kestrel: a signature's second line under the lead",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => t.replace('    lead: Head of Procurement\n', '    lead: Head of Procurement\n    Kestrel Borough Council\n'),
    line: 8,
    message: /"Kestrel Borough Council" seems to be the rest of "lead:" on line 7/,
    hint: /^join it onto the end of line 7, so that it reads: lead: Head of Procurement, Kestrel Borough Council$/,
    alone: true,
    repaired: (t) => t.replace('    lead: Head of Procurement\n', '    lead: Head of Procurement, Kestrel Borough Council\n'),
  },
  {
    name: 'Kestrel: the tail of a narrative broken by Enter onto a line at the left edge',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t.replace('        narrative: Fleet and stationery contracts let.\n', '        narrative: Fleet and stationery\ncontracts let.\n'),
    line: 25,
    message: /"contracts let\." seems to be the rest of "narrative:" on line 24/,
    hint: /"narrative: \|" on line 24 .* narrative: Fleet and stationery contracts let\.$/,
    alone: true,
  },
  {
    name: '"rag:" typed one space short of "status:" above it',
    file: GOV,
    lineText: '       rag: green',
    line: 13,
    message: /"rag:" is indented less than "status:" above it \(7 spaces, not 8\)/,
    hint: /line it up with "status:" on line 12/,
    alone: true,
  },
  {
    name: 'Kestrel: "narrative:" typed one space short of "status:" above it',
    plan: 'kestrel',
    file: KGOV,
    lineText: '       narrative: Council meets in February.',
    line: 18,
    message: /"narrative:" is indented less than "status:" above it \(7 spaces, not 8\)/,
    alone: true,
  },
  // Placeholders plan new-quarter writes, filled in wrongly (the Q2 update as new-quarter would have left it).
  {
    name: "a quarter's figure typed after the placeholder plan new-quarter wrote, its quotes kept",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
        '          waivers:\n            WBC: "TODO: Q2 figure (was 12)" 11\n            NDC: 9\n            EDC: 4',
      ),
    line: 62,
    message: /^the placeholder "TODO: Q2 figure \(was 12\)" is still on this line, beside the figure 11$/,
    hint: /^delete the placeholder \(and any quotes\), so that the line reads: WBC: 11$/,
    alone: true,
    repaired: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
        '          waivers:\n            WBC: 11\n            NDC: 9\n            EDC: 4',
      ),
  },
  {
    name: "a quarter's figure typed inside the placeholder's quotes, its TODO and the figure before it left",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 12, NDC: 8, EDC: 4 }',
        '          waivers:\n            WBC: 12\n            NDC: 8\n            EDC: "TODO: Q1 figure 4"',
      ),
    line: 60,
    message: /^the placeholder "TODO: Q1 figure" is still on this line, beside the figure 4$/,
    hint: /^delete the placeholder \(and any quotes\), so that the line reads: EDC: 4$/,
    alone: true,
    repaired: (t) =>
      t.replace(
        '          waivers: { WBC: 12, NDC: 8, EDC: 4 }',
        '          waivers:\n            WBC: 12\n            NDC: 8\n            EDC: 4',
      ),
  },
  {
    name: 'a narrative typed after the placeholder "TODO: write the Q1 narrative", outside its quotes',
    file: GOV,
    edit: (t) =>
      t.replace(
        '        status: Not started',
        '        status: Not started\n        narrative: "TODO: write the Q1 narrative" Sessions booked for July.',
      ),
    line: 31,
    message: /^the placeholder "TODO: write the Q1 narrative" is still on this line, beside the text you wrote: the report would print it$/,
    hint: /^delete the placeholder \(and any quotes\), so that the line reads: narrative: Sessions booked for July\.$/,
    alone: true,
    repaired: (t) =>
      t.replace('        status: Not started\n', '        status: Not started\n        narrative: Sessions booked for July.\n'),
  },
  {
    name: 'a narrative typed inside the quotes of the placeholder, after its words',
    file: GOV,
    edit: (t) =>
      t.replace(
        '        status: Not started',
        '        status: Not started\n        narrative: "TODO: write the Q1 narrative: sessions booked for July"',
      ),
    line: 31,
    message: /^the placeholder "TODO: write the Q1 narrative" is still on this line/,
    hint: /so that the line reads: narrative: sessions booked for July$/,
    alone: true,
    repaired: (t) =>
      t.replace('        status: Not started\n', '        status: Not started\n        narrative: sessions booked for July\n'),
  },
  {
    name: 'the "TODO:" of a narrative placeholder deleted and the rest left, as if it were the narrative',
    file: GOV,
    edit: (t) => t.replace('        status: Not started', '        status: Not started\n        narrative: write the Q1 narrative'),
    line: 31,
    message:
      /^"write the Q1 narrative" is what is left of the placeholder plan new-quarter wrote here: the Q1 narrative is not written yet$/,
    hint: /^write the Q1 narrative in its place$/,
    alone: true,
  },
  {
    name: "a figure's placeholder cut down to its words, no figure typed",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
        '          waivers:\n            WBC: 11\n            NDC: "Q2 figure (was 8)"\n            EDC: 4',
      ),
    line: 63,
    message: /^"Q2 figure \(was 8\)" is what is left of the placeholder plan new-quarter wrote here: the Q2 figure is not written yet$/,
    hint: /^write the Q2 figure in its place, as a plain number; delete the line if there is none$/,
    alone: true,
  },
  {
    name: "one action's new quarter written under the next quarter's label (Q3: where the plan is at Q2)",
    file: GOV,
    lineText: '      Q3:',
    line: 31,
    message:
      /^action "procurement-training" has a Q3 update but no Q2 update, and the plan is at Q2: this quarter's update was probably written under "Q3:"$/,
    hint: /^write "Q2:" in place of "Q3:"; if it really is for Q3, add the Q2 update above it$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: the last action\'s new quarter typed under "Q4:", the plan being at Q3',
    plan: 'kestrel',
    file: KGOV,
    lineText: '      Q4:',
    line: 39,
    message: /^action "budget-holder-training" has a Q4 update but no Q3 update, and the plan is at Q3: /,
    hint: /^write "Q3:" in place of "Q4:"/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a measure's figure with its unit after it",
    file: GOV,
    edit: (t) =>
      t.replace('unit: count', 'unit: percent').replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 11, NDC: 9%, EDC: 4 }'),
    line: 61,
    message: /^write the value without the % sign: 9$/,
    hint: /^a value is a plain number: the unit is set once, on the measure$/,
    alone: true,
  },
  {
    name: '"ended: droped", a letter left out of "dropped"',
    file: LOC,
    lineText: '        ended: droped',
    line: 30,
    message: /^text "droped" is not allowed for "ended": use one of completed, dropped$/,
    hint: /^did you mean "dropped"\? Write ended: dropped$/,
    alone: true,
  },
  {
    name: 'Kestrel: "ended: complete", cut short of "completed"',
    plan: 'kestrel',
    file: KGOV,
    lineText: '        ended: complete',
    line: 29,
    message: /^text "complete" is not allowed for "ended": use one of completed, dropped$/,
    hint: /^did you mean "completed"\? Write ended: completed$/,
    alone: true,
  },
  // Lines joined, missing or pasted at the wrong place (slips10).
  {
    name: 'two settings joined with one space: rag after the status',
    file: GOV,
    edit: (text) => text.replace('status: Draft circulated\n        rag: green', 'status: Draft circulated rag: green'),
    line: 12,
    message: /^two settings are on one line: "rag: green" is on the line of "status:"/,
    hint: /^put "rag: green" on a line of its own below "status: Draft circulated", 8 spaces from the left edge, lined up with "status:"$/,
    alone: true,
  },
  {
    name: 'Kestrel: the due line joined onto the lead line with spaces between',
    plan: 'kestrel',
    file: KGOV,
    edit: (text) => text.replace('lead: Head of Legal Services\n    due: Q2', 'lead: Head of Legal Services    due: Q2'),
    line: 9,
    message: /^two settings are on one line: "due: Q2" is on the line of "lead:"/,
    hint: /^put "due: Q2" on a line of its own below "lead: Head of Legal Services", 4 spaces from the left edge, lined up with "lead:"$/,
    alone: true,
  },
  {
    name: 'Kestrel: the due line joined onto the lead line with one space',
    plan: 'kestrel',
    file: KGOV,
    edit: (text) => text.replace('lead: Procurement Manager\n    due: 2014-11-30', 'lead: Procurement Manager due: 2014-11-30'),
    line: 22,
    message: /^two settings are on one line: "due: 2014-11-30" is on the line of "lead:"/,
    hint: /^put "due: 2014-11-30" on a line of its own below "lead: Procurement Manager", 4 spaces from the left edge/,
  },
  {
    name: 'Kestrel: the lead joined after the due quarter',
    plan: 'kestrel',
    file: KGOV,
    edit: (text) => text.replace('    lead: Head of Legal Services\n    due: Q2', '    due: Q2 lead: Head of Legal Services'),
    line: 9,
    message: /^two settings are on one line: "lead: Head of Legal Services" is on the line of "due:"/,
    hint: /^put "lead: Head of Legal Services" on a line of its own below "due: Q2", 4 spaces from the left edge/,
  },
  {
    name: 'a council and its name parted by a tab from Excel in plan.yaml',
    file: PLAN,
    lineText: '  NDC\tNorthdale District Council',
    line: 9,
    message: /^"NDC" is followed by a tab, probably pasted from a spreadsheet: a key needs a colon and a space after it$/,
    hint: /^write NDC: Northdale District Council$/,
    alone: true,
  },
  {
    name: 'Kestrel: a council and its name parted by a tab from Excel in plan.yaml',
    plan: 'kestrel',
    file: PLAN,
    lineText: '  HDC\tHarrier District Council',
    line: 9,
    message: /^"HDC" is followed by a tab/,
    hint: /^write HDC: Harrier District Council$/,
    alone: true,
  },
  {
    name: 'Kestrel: the financial year label parted by a tab from Excel',
    plan: 'kestrel',
    file: PLAN,
    lineText: '  label\t2014/15',
    line: 5,
    message: /^"label" is followed by a tab/,
    hint: /^write label: 2014\/15$/,
    alone: true,
  },
  {
    name: 'Kestrel: the lead officer parted by a tab from Excel',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    lead\tHead of Legal Services',
    line: 9,
    message: /^"lead" is followed by a tab/,
    hint: /^write lead: Head of Legal Services$/,
    alone: true,
  },
  {
    name: 'a council code and its name parted by spaces only in plan.yaml',
    file: PLAN,
    lineText: '  EDC   Eastmere District Council',
    line: 10,
    message: /^"EDC" needs a colon and a space after it, before the council's name$/,
    hint: /^write EDC: Eastmere District Council$/,
    alone: true,
  },
  {
    name: 'Kestrel: a council code and its name parted by " - " in plan.yaml',
    plan: 'kestrel',
    file: PLAN,
    lineText: '  KBC - Kestrel Borough Council',
    line: 8,
    message: /^"KBC" needs a colon and a space after it/,
    hint: /^write KBC: Kestrel Borough Council$/,
    alone: true,
  },
  {
    name: 'the start of the year typed the UK way, 01/04/2015',
    file: PLAN,
    lineText: '  starts: 01/04/2015',
    line: 6,
    message: /^"01\/04\/2015" is a date written day first: plan writes dates year first, as YYYY-MM-DD$/,
    hint: /^write starts: 2015-04-01 \(01\/04 read as 1 April, day before month\)$/,
    alone: true,
  },
  {
    name: 'Kestrel: the start of the year typed with dots, 01.04.2014',
    plan: 'kestrel',
    file: PLAN,
    lineText: '  starts: 01.04.2014',
    line: 6,
    message: /^"01\.04\.2014" is a date written day first/,
    hint: /^write starts: 2014-04-01 \(01\.04 read as 1 April, day before month\)$/,
    alone: true,
  },
  {
    name: 'Kestrel: the start of the year in words, 1 April 2014',
    plan: 'kestrel',
    file: PLAN,
    lineText: '  starts: 1 April 2014',
    line: 6,
    message: /"1 April 2014" is a date with the month's name/,
    hint: /^write starts: 2014-04-01$/,
    alone: true,
  },
  {
    name: 'Kestrel: a due date typed with dashes, 31-03-2015',
    plan: 'kestrel',
    file: KSAV,
    lineText: '    due: 31-03-2015',
    line: 8,
    message: /^"31-03-2015" is a date written day first/,
    hint: /^write due: 2015-03-31 \(31-03 read as 31 March, day before month\)$/,
    alone: true,
  },
  {
    name: 'Kestrel: a due date that reads both ways, 05/11/2014 (never fixed by --fix)',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: 05/11/2014',
    line: 23,
    message: /^"05\/11\/2014" is a date written day first/,
    hint: /^write due: 2014-11-05 \(reading 05\/11 as 5 November, day before month, .*; if you meant 11 May, write due: 2014-05-11\)$/,
  },
  {
    name: 'the measures: line of an update deleted, the measure id left in place below it',
    file: GOV,
    edit: (text) => text.replace('        measures:\n          waivers: { WBC: 12', '          waivers: { WBC: 12'),
    line: 56,
    message: /^"waivers" is one of the measures named in this file, but the "measures:" line it belongs under is missing above line 56$/,
    hint: /^put the line "measures:" back above line 56, on a line of its own, indented by 8 spaces$/,
    alone: true,
  },
  {
    name: 'the measures: line of an update deleted and the measure id moved out beside status:',
    file: GOV,
    edit: (text) => text.replace('        measures:\n          waivers: { WBC: 11', '        waivers: { WBC: 11'),
    line: 60,
    message: /^"waivers" is one of the measures named in this file, but the "measures:" line it belongs under is missing above line 60$/,
    hint: /^put the line "measures:" back above line 60, on a line of its own, indented by 8 spaces, and indent line 60 by 2 spaces more, under it$/,
    alone: true,
  },
  {
    name: 'Kestrel: the achieved: line deleted and its council lines moved out beside the other keys',
    plan: 'kestrel',
    file: KSAV,
    edit: (text) =>
      text.replace(
        '      Q1:\n        achieved:\n          KBC: 9000\n          HDC: 3000\n',
        '      Q1:\n        KBC: 9000\n        HDC: 3000\n',
      ),
    line: 16,
    message: /^"KBC:" on line 16 and the lines after it belong under an "achieved:" line, which is missing above them$/,
    hint: /^add the line "achieved:" above line 16, indented by 8 spaces, and indent lines 16–17 by 2 spaces more, under it \(or "pending:", if that is what these lines are for\)$/,
    alone: true,
  },
  {
    name: 'Kestrel: the amounts: line of a target deleted and its council lines moved out',
    plan: 'kestrel',
    file: KSAV,
    edit: (text) => text.replace('      amounts:\n        KBC: 90000\n        HDC: 45000\n', '      KBC: 90000\n      HDC: 45000\n'),
    line: 11,
    message: /^"KBC:" on line 11 and the lines after it belong under an "amounts:" line, which is missing above them$/,
    hint: /^add the line "amounts:" above line 11, indented by 6 spaces, and indent lines 11–12 by 2 spaces more, under it$/,
    alone: true,
  },
  {
    name: 'an email signature pasted at the left edge after a narrative',
    file: GOV,
    edit: (text) =>
      text.replace(
        '          Comments due by 10 July.\n',
        '          Comments due by 10 July.\nKind regards\nJane Smith\nProcurement Officer | Westbrook Borough Council\nTel: 01527 881234\n',
      ),
    line: 17,
    message: /^lines 17–20 look pasted in, like an email signature, and are not part of the plan$/,
    hint: /^delete lines 17–20; or, if they belong in the text of "narrative" above them, start each of them 10 spaces from the left edge, like that text$/,
    alone: true,
  },
  {
    name: 'an email signature pasted in the column of the update keys after a narrative',
    file: GOV,
    edit: (text) =>
      text.replace(
        '          Comments due by 10 July.\n',
        '          Comments due by 10 July.\n        Best wishes,\n        Sam Patel\n        Category Manager | Northdale DC\n',
      ),
    line: 17,
    message: /^lines 17–19 look pasted in, like an email signature, and are not part of the plan$/,
    hint: /^delete lines 17–19; or, if they belong in the text of "narrative" above them, start each of them 10 spaces/,
    alone: true,
  },
  {
    name: 'two lines of text pasted at the left edge after a narrative',
    file: SAV,
    edit: (text) =>
      text.replace(
        'fleet contract slips to Q3.\n',
        'fleet contract slips to Q3.\nThe fleet savings start in October.\nFinance to confirm the figures.\n',
      ),
    line: 25,
    message: /^lines 25–26 are text on their own, not "key: value", so they are not part of the plan$/,
    hint: /^delete lines 25–26; or, if they belong in the text of "narrative" above them, start each of them 10 spaces/,
    alone: true,
  },
  {
    name: 'Kestrel: an email signature pasted at the left edge after a one-line narrative',
    plan: 'kestrel',
    file: KGOV,
    edit: (text) =>
      text.replace(
        'Council meets in February.\n',
        'Council meets in February.\nKind regards\nJo Bloggs\nProcurement Officer | Harrier District Council\nTel: 01234 567890\n',
      ),
    line: 19,
    message: /^lines 19–22 look pasted in, like an email signature, and are not part of the plan$/,
    hint: /^delete lines 19–22; or, if they belong in the text of "narrative" above them, put "\|" after "narrative:"/,
    alone: true,
  },
  {
    name: 'Kestrel: an email signature pasted in the column of the update keys, with no narrative',
    plan: 'kestrel',
    file: KGOV,
    edit: (text) =>
      text.replace(
        '        status: Drafting\n',
        '        status: Drafting\n        Thanks\n        Jo Bloggs\n        Mob: 07700 900123\n        jo.bloggs@harrier.gov.uk\n',
      ),
    line: 14,
    message: /^lines 14–17 look pasted in, like an email signature, and are not part of the plan$/,
    hint: /^delete lines 14–17; or, if they belong in the narrative, put them under a "narrative: \|" line, each 10 spaces from the left edge$/,
    alone: true,
  },
  {
    name: 'the councils: line of plan.yaml deleted, its councils left below the financial year',
    file: PLAN,
    edit: (text) => text.replace('councils:\n', ''),
    line: 7,
    message: /^"WBC:" on line 7 and the lines after it belong under a "councils:" line, which is missing above them$/,
    hint: /^add the line "councils:" above line 7, at the left edge$/,
    alone: true,
  },
  {
    name: 'Kestrel: the councils: line of plan.yaml deleted',
    plan: 'kestrel',
    file: PLAN,
    edit: (text) => text.replace('councils:\n', ''),
    line: 7,
    message: /^"KBC:" on line 7 and the lines after it belong under a "councils:" line/,
    hint: /^add the line "councils:" above line 7, at the left edge$/,
    alone: true,
  },
  {
    name: 'Kestrel: a one-line narrative whose prose says "status: " is not split',
    plan: 'kestrel',
    file: KGOV,
    lineText: '        narrative: Council meets in February, status: to be confirmed.',
    line: 18,
    message: /^the text after "narrative:" has ": " in it/,
    hint: /^put the text in quotes: narrative: "Council meets in February, status: to be confirmed\."$/,
    alone: true,
  },
  {
    name: 'a required key misspelt ("achived:"): the typo alone, not also "achieved is missing"',
    file: SAV,
    lineText: '        achived:',
    line: 25,
    message: /^unknown key "achived"$/,
    hint: /^did you mean "achieved"\? Write "achieved:" in place of "achived:"$/,
    alone: true,
  },
  {
    name: 'Kestrel: "stauts:" under a quarter of an action without a target: the typo alone',
    plan: 'kestrel',
    file: KGOV,
    lineText: '        stauts: Draft with members',
    line: 15,
    message: /^unknown key "stauts"$/,
    hint: /^did you mean "status"\? Write "status:" in place of "stauts:"$/,
    alone: true,
  },
  {
    name: 'Kestrel: "ammounts:" under a target: the typo alone',
    plan: 'kestrel',
    file: KSAV,
    lineText: '      ammounts:',
    line: 11,
    message: /^unknown key "ammounts"$/,
    alone: true,
  },
  {
    name: '"ended: dropped" left under a status that says the action goes on',
    file: LOC,
    edit: (text) => text.replace("status: Dropped in favour of the county's portal", 'status: Onward going'),
    line: 30,
    message: /^"ended: dropped" marks action "supplier-portal" as dropped in Q1, but its Q1 status says "Onward going"$/,
    hint: /^if the action goes on, delete line 30 \("ended: dropped"\)/,
    severity: 'warning',
    alone: true,
  },
  {
    name: '"ended: completed" copied into a quarter that goes on, with a later update: one warning at the ended line',
    file: SAV,
    edit: (text) =>
      text.replace('      Q1:\n        status: On track\n', '      Q1:\n        status: On track\n        ended: completed\n'),
    line: 16,
    message: /^"ended: completed" marks action "cashable-savings" as completed in Q1, but its Q1 status says "On track"$/,
    hint: /^if the action goes on, delete line 16 \("ended: completed"\); if it did end in Q1, change the status and delete its Q2 update$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: "ended: completed" under a status "In progress"',
    plan: 'kestrel',
    file: KGOV,
    edit: (text) => text.replace('status: Live', 'status: In progress'),
    line: 29,
    message: /^"ended: completed" marks action "supplier-portal" as completed in Q2, but its Q2 status says "In progress"$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "another action's achieved lines pasted into an action with no target: one message naming both, delete first",
    file: LOC,
    edit: (text) =>
      text.replace(
        '        narrative: Added at the July board after the Social Value Act review.\n',
        '        narrative: Added at the July board after the Social Value Act review.\n        achieved:\n          WBC: 61250\n          NDC: 40000\n          EDC: 15000\n',
      ),
    line: 21,
    message:
      /^"achieved" needs a target: action "social-value-policy" has none, and these are action "cashable-savings"'s Q2 "achieved" figures \(plans\/2-savings\.yaml:25\)$/,
    hint: /^if they were pasted here by mistake, delete lines 21\u201324; if this action really has figures of its own, add "target:"/,
    alone: true,
  },
  {
    name: "Kestrel: another action's achieved lines pasted into an action with no target",
    plan: 'kestrel',
    file: KGOV,
    edit: (text) =>
      text.replace(
        '        status: Draft with members\n',
        '        status: Draft with members\n        achieved:\n          KBC: 30000\n          HDC: 12000\n',
      ),
    line: 16,
    message:
      /^"achieved" needs a target: action "standing-orders" has none, and these are action "contract-savings"'s Q2 "achieved" figures/,
    hint: /^if they were pasted here by mistake, delete lines 16\u201318;/,
    alone: true,
  },
  {
    name: 'Kestrel: figures of its own in an action with no target: deleting them is offered beside a target',
    plan: 'kestrel',
    file: KGOV,
    edit: (text) =>
      text.replace('        status: Draft with members\n', '        status: Draft with members\n        achieved:\n          KBC: 1200\n'),
    line: 16,
    message: /^"achieved" needs a target: action "standing-orders" has none$/,
    hint: /^if these figures belong to another action, move lines 16\u201317 there; if they are this action's, add "target:"/,
    alone: true,
  },
  {
    name: 'an achieved figure typed with a digit too many (612500 for 61250): a warning naming the likely figure',
    file: SAV,
    lineText: '          WBC: 612500',
    line: 26,
    message:
      /^WBC's Q2 achieved amount of £612,500 is 5 times its £120,000 target for the year, up from £25,000 at Q1: a digit too many\?$/,
    hint: /^check the figure: if it is £61,250, write 61250; if £612,500 is right, leave it$/,
    severity: 'warning',
  },
  {
    name: 'Kestrel: an achieved figure with a zero too many',
    plan: 'kestrel',
    file: KSAV,
    lineText: '          KBC: 500000',
    line: 26,
    message: /^KBC's Q3 achieved amount of £500,000 is 6 times its £90,000 target for the year, up from £30,000 at Q2: a digit too many\?$/,
    hint: /write 50000;/,
    severity: 'warning',
  },
  // A money figure exported in pence: a hundred times the pounds, not a digit too many.
  {
    name: 'an achieved figure copied from a finance export in pence (6125000 for 61250)',
    file: SAV,
    lineText: '          WBC: 6125000',
    line: 26,
    message:
      /^WBC's Q2 achieved amount of £6,125,000 is 51 times its £120,000 target for the year and 245 times its Q1 figure \(£25,000\): an amount in pence\?$/,
    hint: /^check the figure: if it was copied from a system that gives amounts in pence, it is £61,250: write 61250; if £6,125,000 is right, leave it$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: a first-quarter figure in pence, which a digit too many would misread as £90,000',
    plan: 'kestrel',
    file: KSAV,
    lineText: '          KBC: 900000',
    line: 17,
    message: /^KBC's Q1 achieved amount of £900,000 is 10 times its £90,000 target for the year: an amount in pence\?$/,
    hint: /it is £9,000: write 9000;/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a target copied from a finance export in pence (8000000 for 80000)',
    file: SAV,
    lineText: '        NDC: 8000000',
    line: 11,
    message:
      /^NDC's target of £8,000,000 is about a hundred times what its achieved figures make it at the other councils' pace \(about £\d+,\d00\): an amount in pence\?$/,
    hint: /^check the figure: if NDC's target is £80,000, write 80000; if £8,000,000 is right, leave it$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: a target in pence, in a plan of two councils',
    plan: 'kestrel',
    file: KSAV,
    lineText: '        HDC: 4500000',
    line: 13,
    message: /^HDC's target of £4,500,000 is about a hundred times .*: an amount in pence\?$/,
    hint: /write 45000;/,
    severity: 'warning',
    alone: true,
  },
  // Two councils' figures written on each other's lines (a tracker listing the councils in another order).
  {
    name: "two councils' Q3 achieved figures written on each other's lines, each still rising from Q2",
    file: SAV,
    edit: (t) =>
      t.replace(
        '          EDC: fleet contract savings expected from October\n',
        '          EDC: fleet contract savings expected from October\n      Q3:\n        status: On track\n        achieved:\n          WBC: 77000\n          NDC: 103000\n          EDC: 30000\n',
      ),
    line: 34,
    message:
      /^WBC's and NDC's Q3 achieved amounts look swapped: WBC's £77,000 is 64% of its target and NDC's £103,000 is 129% of its, while EDC is at 50%; the other way round, WBC would be at 86% and NDC at 96%$/,
    hint: /^if each was written on the other's line, write WBC: 103000 and NDC: 77000; if both are right, leave them$/,
    severity: 'warning',
    alone: true,
  },
  // Two measure lines of one update whose figures were exchanged (a spreadsheet's columns in the other order).
  {
    name: "two measure lines of one update with each other's figures, each fitting its unit",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      on-contract:\n        name: spend under a contract\n        unit: percent\n        better: higher\n        target: { WBC: 90, NDC: 90, EDC: 85 }\n',
        )
        .replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          on-contract: { WBC: 70, NDC: 75, EDC: 68 }\n',
        )
        .replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
          '          waivers: { WBC: 74, NDC: 79, EDC: 71 }\n          on-contract: { WBC: 11, NDC: 9, EDC: 4 }',
        ),
    line: 67,
    message:
      /^the Q2 figures of "waivers" and "on-contract" look exchanged: "waivers" \(WBC 74, NDC 79, EDC 71\) is far from its other quarters and its target, and so is "on-contract" \(WBC 11%, NDC 9%, EDC 4%\)/,
    hint: /^if the two lines' figures were written on each other's lines, make "waivers" read WBC 11, NDC 9, EDC 4 and "on-contract" read WBC 74, NDC 79, EDC 71; if both are right, leave them$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "two measure lines with each other's figures, one written a council a line: said at the measure's own line",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      on-contract:\n        name: spend under a contract\n        unit: percent\n        better: higher\n        target: { WBC: 90, NDC: 90, EDC: 85 }\n',
        )
        .replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          on-contract: { WBC: 70, NDC: 75, EDC: 68 }\n',
        )
        .replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
          '          waivers:\n            WBC: 74\n            NDC: 79\n            EDC: 71\n          on-contract: { WBC: 11, NDC: 9, EDC: 4 }',
        ),
    line: 67,
    message: /^the Q2 figures of "waivers" and "on-contract" look exchanged:/,
    hint: /make "waivers" read WBC 11, NDC 9, EDC 4 and "on-contract" read WBC 74, NDC 79, EDC 71;/,
    severity: 'warning',
    alone: true,
  },
  // Invisible format characters (Unicode's Cf) inside a key: named, and deleted by --fix.
  {
    name: 'a soft hyphen pasted from Word inside "narrative:"',
    file: GOV,
    lineText: '        narra\u00adtive: |',
    line: 14,
    message: /^"narrative:" has a soft hyphen \(U\+00AD\) in it/,
    hint: /^delete it: it is invisible/,
    alone: true,
  },
  {
    name: 'a left-to-right mark pasted after "narrative"',
    plan: 'kestrel',
    file: KGOV,
    lineText: '        narrative\u200e: Council meets in February.',
    line: 18,
    message: /^"narrative:" has a left-to-right mark \(U\+200E\) in it/,
    hint: /^delete it: it is invisible/,
    alone: true,
  },
  // Any bullet-like symbol and a tab at the start of a line of text: a pasted list, not a tab.
  {
    name: "Word's small square bullet and a tab on a line of text",
    file: GOV,
    lineText: '          \u25aa\tComments due by 10 July.',
    repaired: (t) => t.replace('          Comments due by 10 July.', '          - Comments due by 10 July.'),
    line: 16,
    message: /^line 16 starts with a bullet pasted from Outlook or Word \("\u25aa" and a tab\)/,
    hint: /^write it as "- " and its text, e\.g\. - Comments due by 10 July\.$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a pointer bullet and a tab on a line of an action',
    plan: 'kestrel',
    file: KGOV,
    lineText: '      \u25ba\tthresholds for quotes and tenders',
    line: 8,
    message: /^line 8 starts with a bullet pasted from Outlook or Word \("\u25ba" and a tab\)/,
    severity: 'warning',
    alone: true,
  },
  // A section saved as rich text by TextEdit or WordPad.
  {
    name: 'a section saved as rich text (RTF)',
    file: SAV,
    edit: (text) =>
      `{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709\n{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n\\f0\\fs24 ${text.replace(/\n/g, '\\\n')}}`,
    line: 1,
    message: /^this file is saved as rich text \(RTF\), not plain text$/,
    hint: /TextEdit \(Format > Make Plain Text\)/,
    alone: true,
  },
  {
    name: 'a section saved as rich text (RTF) by WordPad',
    plan: 'kestrel',
    file: KSAV,
    edit: (text) => `{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\n\\pard ${text.replace(/\n/g, '\\par\n')}}`,
    line: 1,
    message: /^this file is saved as rich text \(RTF\), not plain text$/,
    alone: true,
  },
  {
    name: 'a spreadsheet dash "-" for nothing where a figure goes',
    file: SAV,
    lineText: '          NDC: -',
    line: 27,
    message: /^"-" is a dash, as a spreadsheet or a table shows nothing: plan needs a figure here$/,
    hint: /^write 0 for nothing, or the figure if there is one$/,
    alone: true,
  },
  {
    name: 'Kestrel: a spreadsheet dash "-" with spaces after it where a figure goes',
    plan: 'kestrel',
    file: KSAV,
    lineText: '          KBC: -  ',
    line: 17,
    message: /^"-" is a dash, as a spreadsheet or a table shows nothing/,
    hint: /^write 0 for nothing/,
    alone: true,
  },
  {
    name: 'a spreadsheet dash "-" for nothing inside braces',
    file: GOV,
    lineText: '          waivers: { WBC: 12, NDC: -, EDC: 4 }',
    line: 57,
    message: /^"-" is a dash, as a spreadsheet or a table shows nothing/,
    hint: /^write 0 for nothing/,
    alone: true,
  },
  {
    name: 'an amount in Indian (lakh) digit grouping',
    file: SAV,
    lineText: '          WBC: 1,01,250',
    line: 26,
    message: /^write money as a plain number of pounds: 101250 \(not "1,01,250"\)$/,
    hint: /replace "1,01,250" with 101250$/,
    alone: true,
    repaired: (original) => original.replace('          WBC: 61250\n', '          WBC: 101250\n'),
  },
  {
    name: 'Kestrel: a target amount in Indian (lakh) digit grouping',
    plan: 'kestrel',
    file: KSAV,
    lineText: '        KBC: 1,20,000',
    line: 12,
    message: /^write money as a plain number of pounds: 120000 \(not "1,20,000"\)$/,
    alone: true,
    repaired: (original) => original.replace('        KBC: 90000\n', '        KBC: 120000\n'),
  },
  {
    name: "Enter pressed after a council code, its figure in the code's column on the next line",
    file: SAV,
    edit: (text) => text.replace('          NDC: 40000\n', '          NDC:\n          40000\n'),
    line: 27,
    message: /^"NDC:" has its value "40000" on the line below \(line 28\), as if Enter was pressed after the colon$/,
    hint: /^join the two lines into one: NDC: 40000$/,
    alone: true,
  },
  {
    name: 'Enter pressed after a council code, its figure at the left edge of the next line',
    file: SAV,
    edit: (text) => text.replace('          EDC: 9000\n', '          EDC:\n9000\n'),
    line: 19,
    message: /^"EDC:" has its value "9000" on the line below \(line 20\)/,
    hint: /^join the two lines into one: EDC: 9000$/,
    alone: true,
  },
  {
    name: 'Kestrel: Enter pressed after "status:", its text on the next line',
    plan: 'kestrel',
    file: KSAV,
    edit: (text) => text.replace('        status: On track\n', '        status:\n        On track\n'),
    line: 42,
    message: /^"status:" has its value "On track" on the line below \(line 43\)/,
    hint: /^join the two lines into one: status: On track$/,
    alone: true,
  },
  {
    name: 'no space after a colon inside braces',
    file: GOV,
    lineText: '          waivers: { WBC: 12, NDC:8, EDC: 4 }',
    line: 57,
    message: /^"NDC:" needs a space after the colon$/,
    hint: /^write NDC: 8$/,
    alone: true,
  },
  {
    name: 'the closing brace of a line of figures left off',
    file: GOV,
    lineText: '          waivers: { WBC: 12, NDC: 8, EDC: 4',
    line: 57,
    message: /^the "\{" opened on this line is not closed: the line must end with "\}"$/,
    hint: /^put "\}" at the end of the line: waivers: \{ WBC: 12, NDC: 8, EDC: 4 \}$/,
    alone: true,
  },
  {
    name: 'the opening brace of a line of figures left off',
    file: GOV,
    lineText: '          waivers: WBC: 11, NDC: 9, EDC: 4 }',
    line: 61,
    message: /^the "\}" at the end of this line has no "\{" opening it after "waivers:"$/,
    hint: /^put "\{" after the colon: waivers: \{ WBC: 11, NDC: 9, EDC: 4 \}$/,
    alone: true,
  },
  {
    name: 'a brace typed twice',
    file: GOV,
    lineText: '          waivers: {{ WBC: 11, NDC: 9, EDC: 4 }',
    line: 61,
    message: /^this line has one "\{" too many$/,
    hint: /^take one "\{" out: waivers: \{ WBC: 11, NDC: 9, EDC: 4 \}$/,
    alone: true,
  },
  {
    name: 'Kestrel: the closing square bracket of a profile left off',
    plan: 'kestrel',
    file: KSAV,
    lineText: '      profile: [12.5, 12.5, 37.5, 37.5',
    line: 36,
    message: /^the "\[" opened on this line is not closed: the line must end with "\]"$/,
    hint: /^put "\]" at the end of the line: profile: \[12\.5, 12\.5, 37\.5, 37\.5\]$/,
    alone: true,
  },
  {
    name: '"pending:" indented a level too far, among the council codes of "achieved:"',
    file: SAV,
    edit: (text) => text.replace('        pending:\n          NDC: 8000', '          pending:\n            NDC: 8000'),
    line: 52,
    message: /^"pending:" is indented 2 spaces more than "achieved:", so it stands among the council codes under "achieved:"$/,
    hint: /^line it up with "achieved:" \(8 spaces from the left edge\), and the lines under "pending:" 2 spaces further left with it$/,
    alone: true,
  },
  {
    name: 'Kestrel: "profile:" indented a level too far, among the council codes of "amounts:"',
    plan: 'kestrel',
    file: KSAV,
    lineText: '        profile: [12.5, 12.5, 37.5, 37.5]',
    line: 36,
    message: /^"profile:" is indented 2 spaces more than "amounts:", so it stands among the council codes under "amounts:"$/,
    hint: /^line it up with "amounts:" \(6 spaces from the left edge\)$/,
    alone: true,
  },

  // Text pasted from a PDF or Word with its invisible control characters, and financial years written short.
  {
    name: "a PDF's page break (form feed) pasted at the start of a narrative line",
    file: GOV,
    edit: (t) => t.replace('          Comments due by 10 July.', '\f          Comments due by 10 July.'),
    line: 16,
    message: /^line 16 starts with a page break, U\+000C \(FORM FEED\), pasted with text from a PDF or Word/,
    hint: /^delete it/,
    alone: true,
    repaired: (t) => t,
  },
  {
    name: 'Kestrel: a line break from Word (vertical tab) in front of the indentation of "status:"',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) => t.replace('        status: Draft with members', '\v        status: Draft with members'),
    line: 15,
    message: /^line 15 starts with a line break from Word \(Shift\+Enter\), U\+000B \(VERTICAL TAB\)/,
    hint: /^delete it/,
    alone: true,
    repaired: (t) => t,
  },
  {
    name: 'a page break alone on a line pasted between two lines of an update',
    file: GOV,
    edit: (t) => t.replace('        status: Draft circulated\n', '        status: Draft circulated\n\f\n'),
    line: 13,
    message: /^line 13 holds nothing but a page break, U\+000C \(FORM FEED\)/,
    hint: /^delete it: the line is then blank$/,
    alone: true,
    repaired: (t) => t.replace('        status: Draft circulated\n', '        status: Draft circulated\n\n'),
  },
  {
    name: 'the financial year label written with two-digit years, 15/16',
    file: PLAN,
    lineText: '  label: 15/16',
    line: 5,
    message: /^"15\/16" is the financial year 2015\/16/,
    hint: /^write label: 2015\/16$/,
    alone: true,
  },
  {
    name: 'Kestrel: the financial year label written "FY 2014-15"',
    plan: 'kestrel',
    file: PLAN,
    lineText: '  label: FY 2014-15',
    line: 5,
    message: /^"FY 2014-15" is the financial year 2014\/15/,
    hint: /^write label: 2014\/15$/,
    alone: true,
  },
  {
    name: 'the financial year label written "FY16", one year: both readings, starts: says which',
    file: PLAN,
    lineText: '  label: FY16',
    line: 5,
    message: /^"FY16" names one year/,
    hint: /^write label: 2015\/16 if the year ends in March 2016, or label: 2016\/17 if it starts in April 2016/,
    alone: true,
  },
  // Measure values out of scale with the council's own value the quarter before and its target.
  {
    name: 'a digit typed twice in a measure value (99 waivers for 9)',
    file: GOV,
    lineText: '          waivers: { WBC: 11, NDC: 99, EDC: 4 }',
    line: 61,
    severity: 'warning',
    message: /^NDC's Q2 value of "waivers", 99, is about ten times its Q1 value \(8\) and its target \(8\): a digit typed twice\?$/,
    hint: /^check the figure: if it is 9, write 9; if 99 is right, leave it$/,
    alone: true,
  },
  {
    name: 'a decimal point a place out in a percentage (1.1% for 11%)',
    file: GOV,
    edit: (t) =>
      t.replace('unit: count', 'unit: percent').replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 1.1, NDC: 9, EDC: 4 }'),
    line: 61,
    severity: 'warning',
    message:
      /^WBC's Q2 value of "waivers", 1\.1%, is about a tenth of its Q1 value \(12%\) and its target \(10%\): a decimal point in the wrong place\?$/,
    hint: /^check the figure: if it is 11%, write 11; if 1\.1% is right, leave it$/,
    alone: true,
  },
  // Money figures copied from a column in thousands of pounds, with no figure the quarter before.
  {
    name: 'a first-quarter achieved figure copied from a column in thousands (9 for £9,000)',
    file: SAV,
    lineText: '          EDC: 9',
    line: 19,
    severity: 'warning',
    message:
      /^EDC's Q1 achieved amount of £9 is far below the other councils' figures \(about £14,\d00 at its scale\): copied from a column in thousands\?$/,
    hint: /^check the figure: if it was copied from a column in thousands of pounds and is £9,000, write 9000; if £9 is right, leave it$/,
  },
  {
    name: 'Kestrel: a first-quarter achieved figure copied from a column in thousands (3 for £3,000)',
    plan: 'kestrel',
    file: KSAV,
    lineText: '          HDC: 3',
    line: 18,
    severity: 'warning',
    message: /^HDC's Q1 achieved amount of £3 is far below the other councils' figures \(about £4,500 at its scale\)/,
    hint: /write 3000; if £3 is right, leave it$/,
  },
  // A target with a zero too many or too few: every achieved figure is then out of step with the others' pace.
  {
    name: 'a target with a zero too many (800000 for 80000)',
    file: SAV,
    lineText: '        NDC: 800000',
    line: 11,
    severity: 'warning',
    message:
      /^NDC's target of £800,000 is about ten times what its achieved figures make it at the other councils' pace \(about £1\d\d,\d00\): a zero too many\?$/,
    hint: /^check the figure: if NDC's target is £80,000, write 80000; if £800,000 is right, leave it$/,
    alone: true,
  },
  {
    name: 'a target with a zero left out (8000 for 80000)',
    file: SAV,
    lineText: '        NDC: 8000',
    line: 11,
    severity: 'warning',
    message: /^NDC's target of £8,000 is about a tenth of what its achieved figures make it .*: a zero left out\?$/,
    hint: /^check the figure: if NDC's target is £80,000, write 80000;/,
    alone: true,
  },
  {
    name: 'Kestrel: a target with a zero too many, beside one other council',
    plan: 'kestrel',
    file: KSAV,
    lineText: '        HDC: 450000',
    line: 13,
    severity: 'warning',
    message: /^HDC's target of £450,000 is about ten times what its achieved figures make it/,
    hint: /if HDC's target is £45,000, write 45000;/,
    alone: true,
  },
  // An earlier quarter's total with a zero too many: the quarter after it looks like a fall, but is right.
  {
    name: "an extra zero in an earlier quarter's total, so the next quarter looks like a fall",
    file: SAV,
    lineText: '          WBC: 250000',
    line: 17,
    severity: 'warning',
    message:
      /^WBC's Q1 achieved amount of £250,000 is about ten times the other councils' pace \(about £25,500 by Q1\), above its £120,000 target for the year, and above its own Q2 total: a zero too many\?$/,
    hint: /^check the figure: if it is £25,000, write 25000; the Q2 figure then needs no change$/,
    alone: true,
  },
  {
    name: "Kestrel: an extra zero in a middle quarter's total, so the next quarter looks like a fall",
    plan: 'kestrel',
    file: KSAV,
    lineText: '          KBC: 300000',
    line: 21,
    severity: 'warning',
    message:
      /^KBC's Q2 achieved amount of £300,000 is about ten times the other councils' pace .* and above its own Q3 total: a zero too many\?$/,
    hint: /^check the figure: if it is £30,000, write 30000;/,
  },
  // Cells of a tracker row and marks of a chat pasted as settings (words7).
  {
    name: 'the Status and RAG cells of a tracker row pasted over the status, a tab between them',
    file: GOV,
    edit: (text) => text.replace('status: Adopted by WBC and NDC\n        rag: amber', 'status: Adopted by WBC and NDC\tAmber'),
    line: 18,
    message:
      /^the status ends with a tab and "Amber", as if two cells of a spreadsheet row were pasted onto one line: "Amber" would be read as part of the status, and "rag: amber" would be lost$/,
    hint: /^end the status at "Adopted by WBC and NDC" and put "rag: amber" on a line of its own below it, 8 spaces from the left edge, lined up with "status:"$/,
    alone: true,
  },
  {
    name: 'Kestrel: a RAG cell pasted after a tab onto a status that had no rating',
    plan: 'kestrel',
    file: KGOV,
    lineText: '        status: Drafting\tGreen',
    line: 13,
    message: /^the status ends with a tab and "Green".*"rag: green" would be lost$/,
    hint: /^end the status at "Drafting" and put "rag: green" on a line of its own below it, 8 spaces from the left edge/,
    alone: true,
  },
  {
    name: 'Kestrel: the Status and Ended cells of a tracker row pasted onto one line',
    plan: 'kestrel',
    file: KGOV,
    edit: (text) => text.replace('status: Live\n        ended: completed', 'status: Live\tCompleted'),
    line: 28,
    message: /^the status ends with a tab and "Completed".*"ended: completed" would be lost$/,
    hint: /^end the status at "Live" and put "ended: completed" on a line of its own below it/,
    alone: true,
  },
  {
    name: 'a green circle from a Teams chat written for the RAG rating',
    file: GOV,
    lineText: '        rag: \u{1F7E2}',
    line: 13,
    message: /^"\u{1F7E2}" is a green mark, as a Teams chat shows a rating: plan needs the rating as a word, green$/u,
    hint: /^write rag: green$/,
    alone: true,
  },
  {
    name: 'Kestrel: a yellow circle with its emoji variation mark written for an amber rating',
    plan: 'kestrel',
    file: KGOV,
    edit: (text) => text.replace('status: Drafting\n', 'status: Drafting\n        rag: \u{1F7E1}\uFE0F\n'),
    line: 14,
    message: /^"\u{1F7E1}\uFE0F" is a yellow mark.*as a word, amber$/u,
    hint: /^write rag: amber$/,
    alone: true,
    repaired: (text) => text.replace('status: Drafting\n', 'status: Drafting\n        rag: amber\n'),
  },
  {
    name: 'a red heart from a chat written for a red rating, with a note after it',
    file: GOV,
    lineText: '        rag: \u2764\uFE0F # was amber',
    line: 19,
    message: /^"\u2764\uFE0F" is a red mark/u,
    hint: /^write rag: red$/,
    alone: true,
    repaired: (text) => text.replace('        rag: amber\n', '        rag: red # was amber\n'),
  },
  // A profile pasted as fractions of one, as a spreadsheet keeps percentages (words7).
  {
    name: 'Kestrel: the savings profile pasted from cells formatted as %, as fractions of one',
    plan: 'kestrel',
    file: PLAN,
    lineText: 'savingsProfile: [0.1, 0.2, 0.3, 0.4]',
    line: 11,
    message: /^the quarters' shares add up to 1, not 100: they are fractions of one, as a spreadsheet keeps a percentage \(0\.1 is 10%\)$/,
    hint: /^write each share in percent: \[10, 20, 30, 40\]$/,
    alone: true,
  },
  {
    name: "Kestrel: a target's profile pasted as fractions of one, with three decimals",
    plan: 'kestrel',
    file: KSAV,
    lineText: '      profile: [0.125, 0.125, 0.375, 0.375]',
    line: 36,
    message: /^the quarters' shares add up to 1, not 100: they are fractions of one/,
    hint: /^write each share in percent: \[12\.5, 12\.5, 37\.5, 37\.5\]$/,
    alone: true,
  },
  {
    name: 'a savings profile added to plan.yaml as fractions of one, with a note after it',
    file: PLAN,
    edit: (t) => `${t}savingsProfile: [.25, .25, .25, .25] # from the budget sheet\n`,
    line: 11,
    message: /^the quarters' shares add up to 1, not 100/,
    hint: /^write each share in percent: \[25, 25, 25, 25\]$/,
    alone: true,
    repaired: (t) => `${t}savingsProfile: [25, 25, 25, 25] # from the budget sheet\n`,
  },
  {
    name: 'Kestrel: a savings profile written one share a line, as fractions of one',
    plan: 'kestrel',
    file: PLAN,
    edit: (t) => t.replace('savingsProfile: [10, 20, 30, 40]', 'savingsProfile:\n  - 0.1\n  - 0.2\n  - 0.3\n  - 0.4'),
    line: 12,
    message: /^the quarters' shares add up to 1, not 100/,
    hint: /^write each share in percent: \[10, 20, 30, 40\]$/,
    alone: true,
  },
  // A key renamed to the tracker spreadsheet's column name (words7).
  {
    name: 'the "achieved:" key renamed "Actual:", the tracker\'s column name',
    file: SAV,
    lineText: '        Actual:',
    line: 25,
    message: /^"Actual" is not a key plan knows: it is a tracker spreadsheet's name for what plan writes as "achieved"$/,
    hint: /^write "achieved:" in place of "Actual:"$/,
    alone: true,
  },
  {
    name: 'Kestrel: the lead written under the tracker\'s column name "owner:"',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    owner: Head of Legal Services',
    line: 9,
    message: /^"owner" is not a key plan knows: it is a tracker spreadsheet's name for what plan writes as "lead"$/,
    hint: /^write "lead:" in place of "owner:"$/,
    alone: true,
  },
  {
    name: 'a narrative written under the tracker\'s column name "comments:"',
    file: GOV,
    lineText: '        comments: |',
    line: 14,
    message: /^"comments" is not a key plan knows: .* "narrative"$/,
    hint: /^write "narrative:" in place of "comments:"$/,
  },
  // The year moved on by hand in plan.yaml, the sections still holding last year's updates.
  {
    name: 'Kestrel: the financial year moved on a year by hand in plan.yaml',
    plan: 'kestrel',
    file: PLAN,
    edit: (t) => t.replace('  label: 2014/15\n  starts: 2014-04-01', '  label: 2015/16\n  starts: 2015-04-01'),
    line: 5,
    severity: 'warning',
    message:
      /^the financial year here is 2015\/16, but 2 actions are due in 2014\/15, before it starts \(1 April 2015\): the year looks moved on by hand/,
    hint: /^write label: 2014\/15 and starts: 2014-04-01 back under "financialYear"; once Q4 is reported, start 2015\/16 with "plan new-quarter Q1 --new-year"/,
    alone: true,
  },
  {
    name: 'Kestrel: the financial year moved on two years by hand in plan.yaml',
    plan: 'kestrel',
    file: PLAN,
    edit: (t) => t.replace('  label: 2014/15\n  starts: 2014-04-01', '  label: 2016/17\n  starts: 2016-04-01'),
    line: 5,
    severity: 'warning',
    message: /^the financial year here is 2016\/17, but 3 actions are due in 2014\/15/,
    hint: /^write label: 2014\/15 and starts: 2014-04-01 back/,
    alone: true,
  },
  // Values written with a mark a spreadsheet, a PDF or a report adds, each with one right reading.
  {
    name: 'Kestrel: a due date pasted from a spreadsheet as its day number (42094: 2015-03-31, or 2019-04-01 from 1904; never fixed by --fix)',
    plan: 'kestrel',
    file: KSAV,
    lineText: '    due: 42094',
    line: 8,
    message: /^42094 is how a spreadsheet stores the date 31 March 2015: plan writes dates as YYYY-MM-DD$/,
    hint: /^write due: 2015-03-31, or due: 2019-04-01 if that is the date the spreadsheet shows \(a workbook that counts its days from 1904\)$/,
    alone: true,
  },
  {
    name: 'a due date pasted from a spreadsheet as its day number, in quotes ("41973" for 2014-11-30)',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: "41973"',
    line: 23,
    message: /^41973 is how a spreadsheet stores the date 30 November 2014/,
    hint: /^write due: 2014-11-30, or due: 2018-12-01 if/,
    alone: true,
  },
  {
    name: "a council's amount copied from Excel's formula bar with its leading apostrophe ('40000)",
    file: SAV,
    lineText: "          NDC: '40000",
    line: 27,
    message: /^the apostrophe before 40000 is a spreadsheet's mark for a number kept as text: plan needs the figure alone$/,
    hint: /^write NDC: 40000, without the apostrophe$/,
    alone: true,
  },
  {
    name: "Kestrel: an amount with Excel's leading apostrophe and its thousands comma ('27,000)",
    plan: 'kestrel',
    file: KSAV,
    lineText: "          HDC: '27,000",
    line: 27,
    message: /^the apostrophe before 27000 is a spreadsheet's mark/,
    hint: /^write HDC: 27000, without the apostrophe$/,
    alone: true,
  },
  {
    name: "a measure's figure in braces with Excel's leading apostrophe ('9)",
    file: GOV,
    edit: (t) => t.replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', "waivers: { WBC: 11, NDC: '9, EDC: 4 }"),
    line: 61,
    message: /^the apostrophe before 9 is a spreadsheet's mark for a number kept as text/,
    hint: /^write NDC: 9, without the apostrophe$/,
    alone: true,
  },
  {
    name: 'an amount written as an estimate, "c." before it (c.8000)',
    file: SAV,
    lineText: '          NDC: c.8000',
    line: 53,
    message: /^"c\." before 8000 means about: plan needs the figure alone$/,
    hint: /^write NDC: 8000 \(if it is an estimate, say so in the status or narrative\)$/,
    alone: true,
  },
  {
    name: 'Kestrel: an amount written as "approx. £3,000"',
    plan: 'kestrel',
    file: KSAV,
    lineText: '          HDC: approx. \u00a33,000',
    line: 40,
    message: /^"approx\." before 3000 means about/,
    hint: /^write HDC: 3000 /,
    alone: true,
  },
  {
    name: 'a measure\'s figure written as "about 11" in braces',
    file: GOV,
    edit: (t) => t.replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: about 11, NDC: 9, EDC: 4 }'),
    line: 61,
    message: /^"about" before 11 means about: plan needs the figure alone$/,
    hint: /^write WBC: 11 /,
    alone: true,
  },
  {
    name: 'a measure\'s figure typed inside quotes ("9")',
    file: GOV,
    edit: (t) => t.replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 11, NDC: "9", EDC: 4 }'),
    line: 61,
    message: /^the figure 9 is in quotes, which makes it text: plan needs it as a number$/,
    hint: /^write NDC: 9, without the quotes$/,
    alone: true,
  },
  {
    name: "a measure's figure typed inside the quotes of a TODO, one council a line",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
        "          waivers:\n            WBC: 11\n            NDC: '9'\n            EDC: 4",
      ),
    line: 63,
    message: /^the figure 9 is in quotes, which makes it text/,
    hint: /^write NDC: 9, without the quotes$/,
    alone: true,
    repaired: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
        '          waivers:\n            WBC: 11\n            NDC: 9\n            EDC: 4',
      ),
  },
  {
    name: 'Kestrel: a key copied from a PDF with "fi" joined into one character (pro\ufb01le:)',
    plan: 'kestrel',
    file: KSAV,
    lineText: '      pro\ufb01le: [12.5, 12.5, 37.5, 37.5]',
    line: 36,
    message: /^"pro\ufb01le" has the letters f and i joined into one character \(\ufb01\), as a PDF copies them/,
    hint: /^retype it as profile:$/,
    alone: true,
  },
  {
    name: 'Kestrel: plan.yaml\'s savingsPro\ufb01le: copied from a PDF, "fi" joined',
    plan: 'kestrel',
    file: PLAN,
    lineText: 'savingsPro\ufb01le: [10, 20, 30, 40]',
    line: 11,
    message: /^"savingsPro\ufb01le" has the letters f and i joined/,
    hint: /^retype it as savingsProfile:$/,
    alone: true,
  },
  {
    name: 'Kestrel: the savings profile written as a report words it (10/20/30/40%)',
    plan: 'kestrel',
    file: PLAN,
    lineText: 'savingsProfile: 10/20/30/40%',
    line: 11,
    message: /^the shares of "savingsProfile" are written as a report words them, with "\/" between them/,
    hint: /^write savingsProfile: \[10, 20, 30, 40\], without "\/" and "%"$/,
    alone: true,
  },
  {
    name: "Kestrel: a target's own profile written with slashes (12.5% / 12.5% / 37.5% / 37.5%)",
    plan: 'kestrel',
    file: KSAV,
    lineText: '      profile: 12.5% / 12.5% / 37.5% / 37.5%',
    line: 36,
    message: /^the shares of "profile" are written as a report words them/,
    hint: /^write profile: \[12\.5, 12\.5, 37\.5, 37\.5\], without "\/" and "%"$/,
    alone: true,
  },
  {
    name: 'a measure\'s unit written as the sign "%"',
    file: GOV,
    edit: (t) => t.replace('unit: count', 'unit: %'),
    line: 50,
    message: /^"%" stands for percent: "unit" is written as a word$/,
    hint: /^write unit: percent$/,
    alone: true,
    repaired: (t) => t.replace('unit: count', 'unit: percent'),
  },
  {
    name: 'a measure\'s unit written as "No." for a count',
    file: GOV,
    edit: (t) => t.replace('unit: count', 'unit: No.'),
    line: 50,
    message: /^"No\." stands for count: "unit" is written as a word$/,
    hint: /^write unit: count$/,
    alone: true,
  },
  {
    name: 'a measure\'s target written "n/a" for no target',
    file: GOV,
    edit: (t) => t.replace('target: { WBC: 10, NDC: 8, EDC: 5 }', 'target: n/a'),
    line: 52,
    message: /^"n\/a" means no target: plan writes that as none$/,
    hint: /^write target: none$/,
    alone: true,
    repaired: (t) => t.replace('target: { WBC: 10, NDC: 8, EDC: 5 }', 'target: none'),
  },
  {
    name: 'a measure\'s target written "Not applicable"',
    file: GOV,
    edit: (t) => t.replace('target: { WBC: 10, NDC: 8, EDC: 5 }', 'target: Not applicable'),
    line: 52,
    message: /^"Not applicable" means no target/,
    hint: /^write target: none$/,
    alone: true,
    repaired: (t) => t.replace('target: { WBC: 10, NDC: 8, EDC: 5 }', 'target: none'),
  },
  {
    name: 'a two-tone rating (amber/green)',
    file: GOV,
    lineText: '        rag: amber/green',
    line: 19,
    message: /^"rag" is one of red, amber and green, not "amber\/green": choose amber or green$/,
    hint: /^write rag: amber or rag: green, whichever fits$/,
    alone: true,
  },
  {
    name: 'a two-tone rating in capitals with a dash (Red-Amber)',
    file: GOV,
    lineText: '        rag: Red-Amber',
    line: 13,
    message: /^"rag" is one of red, amber and green, not "Red-Amber": choose red or amber$/,
    hint: /^write rag: red or rag: amber, whichever fits$/,
    alone: true,
  },
  // How an action ended, written as a tracker writes it (heldout set 10).
  {
    name: 'Kestrel: the day the action ended written for "ended:", the status not saying how',
    plan: 'kestrel',
    file: KGOV,
    lineText: '        ended: 28/11/2014',
    line: 29,
    message: /^"ended" says how the action ended, completed or dropped, not when \("28\/11\/2014"\): the update's quarter says when$/,
    hint: /^write ended: completed if the action was done, or ended: dropped if it was given up; if the day matters, say it in the narrative$/,
    alone: true,
  },
  {
    name: 'the month an action ended written for "ended:", under the status "Done"',
    file: GOV,
    edit: (t) => t.replace('        status: On track\n', '        status: Done\n        ended: Sept 2015\n'),
    line: 33,
    message:
      /^"ended" says how the action ended, completed or dropped, not when \("Sept 2015"\): .*the status \(line 32\) says it was completed$/,
    hint: /^write ended: completed$/,
    alone: true,
    repaired: (t) => t.replace('        status: On track\n', '        status: Done\n        ended: completed\n'),
  },
  {
    name: 'Kestrel: a completed action rated blue, as a BRAG tracker does',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) => t.replace('        status: Live\n', '        status: Live\n        rag: Blue\n'),
    line: 29,
    message:
      /^"Blue" is the BRAG rating for a completed action: plan marks a completed action with "ended: completed" \(line 30\), and rates it red, amber or green$/,
    hint: /^write rag: green$/,
    alone: true,
  },
  {
    name: 'a blue circle from a BRAG tracker for a rating',
    file: GOV,
    lineText: '        rag: \u{1F535}',
    line: 19,
    message: /^"\u{1F535}" is the BRAG rating for a completed action: plan marks a completed action with "ended: completed", and rates it/u,
    hint: /^write rag: green, and if the action is done, add ended: completed on the line below, 8 spaces from the left edge$/,
    alone: true,
  },
  // A key of the action moved into an update, as a tracker keeps dates with each quarter (heldout set 10).
  {
    name: 'Kestrel: the lead officer line moved into the Q2 update',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) =>
      t
        .replace('    lead: Procurement Manager\n', '')
        .replace('        status: Live\n', '        status: Live\n        lead: Procurement Manager\n'),
    line: 28,
    message: /^"lead:" belongs to the action, not to its Q2 update$/,
    hint: /^move the line up above "updates:" \(line 23\), 4 spaces from the left edge: lead: Procurement Manager$/,
    alone: true,
  },
  {
    name: 'a due date typed into the Q1 update of an action that has none',
    file: GOV,
    edit: (t) => t.replace('        status: Not started\n', '        status: Not started\n        due: 2015-12-31\n'),
    line: 31,
    message: /^"due:" belongs to the action, not to its Q1 update$/,
    hint: /^move the line up above "updates:" \(line 28\), 4 spaces from the left edge: due: 2015-12-31$/,
    alone: true,
  },
  // A value copied with its heading, the key's own name (heldout set 10).
  {
    name: 'a rating copied with its tracker heading "RAG status:"',
    file: GOV,
    lineText: '        rag: RAG status: green',
    line: 13,
    message: /^"RAG status:" after "rag:" is the heading the text had where it was copied from, not part of it$/,
    hint: /^write rag: green$/,
    alone: true,
  },
  {
    name: 'a narrative block whose first line was copied with its heading "Narrative:"',
    file: GOV,
    edit: (t) => t.replace(NARR15, `          Narrative: ${NARR15.trimStart()}`),
    line: 15,
    message: /^"Narrative:" at the start of line 15 is the heading the text had where it was copied from, not part of the narrative$/,
    hint: /^delete "Narrative:" and the space after it from the start of line 15$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: a narrative on its line copied with its heading "Narrative:"',
    plan: 'kestrel',
    file: KGOV,
    lineText: '        narrative: Narrative: Council meets in February.',
    line: 18,
    message: /^"Narrative:" after "narrative:" is the heading the text had/,
    hint: /^write narrative: Council meets in February\.$/,
    alone: true,
  },
  // Another action's narrative copied with its update and left (heldout set 10).
  {
    name: "the action above's Q2 narrative copied into procurement training's Q2 update and left",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          4 sessions held, 46 officers trained:\n          - WBC 21\n          - NDC 15\n          - EDC 10\n',
        "          Adopted by WBC Cabinet (8 September) and NDC Executive (15 September).\n          EDC's Audit Committee asked for changes to the waiver limits; back in Q3.\n\n          Rules published at https://www.westbrook.gov.uk/procurement.\n",
      ),
    line: 33,
    message:
      /^the Q2 narrative of action "procurement-training" is word for word the Q2 narrative of action "contract-procedure-rules" \(lines 21\u201324\): copied from the action above\?$/,
    hint: /^write this action's own Q2 narrative in its place; leave the narrative of "contract-procedure-rules" as it is$/,
    severity: 'warning',
    alone: true,
  },
  // The new quarter's narrative pasted over the one before as well (heldout set 10).
  {
    name: "Kestrel: Q3's new narrative, with Q3's figures, pasted over Q2's too",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '      Q2:\n        achieved:\n          KBC: 30000',
          '      Q2:\n        narrative: Savings so far are KBC \u00a350,000 and HDC \u00a327,000.\n        achieved:\n          KBC: 30000',
        )
        .replace('narrative: Fleet and stationery contracts let.', 'narrative: Savings so far are KBC \u00a350,000 and HDC \u00a327,000.'),
    line: 20,
    message:
      /^the Q2 narrative of action "[^"]+" is its Q3 narrative word for word \(line 25\), and gives the Q3 figures \(KBC \u00a350,000 and HDC \u00a327,000, lines 27\u201328\), not Q2's \(lines 22\u201323\): the Q3 text was pasted over it$/,
    hint: /^write the Q2 narrative back in line 20 as it was/,
    severity: 'warning',
    alone: true,
  },
  // Words plan wrote, or the report adds, left in a line the officer edited (heldout set 7).
  {
    name: 'the section title pasted from the appendix with its number in front',
    file: LOC,
    lineText: 'title: 3 Local Suppliers and Social Value',
    line: 3,
    severity: 'warning',
    message: /^the title starts with the section number 3, which the report puts before the title itself/,
    hint: /^remove "3" from the start of the title, so that it reads: title: Local Suppliers and Social Value$/,
    alone: true,
  },
  {
    name: 'Kestrel: the section title in quotes, written "2. Governance"',
    plan: 'kestrel',
    file: KGOV,
    lineText: 'title: "2. Governance"',
    line: 3,
    severity: 'warning',
    message: /^the title starts with the section number 2,/,
    hint: /^remove "2\." from the start of the title/,
    alone: true,
    repaired: (t) => t.replace('title: Governance', 'title: "Governance"'),
  },
  {
    name: 'the "confirm:" line of a target answered instead of deleted',
    file: SAV,
    edit: (t) =>
      t.replace(
        '      measure: cashable savings\n',
        '      measure: cashable savings\n      confirm: "checked 14/04/2015: these are the 2015/16 targets"\n',
      ),
    line: 9,
    severity: 'warning',
    message:
      /^the "confirm:" line the new year wrote here has been answered \("checked 14\/04\/2015: these are the 2015\/16 targets"\): the target is confirmed, so the line is no longer needed/,
    hint: /^delete line 9 /,
    alone: true,
  },
  {
    name: 'Kestrel: "confirm: done" left below the target amounts',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => t.replace('        HDC: 45000\n', '        HDC: 45000\n      confirm: done\n'),
    line: 14,
    severity: 'warning',
    message: /has been answered \("done"\)/,
    hint: /^delete line 14 /,
    alone: true,
  },
  {
    name: 'only "TODO " deleted from a carried note\'s "TODO check:"',
    file: SAV,
    lineText: '          EDC: "check: fleet contract savings expected from October"',
    line: 30,
    message: /^"check:" is what is left of the "TODO check:" plan new-quarter put before the EDC note/,
    hint: /^delete "check: " from the start of the note, so that it reads "fleet contract savings expected from October"/,
    alone: true,
    repaired: (t) => t.replace('EDC: fleet contract savings expected from October', 'EDC: "fleet contract savings expected from October"'),
  },
  {
    name: 'a carried note left as "Check: …" without quotes',
    file: SAV,
    lineText: '          EDC: Check: fleet contract savings expected from October',
    line: 30,
    message: /^"Check:" is what is left of the "TODO check:"/,
    alone: true,
  },
  // Marks pasted from other programs (heldout set 7).
  {
    name: 'Teams code-block marks pasted above and below a measure line',
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
        '          ```\n          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          ```\n',
      ),
    line: 57,
    message: /^lines 57 and 59, "```", are the marks Teams or a chat puts around text typed as code, pasted with it: not part of the plan$/,
    hint: /^delete both lines \(lines 57 and 59\); keep the lines between them/,
    alone: true,
  },
  {
    name: 'Kestrel: "```yaml" and "```" pasted around the achieved lines, at the left edge',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '      Q3:\n        narrative: Fleet and stationery contracts let.\n        achieved:\n',
          '      Q3:\n        narrative: Fleet and stationery contracts let.\n        achieved:\n```yaml\n',
        )
        .replace('          HDC: 27000\n', '          HDC: 27000\n```\n'),
    line: 26,
    message: /^lines 26 and 29, "```yaml", are the marks Teams or a chat puts around/,
    alone: true,
  },
  {
    name: 'a status pasted from a spreadsheet cell with a line break in it',
    file: GOV,
    edit: (t) => t.replace('        status: Draft circulated\n', '        status: "Draft\ncirculated"\n'),
    line: 12,
    message: /^the status goes on over 2 lines, as a spreadsheet cell with a line break in it is pasted/,
    hint: /^join line 13 onto line 12, so that it reads: status: "Draft circulated"$/,
    alone: true,
    repaired: (t) => t.replace('status: Draft circulated', 'status: "Draft circulated"'),
  },
  {
    name: 'Kestrel: a narrative from a spreadsheet cell with two line breaks',
    plan: 'kestrel',
    file: KGOV,
    lineText: '        narrative: "Council meets\nin\nFebruary."',
    line: 18,
    message: /^the narrative goes on over 3 lines/,
    hint: /^join lines 19\u201320 onto line 18, so that it reads: narrative: "Council meets in February\."$/,
    alone: true,
    repaired: (t) => t.replace('narrative: Council meets in February.', 'narrative: "Council meets in February."'),
  },
  {
    name: 'a narrative with bullets written after ">" instead of "|"',
    file: GOV,
    lineText: '        narrative: >',
    line: 33,
    severity: 'warning',
    message: /^after ">" the lines of the narrative below are joined into one, so the report would print its bullets run together/,
    hint: /^write "narrative: \|" in place of "narrative: >"/,
    alone: true,
  },
  {
    name: 'Kestrel: an action with a bullet written after ">-"',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    action: >-',
    line: 6,
    severity: 'warning',
    message: /^after ">" the lines of the action below are joined into one/,
    alone: true,
    repaired: (t) => t.replace('    action: |\n', '    action: |-\n'),
  },
  {
    name: "a whole action pasted inside the narrative of the action above, at the text's indent",
    file: GOV,
    edit: (t) => {
      const lines = t.split('\n');
      for (let i = 25; i <= 36; i++) if (lines[i] !== '') lines[i] = `        ${lines[i]}`;
      return lines.join('\n');
    },
    line: 26,
    message:
      /^"- id: procurement-training" on line 26 and the lines below it, to line 37, are inside the text of "narrative:" above them, so the report would print them as text and leave this action out$/,
    hint: /^move lines 26\u201337 8 spaces to the left, so that "- id:" lines up with the one on line 5$/,
    alone: true,
  },
  {
    name: 'a short action pasted further in than the narrative above it',
    file: LOC,
    edit: (t) => {
      const lines = t.split('\n');
      for (let i = 14; i <= 19; i++) if (lines[i] !== '') lines[i] = `          ${lines[i]}`;
      return lines.join('\n');
    },
    line: 15,
    message: /^"- id: social-value-policy" on line 15 and the lines below it, to line 20, are inside the text of "narrative:"/,
    hint: /^move lines 15\u201320 10 spaces to the left, so that "- id:" lines up with the one on line 5$/,
    alone: true,
  },
  // Values copied in the form another program shows them (held-out set 8).
  {
    name: 'a quarter movement written with its plus sign as the achieved total',
    file: SAV,
    lineText: '          NDC: +18000',
    line: 27,
    message: /^"\+18000" is written as a change \(the rise since Q1\), but achieved is NDC's total so far this year$/,
    hint: /^write 40000 \(\u00a322,000 at Q1 \+ \u00a318,000\)$/,
    alone: true,
  },
  {
    name: 'a quarter movement with its plus sign in braces, the quarter before written line by line',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t.replace('        achieved:\n          KBC: 50000\n          HDC: 27000', '        achieved: { KBC: +20000, HDC: 27000 }'),
    line: 25,
    message: /^"\+20000" is written as a change \(the rise since Q2\), but achieved is KBC's total so far this year$/,
    hint: /^write 50000 \(\u00a330,000 at Q2 \+ \u00a320,000\)$/,
    alone: true,
  },
  {
    name: 'a lagging measure figure written as the report shows it, "4 (Q1 figure)"',
    file: GOV,
    lineText: '          waivers: { WBC: 11, NDC: 9, EDC: 4 (Q1 figure) }',
    line: 61,
    message:
      /^"4 \(Q1 figure\)" is how the report shows a figure for an earlier quarter; in the plan a figure for Q1 is written \{ value: 4, quarter: Q1 \}/,
    hint: /^write EDC: \{ value: 4, quarter: Q1 \}$/,
    alone: true,
    repaired: (t) => t.replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 11, NDC: 9, EDC: { value: 4, quarter: Q1 } }'),
  },
  {
    name: 'a lagging measure figure one council a line, its quarter in brackets after it',
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
        '          waivers:\n            WBC: 11\n            NDC: 9\n            EDC: 4 (figure for Q1)',
      ),
    line: 64,
    message: /^"4 \(figure for Q1\)" is how the report shows a figure for an earlier quarter/,
    hint: /^write EDC: \{ value: 4, quarter: Q1 \}$/,
    alone: true,
    repaired: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
        '          waivers:\n            WBC: 11\n            NDC: 9\n            EDC: { value: 4, quarter: Q1 }',
      ),
  },
  {
    name: 'a due date copied from a spreadsheet with its time of midnight',
    plan: 'kestrel',
    file: KSAV,
    lineText: '    due: 2015-03-31 00:00:00',
    line: 8,
    message: /^the due date, 2015-03-31 \(31 March 2015\), has a time after it, 00:00:00, as a spreadsheet keeps a date/,
    hint: /^write the date alone: due: 2015-03-31$/,
    alone: true,
  },
  {
    name: 'a due date exported from a list with a time, "T" between them',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: 2014-11-30T00:00',
    line: 23,
    message: /^the due date, 2014-11-30 \(30 November 2014\), has a time after it, 00:00,/,
    hint: /^write the date alone: due: 2014-11-30$/,
    alone: true,
  },
  {
    name: "the year's first day written with a time after it",
    file: PLAN,
    lineText: '  starts: 2015-04-01 00:00:00',
    line: 6,
    message: /^the date of "starts:", 2015-04-01 \(1 April 2015\), has a time after it/,
    hint: /^write the date alone: starts: 2015-04-01$/,
    alone: true,
  },
  {
    name: "an action's id copied from Teams between backticks",
    file: SAV,
    lineText: '  - id: `income-from-services`',
    line: 32,
    message:
      /^the backticks around "income-from-services" are the marks Teams or a chat puts around code, copied with it: they are not part of the id$/,
    hint: /^delete them: - id: income-from-services$/,
    alone: true,
  },
  {
    name: 'a status copied from a chat between backticks',
    plan: 'kestrel',
    file: KSAV,
    lineText: '        status: `On track`',
    line: 42,
    message: /^the backticks around "On track" are the marks Teams or a chat puts around code/,
    hint: /^delete them: status: On track$/,
    alone: true,
  },
  {
    name: 'a status line pasted back from the JSON output, key in quotes and a comma at the end',
    file: GOV,
    lineText: '        "status": "Draft circulated",',
    line: 12,
    message: /^this line is written as in a JSON file, with quotes around "status" and a comma at the end$/,
    hint: /^write it as the lines around it are: status: Draft circulated$/,
    alone: true,
  },
  {
    name: "a council's achieved line pasted back as JSON",
    file: SAV,
    lineText: '          "NDC": 40000,',
    line: 27,
    message: /^this line is written as in a JSON file, with quotes around "NDC" and a comma at the end$/,
    hint: /^write it as the lines around it are: NDC: 40000$/,
    alone: true,
  },
  {
    name: 'the broken bar of a UK keyboard typed for the "|" after narrative:',
    file: GOV,
    lineText: '        narrative: \u00a6',
    line: 14,
    message: /^"\u00a6" \(U\+00A6\) looks like "\|" but is not the "\|" that starts the narrative on the lines below$/,
    hint: /^write narrative: \|/,
    alone: true,
  },
  {
    name: 'a full-width bar typed for the "|" after narrative:, over a list',
    file: GOV,
    lineText: '        narrative: \uff5c',
    line: 33,
    message: /^"\uff5c" \(U\+FF5C\) looks like "\|"/,
    hint: /^write narrative: \|/,
    alone: true,
  },
  {
    name: 'a narrative typed on the lines below the placeholder new-quarter wrote, the placeholder left',
    file: GOV,
    lineText: '        narrative: "TODO: write the Q2 narrative"',
    line: 20,
    message: /^the placeholder "TODO: write the Q2 narrative" is still on line 20, with the narrative written below it$/,
    hint: /^write narrative: \| in place of it, so that the text from line 21 is the narrative$/,
    alone: true,
  },
  {
    name: 'a one-line narrative typed below its placeholder',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t.replace(
        '        narrative: Fleet and stationery contracts let.',
        "        narrative: 'TODO: write the Q3 narrative'\n          Fleet and stationery contracts let.",
      ),
    line: 24,
    message: /^the placeholder "TODO: write the Q3 narrative" is still on line 24/,
    hint: /^write narrative: \| in place of it, so that the text from line 25 is the narrative$/,
    alone: true,
    repaired: (t) =>
      t.replace(
        '        narrative: Fleet and stationery contracts let.',
        '        narrative: |\n          Fleet and stationery contracts let.',
      ),
  },
  // plan.yaml slips that leave it well formed and every figure under the wrong name or months.
  {
    name: "two councils' names pasted beside each other's codes in plan.yaml",
    file: PLAN,
    edit: (t) =>
      t
        .replace('NDC: Northdale District Council', 'NDC: Eastmere District Council')
        .replace('EDC: Eastmere District Council', 'EDC: Northdale District Council'),
    line: 9,
    message:
      /^the code NDC does not fit the name "Eastmere District Council", nor EDC "Northdale District Council", while each name fits the other code/,
    hint: /^swap the two names: write NDC: Northdale District Council and EDC: Eastmere District Council$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "Kestrel: the two councils' names in the other order in plan.yaml",
    plan: 'kestrel',
    file: PLAN,
    edit: (t) =>
      t.replace(
        'KBC: Kestrel Borough Council\n  HDC: Harrier District Council',
        'KBC: Harrier District Council\n  HDC: Kestrel Borough Council',
      ),
    line: 8,
    message: /^the code KBC does not fit the name "Harrier District Council", nor HDC "Kestrel Borough Council"/,
    hint: /^swap the two names: write KBC: Kestrel Borough Council and HDC: Harrier District Council$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'the year start written as 1 January, the first day of the calendar year',
    file: PLAN,
    lineText: '  starts: 2015-01-01',
    line: 6,
    message: /^the financial year 2015\/16 runs across two calendar years, but starts: 2015-01-01 starts it in January/,
    hint: /^the year 2015\/16 starts on 1 April \(Q1 is April\u2013June\): write starts: 2015-04-01$/,
    alone: true,
  },
  {
    name: 'Kestrel: the year start written as January, its comment kept',
    plan: 'kestrel',
    file: PLAN,
    lineText: '  starts: 2014-01-01 # Q1 is April to June',
    line: 6,
    message: /starts: 2014-01-01 starts it in January/,
    hint: /write starts: 2014-04-01$/,
    alone: true,
    repaired: (t) => t.replace('  starts: 2014-04-01', '  starts: 2014-04-01 # Q1 is April to June'),
  },
  // Text pasted with what another program added to it.
  {
    name: 'an address pasted from an email as Outlook Safe Links wrapped it',
    file: GOV,
    edit: (t) =>
      t.replace(
        'Rules published at https://www.westbrook.gov.uk/procurement.',
        'Rules published at https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.westbrook.gov.uk%2Fprocurement&data=05%7C02%7Cj.smith%40westbrook.gov.uk%7C9d1c%7C0&sdata=Qx7%2Bk%3D&reserved=0.',
      ),
    line: 24,
    message: /^this address is a link as Outlook "Safe Links" wraps it in an email or a chat, not the page itself/,
    hint: /^write the page's own address in its place: https:\/\/www\.westbrook\.gov\.uk\/procurement$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'an address pasted from a Google Docs comment as Google redirects it',
    file: LOC,
    edit: (t) =>
      t.replace(
        'See www.example-county.gov.uk/suppliers.',
        'See https://www.google.com/url?q=https://www.example-county.gov.uk/suppliers&sa=D&source=editors&ust=1700000000&usg=AOvVaw1.',
      ),
    line: 29,
    message: /^this address is a link as Google wraps it/,
    hint: /in its place: https:\/\/www\.example-county\.gov\.uk\/suppliers$/,
    severity: 'warning',
    alone: true,
    // The redirect holds the address with its scheme; the officer had written it without.
    repaired: (t) => t.replace('See www.example-county.gov.uk/suppliers.', 'See https://www.example-county.gov.uk/suppliers.'),
  },
  {
    name: "a PDF's page footer copied between two bullets of a narrative",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          - NDC 15\n',
        '          - NDC 15\n          Shared Procurement Strategy Action Plan 2015/16 Q2 Update          Page 3 of 12\n',
      ),
    line: 37,
    message:
      /^line 37, "Shared Procurement Strategy Action Plan 2015\/16 Q2 Update Page 3 of 12", looks like a page footer copied from a PDF/,
    hint: /^delete line 37; the lines above and below it stay as they are$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a PDF's running title and page number, one space apart, copied into a narrative",
    file: SAV,
    edit: (t) =>
      t.replace(
        '18% below previous prices).\n',
        '18% below previous prices).\n          Appendix A \u2013 Shared Procurement Strategy Action Plan Page 2 of 7\n',
      ),
    line: 24,
    message: /looks like a page footer copied from a PDF/,
    hint: /^delete line 24;/,
    severity: 'warning',
    alone: true,
  },
  // Figures the rest of the plan contradicts (set 8).
  {
    name: "a measure's two digits typed the wrong way round, the narrative giving the figure",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
        '          waivers: { WBC: 21, NDC: 8, EDC: 4 }\n        narrative: |\n          Waivers approved in the quarter: WBC 12, NDC 8 and EDC 4.\n',
      ),
    line: 57,
    message:
      /^the Q1 value of "waivers", WBC 21, is not what the Q1 narrative \(line 59\) gives, WBC 12, though it gives NDC's and EDC's as written: digits typed the wrong way round\?$/,
    hint: /^if the narrative is right, write 12 for WBC; if the figure is right, correct the narrative$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "one council's measure figure filled down onto the councils below it, the narrative giving theirs",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        '          waivers:\n            WBC: 11\n            NDC: 11\n            EDC: 11\n        narrative: |\n          Waivers approved (WBC 11, NDC 9, EDC 4): fewer at WBC.\n',
      ),
    line: 63,
    message:
      /^the Q2 values of "waivers", NDC 11 and EDC 11, are not what the Q2 narrative \(line 66\) gives, NDC 9 and EDC 4, though it gives WBC's as written: WBC's figure copied onto the lines below\?$/,
    hint: /^if the narrative is right, write 9 for NDC and 4 for EDC; if the figures are right, correct the narrative$/,
    severity: 'warning',
    alone: true,
  },
  {
    // Writing Q2, the officer found the Q1 "achieved:" lines first and typed Q2's totals there.
    name: "two quarters' achieved totals typed into each other's lines",
    file: SAV,
    edit: totalsExchanged,
    line: 17,
    message:
      /^the Q1 and Q2 achieved figures look the wrong way round: Q1 has WBC \u00a361,250, NDC \u00a340,000, EDC \u00a315,000 and Q2 has WBC \u00a325,000, NDC \u00a322,000, EDC \u00a39,000, so every council's total falls at Q2/,
    hint: /^if Q1's figures were typed into Q2's lines and the other way round, write WBC: 61250, NDC: 40000, EDC: 15000 on lines 26\u201328 and WBC: 25000, NDC: 22000, EDC: 9000 on lines 17\u201319/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "Kestrel: the Q2 and Q3 achieved totals typed into each other's lines",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace('          KBC: 30000\n          HDC: 12000\n', '          KBC: 50000\n          HDC: 27000\n')
        .replace(
          '        narrative: Fleet and stationery contracts let.\n        achieved:\n          KBC: 50000\n          HDC: 27000\n',
          '        narrative: Fleet and stationery contracts let.\n        achieved:\n          KBC: 30000\n          HDC: 12000\n',
        ),
    line: 21,
    message:
      /^the Q2 and Q3 achieved figures look the wrong way round: Q2 has KBC \u00a350,000, HDC \u00a327,000 and Q3 has KBC \u00a330,000, HDC \u00a312,000/,
    hint: /write KBC: 50000, HDC: 27000 on lines 26\u201327 and KBC: 30000, HDC: 12000 on lines 21\u201322/,
    severity: 'warning',
  },
  {
    // The Q1 lagging figure's "quarter: Q1" copied onto the new figure, only the number changed.
    name: "a lagging figure's quarter copied onto a new figure that an earlier update already gives",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        '          waivers: { WBC: 11, NDC: 9, EDC: { value: 3, quarter: Q1 } }\n',
      ),
    line: 61,
    message: /^EDC's Q2 value of "waivers", 3, is marked as a Q1 figure, but the Q1 update \(line 57\) already gives EDC's Q1 figure as 4/,
    hint: /^if 3 is EDC's Q2 figure, write it as EDC: 3, without "quarter: Q1"; if it is another quarter's figure, write that quarter in place of Q1$/,
    severity: 'warning',
  },
  {
    // The tracker's "quarterly target" row (the year's \u00f7 4) pasted over the annual amounts.
    name: "the quarter's share of each target written for the year's target, the action's text giving the year's",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings through joint contracts (per year WBC £120,000, NDC £80,000, EDC £60,000).\n',
        )
        .replace(
          '        WBC: 120000\n        NDC: 80000\n        EDC: 60000\n',
          '        WBC: 30000\n        NDC: 20000\n        EDC: 15000\n',
        ),
    line: 10,
    message:
      /^the target amounts \(WBC \u00a330,000, NDC \u00a320,000, EDC \u00a315,000\) are each a quarter of the yearly amounts the action's text gives \(WBC \u00a3120,000, NDC \u00a380,000, EDC \u00a360,000\)/,
    hint: /^if the text gives the year's targets, write WBC: 120000, NDC: 80000, EDC: 60000 on lines 10\u201312; if the targets are right, correct the action's text$/,
    severity: 'warning',
    alone: true,
  },
  {
    // The measure's lines copied from one where higher is better, and "better:" left as it was.
    name: "a measure's better-direction the other way from the one the action's text gives",
    file: GOV,
    edit: (t) => t.replace('        unit: count\n        better: lower\n', '        unit: count\n        better: higher\n'),
    line: 51,
    message: /^"waivers" says higher is better, but the action's text says "Cut the number of waivers\u2026"/,
    hint: /^if a lower figure is better, write better: lower; if higher is right, leave it$/,
    severity: 'warning',
  },
  // Text left by another program in what an officer pasted (set 9): one check of every text, one table of families.
  {
    name: 'a narrative pasted from a plain-text e-mail reply, each line after its "> " quote mark',
    file: GOV,
    edit: (t) =>
      t.replace(
        '          Draft rules circulated to the three monitoring officers on 12 June.\n          Comments due by 10 July.\n',
        '          > Draft rules circulated to the three monitoring officers on 12 June.\n          > Comments due by 10 July.\n',
      ),
    line: 15,
    message: /^lines 15 and 16 start with "> ", the mark an e-mail reply puts before quoted lines, which the report would print$/,
    hint: /^delete "> " from the start of lines 15 and 16$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a narrative quoted twice in an e-mail thread, each line after "> > "',
    file: SAV,
    edit: (t) =>
      t.replace(
        "          Joint stationery contract let in August (3 years, 18% below previous prices).\n          EDC's share",
        "          > > Joint stationery contract let in August (3 years, 18% below previous prices).\n          > > EDC's share",
      ),
    line: 23,
    message: /^lines 23 and 24 start with "> > ", the mark an e-mail reply puts before quoted lines/,
    hint: /^delete "> > " from the start of lines 23 and 24$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a web page\'s "&amp;" on the second line of a narrative written without "|"',
    file: GOV,
    edit: (t) =>
      t.replace(
        '        narrative: |\n          Draft rules circulated to the three monitoring officers on 12 June.\n          Comments due by 10 July.\n',
        '        narrative: Draft rules circulated to the three monitoring officers\n          on 12 June &amp; comments due by 10 July.\n',
      ),
    line: 15,
    message: /^"&amp;" is how a web page writes "&" underneath, copied as it is written$/,
    hint: /^write "&" in place of "&amp;"$/,
    severity: 'warning',
    alone: true,
    repaired: (o) =>
      o.replace(
        '        narrative: |\n          Draft rules circulated to the three monitoring officers on 12 June.\n          Comments due by 10 July.\n',
        '        narrative: Draft rules circulated to the three monitoring officers\n          on 12 June & comments due by 10 July.\n',
      ),
  },
  {
    name: 'a council\'s note exported from a SharePoint list with "_x000D_"',
    file: SAV,
    edit: (t) =>
      t.replace('EDC: fleet contract savings expected from October\n', 'EDC: fleet contract savings expected from October_x000D_\n'),
    line: 30,
    message: /^"_x000D_" is how a spreadsheet export writes a line break in a cell, not text$/,
    hint: /^write EDC: fleet contract savings expected from October$/,
    severity: 'warning',
    alone: true,
  },

  {
    name: 'two sentences of a narrative joined by a line separator (U+2028) copied from a web form',
    file: GOV,
    edit: (t) => t.replace('on 12 June.\n          Comments due', 'on 12 June.\u2028Comments due'),
    line: 15,
    message: /^line 15 holds a line separator \(U\+2028\), the character a web page or form keeps for a line break/,
    hint: /^break the line there \(between "June\." and "Comments"\): put "Comments" and what follows on a line of its own/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a paragraph separator (U+2029) inside a one-line status',
    file: GOV,
    lineText: '        status: Draft\u2029circulated',
    line: 12,
    message: /^line 12 holds a paragraph separator \(U\+2029\)/,
    hint: /^write status: Draft circulated$/,
    severity: 'warning',
    alone: true,
    repaired: (o) => o,
  },
  {
    name: 'a zero-width space pasted inside the words of a status',
    file: GOV,
    lineText: '        status: Draft\u200b circulated',
    line: 12,
    message: /^line 12 holds a zero-width space \(U\+200B\), an invisible character pasted with the text from another program/,
    hint: /^write status: Draft circulated$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a soft hyphen from Word inside a word of a narrative',
    file: GOV,
    edit: (t) => t.replace('Draft rules circulated to', 'Draft rules circu\u00adlated to'),
    line: 15,
    message: /^line 15 holds a soft hyphen \(U\+00AD\), an invisible character/,
    hint: /^delete it \(between "circu" and "lated"\)$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'two soft hyphens from a PDF inside two words of one narrative line',
    file: GOV,
    edit: (t) => t.replace('Draft rules circulated to the three monitoring', 'Draft rules circu\u00adlated to the three moni\u00adtoring'),
    line: 15,
    message: /^line 15 holds a soft hyphen \(U\+00AD\), an invisible character/,
    hint: /^delete it \(between "circu" and "lated"\), and the one \(between "moni" and "toring"\)$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a status copied from an Excel export of a SharePoint list, with its "_x000D_"',
    file: GOV,
    lineText: '        status: Adopted by WBC and NDC_x000D_',
    line: 18,
    message: /^"_x000D_" is how a spreadsheet export writes a line break in a cell, not text$/,
    hint: /^write status: Adopted by WBC and NDC$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a status copied from a web page with "&amp;" for "&"',
    file: GOV,
    lineText: '        status: Adopted by WBC &amp; NDC',
    line: 18,
    message: /^"&amp;" is how a web page writes "&" underneath, copied as it is written$/,
    hint: /^write status: Adopted by WBC & NDC$/,
    severity: 'warning',
    alone: true,
    repaired: (o) => o.replace('status: Adopted by WBC and NDC', 'status: Adopted by WBC & NDC'),
  },
  {
    name: 'a status that starts with a web page\'s "&pound;" for "£": mended with no quotes (heldout16)',
    file: GOV,
    lineText: '        status: &pound;4,000 saved by WBC and NDC',
    line: 18,
    message: /^"&pound;" is how a web page writes "£" underneath, copied as it is written$/,
    hint: /^write status: £4,000 saved by WBC and NDC$/,
    severity: 'warning',
    alone: true,
    repaired: (o) => o.replace('status: Adopted by WBC and NDC', 'status: £4,000 saved by WBC and NDC'),
  },
  {
    name: 'an apostrophe copied from a web page as its number, "&#8217;"',
    file: GOV,
    edit: (t) => t.replace("EDC's Audit Committee", 'EDC&#8217;s Audit Committee'),
    line: 22,
    message: /^"&#8217;" is how a web page writes "\u2019" underneath/,
    hint: /^write "\u2019" in place of "&#8217;"$/,
    severity: 'warning',
    alone: true,
    repaired: (o) => o.replace("EDC's Audit Committee", 'EDC\u2019s Audit Committee'),
  },
  {
    name: 'a web page\'s "<br>" between two sentences of a narrative',
    file: GOV,
    edit: (t) => t.replace('on 12 June.\n          Comments due', 'on 12 June.<br>Comments due'),
    line: 15,
    message: /^"<br>" is a mark a web page uses to lay out its text, copied with the words$/,
    hint: /^start a new line in place of "<br>"$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a line break written as "\\n" by the program a status was exported from',
    file: GOV,
    lineText: '        status: Draft circulated\\nComments due 10 July',
    line: 12,
    message: /^"\\n" is how another program writes a line break in its text/,
    hint: /^write status: Draft circulated Comments due 10 July$/,
    severity: 'warning',
    alone: true,
    repaired: (o) => o.replace('status: Draft circulated', 'status: Draft circulated Comments due 10 July'),
  },
  {
    name: "Word's broken cross-reference pasted in an action's text",
    file: GOV,
    edit: (t) => t.replace('agree one shared set:', 'agree one shared set (section Error! Reference source not found.):'),
    line: 7,
    message: /^"Error! Reference source not found\." is the message Word shows in place of a broken cross-reference/,
    hint: /^write the reference it stood for \(the rule, section or page number\) in place of "Error! Reference source not found\."$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Word\'s "Error! Bookmark not defined." pasted in a narrative',
    file: GOV,
    edit: (t) => t.replace('Comments due by 10 July.', 'Comments due by 10 July (page Error! Bookmark not defined.).'),
    line: 16,
    message: /^"Error! Bookmark not defined\." is the message Word shows/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a spreadsheet's #REF! copied into a narrative in place of a figure",
    file: SAV,
    edit: (t) => t.replace('(3 years, 18% below', '(3 years, #REF! below'),
    line: 23,
    message: /^"#REF!" is the error a spreadsheet shows in a cell whose formula failed/,
    hint: /^type what the cell stood for \(the words or the figure\) in place of "#REF!"; never 0/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a spreadsheet's #N/A after a status, which YAML would read as a note",
    file: GOV,
    lineText: '        status: Adopted by WBC and NDC #N/A',
    line: 18,
    message: /^"#N\/A" is the error a spreadsheet shows/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a spreadsheet's hashes for a figure too wide for its column, in a narrative",
    file: SAV,
    edit: (t) => t.replace('(3 years, 18% below', '(3 years, \u00a3######## saved, 18% below'),
    line: 23,
    message: /^"########" is what a spreadsheet shows when its column is too narrow for the figure, not a figure$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "an Outlook picture's placeholder left at the end of a narrative",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          Comments due by 10 July.\n',
        '          Comments due by 10 July.\n          [cid:image001.png@01D1F2A3.4B5C6D70]\n',
      ),
    line: 17,
    message: /^"\[cid:image001\.png@01D1F2A3\.4B5C6D70\]" is where an e-mail had a picture, not text of the narrative$/,
    hint: /^delete line 17$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "an e-mail's From, Sent, To and Subject lines pasted above a narrative",
    file: GOV,
    edit: (t) =>
      t.replace(
        NARR15,
        '          From: Jo Smith\n          Sent: 14 July 2015 09:12\n          To: Procurement Team\n          Subject: RE: CPR draft\n' +
          NARR15,
      ),
    line: 15,
    message: /^lines 15\u201318 \("From: Jo Smith" \u2026\) are the heading of an e-mail, pasted with its text$/,
    hint: /^delete lines 15\u201318; keep the message's own words below them$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: '"Sent from my iPhone" pasted with the end of a narrative',
    file: GOV,
    edit: (t) => t.replace('          Comments due by 10 July.\n', '          Comments due by 10 July.\n          Sent from my iPhone\n'),
    line: 17,
    message: /^"Sent from my iPhone" is the line an e-mail app adds below each message/,
    hint: /^delete line 17$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'the "(edited)" mark of a Teams message copied at the end of a narrative line',
    file: GOV,
    edit: (t) => t.replace('          Comments due by 10 July.\n', '          Comments due by 10 July. (edited)\n'),
    line: 16,
    message: /^"\(edited\)" at the end of line 16 is the mark Teams or Slack puts on a message edited after it was sent/,
    hint: /^delete "\(edited\)"$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a web form's character counter copied below a narrative",
    file: GOV,
    edit: (t) =>
      t.replace('          Comments due by 10 July.\n', '          Comments due by 10 July.\n          1,856 characters remaining\n'),
    line: 17,
    message: /^"1,856 characters remaining" is the counter a web form shows below its text box/,
    hint: /^delete line 17$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a Teams chat's time and name copied above a narrative",
    file: GOV,
    edit: (t) => t.replace(NARR15, `          [09:41] Sam Patel\n${NARR15}`),
    line: 15,
    message: /^"\[09:41\] Sam Patel" is the time and name a Teams or Slack chat copies with a message, not text of the narrative$/,
    hint: /^delete line 15$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'an e-mail address copied from Outlook\'s plain text with its "<mailto:...>"',
    file: GOV,
    edit: (t) => t.replace('Comments due by 10 July.', 'Comments due by 10 July to legal@ndc.gov.uk<mailto:legal@ndc.gov.uk>.'),
    line: 16,
    message: /^"<mailto:legal@ndc\.gov\.uk>" is how an e-mail's plain text writes the link behind an address/,
    hint: /^delete "<mailto:legal@ndc\.gov\.uk>"$/,
    severity: 'warning',
    alone: true,
    repaired: (o) => o.replace('Comments due by 10 July.', 'Comments due by 10 July to legal@ndc.gov.uk.'),
  },
  // What a mail system, Notepad or a US keyboard leaves in a text (heldout set 10).
  {
    name: "Notepad's F5 time and date glued to the end of a narrative's last sentence",
    file: LOC,
    edit: (t) => t.replace('rated it useful or very useful.', 'rated it useful or very useful.14:22 21/10/2015'),
    line: 13,
    message: /^"14:22 21\/10\/2015" at the end of line 13 is the time and date Notepad's F5 key types in, not part of the narrative$/,
    hint: /^delete "14:22 21\/10\/2015" after "useful\."$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "Kestrel: Notepad's F5 time and date, US style, after a one-line narrative",
    plan: 'kestrel',
    file: KGOV,
    lineText: '        narrative: Council meets in February. 9:05 AM 1/6/2015',
    line: 18,
    message: /^"9:05 AM 1\/6\/2015" at the end of line 18 is the time and date Notepad's F5 key types in/,
    hint: /^write narrative: Council meets in February\.$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a mail system's warning on an e-mail from outside, pasted as the first line of a narrative",
    file: SAV,
    edit: (t) =>
      t.replace(
        '        narrative: |\n',
        '        narrative: |\n          [EXTERNAL] This message came from outside the council. Do not click links unless you trust the sender.\n',
      ),
    line: 23,
    message: /^line 23 \("\[EXTERNAL\] This message came from/,
    hint: /^delete line 23$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "an e-mail's confidentiality notice pasted at the end of a narrative",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          Comments due by 10 July.\n',
        '          Comments due by 10 July.\n          This e-mail and any attachments are confidential and intended solely for the addressee.\n',
      ),
    line: 17,
    message: /^line 17 \("This e-mail and any attachments are .*is a line a mail system adds to an e-mail/,
    hint: /^delete line 17$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a measure\'s "better:" the wrong way round, its narrative calling figures under target "within target"',
    file: GOV,
    edit: (t) =>
      t
        .replace('action: Cut the number of waivers', 'action: Report the number of waivers')
        .replace('        better: lower\n        target: { WBC: 10', '        better: higher\n        target: { WBC: 10')
        .replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n        narrative: Waivers this quarter were NDC 8 and EDC 4, both within target.\n',
        ),
    line: 51,
    message:
      /^"waivers" says higher is better, but the Q1 narrative says "within target" of NDC's 8 and EDC's 4 \(targets 8 and 5\), which holds only if lower is better/,
    hint: /^if a lower figure is better, write better: lower; if higher is right, correct the Q1 narrative$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a due quarter written as the calendar\'s: "due: Q3" for an action "by the end of September"',
    file: GOV,
    edit: (t) =>
      t.replace(
        '      - waivers and who may approve them.\n    updates:',
        '      - waivers and who may approve them.\n      All three to adopt it by the end of September 2015.\n    due: Q3\n    updates:',
      ),
    line: 11,
    message:
      /^due: Q3 is October to December in this plan's year, but the action's text says "by the end of September 2015", which is in Q2: Q3 of the calendar year\?$/,
    hint: /^write due: Q2, or the date itself, due: 2015-09-30; if Q3 is right, change the text$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a narrative\'s line for one council copied for the next and not renamed ("- Northdale: 8" twice, no Eastmere)',
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
        '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n        narrative: |\n          Waivers approved this quarter, by council:\n          - Westbrook: 12, most for urgent repairs.\n          - Northdale: 8, all under the old rules.\n          - Northdale: 4, two for the leisure contract.\n',
      ),
    line: 62,
    message:
      /^line 62 names Northdale again, with 4, which is EDC's Q1 figure, and the narrative names Eastmere nowhere: the line copied for Eastmere and not renamed\?$/,
    hint: /^write Eastmere in place of Northdale on line 62$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'the two councils\' total "together" typed as one council\'s, each council\'s own "taking it to" a total',
    file: SAV,
    edit: (t) =>
      t.replace(
        '        achieved:\n          WBC: 12000\n          NDC: 3000\n',
        '        narrative: |\n          WBC invoiced £8,000 in July to September, taking it to £12,000, and NDC £2,000,\n          taking it to £3,000. Together the two councils have invoiced £15,000 so far this year.\n        achieved:\n          WBC: 12000\n          NDC: 15000\n',
      ),
    line: 54,
    message:
      /^NDC's Q2 invoiced amount, £15,000, is the councils' total together \(the narrative, line 51\), not NDC's own, which the narrative gives as £3,000/,
    hint: /^write NDC's own figure, 3000$/,
    severity: 'warning',
  },
  {
    name: "a council's invoiced and quoted amounts typed on each other's lines, the narrative giving each",
    file: SAV,
    edit: (t) =>
      t.replace(
        '        achieved:\n          WBC: 12000\n          NDC: 3000\n        pending:\n          NDC: 8000\n',
        '        narrative: |\n          NDC has invoiced £3,000 so far this year and quoted £8,000 to two more parishes.\n        achieved:\n          WBC: 12000\n          NDC: 8000\n        pending:\n          NDC: 3000\n',
      ),
    line: 53,
    message:
      /^NDC's Q2 invoiced and quoted amounts look typed on each other's lines: the narrative gives NDC £3,000 invoiced \(line 50\) and £8,000 quoted \(line 50\)$/,
    hint: /^write NDC: 3000 under "invoiced" and NDC: 8000 under "quoted"; if the figures are right, correct the narrative$/,
    severity: 'warning',
  },
  {
    name: "a target's name copied from the action above, the text naming no money: the action's id names it",
    file: SAV,
    edit: (t) =>
      t
        .replace('action: Earn income by selling procurement support', 'action: Sell procurement support')
        .replace('      measure: income from procurement services', '      measure: cashable savings'),
    line: 35,
    message:
      /^this target is named "cashable savings", as is the target of action "cashable-savings" \(line 8\): copied from there and not typed over\? nothing in this action speaks of cashable savings, and its id names what it counts: income from services$/,
    hint: /^write measure: income from services$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a measure's row typed from the narrative's other list, the one the measure's name does not head",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
        '          waivers: { WBC: 5, NDC: 3, EDC: 2 }\n        narrative: |\n          Waivers approved in April to June were WBC 12, NDC 8 and EDC 4.\n          Of those, the waivers for urgent repairs were WBC 5, NDC 3 and EDC 2.\n',
      ),
    line: 57,
    message:
      /^the Q1 figures of "waivers" \(WBC 5, NDC 3, EDC 2\) are the narrative's other list \(line 60\); the list its sentence gives for waivers approved, the measure's name, is WBC 12, NDC 8, EDC 4 \(line 59\)$/,
    hint: /^write waivers: \{ WBC: 12, NDC: 8, EDC: 4 \}; if the figures are right, say in the narrative which list they are$/,
    severity: 'warning',
  },
  {
    name: "Kestrel: a quarter's figure overwritten by the next quarter's with Replace All, both narratives giving the amounts",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '      Q2:\n        achieved:\n          KBC: 30000\n          HDC: 12000\n',
          '      Q2:\n        narrative: "KBC: £21,000 from the fleet contract. HDC: £9,000 from stationery."\n        achieved:\n          KBC: 30000\n          HDC: 27000\n',
        )
        .replace(
          '        narrative: Fleet and stationery contracts let.',
          '        narrative: "KBC: £20,000 from the print contract. HDC: £15,000 from fleet."',
        ),
    line: 23,
    message:
      /^HDC's Q2 achieved figure, £27,000, is the same as its Q3 figure: Q1's £3,000 plus the Q2 narrative's £9,000 \(line 20\) is £12,000, and the Q3 narrative's £15,000 \(line 25\) takes £12,000 to Q3's £27,000: a Replace All that changed the Q2 line too\?$/,
    hint: /^write HDC: 12000, as both narratives give it; leave the Q3 figure as it is$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "Kestrel: last year's year typed in a date of the quarter's narrative",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t.replace(
        '        narrative: Fleet and stationery contracts let.',
        '        narrative: Fleet contract let on 3 November 2013; stationery contract let on 1 December 2014.',
      ),
    line: 24,
    message:
      /^"3 November 2013" in the Q3 narrative is a year before the quarter: Q3's November is in 2014, as the action's words give it elsewhere$/,
    hint: /^write "3 November 2014"; if the date really was a year earlier, leave it$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a due date that is the start of the period the action's text runs it",
    file: GOV,
    edit: (t) =>
      t.replace(
        '      - waivers and who may approve them.\n    updates:',
        '      - waivers and who may approve them.\n      The councils are consulted from 1 June to 30 September 2015.\n    due: 2015-06-01\n    updates:',
      ),
    line: 11,
    message:
      /^due: 2015-06-01 is the start of the period the action's text gives, "from 1 June to 30 September 2015": from that day the report lists the action as overdue$/,
    hint: /^write due: 2015-09-30, the end of that period; if the action is due the day it starts, change the text$/,
    severity: 'warning',
  },
  {
    name: "a due date read off a US-style invite, month and day the wrong way round against the text's date",
    file: GOV,
    edit: (t) =>
      t.replace(
        '      - waivers and who may approve them.\n    updates:',
        '      - waivers and who may approve them.\n      The shared rules go to the joint committee on 5 February 2016.\n    due: 2016-05-02\n    updates:',
      ),
    line: 11,
    message: /^due: 2016-05-02 is the action's own date, "5 February 2016", with the month and the day the wrong way round/,
    hint: /^write due: 2016-02-05; if 2016-05-02 is right, change the text$/,
    severity: 'warning',
  },
  {
    name: "a council's target for the year copied into its achieved figure, the narrative giving its own amount",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          '          WBC: £36,250 from the stationery contract.\n          EDC: £6,000 from the cleaning contract.\n',
        )
        .replace('          NDC: 40000\n          EDC: 15000\n', '          NDC: 40000\n          EDC: 60000\n'),
    line: 29,
    message:
      /^EDC's Q2 achieved figure, £60,000, is its target for the year to the pound, but the narrative \(line 25\) gives EDC £6,000, which with Q1's £9,000 makes £15,000/,
    hint: /^if £6,000 is EDC's own for Q2, write EDC: 15000; if £60,000 is right, say in the narrative that EDC met its target$/,
    severity: 'warning',
  },
  {
    name: 'a pending amount kept though the narrative says it will not now come',
    file: SAV,
    edit: (t) =>
      t.replace(
        '        status: Behind target\n',
        "        status: Behind target\n        narrative: NDC's £8,000 quote will not now be achieved, as the parish withdrew.\n",
      ),
    line: 54,
    message: /^NDC's £8,000 is still pending at Q2, but the narrative says it will not now be achieved/,
    hint: /^delete line 54, and the "pending:" line above it; the narrative keeps why$/,
    severity: 'warning',
  },
  {
    name: 'an action that ended in one quarter marked ended in a new update of the next, saying nothing new',
    file: LOC,
    edit: (t) =>
      t.replace(
        '          See www.example-county.gov.uk/suppliers.\n        ended: dropped\n',
        "          See www.example-county.gov.uk/suppliers.\n      Q2:\n        status: Dropped in favour of the county's portal\n        ended: dropped\n        narrative: No further update.\n",
      ),
    line: 32,
    message: /^Q2 marks the action ended, but its update says nothing new and keeps Q1's status: it ended in Q1\?/,
    hint: /^move "ended: dropped" into the Q1 update \(line 25\), and delete the Q2 update;/,
    severity: 'warning',
  },
  {
    name: 'an update copied from a completed action: "ended: completed" left beside a status of "Dropped"',
    file: LOC,
    edit: (t) =>
      t
        .replace("status: Dropped in favour of the county's portal", "status: Dropped - the county's portal does the job")
        .replace('        ended: dropped', '        ended: completed'),
    line: 30,
    message: /^Q1 says "ended: completed", but its status starts "Dropped": the report would count the action as completed/,
    hint: /^write ended: dropped; if the action was completed, say so in the status$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: '"ended: dropped" beside a status rewritten to "Completed"',
    file: LOC,
    edit: (t) => t.replace("        status: Dropped in favour of the county's portal", '        status: Completed.'),
    line: 30,
    message: /^Q1 says "ended: dropped", but its status starts "Completed\."/,
    hint: /^write ended: completed;/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "an e-mail's sign-off and signature pasted at the end of a narrative, its notice last",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          Comments due by 10 July.\n',
        '          Comments due by 10 July.\n\n          Kind regards,\n          Sam Price\n          Head of Legal, Westbrook Borough Council\n          01632 960418\n          This e-mail and any attachments are confidential and intended solely for the\n          addressee. If you have received it in error, please tell the sender.\n',
      ),
    line: 18,
    message: /^lines 18\u201323 \("Kind regards," \u2026\) are the sign-off and signature of an e-mail/,
    hint: /^delete lines 18\u201323; keep the message's own words above them$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'an e-mail signed off "Thanks" and a first name, pasted at the end of a narrative',
    file: GOV,
    edit: (t) =>
      t.replace('          Comments due by 10 July.\n', '          Comments due by 10 July.\n          Thanks,\n          Sam\n'),
    line: 17,
    message: /^lines 17\u201318 \("Thanks," \u2026\) are the sign-off and signature of an e-mail/,
    hint: /^delete lines 17\u201318;/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'an address repeated in "<...>" as an e-mail\'s plain text gives a link',
    file: LOC,
    edit: (t) =>
      t.replace(
        'See www.example-county.gov.uk/suppliers.',
        'See www.example-county.gov.uk/suppliers<http://www.example-county.gov.uk/suppliers/>.',
      ),
    line: 29,
    message: /^"<http:\/\/www\.example-county\.gov\.uk\/.*" repeats the address before it, in the form an e-mail's plain text gives a link/,
    hint: /^delete "<http:\/\/www\.example-county\.gov\.uk\/suppliers\/>"$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a pound sign typed as "#" with the keyboard set to US English, in a status',
    file: SAV,
    lineText: '        status: On track, #101,250 saved so far',
    line: 21,
    message:
      /^"#101,250" is \u00a3101,250 typed with the keyboard set to US English, where Shift\+3 gives "#": as written, " #" starts a note, so the status stops before it$/,
    hint: /^write status: On track, \u00a3101,250 saved so far$/,
    severity: 'warning',
    alone: true,
    repaired: (o) => o.replace('status: On track for WBC and NDC', 'status: On track, \u00a3101,250 saved so far'),
  },
  {
    name: 'a pound sign typed as "#" with the keyboard set to US English, in a narrative',
    file: SAV,
    edit: (t) => t.replace('(3 years, 18% below previous prices)', '(3 years, #4,500 a year below previous prices)'),
    line: 23,
    message: /^"#4,500" is \u00a34,500 typed with the keyboard set to US English, where Shift\+3 gives "#"$/,
    hint: /^write \u00a34,500 in place of #4,500$/,
    severity: 'warning',
    alone: true,
    repaired: (o) => o.replace('(3 years, 18% below previous prices)', '(3 years, \u00a34,500 a year below previous prices)'),
  },
  {
    name: "a section title copied from a report's contents page, with its dot leader and page number",
    file: GOV,
    lineText: 'title: Governance and Policy .................................. 3',
    line: 3,
    message: /^the title on line 3 ends with a row of dots and a page number, as a contents page shows it$/,
    hint: /^write title: Governance and Policy$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a Word comment's mark left after a word of a narrative",
    file: GOV,
    edit: (t) => t.replace('Draft rules circulated to', 'Draft rules circulated[JS1] to'),
    line: 15,
    message: /^"\[JS1\]" is the mark Word puts where a reviewer's comment was attached/,
    hint: /^delete "\[JS1\]"$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a Word comment's own text pasted into a narrative",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          Comments due by 10 July.\n',
        '          Comments due by 10 July.\n          Commented [JS1]: check the date with legal\n',
      ),
    line: 17,
    message: /^"Commented \[JS1\]:" starts the text of a Word comment/,
    hint: /^delete "Commented \[JS1\]:"; keep the comment's own words after it only if they belong in the narrative$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'letters a PDF joined into one character in the words of a narrative',
    file: GOV,
    edit: (t) => t.replace('three monitoring officers', 'three monitoring o\ufb03cers'),
    line: 15,
    message: /^"\ufb03" is one character a PDF uses for the letters "ffi"/,
    hint: /^write "ffi" in place of "\ufb03"$/,
    severity: 'warning',
    alone: true,
  },
  {
    // UTF-8 saved by one program and read as Windows-1252 by another: "\u00a3" becomes "\u00c2\u00a3", "\u2019" "\u00e2\u20ac\u2122".
    name: 'a narrative whose pound sign and apostrophe came out garbled between two programs',
    file: GOV,
    edit: (t) =>
      t.replace('Comments due by 10 July.', 'Comments due by 10 July; \u00c2\u00a32,400 for the councils\u00e2\u20ac\u2122 legal costs.'),
    line: 16,
    message: /^"\u00c2\u00a3" is "\u00a3" garbled: the text was saved in one character set and read in another/,
    hint: /^write "\u00a3" in place of "\u00c2\u00a3", and "\u2019" in place of "\u00e2\u20ac\u2122"$/,
    severity: 'warning',
    alone: true,
    repaired: (t) => t.replace('Comments due by 10 July.', 'Comments due by 10 July; \u00a32,400 for the councils\u2019 legal costs.'),
  },
  {
    name: 'a word broken with a hyphen at a line end, as a PDF copies it',
    file: GOV,
    edit: (t) => t.replace('          Draft rules circulated to the three', '          Draft rules circu-\n          lated to the three'),
    line: 15,
    message: /^"circu-" at the end of line 15 and "lated" at the start of line 16 look like one word broken at a line end/,
    hint: /^join the two halves: write "circulated" at the end of line 15, and start line 16 at "to the three"$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a word written with its hyphen broken at a line end ("follow-" then "up"): joined, it keeps the hyphen',
    file: GOV,
    edit: (t) =>
      t.replace('          Comments due by 10 July.', '          Comments due by 10 July, with a follow-\n          up meeting in August.'),
    line: 16,
    message: /^"follow-" at the end of line 16 and "up" at the start of line 17 look like one word broken at a line end/,
    hint: /^join the two halves: write "follow-up" at the end of line 16, and start line 17 at "meeting in August\."$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a word broken with a hyphen at a line end, its second half ending the sentence, as a PDF copies it',
    file: GOV,
    edit: (t) =>
      t.replace(
        '          Draft rules circulated to the three monitoring officers on 12 June.',
        '          Draft rules circulated to the three monitoring offi-\n          cers. Sent on 12 June.',
      ),
    line: 15,
    message: /^"offi-" at the end of line 15 and "cers" at the start of line 16 look like one word broken at a line end/,
    hint: /^join the two halves: write "officers\." at the end of line 15, and start line 16 at "Sent on 12"$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a character lost in copying (U+FFFD) in a narrative',
    file: GOV,
    edit: (t) => t.replace("EDC's Audit", 'EDC\ufffds Audit'),
    line: 22,
    message: /^line 22 holds a replacement character \(U\+FFFD, a question mark in a box\)/,
    hint: /^type the character it stood for in its place/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "the plan's title copied from last quarter's covering report, with its quarter",
    file: PLAN,
    lineText: 'title: Shared Procurement Strategy Action Plan \u2013 Q2 Update',
    line: 2,
    message: /^the title ends with "\u2013 Q2 Update", which the report adds itself for each quarter$/,
    hint: /^write title: Shared Procurement Strategy Action Plan$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a one-line narrative of the second plan exported from SharePoint with "_x000D_"',
    plan: 'kestrel',
    file: KSAV,
    lineText: '        narrative: Fleet and stationery contracts let._x000D_',
    line: 24,
    message: /^"_x000D_" is how a spreadsheet export writes a line break/,
    hint: /^write narrative: Fleet and stationery contracts let\.$/,
    severity: 'warning',
    alone: true,
  },
  // Letters typed for digits, a RAG rating as a tracker writes it, quarters and dates in other shapes,
  // a spreadsheet's "####", an action due next year written with its quarter only.
  {
    name: 'the letter l typed for a one in an amount',
    file: SAV,
    lineText: '          WBC: 6l250',
    line: 26,
    message: /^"6l250" has the letter l where a one belongs: a figure is written in digits only$/,
    hint: /^write 61250$/,
    alone: true,
  },
  {
    name: 'the letter l typed for a one at the end of a measure figure, in braces',
    file: GOV,
    lineText: '          waivers: { WBC: 1l, NDC: 9, EDC: 4 }',
    line: 61,
    message: /^"1l" has the letter l where a one belongs/,
    // The letter stands after the digits: it could be a stray key, so the figure is asked, not written.
    hint: /^if the figure is 11, write WBC: 11; if not, type the figure itself, in digits$/,
    alone: true,
  },
  {
    name: 'Kestrel: the letter O typed for a zero in the year of a due quarter',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: 2O15/16 Q1',
    line: 33,
    message: /^"2O15\/16 Q1" has the letter O where a zero belongs/,
    hint: /^write due: 2015\/16 Q1$/,
    alone: true,
  },
  {
    name: 'Kestrel: a due quarter written before its year',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: Q1 2015/16',
    line: 33,
    message: /^"Q1 2015\/16" is a quarter written in another order: the plan writes it 2015\/16 Q1, the year first$/,
    hint: /^write due: 2015\/16 Q1$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: a due quarter written "Quarter 1 15/16"',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: Quarter 1 15/16',
    line: 33,
    message: /^"Quarter 1 15\/16" is a quarter in a form plan does not read: the plan writes it 2015\/16 Q1/,
    hint: /^write due: 2015\/16 Q1$/,
    alone: true,
  },
  {
    name: 'Kestrel: a due date written as a month and its year',
    plan: 'kestrel',
    file: KSAV,
    lineText: '    due: March 2015',
    line: 8,
    message: /^"March 2015" names a month: a due date is written YYYY-MM-DD, and by the end of that month is 2015-03-31$/,
    hint: /^write due: 2015-03-31 \(31 March 2015\)$/,
    alone: true,
  },
  {
    name: 'Kestrel: an action due in next year\'s Q1 written "due: Q1"',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: Q1',
    line: 33,
    message: /was due by the end of Q1 \(30 June 2014\), and at the end of Q3 it has not ended/,
    hint: /; if it is due in Q1 of next year, write due: 2015\/16 Q1$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: a due date written with its day before its month',
    plan: 'kestrel',
    file: KSAV,
    lineText: '    due: 2015-31-03',
    line: 8,
    message: /^write the due date as YYYY-MM-DD, month before day: 2015-03-31 \(not "2015-31-03"\)$/,
    hint: /^write due: 2015-03-31$/,
    alone: true,
  },
  {
    name: "a RAG rating written as the tracker's letter",
    file: GOV,
    lineText: '        rag: G',
    line: 13,
    message: /^"G" stands for green: "rag" is written as a word$/,
    hint: /^write rag: green$/,
    alone: true,
  },
  {
    name: 'a RAG rating written as a short form',
    file: GOV,
    lineText: '        rag: Grn',
    line: 13,
    message: /^"Grn" stands for green/,
    hint: /^write rag: green$/,
    alone: true,
  },
  {
    name: "a RAG rating written as two of the tracker's letters",
    file: GOV,
    lineText: '        rag: R/A',
    line: 19,
    message: /^"rag" is one of red, amber and green, not "R\/A": choose red or amber$/,
    hint: /^write rag: red or rag: amber, whichever fits$/,
    alone: true,
  },
  {
    name: 'a spreadsheet\'s "########" copied for an amount too wide for its column',
    file: SAV,
    lineText: '          NDC: ########',
    line: 27,
    message: /^######## is what a spreadsheet shows when a figure is too wide for its column: it is not the figure$/,
    hint: /^widen the column in the spreadsheet \(or click the cell\) to see the figure itself, then type it in place of ######## after "NDC:" on line 27, /,
    alone: true,
  },
  {
    name: "a measure line emptied to { }: the hint's example is one of this plan's councils",
    file: GOV,
    lineText: '          waivers: {}',
    line: 57,
    severity: 'warning',
    message: /^the Q1 line of "waivers" names no council, so the measure is left out of the Q1 report$/,
    hint: /^write each council's figure under it, e\.g\. WBC: 12; or delete the line/,
  },
  {
    name: "one figure for every council as a measure's target: the example names this plan's councils",
    file: GOV,
    lineText: '        target: 10 each',
    line: 52,
    message: /^a measure's target is a figure per council, or none$/,
    hint: /^write the target per council, e\.g\. target: \{ WBC: 5, NDC: 5 \}, or target: none/,
    alone: true,
  },
  {
    name: "a measure's target in { } across two lines with its closing brace left off",
    file: GOV,
    edit: (t) => t.replace('        target: { WBC: 10, NDC: 8, EDC: 5 }', '        target: { WBC: 10,\n                  NDC: 8, EDC: 5'),
    line: 52,
    message: /^the "\{" opened on this line is not closed: its figures go on to line 53, which must end with "\}"$/,
    hint: /^put "\}" at the end of line 53: NDC: 8, EDC: 5 \}$/,
    alone: true,
  },
  {
    name: "a measure's target in { } across two lines with a closing brace too many",
    file: GOV,
    edit: (t) =>
      t.replace('        target: { WBC: 10, NDC: 8, EDC: 5 }', '        target: { WBC: 10,\n                  NDC: 8, EDC: 5 } }'),
    line: 52,
    message: /^the "\{" opened on this line is closed more than once: line 53 has a "\}" too many$/,
    hint: /^delete one "\}" from the end of line 53: NDC: 8, EDC: 5 \}$/,
    alone: true,
  },
  // Figures the action's text gives as something else than the one typed.
  {
    name: "a measure's target typed as the figure the action's text says it starts from",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          'Cut the number of waivers of the Contract Procedure Rules approved each quarter.',
          'Cut the waivers of the Contract Procedure Rules approved each quarter to WBC 10, NDC 8 and EDC 5, from WBC 14, NDC 11 and EDC 7 now.',
        )
        .replace('target: { WBC: 10, NDC: 8, EDC: 5 }', 'target: { WBC: 10, NDC: 11, EDC: 5 }'),
    line: 52,
    message:
      /^the target of "waivers", NDC 11, is what the action's text gives as NDC's starting figure \(line 46\), not as the target: the text sets NDC 8 \(line 46\)$/,
    hint: /^if the text is right, write NDC: 8; if NDC 11 is the target, correct the action's text$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a measure's target typed as last year's figure, the text giving one target for each council but one",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          'Cut the number of waivers of the Contract Procedure Rules approved each quarter.',
          "Cut waivers to no more than 8 a quarter at each council (10 at WBC, 5 at EDC), from last year's 15 at WBC, 12 at NDC and 9 at EDC.",
        )
        .replace('target: { WBC: 10, NDC: 8, EDC: 5 }', 'target: { WBC: 15, NDC: 8, EDC: 5 }'),
    line: 52,
    message:
      /^the target of "waivers", WBC 15, is what the action's text gives as WBC's figure for last year \(line 46\), not as the target: the text sets WBC 10 \(line 46\)$/,
    hint: /^if the text is right, write WBC: 10; if WBC 15 is the target, correct the action's text$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a days figure typed in weeks, as the narrative now gives it in words and in days',
    file: GOV,
    edit: (t) =>
      t
        .replace('name: waivers approved\n        unit: count', 'name: days to approve a waiver\n        unit: days')
        .replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          "          waivers: { WBC: 11, NDC: 1, EDC: 4 }\n        narrative: NDC's return now gives the time in weeks, one week or 9 days.\n",
        ),
    line: 61,
    message:
      /^NDC's Q2 value of "waivers", 1, is its figure in weeks, as the Q2 narrative gives it \(line 62: "one week or 9 days"\), but "waivers" is counted in days$/,
    hint: /^write NDC: 9, the figure in days; if 1 is right as a number of days, correct the narrative$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a days figure typed as the share paid in time that the narrative gives beside the days (heldout16)',
    file: GOV,
    edit: (t) =>
      t
        .replace('name: waivers approved\n        unit: count', 'name: days to pay\n        unit: days')
        .replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers: { WBC: 11, NDC: 88, EDC: 4 }\n        narrative: NDC paid 88% of invoices within 30 days, at an average of 9 days.\n',
        ),
    line: 61,
    message:
      /^NDC's Q2 value of "waivers", 88, is the percentage the Q2 narrative gives \(line 62: "88%"\), but "waivers" is counted in days, and the narrative gives 9 days$/,
    hint: /^write NDC: 9, the figure in days; if 88 is right as a number of days, correct the narrative$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a days figure typed in weeks, as the narrative gives it in weeks only',
    file: GOV,
    edit: (t) =>
      t
        .replace('name: waivers approved\n        unit: count', 'name: days to approve a waiver\n        unit: days')
        .replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 2, NDC: 8, EDC: 4 }\n        narrative: |\n          NDC and EDC as before. WBC took 2 weeks on average.\n',
        ),
    line: 57,
    message: /^WBC's Q1 value of "waivers", 2, is its figure in weeks, as the Q1 narrative gives it \(line 59: "2 weeks"\)/,
    hint: /^write WBC: 14, the figure in days/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: a profile copied from a calendar-year system, January to March first',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          'Claim the energy rebate on street lighting.',
          'Claim the energy rebate on street lighting, paid by the quarter in shares of 12.5%, 12.5%, 37.5% and 37.5% from Q1 to Q4.',
        )
        .replace('profile: [12.5, 12.5, 37.5, 37.5]', 'profile: [37.5, 12.5, 12.5, 37.5]'),
    line: 36,
    message:
      /^the profile \[37\.5, 12\.5, 12\.5, 37\.5\] is the shares the action's text gives \(line 30: 12\.5%, 12\.5%, 37\.5% and 37\.5%\) in another order, starting with January to March as a calendar-year system lists them$/,
    hint: /^write profile: \[12\.5, 12\.5, 37\.5, 37\.5\], the text's shares from Q1 \(April to June\) to Q4/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a profile typed from the last quarter back, the text giving it from the first',
    file: SAV,
    edit: (t) =>
      t
        .replace(
          'Deliver cashable savings through joint contracts.',
          'Deliver cashable savings through joint contracts; as they start, the profile is 10%, 20%, 30% and 40% from the first quarter to the last.',
        )
        .replace('      measure: cashable savings\n', '      measure: cashable savings\n      profile: [40, 30, 20, 10]\n'),
    line: 9,
    message:
      /^the profile \[40, 30, 20, 10\] is the shares the action's text gives \(line 6: 10%, 20%, 30% and 40%\) in another order, from the last quarter back to the first$/,
    hint: /^write profile: \[10, 20, 30, 40\]/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a measure's value typed as the figure a year ago that the narrative gives beside the quarter's",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        '          waivers: { WBC: 11, NDC: 6, EDC: 4 }\n        narrative: NDC approved 9 waivers (up from 6 a year ago) as the new rules bed in.\n',
      ),
    line: 61,
    message:
      /^NDC's Q2 value of "waivers", 6, is what the Q2 narrative gives as its figure a year ago \(line 62: "NDC approved 9 waivers \(up from 6 a year ago\)"\); the narrative gives 9 for Q2$/,
    hint: /^if the narrative is right, write NDC: 9; if 6 is NDC's Q2 figure, correct the narrative$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a measure's value typed as the year's total so far that the narrative gives beside the quarter's",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        '          waivers: { WBC: 23, NDC: 9, EDC: 4 }\n        narrative: |\n          WBC approved 11 waivers in the quarter and 23 in the year to date.\n',
      ),
    line: 61,
    message: /^WBC's Q2 value of "waivers", 23, is what the Q2 narrative gives as its figure for the year as a whole \(line 63: /,
    hint: /^if the narrative is right, write WBC: 11;/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'the section number with the full stop a Word heading puts after it',
    file: LOC,
    lineText: 'section: "3."',
    line: 2,
    message: /^the "\." after 3 is the one a Word heading's numbering puts after the number/,
    hint: /^write section: "3"$/,
    alone: true,
  },
  {
    name: 'Kestrel: the section number with the bracket of a numbered heading, unquoted',
    plan: 'kestrel',
    file: KGOV,
    lineText: 'section: 2)',
    line: 2,
    message: /^the "\)" after 2 is the one a Word heading's numbering puts after the number/,
    hint: /^write section: "2"$/,
    alone: true,
  },
  {
    name: 'Kestrel: a due quarter copied from the report with its words, "Q2 (by 30 September 2014)"',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: Q2 (by 30 September 2014)',
    line: 10,
    message: /^"\(by 30 September 2014\)" after the quarter is the report's wording of the due quarter/,
    hint: /^write due: Q2$/,
    alone: true,
  },
  {
    name: 'Kestrel: a due quarter and its year with words after a dash, "2015/16 Q1 - end of June"',
    plan: 'kestrel',
    file: KGOV,
    lineText: '    due: 2015/16 Q1 - end of June',
    line: 33,
    message: /^"end of June" after the quarter is the report's wording of the due quarter/,
    hint: /^write due: 2015\/16 Q1$/,
    alone: true,
  },
  {
    name: 'Kestrel: a due date given as the financial year alone, "2014-15"',
    plan: 'kestrel',
    file: KSAV,
    lineText: '    due: 2014-15',
    line: 8,
    message: /^"2014-15" is the whole financial year, not a date or a quarter/,
    hint: /^write due: 2014\/15 Q4 \(the end of March\);/,
    alone: true,
  },
  {
    name: 'the year-end date from the accounts typed as the day the year starts',
    file: PLAN,
    lineText: '  starts: 2016-03-31',
    line: 6,
    message: /^2016-03-31 is the last day of the financial year 2015\/16, not its first/,
    hint: /^the year 2015\/16 starts on 1 April: write starts: 2015-04-01$/,
    alone: true,
  },
  {
    name: 'semicolons between the councils of a measure line, as a European Excel separates a list',
    file: GOV,
    lineText: '          waivers: { WBC: 12; NDC: 8; EDC: 4 }',
    line: 57,
    message: /^the councils' figures are separated by ";" where a comma belongs/,
    hint: /^write the line as: waivers: \{ WBC: 12, NDC: 8, EDC: 4 \}$/,
    alone: true,
  },
  {
    name: 'a bar between two councils of a target line and a comma between the others',
    file: GOV,
    lineText: '        target: { WBC: 10 | NDC: 8, EDC: 5 }',
    line: 52,
    message: /^the councils' figures are separated by "\|" where a comma belongs/,
    hint: /^write the line as: target: \{ WBC: 10, NDC: 8, EDC: 5 \}$/,
    alone: true,
  },
  {
    name: "a Word form's drop-down placeholder copied as the status",
    file: GOV,
    lineText: '        status: Choose an item.',
    line: 12,
    message: /^"Choose an item\." is what a Word form shows in a box where nothing was typed or chosen.*as the Q1 status$/,
    hint: /^write the Q1 status in its place$/,
    alone: true,
  },
  {
    name: "a Word form's text-box placeholder copied after the status",
    file: GOV,
    lineText: '        status: Draft circulated Click or tap here to enter text.',
    line: 12,
    message: /^"Click or tap here to enter text\." is what a Word form shows/,
    hint: /^delete it, so that the line reads: status: Draft circulated$/,
    alone: true,
  },
  {
    name: 'a status copied from a SharePoint list export with the lookup item number before it',
    file: GOV,
    lineText: '        status: 14;#Draft circulated',
    line: 12,
    message: /^"14;#" before "Draft circulated" is the item number a SharePoint list writes/,
    hint: /^write status: Draft circulated$/,
    alone: true,
  },
  {
    name: 'a status typed with Caps Lock on, a council code among its words',
    file: GOV,
    lineText: '        status: aDOPTED BY WBC AND NDC',
    line: 18,
    message: /^this status looks typed with Caps Lock on/,
    hint: /^write status: Adopted by WBC and NDC$/,
    alone: true,
  },
  {
    name: 'a list copied from a PDF, each bullet a Symbol-font glyph of the private use area and one space',
    file: GOV,
    edit: (t) =>
      t.replace(
        '      - thresholds for quotations and tenders;\n      - waivers',
        '      \uf0b7 thresholds for quotations and tenders;\n      \uf0b7 waivers',
      ),
    line: 8,
    message: /^lines 8\u20139 start with U\+F0B7, a Symbol or Wingdings font's bullet as a PDF copies it/,
    hint: /^write each as "- " and its text, e\.g\. - thresholds/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Outlook\'s sad face ":(" copied as the letter L at the end of a narrative line',
    file: GOV,
    edit: (t) => t.replace(NARR15, NARR15.replace('12 June.', '12 June. L')),
    line: 15,
    message: /^the "L" after the end of the sentence is the smiley ":\(" that Outlook writes as a Wingdings face/,
    hint: /^delete " L" at the end of the line$/,
    alone: true,
  },
  {
    name: 'Enter pressed inside the braces of a measure line, the rest at the left edge',
    file: GOV,
    edit: (t) => t.replace('          waivers: { WBC: 12, NDC: 8, EDC: 4 }', '          waivers: { WBC: 12, NDC: 8,\nEDC: 4 }'),
    line: 57,
    message: /^line 58 is the rest of this line, broken inside the "\{ \}"/,
    hint: /^join line 58 onto the end of this line, so that it reads: waivers: \{ WBC: 12, NDC: 8, EDC: 4 \}$/,
    alone: true,
  },
  {
    name: 'Enter pressed inside the braces of a target line, the rest less far in',
    file: GOV,
    edit: (t) => t.replace('        target: { WBC: 10, NDC: 8, EDC: 5 }', '        target: { WBC: 10,\n    NDC: 8, EDC: 5 }'),
    line: 52,
    message: /^line 53 is the rest of this line, broken inside the "\{ \}"/,
    hint: /^join line 53 onto the end of this line, so that it reads: target: \{ WBC: 10, NDC: 8, EDC: 5 \}$/,
    alone: true,
  },
  {
    name: "a quarter's measure line pasted under the quarter before, which has it already",
    file: GOV,
    edit: (t) =>
      t
        .replace('          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n', '')
        .replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        ),
    line: 58,
    message:
      /^"waivers:" is here a second time in Q1 \(the first is on line 57\), and Q2's "measures:" \(line 61\) has none: this line is probably the next quarter's, pasted under Q1$/,
    hint: /^if line 58 is Q2's, move it under Q2's "measures:" on line 61; otherwise merge what line 58 says into line 57, then delete line 58$/,
  },
  // A key line typed as the last line of a text, lined up with it: the report prints it as text.
  {
    name: "a RAG rating retyped below the narrative's last line, lined up with its text",
    file: GOV,
    edit: (t) =>
      t.replace(
        `        rag: green\n        narrative: |\n${NARR15}          Comments due by 10 July.\n`,
        `        narrative: |\n${NARR15}          Comments due by 10 July.\n          rag: green\n`,
      ),
    line: 16,
    message: /^"rag: green" is lined up with the narrative's text above it, so the report would print it as part of that text/,
    hint: /^start it 8 spaces from the left edge, lined up with "narrative:" \(line 13\)$/,
    alone: true,
    repaired: (t) =>
      t.replace(
        `        rag: green\n        narrative: |\n${NARR15}          Comments due by 10 July.\n`,
        `        narrative: |\n${NARR15}          Comments due by 10 July.\n        rag: green\n`,
      ),
  },
  {
    name: "a status in quotes retyped below the narrative's last line, lined up with its text",
    file: GOV,
    edit: (t) =>
      t.replace(
        `        status: Draft circulated\n        rag: green\n        narrative: |\n${NARR15}          Comments due by 10 July.\n`,
        `        rag: green\n        narrative: |\n${NARR15}          Comments due by 10 July.\n          status: "Draft: circulated"\n`,
      ),
    line: 16,
    message: /^"status: "Draft: circulated"" is lined up with the narrative's text above it/,
    hint: /^start it 8 spaces from the left edge, lined up with "narrative:" \(line 13\)$/,
    alone: true,
    repaired: (t) =>
      t.replace(
        `        status: Draft circulated\n        rag: green\n        narrative: |\n${NARR15}          Comments due by 10 July.\n`,
        `        rag: green\n        narrative: |\n${NARR15}          Comments due by 10 July.\n        status: "Draft: circulated"\n`,
      ),
  },
  {
    name: '"ended: dropped" typed in line with the narrative above it',
    file: LOC,
    lineText: '          ended: dropped',
    line: 30,
    message: /^"ended: dropped" is lined up with the narrative's text above it/,
    hint: /^start it 8 spaces from the left edge, lined up with "narrative:" \(line 27\)$/,
    alone: true,
  },
  {
    name: "an action's lead typed in line with the action's text above it",
    plan: 'kestrel',
    file: KGOV,
    lineText: '      lead: Head of Legal Services',
    line: 9,
    message: /^"lead: Head of Legal Services" is lined up with the action's text above it/,
    hint: /^start it 4 spaces from the left edge, lined up with "action:" \(line 6\)$/,
    alone: true,
  },
  // A measure's target line copied from the measure above it and not typed over.
  {
    name: "a percentage measure's target line copied from the count measure above it, the text giving its own",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '    action: Cut the number of waivers of the Contract Procedure Rules approved each quarter.\n',
          '    action: |\n      Cut the number of waivers of the Contract Procedure Rules approved each quarter,\n      and bring spend under contract to WBC 90%, NDC 85% and EDC 80%.\n',
        )
        .replace(
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      on-contract:\n        name: spend under a contract\n        unit: percent\n        better: higher\n        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
        )
        .replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          on-contract: { WBC: 84, NDC: 79, EDC: 72 }\n',
        )
        .replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n          on-contract: { WBC: 86, NDC: 81, EDC: 75 }',
        ),
    line: 59,
    message:
      /^the target of "on-contract" is the same, council for council, as the target of "waivers" on line 54, a count: copied from it and not typed over\? the action's text \(line 48\) gives "on-contract" WBC 90%, NDC 85% and EDC 80%$/,
    hint: /^make the target of "on-contract" read: target: \{ WBC: 90, NDC: 85, EDC: 80 \}$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a count measure's target line copied from the count measure above it, the text giving its own by its name",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '    action: Cut the number of waivers of the Contract Procedure Rules approved each quarter.\n',
          '    action: |\n      Cut the number of waivers of the Contract Procedure Rules approved each quarter.\n      Run refresher sessions for buyers (WBC 6, NDC 4, EDC 3).\n',
        )
        .replace(
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      sessions:\n        name: refresher sessions held\n        unit: count\n        better: higher\n        target:\n          WBC: 10\n          NDC: 8\n          EDC: 5\n',
        )
        .replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          sessions: { WBC: 2, NDC: 1, EDC: 1 }\n',
        )
        .replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n          sessions: { WBC: 4, NDC: 2, EDC: 2 }',
        ),
    line: 59,
    message:
      /^the target of "sessions" is the same, council for council, as the target of "waivers" on line 54: copied from it and not typed over\? the action's text \(line 48\) gives "sessions" WBC 6, NDC 4 and EDC 3$/,
    hint: /^make the target of "sessions" read: target: \{ WBC: 6, NDC: 4, EDC: 3 \}$/,
    severity: 'warning',
    alone: true,
  },
  // A target's name copied from the action above with its "target:" lines.
  {
    name: "a target's name copied from the action above, the text saying what it claims",
    plan: 'kestrel',
    file: KSAV,
    lineText: '      measure: contract savings',
    line: 33,
    message:
      /^this target is named "contract savings", as is the target of action "contract-savings" \(line 10\): copied from there and not typed over\? nothing in this action speaks of contract savings, and its text \(line 30\) names what it counts: energy rebate$/,
    hint: /^write measure: energy rebate$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a target's name copied from the action above, the text giving the amount of what it earns",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          '    action: Earn income by selling procurement support to parish and town councils.\n',
          '    action: Earn \u00a360,000 of fee income by selling procurement support to parish and town councils.\n',
        )
        .replace('      measure: income from procurement services\n', '      measure: cashable savings\n'),
    line: 35,
    message: /^this target is named "cashable savings", as is the target of action "cashable-savings" \(line 8\): copied from there/,
    hint: /^write measure: fee income$/,
    severity: 'warning',
    alone: true,
  },
  // A target's two labels typed the wrong way round, against the words of its updates.
  {
    name: "a target's labels typed the wrong way round, the narrative naming its figures by the right ones",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          '      achievedLabel: invoiced\n      pendingLabel: quoted\n',
          '      achievedLabel: quoted\n      pendingLabel: invoiced\n',
        )
        .replace(
          '        status: Behind target\n',
          '        status: Behind target\n        narrative: |\n          Invoiced so far: WBC \u00a312,000 and NDC \u00a33,000.\n          A further \u00a38,000 is quoted to two parishes in NDC.\n',
        ),
    line: 39,
    message:
      /^the labels "quoted" and "invoiced" look the wrong way round: the updates' words \(lines 50 and 51\) call the achieved figures "invoiced" and the pending ones "quoted"$/,
    hint: /^write achievedLabel: invoiced and pendingLabel: quoted$/,
    severity: 'warning',
    alone: true,
  },
  // A measure's value typed as the same figure on another basis, given beside it in the narrative.
  {
    name: "a share by number typed for the share by value the measure's name asks for, the narrative giving both",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      on-contract:\n        name: share of spend under a contract, by value\n        unit: percent\n        better: higher\n        target: { WBC: 90, NDC: 90, EDC: 85 }\n',
        )
        .replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          on-contract: { WBC: 82, NDC: 80, EDC: 71 }\n',
        )
        .replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
          "          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n          on-contract: { WBC: 62, NDC: 81, EDC: 75 }\n        narrative: |\n          Under contract: 84% of WBC's spend by value (62% of its orders by number), 81% at NDC and 75% at EDC.",
        ),
    line: 68,
    message:
      /^WBC's Q2 value of "on-contract", 62%, is the figure the Q2 narrative \(line 70\) gives as "62% of its orders by number", not the measure's, "share of spend under a contract, by value", which it gives as "84% of WBC's spend by value"$/,
    hint: /^write WBC: 84$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a share by number typed for the share by value, the narrative giving both joined by "and"',
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      on-contract:\n        name: share of spend under a contract, by value\n        unit: percent\n        better: higher\n        target: { WBC: 90, NDC: 90, EDC: 85 }\n',
        )
        .replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          on-contract: { WBC: 82, NDC: 80, EDC: 71 }\n',
        )
        .replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
          "          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n          on-contract: { WBC: 62, NDC: 81, EDC: 75 }\n        narrative: |\n          Under contract: 84% of WBC's spend by value and 62% of its orders by number; 81% at NDC and 75% at EDC.",
        ),
    line: 68,
    message:
      /^WBC's Q2 value of "on-contract", 62%, is the figure the Q2 narrative \(line 70\) gives as "62% of its orders by number", not the measure's, "share of spend under a contract, by value", which it gives as "84% of WBC's spend by value"$/,
    hint: /^write WBC: 84$/,
    severity: 'warning',
    alone: true,
  },
  // Target amounts that add up to the text's total, but not as the text shares it out.
  {
    name: "Kestrel: the text's total split evenly for the targets, the text giving each council's amount",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '    action: Deliver savings from joint contracts.\n',
          '    action: Deliver \u00a3135,000 of savings from joint contracts, KBC \u00a390,000 and HDC \u00a345,000.\n',
        )
        .replace('        KBC: 90000\n        HDC: 45000\n', '        KBC: 67500\n        HDC: 67500\n'),
    line: 12,
    message:
      /^the target amounts \(KBC £67,500, HDC £67,500\) are the councils' total, £135,000, split evenly, but not as the text \(line 6\) shares it between the councils: KBC £90,000, HDC £45,000$/,
    hint: /^write KBC: 90000, HDC: 45000 on lines 12–13; if the targets are right, correct the action's text$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "the targets shared out otherwise than the text's amounts for each council, adding up to the same",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: |\n      Deliver cashable savings through joint contracts:\n      WBC \u00a3120,000, NDC \u00a380,000 and EDC \u00a360,000.\n',
        )
        .replace(
          '        WBC: 120000\n        NDC: 80000\n        EDC: 60000\n',
          '        WBC: 104000\n        NDC: 104000\n        EDC: 52000\n',
        ),
    line: 12,
    message:
      /^the target amounts \(WBC £104,000, NDC £104,000, EDC £52,000\) add up to the councils' total, £260,000, but not as the text \(line 8\) shares it/,
    hint: /^write WBC: 120000, NDC: 80000, EDC: 60000 on lines 12–14; if the targets are right, correct the action's text$/,
    severity: 'warning',
  },
  {
    name: "a quarter's percentage line copied from the count line above it and not typed over",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
          '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      on-contract:\n        name: spend under a contract\n        unit: percent\n        better: higher\n        target: { WBC: 90, NDC: 90, EDC: 85 }\n',
        )
        .replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          on-contract: { WBC: 82, NDC: 80, EDC: 71 }\n',
        )
        .replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n          on-contract: { WBC: 11, NDC: 9, EDC: 4 }',
        ),
    line: 68,
    message:
      /^the Q2 figures of "on-contract" are the same, council for council, as those of "waivers" on line 67, a count, and far from the other quarters and the target of "on-contract": copied from that line and not typed over\?$/,
    hint: /^type the Q2 figures of "on-contract" over these, from the return they come from$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a status cell copied with the tracker's RAG in capitals before it",
    file: GOV,
    edit: (t) => t.replace('status: Adopted by WBC and NDC', 'status: AMBER - Adopted by WBC and NDC'),
    line: 18,
    message:
      /^the status starts with "AMBER -", the rating a tracker's column puts first, which line 19 already gives \(rag: amber\): the report would print it as part of the status$/,
    hint: /^write status: Adopted by WBC and NDC$/,
    alone: true,
  },
  {
    name: 'a rating before the status that the rag line beside it contradicts',
    file: GOV,
    edit: (t) => t.replace('status: Adopted by WBC and NDC', 'status: Red: Adopted by WBC and NDC'),
    line: 18,
    message: /^the status starts with "Red:", a rating, but line 19 gives rag: amber/,
    hint: /^write status: Adopted by WBC and NDC; if the rating is red, not amber, also write rag: red on line 19$/,
    alone: true,
  },
  {
    name: 'a rating in brackets before a status with no rag line',
    file: GOV,
    edit: (t) => t.replace('status: Draft circulated\n        rag: green', 'status: [Green] Draft circulated'),
    line: 12,
    message: /^the status starts with "\[Green\]", a rating as a tracker's column puts it first: .* the update has no "rag:" line$/,
    hint: /^write status: Draft circulated and, on a line of its own below it, lined up with "status:", rag: green$/,
    alone: true,
  },
  {
    name: "a row's status and RAG cells pasted into each other's lines",
    file: GOV,
    edit: (t) => t.replace('status: Adopted by WBC and NDC\n        rag: amber', 'status: amber\n        rag: Adopted by WBC and NDC'),
    line: 18,
    message:
      /^the status and the rating are the wrong way round: "amber" is a rating, and "Adopted by WBC and NDC" on line 19 is the status$/,
    hint: /^write status: Adopted by WBC and NDC here, and rag: amber on line 19$/,
    alone: true,
  },
  {
    name: 'a narrative drafted in OneNote, with the "Pasted from <address>" line it adds',
    file: GOV,
    edit: (t) =>
      t.replace(
        '          Rules published at https://www.westbrook.gov.uk/procurement.\n',
        '          Rules published at https://www.westbrook.gov.uk/procurement.\n          Pasted from <https://westbrook.sharepoint.com/sites/proc/Shared%20Documents/Tracker.xlsx>\n',
      ),
    line: 25,
    message:
      /^"Pasted from <https:\/\/westbrook\.share\u2026" is the line OneNote adds below a clip to say where it came from, not text of the narrative$/,
    hint: /^delete line 25$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "OneNote's time of a screen clipping left at the end of a narrative",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          Comments due by 10 July.\n',
        '          Comments due by 10 July.\n          Screen clipping taken: 14/07/2052 10:31\n',
      ),
    line: 17,
    message: /^"Screen clipping taken: 14\/07\/2052 10:31" is the line OneNote adds below a clip/,
    hint: /^delete line 17$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a status pasted from a Word form with its ticked check box',
    file: GOV,
    lineText: '        status: \u2612 Draft circulated',
    line: 12,
    message: /^"\u2612" at the start of line 12 is a check box copied from a Word form or a to-do list, not part of the status/,
    hint: /^write status: Draft circulated$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a figure in a narrative pasted from a Word file with its tracked change',
    file: SAV,
    edit: (t) => t.replace(Q2_NARRATIVE_END, "          EDC's share of \u00a314,000\u00a315,000 slips to Q3.\n"),
    line: 24,
    message: /^"\u00a314,000\u00a315,000" is two figures run together, as Word pastes a tracked change/,
    hint: /^keep the figure that is right and delete the other: write "\u00a314,000" or "\u00a315,000" in place of/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a line of figures in braces closed with ")", the key beside "}"',
    file: GOV,
    edit: (t) => t.replace('waivers: { WBC: 12, NDC: 8, EDC: 4 }', 'waivers: { WBC: 12, NDC: 8, EDC: 4 )'),
    line: 57,
    message: /^the "\{" opened on this line is closed with "\)", not "\}"$/,
    hint: /^write "\}" in place of "\)": waivers: \{ WBC: 12, NDC: 8, EDC: 4 \}$/,
    alone: true,
  },
  {
    name: 'a RAG rating pasted from a tracker with its trend arrow',
    file: GOV,
    lineText: '        rag: green \u2191',
    line: 13,
    message: /^"green \u2191" is the rating with a tracker's trend, "\u2191", beside it: "rag" takes the rating alone$/,
    hint: /^write rag: green; if the trend matters to committee, say it in the narrative$/,
    alone: true,
  },
  {
    name: 'Kestrel: the year-end update headed "Outturn:", as the finance report heads it',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t.replace(
        '          HDC: 27000\n',
        '          HDC: 27000\n      Outturn:\n        narrative: Fleet contract savings confirmed.\n        achieved:\n          KBC: 61000\n          HDC: 30000\n',
      ),
    line: 28,
    message: /^"Outturn:" is a finance report's name for the year's last quarter: plan calls that update "Q4:"$/,
    hint: /^replace "Outturn:" with "Q4:"$/,
    repaired: (t) =>
      t.replace(
        '          HDC: 27000\n',
        '          HDC: 27000\n      Q4:\n        narrative: Fleet contract savings confirmed.\n        achieved:\n          KBC: 61000\n          HDC: 30000\n',
      ),
  },
  {
    name: 'Kestrel: a due date written as the finance period, "P12"',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => t.replace('    due: 2015-03-31\n', '    due: P12\n'),
    line: 8,
    message: /^"P12" is a finance period, month 12 of the plan's year \(March\): the plan writes the quarter that holds it, Q4$/,
    hint: /^write due: Q4$/,
    alone: true,
    repaired: (t) => t.replace('    due: 2015-03-31\n', '    due: Q4\n'),
  },
  {
    name: "Kestrel: last quarter's narrative left above the new one, the update copied to write over",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace(
          '      Q2:\n        achieved:\n          KBC: 30000\n',
          `      Q2:\n        narrative: ${KESTREL_Q2}\n        achieved:\n          KBC: 30000\n`,
        )
        .replace(
          '        narrative: Fleet and stationery contracts let.\n',
          `        narrative: |\n          ${KESTREL_Q2}\n          Fleet and stationery contracts let.\n`,
        ),
    line: 26,
    message:
      /^the Q3 narrative of action "contract-savings" starts with its Q2 narrative word for word \(line 26\): the Q3 report would give the Q2 news as this quarter's$/,
    hint: /^delete the Q2 text \(line 26\) from the Q3 narrative/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a quarter heading typed with the key beside Q, "W2:"',
    file: GOV,
    lineText: '      W2:',
    line: 17,
    message: /^"W2:" is "Q2:" with a key beside it typed: the action has no Q2 update$/,
    hint: /^replace "W2:" with "Q2:"$/,
    alone: true,
  },
  {
    name: 'the "|" of a narrative typed as a small L, copied by eye from an e-mail',
    file: GOV,
    lineText: '        narrative: l',
    line: 14,
    message: /^"l" after "narrative:" looks like "\|" typed as a character like it/,
    hint: /^write narrative: \|/,
    alone: true,
  },
  {
    name: "Kestrel: the lead copied from an e-mail's To: line with the address Outlook adds",
    plan: 'kestrel',
    file: KSAV,
    lineText: '    lead: Head of Procurement <head.procurement@kestrel.gov.uk>',
    line: 7,
    message: /^"<head\.procurement@kestrel\.gov\.uk>" is the e-mail address Outlook writes after a name it copies/,
    hint: /^write lead: Head of Procurement$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'Kestrel: a due date copied from an Outlook calendar, with its day of the week',
    plan: 'kestrel',
    file: KSAV,
    lineText: '    due: Tue 31/03/2015',
    line: 8,
    message: /^"Tue 31\/03\/2015" is a date written day first: plan writes dates year first, as YYYY-MM-DD$/,
    hint: /^write due: 2015-03-31/,
    alone: true,
  },
  {
    name: 'a figure copied from a plain-text e-mail with the "*" that show it bold',
    file: SAV,
    lineText: '          NDC: *40000*',
    line: 27,
    message: /^"\*" around 40000 is how a plain-text e-mail shows bold type: plan needs the figure alone$/,
    hint: /^write NDC: 40000, without the "\*"$/,
    alone: true,
  },
  {
    name: '"achievement:" for "achieved:", as a phone\'s predictive text writes it',
    file: SAV,
    lineText: '        achievement:',
    line: 25,
    message: /^unknown key "achievement"$/,
    hint: /^did you mean "achieved"\? Write "achieved:" in place of "achievement:"$/,
    alone: true,
  },
  {
    name: 'a narrative copied from a OneNote page with its title, date and time',
    file: GOV,
    edit: (t) =>
      t.replace(
        '        narrative: |\n',
        '        narrative: |\n          Rules review\n          Monday, 12 June 2051\n          09:15\n',
      ),
    line: 15,
    message:
      /^lines 15\u201317 \("Rules review" \u2026\) are the title, date and time OneNote puts at the top of a page, copied with its text$/,
    hint: /^delete lines 15\u201317; keep the page's own words below them$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: '"ended: completed" kept on an update copied from a finished action, the work still to come',
    file: SAV,
    edit: (t) => t.replace('        status: Behind target\n', '        status: Training booked for March\n        ended: completed\n'),
    line: 49,
    message:
      /^"ended: completed" marks action "income-from-services" as completed in Q2, but its Q2 status says "Training booked for March"$/,
    hint: /^if the action goes on, delete line 49 \("ended: completed"\)/,
    severity: 'warning',
  },
  {
    name: "Q1's measure line left in the Q2 update copied from it, the narrative naming the councils' new figures",
    file: GOV,
    edit: (t) =>
      t.replace(
        '        status: Fewer waivers at WBC\n        measures:\n          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        '        status: Fewer waivers at WBC\n        measures:\n          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n        narrative: Waivers approved this quarter: Westbrook 11 and Northdale 9.\n',
      ),
    line: 61,
    message:
      /^the Q2 values of "waivers", WBC 12 and NDC 8, are its Q1 values, and the Q2 narrative \(line 62\) gives WBC 11 and NDC 9: the Q1 line left in when the update was copied\?$/,
    hint: /^if the narrative is right, write 11 for WBC and 9 for NDC/,
    severity: 'warning',
  },
  {
    name: "a target typed from the monthly budget sheet, the action's text giving the year's",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings through joint contracts (Westbrook \u00a3120,000, Northdale \u00a380,000, Eastmere \u00a360,000).\n',
        )
        .replace('        NDC: 80000\n', '        NDC: 6667\n'),
    line: 11,
    message: /^the target amount NDC \u00a36,667 is not what the action's text \(line 6\) gives: NDC \u00a380,000$/,
    hint: /^if the text is right, write NDC: 80000 on line 11; if the target is right, correct the action's text$/,
    severity: 'warning',
  },
  {
    name: "a council's code retyped in plan.yaml with two letters swapped, the sections keeping it",
    file: PLAN,
    edit: (t) => t.replace('  EDC: Eastmere District Council\n', '  ECD: Eastmere District Council\n'),
    line: 10,
    message:
      /^council "ECD" is used in no section, and the sections use "EDC" \(\d+ times\), which plan\.yaml does not declare: "EDC" retyped as "ECD" here\?$/,
    hint: /^write EDC in place of ECD on line 10: EDC: Eastmere District Council$/,
    alone: true,
  },
  {
    name: 'a sentence pasted from a PDF with two kinds of joined letters',
    file: GOV,
    lineText: '          Draft rules circulated to the three monitoring o\ufb03cers and sta\ufb00 on 12 June.',
    line: 15,
    message: /^"\ufb03" is one character a PDF uses for the letters "ffi"/,
    hint: /^write "ffi" in place of "\ufb03", and "ff" in place of "\ufb00"$/,
    severity: 'warning',
    alone: true,
    repaired: (t) => t.replace('monitoring officers on 12 June.', 'monitoring officers and staff on 12 June.'),
  },
  {
    name: "a measure's figures pasted from Excel as its header row of codes and its row of figures",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        '          waivers:\n            WBC\tNDC\tEDC\n            11\t9\t4\n',
      ),
    line: 62,
    message: /^lines 62\u201363 are a spreadsheet's header row of council codes and its row of figures, pasted under "waivers:"$/,
    hint: /^write the three lines as one: waivers: \{ WBC: 11, NDC: 9, EDC: 4 \}$/,
    alone: true,
  },
  {
    name: "Kestrel: the next quarter's update headed with an earlier quarter, below the others",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t.replace(
        '          HDC: 27000\n',
        '          HDC: 27000\n      Q2:\n        narrative: Savings for the year signed off in March.\n        achieved:\n          KBC: 70000\n          HDC: 35000\n',
      ),
    line: 28,
    message: /^"Q2:" is here a second time \(the first is on line 19\), with other words or figures, and there is no "Q4:"$/,
    hint: /^if lines 28–32 are the Q4 update, write "Q4:" in place of "Q2:" on line 28/,
  },
  {
    name: "a council's line copied to write the next council's, its code left as it was",
    file: SAV,
    lineText: '          NDC: 15000',
    line: 28,
    message:
      /^"NDC:" is here a second time \(the first is on line 27\), and EDC has no line here: line 28 was probably copied from line 27 to write EDC's, its code left as it was$/,
    hint: /^if line 28 is EDC's, write EDC: 15000; otherwise merge what line 28 says into line 27, then delete line 28$/,
    alone: true,
  },
  {
    name: 'a note pasted between two councils\' figures, with its "notes:" line',
    file: SAV,
    edit: (t) =>
      t.replace(
        '          WBC: 12000\n          NDC: 3000\n',
        '          WBC: 12000\n        notes:\n          WBC: two parishes invoiced late\n          NDC: 3000\n',
      ),
    line: 51,
    message:
      /^"notes:" stands in the middle of the "achieved:" figures: NDC's figure \(line 53\) is read as notes, and "achieved:" has none for it$/,
    hint: /^move lines 51\u201352 below line 53, so that line 53 is under "achieved:"$/,
    alone: true,
  },
  {
    name: 'the "pending:" line deleted with the paid claim above it, the next claim left under achieved',
    file: SAV,
    edit: (t) =>
      t
        .replace(
          '          WBC: 4000\n          NDC: 0\n',
          '          WBC: 4000\n          NDC: 0\n        pending:\n          WBC: 1500\n',
        )
        .replace('          NDC: 3000\n        pending:\n          NDC: 8000\n', '          NDC: 3000\n          NDC: 8000\n'),
    line: 54,
    message:
      /^"NDC:" is here a second time \(the first is on line 53\), and this update has no "pending:": was the "pending:" line above line 54 deleted\?$/,
    hint: /^if line 54 is NDC's pending figure, put a line "pending:" above it, 8 spaces from the left edge; otherwise merge/,
  },
  {
    name: 'a measure\'s figure typed as the change in a tracker\'s change column, "+1"',
    file: GOV,
    edit: (t) => t.replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 11, NDC: +1, EDC: 4 }'),
    line: 61,
    message:
      /^"\+1" is written as a change since Q1, as a tracker's change column gives it, but "waivers" takes NDC's Q2 figure: as written it reads 1$/,
    hint: /^if \+1 is the change from NDC's Q1 figure, 8, write NDC: 9; otherwise write NDC's Q2 figure without the "\+"$/,
    alone: true,
  },
  {
    name: "the new quarter's total typed over the quarter before's line, its narrative giving it",
    file: SAV,
    edit: (t) =>
      t
        .replace('          WBC: 25000\n', '          WBC: 61250\n')
        .replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3. WBC has now saved \u00a361,250.\n",
        )
        .replace('          WBC: 61250\n          NDC: 40000\n', '          WBC: 25000\n          NDC: 40000\n'),
    line: 26,
    message:
      /^WBC's achieved amount went down from \u00a361,250 at Q1 to \u00a325,000 at Q2, though achieved is the total so far this year, and the Q2 narrative gives \u00a361,250$/,
    hint: /^if the two were typed in each other's lines, write WBC: 25000 on line 17 \(Q1\) and WBC: 61250 on line 26 \(Q2\); /,
    severity: 'warning',
  },
  {
    name: "two officers' versions of a status left with git's merge-conflict markers",
    file: GOV,
    lineText:
      '<<<<<<< HEAD\n        status: Draft circulated\n=======\n        status: Draft sent to the monitoring officers\n>>>>>>> jo/q1-update',
    line: 12,
    message:
      /^lines 12\u201316 are two versions of the same lines that git could not merge: line 13 \(HEAD\) and line 15 \(jo\/q1-update\), between the marker lines 12, 14 and 16$/,
    hint: /^keep one version: to keep jo\/q1-update's, delete lines 12\u201314 and line 16; to keep HEAD's, delete line 12 and lines 14\u201316$/,
    alone: true,
  },
  {
    name: 'every line end of a file doubled to two carriage returns and a line feed by a converting tool',
    file: GOV,
    edit: (t) => t.replace(/\n/g, '\r\r\n'),
    line: 1,
    message: /^\d+ lines of this file end with two carriage returns before the line feed/,
    hint: /^re-save it with Windows \(CRLF\) or Unix \(LF\) line endings/,
    alone: true,
    // One right answer: the line end the converting tool meant, a Windows one.
    repaired: (original) => original.replace(/\n/g, '\r\n'),
  },
  {
    name: "an amount of money typed into a measure that counts, far out of scale with the council's own",
    file: GOV,
    edit: (t) => t.replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 11, NDC: 41250, EDC: 4 }'),
    line: 61,
    message:
      /^NDC's Q2 value of "waivers", 41250, is more than a hundred times its Q1 value \(8\) and its target \(8\): another figure typed in its place \(an amount of money, a total\)\?$/,
    hint: /^check the figure: write NDC's Q2 value of "waivers"; if 41250 is right, leave it$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a figure copied from a PDF with its footnote mark as a last digit',
    file: SAV,
    edit: (t) => t.replace('          WBC: 61250\n', '          WBC: 612502\n'),
    line: 26,
    message:
      /^WBC's Q2 achieved amount of \u00a3612,502 is \d+ times its \u00a3120,000 target for the year, up from \u00a325,000 at Q1: a digit too many\?$/,
    hint: /^check the figure: if it is \u00a361,250, write 61250; if \u00a3612,502 is right, leave it$/,
    severity: 'warning',
  },
  {
    name: "the other part's share typed for a percentage measure (95% with an order for 5% without)",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '        name: waivers approved\n        unit: count\n',
          '        name: share of spend under a waiver\n        unit: percent\n',
        )
        .replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 11, NDC: 91, EDC: 4 }'),
    line: 61,
    message:
      /^NDC's Q2 value of "waivers", 91%, is far above its Q1 value \(8%\) and its target \(8%\), and the rest of the whole, 9%, is in line with them: the other part's share typed for this one\?$/,
    hint: /^if the share "waivers" counts is 9%, write NDC: 9; if 91% is right, leave it$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a narrative copied from an Excel cell of two lines: wrapped in quote marks, each quote inside doubled (heldout16)',
    file: GOV,
    edit: (t) =>
      t.replace(
        '          Draft rules circulated to the three monitoring officers on 12 June.\n          Comments due by 10 July.\n',
        '          "Draft rules, ""Version 2"", circulated to the three monitoring officers on 12 June.\n          Comments due by 10 July."\n',
      ),
    line: 15,
    message:
      /^lines 15\u201316 are a spreadsheet cell as Excel copies it: wrapped in quote marks, with each quote mark inside written twice \(""\), which the report would print$/,
    hint: /^delete the " at the start of line 15 and the one at the end of line 16, and write each "" as "$/,
    severity: 'warning',
    alone: true,
    repaired: (t) =>
      t.replace(
        '          Draft rules circulated to the three monitoring officers on 12 June.\n',
        '          Draft rules, "Version 2", circulated to the three monitoring officers on 12 June.\n',
      ),
  },
  {
    name: 'a line of a narrative pasted twice (Ctrl+V pressed twice)',
    file: GOV,
    edit: (t) => t.replace(NARR15, NARR15 + NARR15),
    line: 16,
    message: /^line 16 repeats the line just above word for word: pasted twice$/,
    hint: /^delete line 16$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'an e-mail reply pasted into a narrative with its "On …, … wrote:" line',
    file: GOV,
    edit: (t) => t.replace(NARR15, `          On 12 Jun 2051, at 09:14, Sam Price wrote:\n${NARR15}`),
    line: 15,
    message: /^"On 12 Jun 2051, at 09:14, Sam Price \u2026" is the line an e-mail reply puts above the quoted message, pasted with it/,
    hint: /^delete line 15$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a reviewer\'s note with "#" typed in line with a narrative\'s text',
    file: GOV,
    edit: (t) => t.replace(NARR15, `${NARR15}          # SP - check the date with legal before committee\n`),
    line: 16,
    message: /^line 16 starts with "#", but inside the text of the narrative that is printed, not a note/,
    hint: /^delete line 16, or move it out of the text: a line that starts with "#" is a note only when it is indented no further than "narrative:"$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a year's total worked out as it was typed, as a sum in a spreadsheet's cell",
    file: SAV,
    edit: (t) => t.replace('          WBC: 61250\n', '          WBC: 25000+36250\n'),
    line: 26,
    message: /^"25000\+36250" is a sum, typed as a spreadsheet's cell is: plan needs the amount it comes to, 61250$/,
    hint: /^write 61250$/,
    alone: true,
  },
  {
    name: "a measure's small figure dictated on a phone, written as a word",
    file: GOV,
    edit: (t) => t.replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 11, NDC: 9, EDC: four }'),
    line: 61,
    message: /^"four" is a figure written as a word, as a phone's dictation writes it: plan needs the figure, 4$/,
    hint: /^write EDC: 4$/,
    alone: true,
  },
  {
    name: "Kestrel: the Q3 total typed over the Q2 line, Q2's total left in Q3's",
    plan: 'kestrel',
    file: KSAV,
    edit: (t) =>
      t
        .replace('          KBC: 30000\n', '          KBC: 50000\n')
        .replace('          KBC: 50000\n          HDC: 27000\n', '          KBC: 30000\n          HDC: 27000\n'),
    line: 26,
    message:
      /^KBC's achieved amount went down from \u00a350,000 at Q2 to \u00a330,000 at Q3, though achieved is the total so far this year$/,
    hint: /^if \u00a330,000 is Q3's own figure, write the total so far this year as 80000; if the two were typed in each other's lines, write KBC: 30000 on line 21 \(Q2\) and KBC: 50000 on line 26 \(Q3\); /,
    severity: 'warning',
  },
  {
    name: 'a figure corrected in overtype mode, the ", " before the next council typed over',
    file: GOV,
    edit: (t) => t.replace('waivers: { WBC: 12, NDC: 8, EDC: 4 }', 'waivers: { WBC: 12, NDC: 8EDC: 4 }'),
    line: 57,
    message: /^"8EDC:" runs NDC's figure, 8, into the next council's code, EDC, as if the ", " between them was typed over$/,
    hint: /^write the line as: waivers: \{ WBC: 12, NDC: 8, EDC: 4 \}$/,
    alone: true,
  },
  {
    name: 'a due quarter counted by the calendar year, as the finance system counts them',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) => t.replace('    due: Q2\n', '    due: 2015 Q1\n'),
    line: 10,
    message:
      /^"2015 Q1" counts quarters by the calendar year, as a finance system's reports do: January to March 2015 is the plan's 2014\/15 Q4$/,
    hint: /^write due: 2014\/15 Q4; if you meant the plan's own quarter of that name, write due: 2015\/16 Q1$/,
    alone: true,
  },
  {
    name: "an action's ending written on the action, below its due date",
    plan: 'kestrel',
    file: KGOV,
    edit: (t) =>
      t
        .replace('        status: Live\n        ended: completed\n', '        status: Live\n')
        .replace('    due: 2014-11-30\n', '    due: 2014-11-30\n    ended: completed\n'),
    line: 24,
    message: /^"ended:" belongs in the update of the quarter the action ended, its latest \(Q2\), not on the action/,
    hint: /^move the line into the Q2 update, below line 29, 8 spaces from the left edge: ended: completed$/,
    alone: true,
  },
  {
    name: "a council's figure made a note to check it, and left so",
    file: SAV,
    edit: (t) => t.replace('          NDC: 40000\n', '          # NDC: 40000\n'),
    line: 27,
    message: /^the Q2 achieved amount for NDC is behind "#" on line 27, which makes the line a note that plan does not read/,
    hint: /^take the "#" off the start of line 27, so that it reads NDC: 40000, lined up with the other councils' figures$/,
    alone: true,
  },
  {
    name: "a late council's figure added on a line of its own below the braces",
    file: GOV,
    edit: (t) => t.replace('          waivers: { WBC: 11, NDC: 9, EDC: 4 }', '          waivers: { WBC: 11, NDC: 9 }\n          EDC: 4'),
    line: 62,
    message: /^"EDC: 4" is EDC's figure, written on a line of its own below the braces of line 61, which have no EDC/,
    hint: /^put it inside the braces and delete this line, so that line 61 reads: waivers: \{ WBC: 11, NDC: 9, EDC: 4 \}$/,
    alone: true,
  },
  {
    name: "a council's line copied from the one above, only its code typed over",
    file: PLAN,
    edit: (t) => t.replace('  NDC: Northdale District Council\n', '  NDC: Westbrook Borough Council\n'),
    line: 9,
    message: /^NDC has the same name as WBC on line 8, "Westbrook Borough Council": the report would show NDC's figures under WBC's name/,
    hint: /^write NDC's own name after "NDC: "$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a measure set up by copying the one above, its unit line not typed over',
    file: GOV,
    edit: (t) =>
      t.replace(
        '        name: waivers approved\n        unit: count\n',
        '        name: average working days to approve a waiver\n        unit: percent\n',
      ),
    line: 50,
    message: /^"waivers" counts days by its name \("average working days to approve a waiver"\), but its unit is percent/,
    hint: /^write unit: days; if the unit is right, say what is counted in the name$/,
    severity: 'warning',
  },
  {
    name: 'a due date year first with its month in one figure',
    plan: 'kestrel',
    file: KSAV,
    edit: (t) => t.replace('    due: 2015-03-31\n', '    due: 2015-3-31\n'),
    line: 8,
    message: /^"2015-3-31" is a date year first, but plan writes its month and day with two figures each, as YYYY-MM-DD$/,
    hint: /^write due: 2015-03-31$/,
    alone: true,
  },
  {
    name: 'a due date on a leap day of a year that has none',
    plan: 'kestrel',
    file: KGOV,
    edit: (t) => t.replace('    due: 2014-11-30\n', '    due: 2015-02-29\n'),
    line: 23,
    message: /^"2015-02-29" is no day of the calendar: February 2015 has 28 days \(2015 is not a leap year\)$/,
    hint: /^write the day meant; for the last day of February, write due: 2015-02-28$/,
  },
  {
    name: 'a section file started as a copy of another, its title not typed over',
    file: LOC,
    lineText: 'title: Savings and Value for Money',
    line: 3,
    message:
      /^section 3 has the title "Savings and Value for Money", as the section at \S*2-savings\.yaml:3 has: started as a copy of that file/,
    hint: /^write this section's own title, e\.g\. title: Local Suppliers \(as the file's name says\)$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'an action added that the plan already has, its text word for word',
    file: LOC,
    lineText: '    action: Hold a "meet the buyer" event for local small businesses each half year.',
    line: 23,
    message:
      /^this action's text is word for word that of action "meet-the-buyer" \(\S*3-local-suppliers\.yaml:6\): the report would list the same action twice$/,
    hint: /^if it is the same action, delete this one and move what its updates say into the updates of "meet-the-buyer"/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'the shortfall against target typed as pending ("still to find")',
    file: SAV,
    lineText: '          NDC: 27000',
    line: 53,
    message:
      /^NDC's pending amount, £27,000, is exactly what it still needs to reach its target \(£30,000 less the £3,000 achieved\): the report would print the shortfall as £27,000 quoted$/,
    hint: /^if nothing is quoted for NDC, delete this line \(the report works out the shortfall itself\); if £27,000 really is quoted, leave it$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a narrative's share of target kept from the quarter before",
    file: SAV,
    edit: (t) => t.replace(Q2_NARRATIVE_END, `${Q2_NARRATIVE_END}          WBC is at 21% of its annual target.\n`),
    line: 25,
    message:
      /^the Q2 update says WBC is at "21% of its annual target", but its figures give 51% \(£61,250 of £120,000\): the Q1 percentage, kept from the quarter before\?$/,
    hint: /^if the figures are right, write 51% here \(or leave the percentage out: the report works it out\); if the words are, correct WBC's Q2 achieved figure$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a note typed over under another council's code",
    file: SAV,
    lineText: "          NDC: the borough's fleet contract savings expected from October",
    line: 30,
    message:
      /^this Q2 note is under NDC, but it speaks of WBC \("the borough's"\) and never of NDC: the report would print it beside NDC's figures$/,
    hint: /^if the note is WBC's, write WBC: in place of NDC: on this line$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "the partnership's joint target typed as each council's, the text giving the shares",
    file: SAV,
    edit: (t) =>
      t.replace(
        '    action: Earn income by selling procurement support to parish and town councils.\n',
        '    action: Earn £30,000 a year across the partnership by selling procurement support to parish and town councils (WBC 70%, NDC 30%).\n',
      ),
    line: 37,
    message:
      /^every council's target is £30,000, the amount the action's text \(line 33\) gives for the councils together: the report would add them up to £60,000$/,
    hint: /^write WBC: 21000, NDC: 9000 on lines 37–38, the text's shares of £30,000; if each council really has £30,000 to find, say "each" in the text$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "the partnership's joint target typed as each council's",
    file: SAV,
    edit: (t) =>
      t.replace(
        '    action: Earn income by selling procurement support to parish and town councils.\n',
        '    action: Earn £30,000 a year in total by selling procurement support to parish and town councils.\n',
      ),
    line: 37,
    message: /^every council's target is £30,000, the amount the action's text \(line 33\) gives for the councils together/,
    hint: /^split £30,000 between the councils on lines 37–38; if each council really has £30,000 to find, say "each" in the text$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "next year's targets, given in a narrative, typed over this year's",
    file: SAV,
    edit: (t) =>
      t
        .replace(
          '        WBC: 120000\n        NDC: 80000\n        EDC: 60000\n',
          '        WBC: 130000\n        NDC: 85000\n        EDC: 65000\n',
        )
        .replace(
          Q2_NARRATIVE_END,
          `${Q2_NARRATIVE_END}          Targets for 2016/17 agreed by the board: WBC £130,000, NDC £85,000, EDC £65,000.\n`,
        ),
    line: 10,
    message:
      /^the target amounts \(WBC £130,000, NDC £85,000, EDC £65,000\) are the ones the Q2 narrative \(line 25\) gives for next year: this year's report would be measured against next year's targets$/,
    hint: /^write this year's targets back on lines 10–12, as the year's earlier reports gave them; next year's go in when the year is rolled on \(plan new-quarter Q1 --new-year\)$/,
    severity: 'warning',
  },
  {
    name: 'a saving added to the total with its VAT, the narrative giving both',
    file: SAV,
    edit: (t) =>
      t
        .replace('          WBC: 61250\n', '          WBC: 67000\n')
        .replace(Q2_NARRATIVE_END, `${Q2_NARRATIVE_END}          WBC: the fleet re-let saves £35,000 (£42,000 including VAT).\n`),
    line: 27,
    message:
      /^WBC's Q2 figure, £67,000, is its £25,000 of the quarter before plus £42,000, the amount the narrative gives including VAT; it gives the amount without VAT too, £35,000, which is how savings and income are counted$/,
    hint: /^write WBC: 60000 \(£25,000 \+ £35,000\); if the figures of this plan include VAT, leave it$/,
    severity: 'warning',
  },
  {
    name: 'an amount written in the note and not added to the figure',
    file: SAV,
    edit: (t) =>
      t
        .replace('          EDC: 15000\n', '          EDC: 9000\n')
        .replace(
          '          EDC: fleet contract savings expected from October\n',
          '          EDC: £6,000 rebate on the fleet contract, paid in August\n',
        ),
    line: 28,
    message:
      /^EDC's Q2 figure is £9,000, as at Q1, but its note \(line 30\) says £6,000 came in this quarter: the amount written in the note and not added to the figure\?$/,
    hint: /^if the £6,000 counts, write EDC: 15000; if the figure already holds it, say so in the note \("included"\)$/,
    severity: 'warning',
  },
  {
    name: "a council's late return marked by a comment, its earlier quarter's figure kept",
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        '          waivers:\n            WBC: 11\n            NDC: 8 # Q1 figure - June return not in yet\n            EDC: 4\n',
      ),
    line: 63,
    message: /^the comment says 8 is NDC's Q1 figure, but plan reads no comments: the report would show 8 as NDC's Q2 figure$/,
    hint: /^write NDC: \{ value: 8, quarter: Q1 \}, so that the report shows it as the Q1 figure \(the comment can stay after it\)$/,
    alone: true,
  },
  {
    // The narrative's share is right: the figures are the slip, said once, as a fall.
    name: "two quarters' achieved totals typed into each other's lines, the narrative giving the share of target",
    file: SAV,
    edit: (t) => totalsExchanged(t).replace(Q2_NARRATIVE_END, `${Q2_NARRATIVE_END}          WBC is at 51% of its annual target.\n`),
    line: 17,
    message: /^the Q1 and Q2 achieved figures look the wrong way round/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "an amount added to a council's figures in two actions",
    file: SAV,
    edit: (t) =>
      t
        .replace('          WBC: 61250\n', '          WBC: 69250\n')
        .replace(Q2_NARRATIVE_END, `${Q2_NARRATIVE_END}          WBC: £36,250 from the stationery contract.\n`),
    line: 27,
    message:
      /^WBC's Q2 figure rose by £44,250: the £36,250 the narrative gives, plus £8,000, which is WBC's rise in action "income-from-services" this quarter: counted in both actions\?$/,
    hint: /^if the £8,000 belongs to "income-from-services" alone, write WBC: 61250; if it was earned twice, leave it$/,
    severity: 'warning',
  },
  {
    name: 'a count typed as "9/12" into a spreadsheet, copied as the date it became',
    file: GOV,
    edit: (t) =>
      t.replace(
        '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
        '          waivers:\n            WBC: 11\n            NDC: 09-Dec\n            EDC: 4\n',
      ),
    line: 63,
    message:
      /^"09-Dec" is a date as a spreadsheet shows it: "9\/12" typed into a cell becomes 9 December\. A measure's figure is one number$/,
    hint: /^write NDC's figure as a plain number: if "9\/12" meant 9 of 12, write NDC: 9$/,
    alone: true,
  },
  {
    name: "the status of another action copied into this one's, with that action's figure in it",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '    action: Train budget holders in the new rules (target 120 officers across the councils).\n    updates:\n      Q1:\n        status: Not started\n      Q2:\n        status: On track\n',
          '    action: Train budget holders in the new rules (target 120 officers across the councils).\n    measures:\n      officers:\n        name: officers trained\n        unit: count\n        better: higher\n        target: { WBC: 50, NDC: 40, EDC: 30 }\n    updates:\n      Q1:\n        status: Not started\n        measures:\n          officers: { WBC: 0, NDC: 0, EDC: 0 }\n      Q2:\n        status: On track for 120 officers\n        measures:\n          officers: { WBC: 21, NDC: 15, EDC: 10 }\n',
        )
        .replace('        status: Fewer waivers at WBC\n', '        status: On track for 120 officers\n'),
    line: 69,
    message:
      /^the Q2 status of action "contract-waivers", "On track for 120 officers", is word for word the Q2 status of action "procurement-training" \(line 40\), and its words "120", "officers" are that action's, not this one's: copied from the action above\?$/,
    hint: /^write this action's own Q2 status in its place; leave the status of "procurement-training" as it is$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: "a count's targets typed as the year's limit the action's text gives beside the quarter's",
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '    action: Cut the number of waivers of the Contract Procedure Rules approved each quarter.\n',
          '    action: Cut waivers of the Contract Procedure Rules to no more than 5 a quarter at each council (20 a year).\n',
        )
        .replace('        target: { WBC: 10, NDC: 8, EDC: 5 }', '        target: { WBC: 20, NDC: 20, EDC: 20 }'),
    line: 52,
    message:
      /^the targets of "waivers" are the year's figure the action's text gives \("20 a year"\), but "waivers" counts each quarter, and the text gives "5 a quarter" \(line 46\): every quarter would be rated against four quarters' worth$/,
    hint: /^write target: \{ WBC: 5, NDC: 5, EDC: 5 \}; if the measure counts the year so far, say so in its name \(e\.g\. "year to date"\)$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a count typed as the number of other things its narrative gives beside the things counted',
    file: GOV,
    edit: (t) =>
      t
        .replace(
          '        status: Fewer waivers at WBC\n',
          '        status: Fewer waivers at WBC\n        narrative: WBC held 3 panel meetings, which approved 11 waivers between them.\n',
        )
        .replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 3, NDC: 9, EDC: 4 }'),
    line: 62,
    message:
      /^WBC's Q2 value of "waivers", 3, is the number the Q2 narrative gives of other things \(line 60: "3 panel meetings"\), but "waivers" counts waivers, which the narrative gives as 11$/,
    hint: /^write WBC: 11; if 3 is right, correct the narrative$/,
    severity: 'warning',
    alone: true,
  },
  {
    name: 'a figure pasted from a chat as a count out of a total, "9/12"',
    file: GOV,
    edit: (t) => t.replace('          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n', '          waivers: { WBC: 11, NDC: 9/12, EDC: 4 }\n'),
    line: 61,
    message: /^"9\/12" is a count out of a total \(9 of 12\), as a chat or an e-mail writes it, not one figure$/,
    hint: /^for a percentage write 75 in its place \(9 of 12 is 75%\); for a count, write 9$/,
    alone: true,
  },
  {
    name: "a year-to-date count given the quarter's own figure, copied from the return's other column",
    file: GOV,
    edit: (t) => t.replace('        name: waivers approved\n', '        name: waivers approved (year to date)\n'),
    line: 61,
    message:
      /^"waivers" counts the year so far by its name, but WBC's Q2 figure, 11, is below its Q1 figure, 12: the quarter's own count typed for the total\?$/,
    hint: /^if 11 is the count in Q2 alone, write WBC: 23 \(12 \+ 11\); if the total really fell, say why in the narrative$/,
    severity: 'warning',
  },
];

/** The file with its line `n` (1-based) replaced by `text`: what --fix makes of a slip whose repair is not the original. */
function lineReplaced(n: number, text: string): (original: string) => string {
  return (original) =>
    original
      .split('\n')
      .map((line, i) => (i === n - 1 ? text : line))
      .join('\n');
}

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
