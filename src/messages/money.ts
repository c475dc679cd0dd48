import { entry, group } from './entry.js';

/** Why a figure with one right reading is written otherwise, said before the fix. */
const WHY = {
  spaces: 'spaces between the thousands are not needed',
  separators: 'the report adds the £ sign and the commas itself',
  pence: 'amounts are whole pounds, and the report adds the commas itself',
  noDecimals: 'amounts are whole pounds, with no decimal part',
  quoted: 'a number in quotes is read as text',
  pound: 'the report adds the £ sign itself',
  leadingZero: 'a figure does not start with 0',
} as const;

const PLAIN = 'write the amount as a plain number of pounds, e.g. 75000';

/** What Excel's error values mean, in the officer's words. */
const EXCEL_ERRORS: Readonly<Record<string, string>> = {
  '#N/A': 'a look-up found nothing',
  '#REF!': 'its formula points at a cell that was deleted',
  '#VALUE!': 'its formula met words where it needed a number',
  '#DIV/0!': 'its formula divided by zero or by an empty cell',
  '#NAME?': 'its formula has a name Excel does not know',
  '#NUM!': 'its formula gave a number Excel cannot show',
  '#NULL!': 'its formula names ranges that do not meet',
};

/** Where a figure stands: an amount of money, a measure's figure or a quarter's share of a profile. */
export type FigureKind = 'money' | 'figure' | 'share';

/** How each kind of figure is written, said after "type its figure here". */
const FIGURE_FORMS: Readonly<Record<FigureKind, string>> = {
  money: 'as a whole number of pounds, e.g. 75000 (or 0 if truly nothing yet)',
  figure: 'as a plain number, e.g. 33 for 33% or 12 for a count',
  share: 'as the percent of the annual target expected that quarter, e.g. 25',
};

export const money = group(
  'Money',
  'Only a whole number of pounds written plainly (`75000`) is a figure; the report adds the £ sign and the commas. Every other shape is refused with the figure to write, and `plan validate --fix` writes it when there is one right reading.',
  {
    rewrite: entry<{ shown: string; fix: string; why: keyof typeof WHY }>(
      [
        { shown: '"98 500"', fix: '98500', why: 'spaces' },
        { shown: '"£75,000"', fix: '75000', why: 'separators' },
        { shown: '"75,000.00"', fix: '75000', why: 'pence' },
        { shown: '"75000.00"', fix: '75000', why: 'noDecimals' },
        { shown: '"61250"', fix: '61250', why: 'quoted' },
        { shown: '"£75000"', fix: '75000', why: 'pound' },
        { shown: '"075000"', fix: '75000', why: 'leadingZero' },
      ],
      (p) => ({
        message: `write money as a plain number of pounds: ${p.fix} (not ${p.shown})`,
        hint: `${WHY[p.why]}: replace ${p.shown} with ${p.fix}`,
      }),
    ),
    rewritten: entry([{ code: 'CDC', written: '£75,000', fix: '75000' }], (p) => ({
      message: `write money as a plain number of pounds: ${p.fix} (not "${p.written}")`,
      hint: `replace "${p.written}" with ${p.fix}`,
      fixed: `${p.code}'s amount "${p.written}" written as ${p.fix}`,
    })),
    inWords: entry([{ shown: '"25k"', pounds: '25000' }], (p) => ({
      message: `write money in full as a plain number: ${p.pounds} (not ${p.shown})`,
      hint: `replace ${p.shown} with ${p.pounds}`,
    })),
    thousandsDot: entry(
      [
        { shown: '"150.000"', written: 150, thousands: '150000', rounded: '150' },
        { shown: '"1.250"', written: 1.25, thousands: '1250', rounded: '1' },
      ],
      (p) => ({
        message: `${p.shown} has a dot between the digits, which reads it as ${p.written % 1 === 0 ? `£${p.written}` : `£${p.written} (with pence)`}, not ${p.thousands}`,
        hint: `write ${p.thousands} if the dot separates the thousands, or ${p.rounded} if you meant £${p.written}`,
      }),
    ),
    pence: entry<{ shown: string; comma: boolean; reads: string; pounds: string; down: string | undefined; thousands: string | undefined }>(
      [
        { shown: '"75000.50"', comma: false, reads: '£75,000.50', pounds: '75001', down: '75000', thousands: undefined },
        { shown: '"15.500,75"', comma: true, reads: '£15,500.75', pounds: '15501', down: '15500', thousands: undefined },
        { shown: '"75000.25"', comma: false, reads: '£75,000.25', pounds: '75000', down: undefined, thousands: undefined },
        { shown: '"57.8"', comma: false, reads: '£57.80', pounds: '58', down: '57', thousands: '57800' },
        { shown: '"40.0"', comma: false, reads: '£40.00', pounds: '40', down: undefined, thousands: '40000' },
      ],
      (p) => ({
        message: p.thousands
          ? `${p.shown} is not a whole number of pounds: as written it is ${p.reads}`
          : `${p.shown} has pence${p.comma ? ' written with a decimal comma' : ''}, ${p.reads}: write money in whole pounds, without pence`,
        hint: p.thousands
          ? `if the figure is in thousands of pounds (a "£000" column), write ${p.thousands}; if it is ${p.reads}, write ${p.pounds} (rounded to the nearest pound)`
          : `replace ${p.shown} with ${p.pounds} (rounded to the nearest pound)${p.down ? ` or ${p.down} (the pence left off)` : ''}`,
      }),
    ),
    dashForNothing: entry([{ shown: '"\u2013"' }], (p) => ({
      message: `${p.shown} is a dash, as a spreadsheet or a table shows nothing: plan needs a figure here`,
      hint: 'write 0 for nothing, or the figure if there is one',
    })),
    wordForZero: entry([{ shown: '"Nil"' }, { shown: '"none"' }], (p) => ({
      message: `${p.shown} means nothing: write 0`,
      hint: `replace ${p.shown} with 0; put any words about it in the narrative or notes`,
    })),
    footnoteMark: entry(
      [
        { shown: '"61275\u00b9"', mark: '\u00b9', fix: '61275' },
        { shown: '"61,275*"', mark: '*', fix: '61275' },
      ],
      (p) => ({
        message: `${p.shown} ends with a footnote mark (${p.mark}) copied with the figure: write ${p.fix}`,
        hint: `replace ${p.shown} with ${p.fix}; put what the footnote says in the narrative or notes`,
      }),
    ),
    negative: entry([{ shown: '"(5,000)"', figure: '5000' }], (p) => ({
      message: `${p.shown} is a negative amount: an amount of money cannot be negative`,
      hint: `write the amount without brackets or minus sign, e.g. ${p.figure}, and explain a fall in the narrative`,
    })),
    sumForFigure: entry([{ shown: '"2400+4750"', fix: '7150' }], (p) => ({
      message: `${p.shown} is a sum, typed as a spreadsheet's cell is: plan needs the amount it comes to, ${p.fix}`,
      hint: `write ${p.fix}`,
      fixed: `${p.shown} written as its sum, ${p.fix}`,
    })),
    formula: entry([{ shown: '"=SUM(B2:B4)"' }], (p) => ({
      message: `${p.shown} is a spreadsheet formula, not an amount`,
      hint: 'write the figure the formula gives, e.g. 75000',
    })),
    excelError: entry<{ shown: string; error: string; kind: FigureKind }>(
      [
        { shown: '#N/A', error: '#N/A', kind: 'money' },
        { shown: '"#REF!"', error: '#REF!', kind: 'figure' },
        { shown: '#DIV/0!', error: '#DIV/0!', kind: 'share' },
        { shown: '#SPILL!', error: '#SPILL!', kind: 'money' },
      ],
      (p) => ({
        message: `${p.shown} is an error Excel showed in the cell (${EXCEL_ERRORS[p.error] ?? 'its formula gave no figure'}), not a figure`,
        hint: `correct the cell in the spreadsheet, then type its figure here in place of ${p.shown}, ${FIGURE_FORMS[p.kind]}`,
      }),
    ),
    hashesForFigure: entry<{ shown: string; kind: FigureKind; key: string | undefined; line: number }>(
      [
        { shown: '########', kind: 'money', key: 'KVD', line: 75 },
        { shown: '####', kind: 'figure', key: undefined, line: 40 },
      ],
      (p) => ({
        message: `${p.shown} is what a spreadsheet shows when a figure is too wide for its column: it is not the figure`,
        hint: `widen the column in the spreadsheet (or click the cell) to see the figure itself, then type it in place of ${p.shown}${p.key === undefined ? '' : ` after "${p.key}:"`} on line ${p.line}, ${FIGURE_FORMS[p.kind]}`,
      }),
    ),
    fractionCharacter: entry<{
      character: string;
      kind: FigureKind;
      whole: boolean;
      figures: ReadonlyArray<{ written: string; decimal: string; exact: boolean; up: string; down: string }>;
    }>(
      [
        { character: '½', kind: 'figure', whole: false, figures: [{ written: '27½', decimal: '27.5', exact: true, up: '28', down: '27' }] },
        {
          character: '½',
          kind: 'share',
          whole: false,
          figures: [
            { written: '12½', decimal: '12.5', exact: true, up: '13', down: '12' },
            { written: '37½', decimal: '37.5', exact: true, up: '38', down: '37' },
          ],
        },
        {
          character: '⅓',
          kind: 'figure',
          whole: false,
          figures: [{ written: '33⅓', decimal: '33.33', exact: false, up: '34', down: '33' }],
        },
        {
          character: '½',
          kind: 'money',
          whole: true,
          figures: [{ written: '61250½', decimal: '61250.5', exact: true, up: '61251', down: '61250' }],
        },
        { character: '¼', kind: 'figure', whole: true, figures: [{ written: '2 ¼', decimal: '2.25', exact: true, up: '3', down: '2' }] },
      ],
      (p) => {
        const first = p.figures[0]!;
        const each = [...new Map(p.figures.map((f) => [f.written, f])).values()];
        return {
          message: p.whole
            ? `${first.written} is written with a fraction character (${p.character}) from Word: ${p.kind === 'money' ? 'amounts are whole pounds' : 'a count is a whole number'}, so the fraction must be rounded`
            : `${first.written} is written with a fraction character (${p.character}) from Word, which is not read as a number: write it as a decimal`,
          hint: p.whole
            ? each.map((f) => `replace ${f.written} with ${f.up} (rounded up) or ${f.down} (rounded down)`).join('; ')
            : `replace ${each.map((f) => `${f.written} with ${f.decimal}${f.exact ? '' : ' (to two decimal places)'}`).join(' and ')}`,
          fixed: `${each.map((f) => f.written).join(', ')} written as ${each.map((f) => f.decimal).join(', ')}`,
        };
      },
    ),
    spreadsheetDisplay: entry([{ shown: '"1.2E+05"', pounds: '120000' }], (p) => ({
      message: `${p.shown} is not an amount of money: it is how a spreadsheet shows a figure of about ${p.pounds} in a narrow column, rounded`,
      hint: `widen the column in the spreadsheet (or click the cell) and type the figure itself in place of ${p.shown}; write ${p.pounds} only if that is the exact amount`,
    })),
    empty: entry([undefined], () => ({
      message: 'the amount is empty',
      hint: 'write the amount as a plain number of pounds, e.g. 75000, or 0 for nothing yet',
    })),
    tooManyDigits: entry([{ text: '7500000000000000' }], (p) => ({
      message: `"${p.text}" has too many digits for an amount of money (at most 15)`,
      hint: 'check the figure for extra zeros or digits typed twice',
    })),
    notMoney: entry([{ shown: '"tbc"' }, { shown: 'true' }, { shown: 'this' }], (p) => ({
      message: `${p.shown} is not an amount of money`,
      hint: p.shown.startsWith('"') ? `${PLAIN}; put any words about it in the narrative or notes` : PLAIN,
    })),
    notWholePounds: entry([{ value: 75000.5, pounds: '75001' }], (p) => ({
      message: `${p.value} is not a whole number of pounds`,
      hint: `write ${p.pounds}`,
    })),
    withPence: entry([undefined], () => ({
      message: 'write money in whole pounds, without pence',
      hint: 'round the amount to the nearest pound',
    })),
    atMost15Digits: entry([undefined], () => ({
      message: 'an amount of money has at most 15 digits',
      hint: 'check the figure for extra zeros',
    })),
    belowZero: entry([undefined], () => ({
      message: 'an amount of money cannot be negative',
      hint: 'write the amount without the minus sign, and explain a fall in the narrative',
    })),
    targetNotAboveZero: entry([undefined], () => ({
      message: 'a target must be more than £0',
      hint: 'write the annual target in pounds, e.g. 75000; if there is none, remove this council from the target',
    })),
    pendingLost: entry(
      [
        { code: 'HLD', quarter: 'Q4', said: '\u00a36,500', words: 'will not now be achieved', line: 67, alone: true },
        { code: 'HLD', quarter: 'Q4', said: '\u00a36,500', words: 'fell through', line: 67, alone: false },
      ],
      (p) => ({
        message: `${p.code}'s ${p.said} is still pending at ${p.quarter}, but the narrative says it ${p.words}: the report would show it as still to come`,
        hint: `delete line ${p.line}${p.alone ? ', and the "pending:" line above it' : ''}; the narrative keeps why`,
      }),
    ),
  },
);
