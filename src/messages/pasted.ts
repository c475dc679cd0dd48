import { column, entry, group, lineList, spaces } from './entry.js';

export const pasted = group(
  'Pasted text and its marks',
  'Text copied from Teams, a spreadsheet or a web page can bring that program\'s marks with it: the ``` lines a chat puts around code, a cell\'s line break, a ">" where the text has bullets. Lines cut and pasted back can land inside the text above them. Each is said once, at its first line, with the edit that mends it; --fix makes those with one right answer.',
  {
    figuresOnKeyLine: entry(
      [{ key: 'achieved', written: 'RDC 11,350 / SBC 9,800', lines: ['RDC: 11350', 'SBC: 9800'], column: 10 }],
      (p) => ({
        message: `the figures are written on the line of "${p.key}:" as a chat or an e-mail gives them ("${p.written}"), so they are read as one text and the ${p.key} figures are missing`,
        hint: `write each council's figure on a line of its own below "${p.key}:", ${column(p.column)}: ${p.lines.join(', ')}`,
        fixed: `"${p.written}" written as one line for each council below "${p.key}:"`,
      }),
    ),
    councilsLevelWithKey: entry([{ key: 'local-spend', from: 44, to: 46, column: 12 }], (p) => {
      const which = p.from === p.to ? `line ${p.from}` : `lines ${p.from}\u2013${p.to}`;
      return {
        message: `the council ${p.from === p.to ? 'line' : 'lines'} below "${p.key}:" (${which}) stand level with it, so they are read as its neighbours and "${p.key}" has no figures`,
        hint: `indent ${which} by two more spaces, ${column(p.column)}, under "${p.key}:"`,
        fixed: `${which} indented under "${p.key}:"`,
      };
    }),
    codeFence: entry(
      [
        { lines: [48, 52], mark: '```' },
        { lines: [12], mark: '```yaml' },
      ],
      (p) => {
        const both = p.lines.length === 2 ? 'both lines' : p.lines.length === 1 ? 'the line' : `all ${p.lines.length} lines`;
        return {
          message: `${lineList(p.lines)}, "${p.mark}", ${p.lines.length === 1 ? 'is a mark' : 'are the marks'} Teams or a chat puts around text typed as code, pasted with it: not part of the plan`,
          hint: `delete ${both} (${lineList(p.lines)}); keep the lines between them as they are`,
          fixed: `${lineList(p.lines)} (marks pasted from Teams or a chat) deleted`,
        };
      },
    ),
    cellLineBreak: entry([{ key: 'status', line: 74, last: 75, joined: 'status: "Onward going - MVC order delayed"' }], (p) => ({
      message: `the ${p.key} goes on over ${p.last - p.line + 1} lines, as a spreadsheet cell with a line break in it is pasted: plan reads the ${p.key} as one line`,
      hint: `join ${p.last - p.line === 1 ? `line ${p.last}` : `lines ${p.line + 1}\u2013${p.last}`} onto line ${p.line}, so that it reads: ${p.joined}`,
      fixed: `${p.last - p.line === 1 ? `line ${p.last}` : `lines ${p.line + 1}\u2013${p.last}`} joined onto line ${p.line}`,
    })),
    foldedBullets: entry([{ key: 'narrative', line: 51 }], (p) => ({
      message: `after ">" the lines of the ${p.key} below are joined into one, so the report would print its bullets run together`,
      hint: `write "${p.key}: |" in place of "${p.key}: >": "|" keeps each line as you wrote it`,
      fixed: `"${p.key}: >" changed to "${p.key}: |", so that each bullet stays on its own line`,
    })),
    wrappedLink: entry(
      [
        { by: 'Outlook "Safe Links"', address: 'https://www.greywater.gov.uk/selling-to-the-council', mailbox: true },
        { by: 'Google', address: 'https://www.example.gov.uk/tenders', mailbox: false },
      ],
      (p) => ({
        message: `this address is a link as ${p.by} wraps it in an email or a chat, not the page itself: the report would link readers to ${p.by === 'Google' || p.by === 'Facebook' ? `${p.by}'s redirect` : "Microsoft's checking service"}${p.mailbox ? ' and print an email address held in it' : ''}`,
        hint: `write the page's own address in its place: ${p.address}`,
        fixed: `the ${p.by} link written as the page's own address, ${p.address}`,
      }),
    ),
    pageFooter: entry([{ line: 39, written: 'Shared Procurement Action Plan 2034/35 Q2 Update \u2013 Appendix 2 Page 4 of 11' }], (p) => ({
      message: `line ${p.line}, "${p.written}", looks like a page footer copied from a PDF with the text: the report would print it in the middle of the text`,
      hint: `delete line ${p.line}; the lines above and below it stay as they are`,
    })),
    itemInsideText: entry(
      [{ item: '- id: x', key: 'id', what: 'action', text: 'narrative', line: 53, last: 72, by: 8, besideLine: 5 }],
      (p) => ({
        message: `"${p.item}" on line ${p.line} and the lines below it, to line ${p.last}, are inside the text of "${p.text}:" above them, so the report would print them as text and leave this ${p.what} out`,
        hint: `move lines ${p.line}\u2013${p.last} ${spaces(p.by)} to the left, so that "- ${p.key}:" lines up with the one on line ${p.besideLine}`,
      }),
    ),
  },
);
