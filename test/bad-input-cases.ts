import { BASE_FILES } from './helpers.js';
import { measureCases } from './measure-cases.js';

/**
 * The spec for bad input, one row per mistake officers make (../shared/BAD-INPUT.md and beyond). Each
 * row patches the valid base plan and names where the problem must be reported, what the message
 * says and, where promised, the hint. Used in-process (validate-cases.test.ts) and against the built
 * binary for both commands (bad-input-e2e.test.ts).
 */

const ALPHA = BASE_FILES['1.1-alpha.yaml']!;
const PLAN = BASE_FILES['plan.yaml']!;
/** Replace one line (1-based) of the base section file. */
export const alphaWithLine = (line: number, text: string) =>
  ALPHA.split('\n')
    .map((l, i) => (i === line - 1 ? text : l))
    .join('\n');
/** A section file with one plain action whose Q3 update has the given extra lines. */
export const section = (...updateLines: string[]) =>
  [
    'section: "2.1"',
    'title: Beta',
    'actions:',
    '  - id: beta-one',
    '    action: Do it',
    '    updates:',
    '      Q3:',
    ...updateLines.map((l) => `        ${l}`),
    '',
  ].join('\n');

export interface Case {
  name: string;
  files: Record<string, string | Uint8Array | null>;
  at: string;
  severity?: 'error' | 'warning';
  message: RegExp;
  hint?: RegExp;
  quarter?: 'Q1' | 'Q2' | 'Q3' | 'Q4';
}

export const cases: Case[] = [
  // YAML syntax
  {
    name: 'tab indentation',
    files: { '2.1-beta.yaml': 'section: "2.1"\ntitle: Beta\nactions:\n\t- id: x\n' },
    at: 'plans/2.1-beta.yaml:4:1',
    message: /line 4 starts with a tab/,
    hint: /indent with spaces only/,
  },
  {
    name: 'unclosed quote points at the opening quote',
    files: { '2.1-beta.yaml': 'section: "2.1"\ntitle: "Beta\nactions: []\n' },
    at: 'plans/2.1-beta.yaml:2:8',
    message: /the text in quotes that starts here has no closing "/,
    hint: /add " at the end of the text/,
  },
  {
    name: 'key:value with no space',
    files: { '2.1-beta.yaml': 'section: "2.1"\ntitle:Beta\nactions: []\n' },
    at: 'plans/2.1-beta.yaml:2:1',
    message: /"title:" needs a space after the colon/,
    hint: /title: Beta/,
  },
  {
    name: 'unquoted ": " inside text',
    files: { '2.1-beta.yaml': section('status: Goal: x') },
    at: 'plans/2.1-beta.yaml:8:21',
    message: /the text after "status:" has ": " in it/,
    hint: /in quotes: status: "Goal: x"/,
  },
  {
    name: 'duplicate key, at the second',
    files: { '1.1-alpha.yaml': alphaWithLine(9, '        status: Again') },
    at: 'plans/1.1-alpha.yaml:9:9',
    message: /"status:" is here a second time \(the first is on line 8\), and plan can read only one/,
    hint: /merge what line 9 says into line 8, then delete line 9/,
  },
  {
    name: '1: beside "1":',
    files: { '2.1-beta.yaml': section('status: ok', 'notes:', '  1: a', '  "1": b') },
    at: 'plans/2.1-beta.yaml:11:11',
    message: /"1:" is here a second time/,
  },
  {
    name: 'anchor refused',
    files: { '2.1-beta.yaml': section('status: &s Onward going') },
    at: 'plans/2.1-beta.yaml:8:17',
    message: /text that starts with "&" must be in quotes/,
    hint: /status: "&s Onward going"/,
  },
  {
    name: 'alias refused, nothing expanded',
    files: { '2.1-beta.yaml': section('status: *s') },
    at: 'plans/2.1-beta.yaml:8:17',
    message: /text that starts with "\*" must be in quotes/,
  },
  {
    name: 'alias refused where a value of keys stands, nothing expanded',
    files: { '2.1-beta.yaml': section('status: ok', 'achieved: *s') },
    at: 'plans/2.1-beta.yaml:9:19',
    message: /"\*s" is not allowed in plan files/,
  },
  {
    name: 'tag refused',
    files: { '2.1-beta.yaml': section('status: !!js/function "f"') },
    at: 'plans/2.1-beta.yaml:8:17',
    message: /tags \(!!js\/function\) are not allowed/,
  },
  {
    name: 'binary tag refused',
    files: { '2.1-beta.yaml': section('status: !!binary aGVsbG8=') },
    at: 'plans/2.1-beta.yaml:8:17',
    message: /tags \(!!binary\)/,
  },
  {
    name: 'merge key refused',
    files: { '2.1-beta.yaml': section('status: ok', '<<: {rag: red}') },
    at: 'plans/2.1-beta.yaml:9:9',
    message: /"<<" is not allowed in plan files/,
  },
  {
    name: 'two documents in one file',
    files: { '2.1-beta.yaml': `${section('status: ok')}---\nsection: "2.2"\n` },
    at: 'plans/2.1-beta.yaml:9:1',
    message: /second one starts here/,
    hint: /remove the `---` line/,
  },
  { name: 'empty file', files: { '2.1-beta.yaml': '' }, at: 'plans/2.1-beta.yaml:1:1', message: /file is empty/ },
  {
    name: 'comment-only file is empty',
    files: { '2.1-beta.yaml': '# nothing yet\n' },
    at: 'plans/2.1-beta.yaml:1:1',
    message: /file is empty/,
  },
  {
    name: 'a list at the top',
    files: { '2.1-beta.yaml': '- a\n- b\n' },
    at: 'plans/2.1-beta.yaml:1:1',
    message: /must be made of "key: value" lines.*a list/,
  },
  {
    name: 'a scalar at the top',
    files: { '2.1-beta.yaml': 'just text\n' },
    at: 'plans/2.1-beta.yaml:1:1',
    message: /must be made of "key: value" lines.*a single value/,
  },
  {
    name: '%YAML 1.1 directive is ignored with a warning',
    files: { '2.1-beta.yaml': `%YAML 1.1\n---\n${section('status: NO')}` },
    at: 'plans/2.1-beta.yaml:1:1',
    severity: 'warning',
    message: /%YAML 1.1 is ignored/,
  },
  {
    name: 'unquoted " #" drops text: warning',
    files: { '2.1-beta.yaml': section('status: Phase #2 agreed') },
    at: 'plans/2.1-beta.yaml:8:23',
    severity: 'warning',
    message: /"#2 agreed" is read as a comment and left out of the text/,
    hint: /quotes/,
  },
  {
    name: 'absurd nesting',
    files: { '2.1-beta.yaml': section('status: ok', `notes: ${'['.repeat(40)}${']'.repeat(40)}`) },
    at: 'plans/2.1-beta.yaml:9:48',
    message: /nesting is deeper than 32 levels/,
  },

  {
    name: 'a line longer than 30,000 characters',
    files: { '2.1-beta.yaml': section(`narrative: ${'word '.repeat(7000)}`, 'status: ok') },
    at: 'plans/2.1-beta.yaml:8:30001',
    message: /line 8 is 35,0\d\d characters long; a line may have at most 30,000/,
    hint: /put "\|" after the key/,
  },
  {
    name: 'indentation nested absurdly deep',
    files: { '2.1-beta.yaml': `a:\n${Array.from({ length: 70 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} x\n` },
    at: 'plans/2.1-beta.yaml:65:65',
    message: /indentation is nested more than 64 levels deep/,
  },
  {
    name: 'more YAML tokens than any plan file needs',
    files: { '2.1-beta.yaml': `${Array.from({ length: 70_000 }, (_, i) => `k${i}: [1]`).join('\n')}\n` },
    at: 'plans/2.1-beta.yaml:22223:1',
    message: /more than 200,000 separate words, numbers and marks/,
  },

  // Encoding
  {
    name: 'Windows-1252 £',
    files: { '2.1-beta.yaml': Buffer.concat([Buffer.from(section('status: ')), Buffer.from([0xa3]), Buffer.from('5\n')]) },
    at: 'plans/2.1-beta.yaml:9:1',
    message: /byte 0xA3 .* not valid UTF-8/,
    hint: /re-save the file as UTF-8/,
  },
  {
    name: 'UTF-16 file',
    files: { '2.1-beta.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('section: "2.1"\n', 'utf16le')]) },
    at: 'plans/2.1-beta.yaml:1:1',
    message: /UTF-16/,
    hint: /UTF-8/,
  },
  {
    name: 'UTF-16 saved without its byte-order mark (little-endian): never "not a text file"',
    files: { '1.1-alpha.yaml': Buffer.from(ALPHA, 'utf16le') },
    at: 'plans/1.1-alpha.yaml:1:1',
    message: /file is saved as UTF-16, not UTF-8$/,
    hint: /re-save the file as UTF-8/,
  },
  {
    name: 'UTF-16 saved without its byte-order mark (big-endian)',
    files: { '1.1-alpha.yaml': Buffer.from(ALPHA, 'utf16le').swap16() },
    at: 'plans/1.1-alpha.yaml:1:1',
    message: /file is saved as UTF-16, not UTF-8$/,
  },
  {
    name: 'a section saved as rich text (RTF) by TextEdit or WordPad',
    files: {
      '1.1-alpha.yaml': `{\\rtf1\\ansi\\ansicpg1252\\cocoartf2709\n{\\fonttbl\\f0\\fswiss Helvetica;}\n\\f0 ${ALPHA.replace(/\n/g, '\\\n')}}`,
    },
    at: 'plans/1.1-alpha.yaml:1:1',
    message: /this file is saved as rich text \(RTF\), not plain text/,
    hint: /Make Plain Text/,
  },
  {
    name: 'a Word document saved under a .yaml name',
    files: { '1.1-alpha.yaml': Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000'), Buffer.from('[Content_Types].xml')]) },
    at: 'plans/1.1-alpha.yaml:1:1',
    message: /Word or Excel document/,
  },
  {
    name: 'a PDF saved under a .yaml name',
    files: { '1.1-alpha.yaml': '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n' },
    at: 'plans/1.1-alpha.yaml:1:1',
    message: /PDF document, not plain text/,
  },
  {
    name: 'NUL bytes (a binary file)',
    files: { '2.1-beta.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]) },
    at: 'plans/2.1-beta.yaml:3:1',
    message: /NUL byte at line 3, column 1.*not a text file/,
  },
  {
    name: 'file over 1 MB',
    files: { '2.1-beta.yaml': `# ${'x'.repeat(1024 * 1024)}\n` },
    at: 'plans/2.1-beta.yaml:1:1',
    message: /at most 1 MB/,
  },

  // Characters that would corrupt or change the Word document
  {
    name: 'control character',
    files: { '2.1-beta.yaml': section('status: "On\\u0007going"') },
    at: 'plans/2.1-beta.yaml:8:20',
    message: /control character U\+0007 \(BEL\)/,
  },
  {
    name: 'literal control character at its column',
    files: { '2.1-beta.yaml': section('status: On\u001bgoing') },
    at: 'plans/2.1-beta.yaml:8:19',
    message: /U\+001B/,
  },
  {
    name: 'U+FFFE',
    files: { '2.1-beta.yaml': section('status: "x\\uFFFE"') },
    at: 'plans/2.1-beta.yaml:8:19',
    message: /U\+FFFE is not allowed/,
    hint: /refuse to open/,
  },
  {
    name: 'U+FFFF',
    files: { '2.1-beta.yaml': section('status: "x\\uFFFF"') },
    at: 'plans/2.1-beta.yaml:8:19',
    message: /U\+FFFF is not allowed/,
  },
  {
    name: 'lone surrogate',
    files: { '2.1-beta.yaml': section('status: "x\\uD800y"') },
    at: 'plans/2.1-beta.yaml:8:19',
    message: /U\+D800 \(half of a surrogate pair\)/,
  },
  {
    name: 'bidi override',
    files: { '2.1-beta.yaml': section('status: Onward \u202egoing') },
    at: 'plans/2.1-beta.yaml:8:24',
    message: /bidirectional control U\+202E/,
  },
  {
    name: 'tab inside text is a warning',
    files: { '2.1-beta.yaml': section('status: "On\tgoing"') },
    at: 'plans/2.1-beta.yaml:8:20',
    severity: 'warning',
    message: /tab character in text/,
  },

  // Schema: keys and values
  {
    name: 'unknown key with a suggestion',
    files: { '2.1-beta.yaml': section('status: ok', 'narative: x') },
    at: 'plans/2.1-beta.yaml:9:9',
    message: /unknown key "narative"/,
    hint: /did you mean "narrative"\?/,
  },
  {
    name: '"__proto__" as a key is an unknown key, not the object\'s prototype',
    files: { '2.1-beta.yaml': `${section('status: ok')}__proto__:\n  polluted: true\n` },
    at: 'plans/2.1-beta.yaml:9:1',
    message: /unknown key "__proto__"/,
    hint: /"section", "title", "actions"/,
  },
  {
    name: 'unknown top-level key lists the allowed keys',
    files: { '2.1-beta.yaml': `${section('status: ok')}zzzzzz: 1\n` },
    at: 'plans/2.1-beta.yaml:9:1',
    message: /unknown key "zzzzzz"/,
    hint: /"section", "title", "actions"/,
  },
  {
    name: 'missing key, at the parent',
    files: { '2.1-beta.yaml': 'section: "2.1"\nactions:\n  - id: b\n    action: x\n    updates: {Q3: {status: ok}}\n' },
    at: 'plans/2.1-beta.yaml:1:1',
    message: /"title" is missing from this file/,
  },
  {
    name: 'missing key inside an action',
    files: { '2.1-beta.yaml': 'section: "2.1"\ntitle: B\nactions:\n  - id: b\n    updates: {Q3: {status: ok}}\n' },
    at: 'plans/2.1-beta.yaml:4:5',
    message: /"action" is missing from this action/,
  },
  {
    name: 'empty value, at the value',
    files: { '2.1-beta.yaml': section('status:') },
    at: 'plans/2.1-beta.yaml:8:16',
    message: /"status" has no value/,
  },
  {
    name: 'blank text',
    files: { '2.1-beta.yaml': section('status: "  "') },
    at: 'plans/2.1-beta.yaml:8:17',
    message: /this text is empty/,
  },
  {
    name: 'number where text is wanted',
    files: { '2.1-beta.yaml': section('status: 2014') },
    at: 'plans/2.1-beta.yaml:8:17',
    message: /"status" should be text, but is the number 2014/,
    hint: /quotes/,
  },
  {
    name: 'section number unquoted',
    files: { '2.1-beta.yaml': section('status: ok').replace('"2.1"', '2.1') },
    at: 'plans/2.1-beta.yaml:1:10',
    message: /a section number needs quotes: without them, 8\.10 would be read as 8\.1/,
    hint: /write section: "2\.1"/,
  },
  {
    // YAML reads an unquoted 2.10 as the number 2.1: the hint quotes what was written, never 2.1.
    name: 'section number unquoted, ending in 0',
    files: { '2.1-beta.yaml': section('status: ok').replace('"2.1"', '2.10') },
    at: 'plans/2.1-beta.yaml:1:10',
    message: /a section number needs quotes/,
    hint: /write section: "2\.10"/,
  },
  {
    name: 'action id format',
    files: { '2.1-beta.yaml': section('status: ok').replace('beta-one', 'Beta One') },
    at: 'plans/2.1-beta.yaml:4:9',
    message: /lower-case words joined by hyphens/,
  },
  {
    name: 'quarter key in lower case',
    files: { '2.1-beta.yaml': section('status: ok').replace('Q3:', 'q3:') },
    at: 'plans/2.1-beta.yaml:7:7',
    message: /"q3:" must be written "Q3:"/,
    hint: /replace "q3:" with "Q3:"/,
  },
  {
    name: 'quarter Q5',
    files: { '2.1-beta.yaml': section('status: ok').replace('Q3:', 'Q5:') },
    at: 'plans/2.1-beta.yaml:7:7',
    message: /"Q5" is not a quarter: use one of Q1, Q2, Q3, Q4/,
  },
  {
    name: 'an update after the quarter the action ended',
    files: {
      '2.1-beta.yaml': section('status: Dropped', 'ended: dropped')
        .replace('      Q3:', '      Q2:')
        .replace(/\n$/, '\n      Q3:\n        status: Still going\n'),
    },
    at: 'plans/2.1-beta.yaml:10:7',
    message: /action "beta-one" ended \(dropped\) in Q2, so it has no Q3 update/,
    hint: /if the action goes on, remove "ended: dropped" from Q2; if it did end in Q2, move anything the Q3 update says that Q2's does not into Q2's narrative, then delete the Q3 update/,
  },
  {
    name: 'ended is completed or dropped',
    files: { '2.1-beta.yaml': section('status: Done', 'ended: finished') },
    at: 'plans/2.1-beta.yaml:9:16',
    message: /use one of completed, dropped/,
  },
  {
    name: 'quarter Q5 beside Q1: the hint never names a quarter already there',
    files: { '2.1-beta.yaml': section('status: ok').replace('      Q3:', '      Q1:\n        status: started\n      Q5:') },
    at: 'plans/2.1-beta.yaml:9:7',
    message: /"Q5" is not a quarter/,
    hint: /did you mean "Q2"\?/,
  },
  {
    name: 'RAG rating not in the list',
    files: { '2.1-beta.yaml': section('status: ok', 'rag: purple') },
    at: 'plans/2.1-beta.yaml:9:14',
    message: /use one of red, amber, green/,
  },
  {
    name: 'council code in lower case',
    files: { '1.1-alpha.yaml': alphaWithLine(15, '        cdc: 75000') },
    at: 'plans/1.1-alpha.yaml:15:9',
    message: /"cdc" is the council code CDC, which is written in capitals/,
  },

  // Money
  ...(
    [
      ['"£75,000"', /write money as a plain number of pounds: 75000 \(not "£75,000"\)/],
      ['75,000', /write money as a plain number of pounds: 75000/],
      ['"75_000"', /write money as a plain number of pounds: 75000/],
      ['"75000"', /write money as a plain number of pounds: 75000/],
      ['£75k', /write money in full as a plain number: 75000/],
      ['.inf', /".inf" is not an amount of money/],
      ['.nan', /".nan" is not an amount of money/],
      ['0x14', /"0x14" is not an amount of money/],
      ['0o14', /"0o14" is not an amount of money/],
      ['0755', /plain number of pounds: 755 \(not "0755"\)/],
      ['7.5e4', /"7.5e4" is not an amount of money/],
      ['12345678901234567890', /too many digits/],
      ['53726.50', /whole pounds, without pence/],
      ['-5', /cannot be negative/],
      ['true', /true"? is not an amount of money/],
    ] as const
  ).map(
    ([written, message]): Case => ({
      name: `money written as ${written}`,
      files: { '1.1-alpha.yaml': alphaWithLine(20, `          CDC: ${written}`) },
      at: 'plans/1.1-alpha.yaml:20:16',
      message,
    }),
  ),
  {
    name: 'empty amount',
    files: { '1.1-alpha.yaml': alphaWithLine(20, '          CDC:') },
    at: 'plans/1.1-alpha.yaml:20:15',
    message: /"CDC" has no value/,
    hint: /type the amount after the colon, as a plain number of pounds, e\.g\. 75000 \(0 only if truly nothing yet\)/,
  },
  {
    name: 'target of zero',
    files: { '1.1-alpha.yaml': alphaWithLine(15, '        CDC: 0') },
    at: 'plans/1.1-alpha.yaml:15:14',
    message: /a target must be more than £0/,
  },
  {
    name: 'negative target',
    files: { '1.1-alpha.yaml': alphaWithLine(15, '        CDC: -75000') },
    at: 'plans/1.1-alpha.yaml:15:14',
    message: /a target must be more than £0/,
  },

  // Cross-file rules
  {
    name: 'duplicate action id in one file',
    files: { '1.1-alpha.yaml': ALPHA.replace('alpha-savings', 'alpha-one') },
    at: 'plans/1.1-alpha.yaml:10:9',
    message: /action id "alpha-one" is already used at plans\/1.1-alpha.yaml:4/,
  },
  {
    name: 'duplicate action id across files',
    files: { '2.1-beta.yaml': section('status: ok').replace('beta-one', 'alpha-savings') },
    at: 'plans/2.1-beta.yaml:4:9',
    message: /action id "alpha-savings" is already used at plans\/1.1-alpha.yaml:10/,
  },
  {
    name: 'duplicate section number',
    files: { '2.1-beta.yaml': section('status: ok').replace('"2.1"', '"1.1"') },
    at: 'plans/2.1-beta.yaml:1:10',
    message: /section "1.1" is already defined at plans\/1.1-alpha.yaml:1/,
  },
  {
    name: 'council not declared in plan.yaml',
    files: { '1.1-alpha.yaml': alphaWithLine(16, '        SNCC: 50000') },
    at: 'plans/1.1-alpha.yaml:16:9',
    message: /council "SNCC" is not declared in plan.yaml: the councils are CDC, SNC/,
    hint: /did you mean "SNC"/,
  },
  {
    name: 'figures without a target',
    files: { '2.1-beta.yaml': section('status: ok', 'achieved:', '  CDC: 5') },
    at: 'plans/2.1-beta.yaml:9:9',
    message: /"achieved" needs a target/,
  },
  {
    name: 'a target council without an achieved amount',
    files: { '1.1-alpha.yaml': alphaWithLine(21, '') },
    at: 'plans/1.1-alpha.yaml:19:9',
    message: /Q3 achieved amount for SNC is missing/,
    hint: /SNC: 0/,
  },
  {
    name: 'a targeted update without any figures',
    files: { '1.1-alpha.yaml': ALPHA.replace(/ {8}achieved:\n.*\n.*\n/, '        status: Onward going\n') },
    at: 'plans/1.1-alpha.yaml:18:7',
    message: /"achieved" is missing from this Q3 update/,
  },
  {
    name: 'an achieved amount for a council with no target',
    files: { '1.1-alpha.yaml': alphaWithLine(16, '') },
    at: 'plans/1.1-alpha.yaml:21:11',
    message: /SNC has no target in this action/,
  },
  {
    name: 'update without a status',
    files: { '2.1-beta.yaml': section('narrative: x') },
    at: 'plans/2.1-beta.yaml:7:7',
    message: /"status" is missing from the Q3 update of action "beta-one"/,
  },
  {
    name: '--quarter Q3 and an action without a Q3 update',
    quarter: 'Q3',
    files: { '2.1-beta.yaml': section('status: ok').replace('Q3:', 'Q2:') },
    at: 'plans/2.1-beta.yaml:6:5',
    message: /action "beta-one" has no Q3 update/,
  },
  {
    name: 'financial year label and start disagree',
    files: { 'plan.yaml': PLAN.replace('starts: 2013-04-01', 'starts: 2014-04-01') },
    at: 'plans/plan.yaml:5:11',
    message: /starts in 2014, but the label says 2013\/14/,
  },
  {
    name: 'financial year label is not consecutive',
    files: { 'plan.yaml': PLAN.replace('2013/14', '2013/15') },
    at: 'plans/plan.yaml:4:10',
    message: /"2013\/15" is not a financial year/,
  },
  {
    name: 'unknown key in plan.yaml',
    files: { 'plan.yaml': PLAN.replace('appendix:', 'apendix:') },
    at: 'plans/plan.yaml:2:1',
    message: /unknown key "apendix"/,
    hint: /did you mean "appendix"/,
  },

  // Rich text
  {
    name: 'a bullet nested deeper than Word shows',
    files: {
      '2.1-beta.yaml': section(
        'status: ok',
        'narrative: |',
        ...Array.from({ length: 10 }, (_, i) => `  ${' '.repeat(2 * i)}- level ${i + 1}`),
      ),
    },
    at: 'plans/2.1-beta.yaml:19:29',
    message: /nested 10 levels deep; Word shows at most 9/,
    hint: /indent it less/,
  },

  // The folder
  { name: 'plan.yaml missing', files: { 'plan.yaml': null }, at: 'plans/plan.yaml:1:1', message: /plan.yaml is missing/ },
  { name: 'no section files', files: { '1.1-alpha.yaml': null }, at: 'plans:1:1', message: /no section files/ },
  // Measures (measure-cases.ts).
  ...measureCases,
];
