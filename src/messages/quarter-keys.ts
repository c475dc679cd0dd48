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
    quarterKeyTyped: entry([{ written: 'W3', meant: 'Q3' }], (p) => ({
      message: `"${p.written}:" is "${p.meant}:" with a key beside it typed: the action has no ${p.meant} update`,
      hint: `replace "${p.written}:" with "${p.meant}:"`,
      fixed: `"${p.written}:" written as "${p.meant}:"`,
    })),
  },
);
