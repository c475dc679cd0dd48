import { entry, group } from './entry.js';

export const quarterKeys = group(
  'Update headings',
  'An update is headed by its quarter: Q1, Q2, Q3 or Q4. A heading written as a finance report or a slip of the keyboard writes it is said at its line, with the quarter it stands for; --fix writes the quarter when the action has no update for it yet.',
  {
    yearEndKey: entry(
      [
        { written: 'Outturn', free: true },
        { written: 'Year end', free: false },
      ],
      (p) => ({
        message: `"${p.written}:" is a finance report's name for the year's last quarter: plan calls that update "Q4:"`,
        hint: p.free
          ? `replace "${p.written}:" with "Q4:"`
          : `this action has a "Q4:" already: move what "${p.written}:" says into it, then delete "${p.written}:" and its lines`,
        ...(p.free ? { fixed: `"${p.written}:" written as "Q4:"` } : {}),
      }),
    ),
    quarterKeysExchanged: entry(
      [{ upper: 'Q3', lower: 'Q2', upperLine: 45, lowerLine: 54, upperMonths: 'July to September', lowerMonths: 'October to December' }],
      (p: { upper: string; lower: string; upperLine: number; lowerLine: number; upperMonths: string; lowerMonths: string }) => ({
        message: `the update headed ${p.upper} (line ${p.upperLine}) writes of ${p.upperMonths}, which is ${p.lower}, and the one headed ${p.lower} (line ${p.lowerLine}) of ${p.lowerMonths}, which is ${p.upper}: their quarter keys are the wrong way round`,
        hint: `write "${p.lower}:" on line ${p.upperLine} and "${p.upper}:" on line ${p.lowerLine}`,
      }),
    ),
    reportLinePasted: entry(
      [
        { quarter: 'Q3', from: 'Q2', lines: [153, 154] },
        { quarter: 'Q3', from: 'Q3', lines: [60] },
        { quarter: 'Q2', from: 'Q1', lines: [40, 44] },
      ],
      (p: { quarter: string; from: string; lines: number[] }) => {
        const [first, last, one] = [p.lines[0]!, p.lines[p.lines.length - 1]!, p.lines.length === 1];
        const which = one
          ? `line ${first}`
          : last - first === p.lines.length - 1
            ? `lines ${first}\u2013${last}`
            : `lines ${p.lines.slice(0, -1).join(', ')} and ${last}`;
        return {
          message: `${which} ${one ? 'is' : 'are'} the report's own ${one ? 'sentence' : 'sentences'} of the figures at the end of ${p.from}, copied into the ${p.quarter} narrative: the report would print ${one ? 'it' : 'them'} there as written, beside the figures it works out itself`,
          hint: `delete ${which}; the report writes the figures' sentences from the figures each quarter`,
        };
      },
    ),
    quarterKeyTyped: entry([{ written: 'W3', meant: 'Q3' }], (p) => ({
      message: `"${p.written}:" is "${p.meant}:" with a key beside it typed: the action has no ${p.meant} update`,
      hint: `replace "${p.written}:" with "${p.meant}:"`,
      fixed: `"${p.written}:" written as "${p.meant}:"`,
    })),
  },
);
