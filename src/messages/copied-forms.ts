import { groupThousands } from '../shared/numbers.js';
import { MONTHS } from '../shared/words.js';
import { entry, group } from './entry.js';

const pounds = (n: number) => `\u00a3${groupThousands(n)}`;

export const copiedForms = group(
  'Values copied in the form another program shows them',
  "A tracker's change column, a report's words for a figure, a chat's marks for code, a spreadsheet's date with its time, a line of plan's own JSON output: each looks like the value it was copied for and carries a mark that is not part of it. Plan names the mark at its line and gives the value to write; --fix writes it when there is one reading.",
  {
    movementAsMeasure: entry([{ code: 'FYN', id: 'local-spend', written: '+2', quarter: 'Q3', before: 'Q2', was: 42, meant: 44 }], (p) => ({
      message: `"${p.written}" is written as a change since ${p.before}, as a tracker's change column gives it, but "${p.id}" takes ${p.code}'s ${p.quarter} figure: as written it reads ${p.written.replace(/^\+\s*/, '')}`,
      hint: `if ${p.written} is the change from ${p.code}'s ${p.before} figure, ${p.was}, write ${p.code}: ${p.meant}; otherwise write ${p.code}'s ${p.quarter} figure without the "+"`,
    })),
    movementAsTotal: entry(
      [
        { code: 'GBC', written: '+32550', quarter: 'Q3', before: 'Q2', rise: 32550, was: 46800, key: 'achieved' },
        { code: 'NDC', written: '+3000', quarter: 'Q2', before: 'Q1', rise: 3000, was: undefined, key: 'achieved' },
        { code: 'WBC', written: '+25000', quarter: 'Q1', before: undefined, rise: 25000, was: 0, key: 'achieved' },
      ],
      (p: {
        code: string;
        written: string;
        quarter: string;
        before: string | undefined;
        rise: number;
        was: number | undefined;
        key: string;
      }) => ({
        message: `"${p.written}" is written as a change (the rise ${p.before === undefined ? 'since the start of the year' : `since ${p.before}`}), but ${p.key} is ${p.code}'s total so far this year`,
        hint:
          p.was === undefined
            ? `write ${p.code}'s total so far this year: its ${p.before} figure plus ${p.rise}, with no plus sign`
            : p.before === undefined
              ? `write ${p.rise}, with no plus sign: at ${p.quarter} the rise since the start of the year is the total`
              : `write ${p.was + p.rise} (${pounds(p.was)} at ${p.before} + ${pounds(p.rise)})`,
      }),
    ),
    figureInReportWords: entry(
      [
        { code: 'OCC', written: '77 (Q2 figure)', quarter: 'Q2', update: 'Q3', figure: '{ value: 77, quarter: Q2 }' },
        { code: 'OCC', written: '77 (Q3 figure)', quarter: 'Q3', update: 'Q3', figure: '77' },
      ],
      (p: { code: string; written: string; quarter: string; update: string; figure: string }) =>
        p.quarter === p.update
          ? {
              message: `"${p.written}" is the figure as the report shows it; a figure for ${p.update}, the quarter of this update, is written as the number alone`,
              hint: `write ${p.code}: ${p.figure}`,
              fixed: `"${p.written}" written as ${p.figure}`,
            }
          : {
              message: `"${p.written}" is how the report shows a figure for an earlier quarter; in the plan a figure for ${p.quarter} is written ${p.figure}, so that the report says so`,
              hint: `write ${p.code}: ${p.figure}`,
              fixed: `"${p.written}" written as ${p.figure}`,
            },
    ),
    lagInComment: entry([{ code: 'WMBC', figure: '25', quarter: 'Q2', update: 'Q3' }], (p) => ({
      message: `the comment says ${p.figure} is ${p.code}'s ${p.quarter} figure, but plan reads no comments: the report would show ${p.figure} as ${p.code}'s ${p.update} figure`,
      hint: `write ${p.code}: { value: ${p.figure}, quarter: ${p.quarter} }, so that the report shows it as the ${p.quarter} figure (the comment can stay after it)`,
    })),
    dateForFigure: entry([{ code: 'ORDC', written: '03-Apr', first: 3, second: 4 }], (p) => ({
      message: `"${p.written}" is a date as a spreadsheet shows it: "${p.first}/${p.second}" typed into a cell becomes ${p.first} ${MONTHS[p.second - 1]}. A measure's figure is one number`,
      hint: `write ${p.code}'s figure as a plain number: if "${p.first}/${p.second}" meant ${p.first} of ${p.second}, write ${p.code}: ${p.first}`,
    })),
    dateWithTime: entry(
      [
        { key: 'due', date: '2035-03-31', time: '00:00:00', said: '31 March 2035', midnight: true },
        { key: 'due', date: '2035-03-31', time: '17:00', said: '31 March 2035', midnight: false },
        { key: 'starts', date: '2034-04-01', time: '00:00', said: '1 April 2034', midnight: true },
      ],
      (p: { key: string; date: string; time: string; said: string; midnight: boolean }) => {
        const what = p.key === 'due' ? 'due date' : `date of "${p.key}:"`;
        return {
          message: `the ${what}, ${p.date} (${p.said}), has a time after it, ${p.time}, as a spreadsheet keeps a date: the ${what} is the day alone`,
          hint: `write the date alone: ${p.key}: ${p.date}`,
          fixed: `the time after the ${what} deleted: ${p.key}: ${p.date}`,
        };
      },
    ),
    chatBackticks: entry(
      [
        { key: 'id', value: 'procurement-apprentices', line: '- id: procurement-apprentices' },
        { key: 'status', value: 'On track', line: 'status: On track' },
      ],
      (p: { key: string; value: string; line: string }) => ({
        message: `the backticks around "${p.value}" are the marks Teams or a chat puts around code, copied with it: they are not part of the ${p.key}`,
        hint: `delete them: ${p.line}`,
        fixed: `the backticks around the ${p.key} deleted: ${p.line}`,
      }),
    ),
    jsonLine: entry([{ key: 'status', line: 'status: Onward going' }], (p) => ({
      message: `this line is written as in a JSON file, with quotes around "${p.key}" and a comma at the end`,
      hint: `write it as the lines around it are: ${p.line}`,
      fixed: `the JSON quotes and comma taken off: ${p.line}`,
    })),
    barLookalike: entry(
      [
        { key: 'narrative', written: '\u00a6', code: '00A6' },
        { key: 'narrative', written: 'l', code: '006C' },
      ],
      (p: { key: string; written: string; code: string }) => ({
        message: /^[lI1!]$/.test(p.written)
          ? `"${p.written}" after "${p.key}:" looks like "|" typed as a character like it: the lines below would be run together into one line after a stray "${p.written}"`
          : `"${p.written}" (U+${p.code}) looks like "|" but is not the "|" that starts the ${p.key} on the lines below`,
        hint: `write ${p.key}: | (on a UK keyboard, "|" is Shift and the key beside Z)`,
        fixed: `"${p.written}" after "${p.key}:" changed to "|"`,
      }),
    ),
    textBelowPlaceholder: entry([{ key: 'narrative', placeholder: 'TODO: write the Q4 narrative', line: 84, below: 85 }], (p) => ({
      message: `the placeholder "${p.placeholder}" is still on line ${p.line}, with the ${p.key} written below it`,
      hint: `write ${p.key}: | in place of it, so that the text from line ${p.below} is the ${p.key}`,
      fixed: `the placeholder on line ${p.line} replaced by "|": the text below it is the ${p.key}`,
    })),
  },
);
