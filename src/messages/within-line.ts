import { listAnd } from '../shared/words.js';
import { column, entry, group } from './entry.js';

/** "amber or green", "red, amber or green". */
const listOr = (words: readonly string[]) =>
  words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]!}`;

/** "10 spaces from the left edge", or nothing when the line stands at the edge. */

/** A date in figures as written, the reading plan takes (YYYY-MM-DD and in words), and the other reading if there is one. */
interface DateInFigures {
  key: string;
  written: string;
  /** Its day and month as written: "01/04". */
  pair: string;
  iso: string;
  said: string;
  dayFirst: boolean;
  other?: string;
  otherSaid?: string;
}

/** A status that starts with a rating ("AMBER - "), and the rating line beside it, if any, with what it gives. */
interface RatingFirst {
  key: string;
  prefix: string;
  rest: string;
  ratingKey: string;
  colour: string;
  line?: number | undefined;
  given?: string | undefined;
}

export const withinLine = group(
  'Slips within a line',
  'Two lines joined into one, a key with words after it, quotes that do not match, a date as a spreadsheet shows it: each is said at its line, with the line as it must be written.',
  {
    numberInTitle: entry([{ number: '5.3', written: '5.3 ', title: 'Social Value and Climate' }], (p) => ({
      message: `the title starts with the section number ${p.number}, which the report puts before the title itself: it would print "${p.number} ${p.written}${p.title}"`,
      hint: `remove "${p.written.trim()}" from the start of the title, so that it reads: title: ${p.title}`,
      fixed: `the section number "${p.written.trim()}" removed from the start of the title`,
    })),
    sectionNumberMark: entry(
      [
        { number: '4.12', mark: '.' },
        { number: '7.3', mark: ')' },
      ],
      (p) => ({
        message: `the "${p.mark}" after ${p.number} is the one a Word heading's numbering puts after the number; the section number is ${p.number} alone`,
        hint: `write section: "${p.number}"`,
        fixed: `the "${p.mark}" after the section number ${p.number} removed`,
      }),
    ),
    joinedSibling: entry(
      [
        { key: 'status', value: 'Onward going', joined: 'rag: green', column: 8 },
        { key: 'lead', value: 'Head of Procurement', joined: 'due: Q3', column: 4 },
      ],
      (p) => ({
        message: `two settings are on one line: "${p.joined}" is on the line of "${p.key}:", as if the next line had been joined onto it`,
        hint: `put "${p.joined}" on a line of its own below "${p.key}: ${p.value}", ${column(p.column)}, lined up with "${p.key}:"`,
        fixed: `"${p.joined}" moved to a line of its own below "${p.key}:"`,
      }),
    ),
    joinedChild: entry([{ key: 'achieved', joined: 'CDC: 57800', column: 10 }], (p) => ({
      message: `"${p.joined}" is on the line of "${p.key}:", but it belongs on a line of its own below it`,
      hint: `move "${p.joined}" to a line of its own below "${p.key}:", ${column(p.column)}`,
      fixed: `"${p.joined}" moved to a line of its own below "${p.key}:"`,
    })),
    cellAfterTab: entry(
      [{ key: 'status', value: 'Onward going', cell: 'Amber', joined: 'rag: amber', column: 8 }],
      (p: { key: string; value: string; cell: string; joined: string; column: number }) => ({
        message: `the ${p.key} ends with a tab and "${p.cell}", as if two cells of a spreadsheet row were pasted onto one line: "${p.cell}" would be read as part of the ${p.key}, and "${p.joined}" would be lost`,
        hint: `end the ${p.key} at "${p.value}" and put "${p.joined}" on a line of its own below it, ${column(p.column)}, lined up with "${p.key}:"`,
      }),
    ),
    ratingBeforeText: entry<RatingFirst>(
      [
        { key: 'status', prefix: 'AMBER -', rest: 'On the savings profile', ratingKey: 'rag', colour: 'amber', line: 42, given: 'amber' },
        { key: 'status', prefix: 'RED:', rest: 'Tender delayed', ratingKey: 'rag', colour: 'red', line: 42, given: 'amber' },
        { key: 'status', prefix: '[Green]', rest: 'Contract signed', ratingKey: 'rag', colour: 'green' },
      ],
      (p) =>
        p.given === undefined
          ? {
              message: `the ${p.key} starts with "${p.prefix}", a rating as a tracker's column puts it first: the report would print it as part of the ${p.key}, and the update has no "${p.ratingKey}:" line`,
              hint: `write ${p.key}: ${p.rest} and, on a line of its own below it, lined up with "${p.key}:", ${p.ratingKey}: ${p.colour}`,
            }
          : p.given.toLowerCase() === p.colour
            ? {
                message: `the ${p.key} starts with "${p.prefix}", the rating a tracker's column puts first, which line ${p.line} already gives (${p.ratingKey}: ${p.given}): the report would print it as part of the ${p.key}`,
                hint: `write ${p.key}: ${p.rest}`,
                fixed: `"${p.prefix}" removed from the start of the ${p.key}: "${p.ratingKey}: ${p.given}" gives it`,
              }
            : {
                message: `the ${p.key} starts with "${p.prefix}", a rating, but line ${p.line} gives ${p.ratingKey}: ${p.given}: the report would print "${p.prefix}" as part of the ${p.key}`,
                hint: `write ${p.key}: ${p.rest}; if the rating is ${p.colour}, not ${p.given}, also write ${p.ratingKey}: ${p.colour} on line ${p.line}`,
              },
    ),
    ratingAndTextExchanged: entry(
      [{ key: 'status', ratingKey: 'rag', colour: 'green', text: 'Specification being written', line: 52 }],
      (p: { key: string; ratingKey: string; colour: string; text: string; line: number }) => ({
        message: `the ${p.key} and the rating are the wrong way round: "${p.colour}" is a rating, and "${p.text}" on line ${p.line} is the ${p.key}`,
        hint: `write ${p.key}: ${p.text} here, and ${p.ratingKey}: ${p.colour} on line ${p.line}`,
        fixed: `the ${p.key} and the rating put back the right way round`,
      }),
    ),
    colourMark: entry(
      [
        { key: 'rag', mark: '\u{1F7E2}', colour: 'green', word: 'green' },
        { key: 'rag', mark: '\u{1F7E1}', colour: 'yellow', word: 'amber' },
      ],
      (p: { key: string; mark: string; colour: string; word: string }) => ({
        message: `"${p.mark}" is a ${p.colour} mark, as a Teams chat shows a rating: plan needs the rating as a word, ${p.word}`,
        hint: `write ${p.key}: ${p.word}`,
        fixed: `"${p.key}: ${p.mark}" written as "${p.key}: ${p.word}"`,
      }),
    ),
    monthsForQuarter: entry(
      [
        { written: 'Oct-Dec', key: 'Q3', from: 'October', to: 'December', known: true },
        { written: 'October', key: 'Q3', from: 'October', to: 'December', known: false },
      ],
      (p) => ({
        message: `"${p.written}" is not a quarter key: ${p.from} to ${p.to} is ${p.key}${p.known ? " of the plan's financial year" : ' of a financial year that starts in April'}`,
        hint: `write ${p.key}:${p.known ? '' : ` if the year starts in April (see "starts:" in plan.yaml)`}`,
        fixed: `"${p.written}:" written as "${p.key}:"`,
      }),
    ),
    keyWithWords: entry([{ written: 'Q3 (Oct–Dec)', key: 'Q3' }], (p) => ({
      message: `"${p.written}:" has words after the key "${p.key}": a key is written on its own`,
      hint: `write ${p.key}: (without "${p.written.slice(p.key.length).trim()}")`,
      fixed: `"${p.written}:" written as "${p.key}:"`,
    })),
    mixedQuotes: entry(
      [
        { key: 'status', curly: '”', closing: true, quoted: '"Draft with Legal"' },
        { key: 'status', curly: '“', closing: false, quoted: '"Draft with Legal"' },
      ],
      (p) => ({
        message: `the ${p.closing ? 'closing' : 'opening'} quote ${p.curly} is a curly quote, probably from Word, and the ${p.closing ? 'opening' : 'closing'} one is straight: the two must match`,
        hint: `write ${p.key}: ${p.quoted}`,
        fixed: `the curly quote in the value of ${p.key} made straight: ${p.quoted}`,
      }),
    ),
    councilByName: entry(
      [
        { written: 'Cherwell', code: 'CDC', name: 'Cherwell District Council', line: 'CDC: 4000' },
        { written: 'Cdc', code: 'CDC', name: undefined, line: 'CDC: 4000' },
      ],
      (p: { written: string; code: string; name: string | undefined; line: string }) => ({
        message: p.name
          ? `"${p.written}" is a council's name, not its code: plan.yaml gives ${p.name} the code ${p.code}`
          : `"${p.written}" is the council code ${p.code}, which is written in capitals`,
        hint: `write ${p.line}`,
        fixed: `"${p.written}" written as the council code ${p.code}`,
      }),
    ),
    notACouncil: entry(
      [{ written: 'Oxford', councils: ['CDC (Cherwell District Council)', 'SNC (South Northamptonshire Council)'], line: 'CDC: 4000' }],
      (p: { written: string; councils: readonly string[]; line: string }) => ({
        message: `"${p.written}" is not one of the councils in plan.yaml: ${p.councils.join(', ')}`,
        hint: `write the code of the council this line is for, e.g. ${p.line}; if it is a new council, add it to "councils:" in plan.yaml first`,
      }),
    ),
    decimalComma: entry([{ written: '4,5', figure: '4.5' }], (p) => ({
      message: `"${p.written}" looks like a figure with a decimal comma: plan reads a decimal point`,
      hint: `write ${p.figure}`,
      fixed: `"${p.written}" written as ${p.figure}`,
    })),
    unitAfterFigure: entry(
      [
        { written: '21 days', figure: '21', unit: 'days' },
        { written: '33%', figure: '33', unit: '%' },
      ],
      (p) => ({
        message: `write the value without ${p.unit === '%' ? 'the % sign' : `"${p.unit}"`}: ${p.figure}`,
        hint: 'a value is a plain number: the unit is set once, on the measure',
        fixed: `"${p.written}" written as ${p.figure}`,
      }),
    ),
    wordNearChoice: entry(
      [
        { key: 'ended', written: 'complete', word: 'completed', words: ['completed', 'dropped'] },
        { key: 'rag', written: 'Amber', word: 'amber', words: ['red', 'amber', 'green'] },
      ],
      (p: { key: string; written: string; word: string; words: readonly string[] }) => ({
        message: `text "${p.written}" is not allowed for "${p.key}": use one of ${p.words.join(', ')}`,
        hint: `did you mean "${p.word}"? Write ${p.key}: ${p.word}`,
        fixed: `"${p.key}: ${p.written}" written as "${p.key}: ${p.word}"`,
      }),
    ),
    endedAsDate: entry<{ key: string; written: string; word: string | undefined; statusLine: number | undefined }>(
      [
        { key: 'ended', written: '2014-09-15', word: 'completed', statusLine: 12 },
        { key: 'ended', written: 'Q2', word: undefined, statusLine: undefined },
      ],
      (p: { key: string; written: string; word: string | undefined; statusLine: number | undefined }) => ({
        message:
          `"${p.key}" says how the action ended, completed or dropped, not when ("${p.written}"): the update's quarter says when` +
          (p.word === undefined ? '' : `, and the status (line ${p.statusLine}) says it was ${p.word}`),
        hint:
          p.word === undefined
            ? `write ${p.key}: completed if the action was done, or ${p.key}: dropped if it was given up; if the day matters, say it in the narrative`
            : `write ${p.key}: ${p.word}`,
        fixed: `"${p.key}: ${p.written}" written as "${p.key}: ${p.word ?? ''}", as the status on line ${p.statusLine} says`,
      }),
    ),
    ratedAsDone: entry<{ key: string; written: string; endedLine: number | undefined; indent: number }>(
      [
        { key: 'rag', written: 'blue', endedLine: 14, indent: 8 },
        { key: 'rag', written: 'Completed', endedLine: undefined, indent: 8 },
      ],
      (p: { key: string; written: string; endedLine: number | undefined; indent: number }) => {
        const colour = !/^(?:completed?|done|closed|finished)$/i.test(p.written);
        const marks = `"ended: completed"${p.endedLine === undefined ? '' : ` (line ${p.endedLine})`}`;
        return {
          message: `${colour ? `"${p.written}" is the BRAG rating for a completed action` : `"${p.written}" is not a rating`}: plan marks a completed action with ${marks}, and rates it red, amber or green`,
          hint:
            p.endedLine === undefined
              ? `write ${p.key}: green, and if the action is done, add ended: completed on the line below, ${column(p.indent)}`
              : `write ${p.key}: green`,
        };
      },
    ),
    headingBeforeValue: entry([{ key: 'status', heading: 'Status', rest: 'Onward going' }], (p) => ({
      message: `"${p.heading}:" after "${p.key}:" is the heading the text had where it was copied from, not part of it`,
      hint: `write ${p.key}: ${p.rest}`,
      fixed: `the heading "${p.heading}:" after "${p.key}:" deleted`,
    })),
    spreadsheetDate: entry([{ key: 'due', written: '31-Mar-17', iso: '2017-03-31' }], (p) => ({
      message: `"${p.written}" is a date with the month's name, as a spreadsheet or a letter shows it: write it as YYYY-MM-DD, ${p.iso}`,
      hint: `write ${p.key}: ${p.iso}`,
      fixed: `the date "${p.written}" written as ${p.iso}`,
    })),
    dateUnpadded: entry([{ key: 'due', written: '2053-9-30', iso: '2053-09-30' }], (p) => ({
      message: `"${p.written}" is a date year first, but plan writes its month and day with two figures each, as YYYY-MM-DD`,
      hint: `write ${p.key}: ${p.iso}`,
      fixed: `the date "${p.written}" written as ${p.iso}`,
    })),
    dayNotInMonth: entry(
      [
        { key: 'due', written: '2054-02-29', month: 'February', year: 2054, days: 28, last: '2054-02-28' },
        { key: 'due', written: '2053-09-31', month: 'September', year: 2053, days: 30, last: '2053-09-30' },
      ],
      (p) => ({
        message: `"${p.written}" is no day of the calendar: ${p.month} ${p.year} has ${p.days} days${p.month === 'February' && p.days === 28 ? ` (${p.year} is not a leap year)` : ''}`,
        hint: `write the day meant; for the last day of ${p.month}, write ${p.key}: ${p.last}`,
      }),
    ),
    dateInFigures: entry<DateInFigures>(
      [
        { key: 'starts', written: '01/04/2018', pair: '01/04', iso: '2018-04-01', said: '1 April', dayFirst: true },
        { key: 'due', written: '31.03.2019', pair: '31.03', iso: '2019-03-31', said: '31 March', dayFirst: true },
        {
          key: 'due',
          written: '05/11/2014',
          pair: '05/11',
          iso: '2014-11-05',
          said: '5 November',
          dayFirst: true,
          other: '2014-05-11',
          otherSaid: '11 May',
        },
        { key: 'due', written: '03/31/2019', pair: '03/31', iso: '2019-03-31', said: '31 March', dayFirst: false },
      ],
      (p) => ({
        message: `"${p.written}" is a date written ${p.dayFirst ? 'day first' : 'month first'}: plan writes dates year first, as YYYY-MM-DD`,
        hint:
          `write ${p.key}: ${p.iso}` +
          (p.other === undefined
            ? ` (${p.pair} read as ${p.said}, ${p.dayFirst ? 'day before month' : 'month before day'})`
            : ` (reading ${p.pair} as ${p.said}, day before month, as dates are written in the UK; if you meant ${p.otherSaid}, write ${p.key}: ${p.other})`),
        fixed: `the date "${p.written}" written as ${p.iso}`,
      }),
    ),
    thousandsInBraces: entry(
      [
        {
          figures: [
            { written: '88,400', plain: '88400' },
            { written: '61,275', plain: '61275' },
          ],
          whole: 'achieved: { GVC: 88400, PBC: 61275 }',
        },
        { figures: [{ written: '1,200', plain: '1200' }], whole: 'waivers: { WBC: 1200, NDC: 8 }' },
      ],
      (p) => {
        const one = p.figures.length === 1;
        const plain = p.figures.map((f) => f.plain).join(', ');
        return {
          message: one
            ? `${p.figures[0]!.written} has a comma between its thousands, which inside { } splits the figure in two: write ${plain} (no comma)`
            : `the figures on this line have commas between their thousands, which inside { } split each figure in two: write ${plain} (no commas)`,
          hint: `write the line as: ${p.whole}`,
          fixed: `${one ? 'comma' : 'commas'} taken out of ${p.figures.map((f) => f.written).join(', ')}`,
        };
      },
    ),
    totalRow: entry(
      [
        { written: 'Total', line: 'Total: 192825', value: '192825', sum: '192825', exact: true },
        { written: 'Total', line: 'Total: 190000', value: '190000', sum: '192825', exact: false },
      ],
      (p) => ({
        message: p.exact
          ? `"${p.written}" is not a council: the report adds up the councils' figures itself (${p.value} is their sum): delete this line`
          : `"${p.written}" is not a council: the report adds up the councils' figures itself, and the figures above add up to ${p.sum}, not ${p.value}`,
        hint: p.exact
          ? `delete the line "${p.line}"; the councils' figures above stay as they are`
          : `check each council's figure against the spreadsheet, then delete the line "${p.line}"`,
        fixed: `the line "${p.line}" deleted: the report adds up the councils' figures itself`,
      }),
    ),
    joinedLetters: entry(
      [
        {
          written: 'pro\uFB01le',
          key: 'profile',
          joined: '\uFB01',
          letters: 'fi',
        },
      ],
      (p) => ({
        message: `"${p.written}" has the letters ${[...p.letters].join(' and ')} joined into one character (${p.joined}), as a PDF copies them: plan does not know the key`,
        hint: `retype it as ${p.key}:`,
        fixed: `"${p.written}:" retyped as "${p.key}:"`,
      }),
    ),
    markedFigure: entry<{
      kind: 'apostrophe' | 'circa' | 'quoted' | 'emphasis';
      key: string;
      written: string;
      mark: string;
      figure: string;
    }>(
      [
        {
          kind: 'apostrophe',
          key: 'KBC',
          written: "'12100",
          mark: "'",
          figure: '12100',
        },
        {
          kind: 'circa',
          key: 'HDC',
          written: 'c.5600',
          mark: 'c.',
          figure: '5600',
        },
        {
          kind: 'quoted',
          key: 'MVC',
          written: '"26"',
          mark: '"',
          figure: '26',
        },
        { kind: 'emphasis', key: 'OHC', written: '*7900*', mark: '*', figure: '7900' },
      ],
      (p) => ({
        message:
          p.kind === 'apostrophe'
            ? `the apostrophe before ${p.figure} is a spreadsheet's mark for a number kept as text: plan needs the figure alone`
            : p.kind === 'circa'
              ? `"${p.mark}" before ${p.figure} means about: plan needs the figure alone`
              : p.kind === 'emphasis'
                ? `"${p.mark}" around ${p.figure} is how a plain-text e-mail shows bold type: plan needs the figure alone`
                : `the figure ${p.figure} is in quotes, which makes it text: plan needs it as a number`,
        hint:
          p.kind === 'circa'
            ? `write ${p.key}: ${p.figure} (if it is an estimate, say so in the status or narrative)`
            : `write ${p.key}: ${p.figure}, without the ${p.kind === 'apostrophe' ? 'apostrophe' : p.kind === 'emphasis' ? `"${p.mark}"` : 'quotes'}`,
        fixed: `${p.key}: ${p.written} written as ${p.key}: ${p.figure}`,
      }),
    ),
    dayNumberDate: entry(
      [
        {
          key: 'due',
          number: '48304',
          iso: '2032-03-31',
          said: '31 March 2032',
          iso1904: '2036-04-01',
        },
      ],
      (p) => ({
        message: `${p.number} is how a spreadsheet stores the date ${p.said}: plan writes dates as YYYY-MM-DD`,
        hint: `write ${p.key}: ${p.iso}, or ${p.key}: ${p.iso1904} if that is the date the spreadsheet shows (a workbook that counts its days from 1904)`,
      }),
    ),
    signForWord: entry([{ key: 'unit', written: '%', word: 'percent' }], (p) => ({
      message: `"${p.written}" stands for ${p.word}: "${p.key}" is written as a word`,
      hint: `write ${p.key}: ${p.word}`,
      fixed: `"${p.key}: ${p.written}" written as "${p.key}: ${p.word}"`,
    })),
    twoChoices: entry(
      [
        {
          key: 'rag',
          written: 'amber/green',
          named: ['amber', 'green'],
          words: ['red', 'amber', 'green'],
        },
      ],
      (p: { key: string; written: string; named: readonly string[]; words: readonly string[] }) => ({
        message: `"${p.key}" is one of ${listAnd(p.words)}, not "${p.written}": choose ${listOr(p.named)}`,
        hint: `write ${p.named.map((w) => `${p.key}: ${w}`).join(' or ')}, whichever fits`,
      }),
    ),
    trendWithChoice: entry([{ key: 'rag', written: 'amber \u2191', trend: '\u2191', word: 'amber' }], (p) => ({
      message: `"${p.written}" is the rating with a tracker's trend, "${p.trend}", beside it: "${p.key}" takes the rating alone`,
      hint: `write ${p.key}: ${p.word}; if the trend matters to committee, say it in the narrative`,
      fixed: `"${p.key}: ${p.written}" written as "${p.key}: ${p.word}"`,
    })),
    sheetRows: entry([{ key: 'sme-awards', first: 62, last: 63, written: 'sme-awards: { BWD: 7, ELM: 4, FYN: 3, OHC: 9 }' }], (p) => ({
      message: `lines ${p.first}\u2013${p.last} are a spreadsheet's header row of council codes and its row of figures, pasted under "${p.key}:"`,
      hint: `write the three lines as one: ${p.written}`,
      fixed: `the spreadsheet's rows under "${p.key}:" written as: ${p.written}`,
    })),
    wordFigure: entry([{ key: 'LVCC', written: 'five', figure: '5' }], (p) => ({
      message: `"${p.written}" is a figure written as a word, as a phone's dictation writes it: plan needs the figure, ${p.figure}`,
      hint: `write ${p.key}: ${p.figure}`,
      fixed: `"${p.key}: ${p.written}" written as "${p.key}: ${p.figure}"`,
    })),
    wordForNone: entry([{ key: 'target', written: 'n/a' }], (p) => ({
      message: `"${p.written}" means no target: plan writes that as none`,
      hint: `write ${p.key}: none`,
      fixed: `"${p.key}: ${p.written}" written as "${p.key}: none"`,
    })),
    commaBetweenCouncils: entry([{ figure: '24', next: 'PBC', whole: 'days-to-pay: { GVC: 24, PBC: 19, ASC: 28 }' }], (p) => ({
      message: `a comma is missing after ${p.figure}, before ${p.next}`,
      hint: `write the line as: ${p.whole}`,
      fixed: `comma put after ${p.figure}, before ${p.next}`,
    })),
    figureRunIntoCode: entry([{ code: 'PRD', figure: '4.2', next: 'ESC', whole: 'waiver-share: { LNW: 5, PRD: 4.2, ESC: 6.6 }' }], (p) => ({
      message: `"${p.figure}${p.next}:" runs ${p.code}'s figure, ${p.figure}, into the next council's code, ${p.next}, as if the ", " between them was typed over`,
      hint: `write the line as: ${p.whole}`,
      fixed: `", " put back between ${p.figure} and ${p.next}`,
    })),
    councilBelowBraces: entry([{ code: 'ESC', figure: '5', line: 35, whole: 'contracts-reviewed: { LNW: 11, PRD: 8, ESC: 5 }' }], (p) => ({
      message: `"${p.code}: ${p.figure}" is ${p.code}'s figure, written on a line of its own below the braces of line ${p.line}, which have no ${p.code}: as written, plan reads "${p.code}" as another setting, and the figure is lost`,
      hint: `put it inside the braces and delete this line, so that line ${p.line} reads: ${p.whole}`,
      fixed: `"${p.code}: ${p.figure}" put inside the braces of line ${p.line}`,
    })),
    brokenInsideBrackets: entry(
      [{ open: '{', close: '}', line: 27, whole: 'local-spend: { MRB: 31, HZD: 25, TWC: 36, BLF: 26 }' }],
      (p) => ({
        message: `line ${p.line} is the rest of this line, broken inside the "${p.open} ${p.close}" (Enter pressed before "${p.close}")`,
        hint: `join line ${p.line} onto the end of this line, so that it reads: ${p.whole}`,
        fixed: `line ${p.line} joined onto the end of the line above it, inside the "${p.open} ${p.close}"`,
      }),
    ),
    keyAfterText: entry([{ key: 'rag', value: 'green', text: 'narrative', textLine: 87, column: 8 }], (p) => ({
      message: `"${p.key}: ${p.value}" is lined up with the ${p.text}'s text above it, so the report would print it as part of that text, and "${p.key}:" would be left out`,
      hint: `start it ${p.column} spaces from the left edge, lined up with "${p.text}:" (line ${p.textLine})`,
      fixed: `"${p.key}: ${p.value}" moved out of the ${p.text}'s text, lined up with "${p.text}:"`,
    })),
    separatorBetweenCouncils: entry([{ mark: ';', whole: 'average-days: { MRB: 21, HZD: 19, TWC: 26, BLF: 18 }' }], (p) => ({
      message: `the councils' figures are separated by "${p.mark}" where a comma belongs, so plan cannot read them`,
      hint: `write the line as: ${p.whole}`,
      fixed: `"${p.mark}" between the councils' figures written as commas`,
    })),
    lettersForDigits: entry<{ key: string | undefined; written: string; value: string; letters: readonly string[]; certain: boolean }>(
      [
        { key: 'BRC', written: '1O500', value: '10500', letters: ['O'], certain: true },
        { key: 'due', written: '2O41/42 Q4', value: '2041/42 Q4', letters: ['O'], certain: true },
        { key: 'WBC', written: '3l', value: '31', letters: ['l'], certain: false },
        { key: undefined, written: '5OO', value: '500', letters: ['O'], certain: false },
      ],
      (p) => {
        const line = p.key === undefined ? p.value : `${p.key}: ${p.value}`;
        return {
          message: `"${p.written}" has ${listAnd(p.letters.map(letterFor))}: a figure is written in digits only`,
          hint: p.certain ? `write ${line}` : `if the figure is ${p.value}, write ${line}; if not, type the figure itself, in digits`,
          fixed: `"${p.written}" written as ${p.value}`,
        };
      },
    ),
  },
);

/** "the letter O where a zero belongs". */
function letterFor(letter: string): string {
  return `the letter ${letter} where ${letter === 'O' || letter === 'o' ? 'a zero' : 'a one'} belongs`;
}
