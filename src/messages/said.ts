import { listAnd } from '../shared/words.js';
import { entry, group, lineRange } from './entry.js';

type Lines = { from: number; to: number };
/** A council's figure as written here and as the words give it. */
type Pair = { code: string; now: string; said: string; write: number };
/** One action's side of figures typed under another action. */
type Side = { action: string; lines: Lines; line: number; pairs: readonly Pair[] };

/** "CDC: 81650, SNC: 52480": the lines to write, as they are written in the plan. */
const lines = (pairs: readonly Pair[]) => pairs.map((p) => `${p.code}: ${p.write}`).join(', ');
/** "the Q3 narrative (line 45)" or "the action's text (line 6)". */
const source = (p: { quarter?: string | undefined; line: number }) =>
  p.quarter ? `the ${p.quarter} narrative (line ${p.line})` : `the action's text (line ${p.line})`;
/** "Q3 achieved", "Q3 \"secured\"", or "target". */
const what = (p: { quarter?: string | undefined; label: string }) =>
  p.quarter ? `${p.quarter} ${p.label === 'achieved' ? 'achieved' : `"${p.label}"`}` : 'target';

/** A figure that the words give as something other than the figure: what, in which words, where. */
type OtherFigure = {
  quarter: string | undefined;
  label: string;
  other: string;
  year: string | undefined;
  of: string | undefined;
  words: string;
  line: number;
};

/** "the forecast", "the value of what it describes", "the amounts for 2016/17". */
function otherAs(p: { other: string; year: string | undefined; of: string | undefined }, many: boolean): string {
  const year = `for ${p.year ?? 'another year'}`;
  const one: Record<string, string> = {
    forecast: 'the forecast',
    target: 'the target',
    thing: p.of ? `the value of the ${p.of}` : 'a value, not a saving,',
    approx: 'the rounded amount',
    percent: 'the percentage',
    year: `the amount ${year}`,
    uncounted: 'the amount it says is not counted',
    change: 'the change it gives',
    rate: 'the amount by the month (or week)',
  };
  const all: Record<string, string> = {
    ...one,
    forecast: 'the forecasts',
    target: 'the targets',
    approx: 'the rounded amounts',
    percent: 'the percentages',
    year: `the amounts ${year}`,
    uncounted: 'the amounts it says are not counted',
    change: 'the changes it gives',
    rate: 'the amounts by the month (or week)',
  };
  return (many ? all : one)[p.other] ?? 'another amount';
}

export const said = group(
  'Figures the words give otherwise',
  "A narrative that gives each council its amount, or an action's text that gives each council its target, is evidence the figures can be held to. When the figures are those amounts under the wrong councils, the achieved and pending figures the other way round, a figure is what the words give beside it (the full-year effect, the amount with VAT, the pipeline) or give as something other than the figure (a forecast, a target, the value of a contract, a rounded amount, another year's amount, a percentage), a figure is what the profile expects by the quarter or the words' amount plus one they say is not counted, or one figure is a slip of the finger from the words' while the other councils' agree, plan warns and gives the figures to write.",
  {
    figuresUnderOtherCouncils: entry(
      [
        {
          quarter: 'Q3' as string | undefined,
          label: 'achieved',
          line: 45,
          figures: { from: 40, to: 42 },
          pairs: [
            { code: 'CDC', now: '\u00a352,480', said: '\u00a381,650', write: 81650 },
            { code: 'SNC', now: '\u00a381,650', said: '\u00a352,480', write: 52480 },
          ],
        },
        {
          quarter: undefined as string | undefined,
          label: 'target',
          line: 7,
          figures: { from: 12, to: 13 },
          pairs: [
            { code: 'CDC', now: '\u00a325,000', said: '\u00a340,000', write: 40000 },
            { code: 'SNC', now: '\u00a340,000', said: '\u00a325,000', write: 25000 },
          ],
        },
      ],
      (p: { quarter: string | undefined; label: string; line: number; figures: Lines; pairs: readonly Pair[] }) => ({
        message: `the ${what(p)} figures on ${lineRange(p.figures)} are the amounts ${source(p)} gives, but under the wrong councils: ${listAnd(p.pairs.map((x) => `${x.code} has ${x.now} here and ${x.said} there`))}`,
        hint: `write ${lines(p.pairs)}, as ${source(p)} gives them; the other figures stay as they are`,
      }),
    ),
    achievedPendingExchanged: entry(
      [
        {
          quarter: 'Q3',
          achieved: 'secured',
          pending: 'in negotiation',
          line: 104,
          achievedLines: { from: 96, to: 98 },
          pendingLines: { from: 100, to: 102 },
          achievedPairs: [
            { code: 'CDC', now: '\u00a39,000', said: '\u00a328,700', write: 28700 },
            { code: 'SNC', now: '\u00a35,200', said: '\u00a317,900', write: 17900 },
          ],
          pendingPairs: [
            { code: 'CDC', now: '\u00a328,700', said: '\u00a39,000', write: 9000 },
            { code: 'SNC', now: '\u00a317,900', said: '\u00a35,200', write: 5200 },
          ],
        },
      ],
      (p: {
        quarter: string;
        achieved: string;
        pending: string;
        line: number;
        achievedLines: Lines;
        pendingLines: Lines;
        achievedPairs: readonly Pair[];
        pendingPairs: readonly Pair[];
      }) => ({
        message: `the ${p.quarter} "${p.achieved}" figures (${lineRange(p.achievedLines)}) and "${p.pending}" figures (${lineRange(p.pendingLines)}) are the other way round from the ${p.quarter} narrative (line ${p.line}), which gives ${p.achievedPairs.map((x) => `${x.code} ${x.said}`).join(', ')} as ${p.achieved}`,
        hint: `exchange the figures of ${lineRange(p.achievedLines)} and ${lineRange(p.pendingLines)}: "${p.achieved}" ${lines(p.achievedPairs)}; "${p.pending}" ${lines(p.pendingPairs)}`,
      }),
    ),
    figuresOfOtherAction: entry(
      [
        {
          quarter: 'Q1',
          mine: {
            action: '"cashable-savings"',
            lines: { from: 19, to: 20 },
            line: 24,
            pairs: [
              { code: 'CDC', now: '\u00a38,200', said: '\u00a322,400', write: 22400 },
              { code: 'SNC', now: '\u00a35,600', said: '\u00a315,100', write: 15100 },
            ],
          },
          theirs: {
            action: '"commercial-income"',
            lines: { from: 60, to: 61 },
            line: 68,
            pairs: [
              { code: 'CDC', now: '\u00a322,400', said: '\u00a38,200', write: 8200 },
              { code: 'SNC', now: '\u00a315,100', said: '\u00a35,600', write: 5600 },
            ],
          },
        },
      ],
      (p: { quarter: string; mine: Side; theirs: Side }) => ({
        message: `the ${p.quarter} achieved figures of actions ${p.mine.action} (${lineRange(p.mine.lines)}) and ${p.theirs.action} (${lineRange(p.theirs.lines)}) are each other's: each is what the other's ${p.quarter} narrative gives (lines ${p.theirs.line} and ${p.mine.line})`,
        hint: `write ${lines(p.mine.pairs)} on ${lineRange(p.mine.lines)} and ${lines(p.theirs.pairs)} on ${lineRange(p.theirs.lines)}, as each action's own narrative gives them`,
      }),
    ),
    pendingSaidNone: entry(
      [
        {
          quarter: 'Q4',
          label: 'pending',
          pairs: [{ code: 'CDC', now: '\u00a36,000', said: '', write: 0 }],
          words: 'nothing is pending',
          line: 101,
          figures: { from: 108, to: 108 },
        },
      ],
      (p: { quarter: string; label: string; pairs: readonly Pair[]; words: string; line: number; figures: Lines }) => ({
        message: `the ${p.quarter} "${p.label}" figure${p.pairs.length === 1 ? '' : 's'} of ${listAnd(p.pairs.map((x) => `${x.code} (${x.now})`))} ${p.pairs.length === 1 ? 'is' : 'are'} above 0, while the ${p.quarter} narrative (line ${p.line}) says "${p.words}": a quarter's line carried forward and not set to 0 when the amount was signed?`,
        hint: `write ${lines(p.pairs)} on ${lineRange(p.figures)}; if an amount is still ${p.label}, correct the narrative instead`,
      }),
    ),
    figureIsAside: entry(
      [
        {
          code: 'SNC',
          quarter: 'Q1' as string | undefined,
          label: 'achieved',
          now: '\u00a331,500',
          words: 'full-year effect from 2014/15',
          line: 26,
          said: '\u00a311,800',
          figure: 21,
          write: 11800,
        },
        {
          code: 'CDC',
          quarter: 'Q2' as string | undefined,
          label: 'secured',
          now: '\u00a323,280',
          words: 'invoiced',
          line: 91,
          said: '\u00a319,400',
          figure: 83,
          write: 19400,
        },
      ],
      (p: {
        code: string;
        quarter: string | undefined;
        label: string;
        now: string;
        words: string;
        line: number;
        said: string;
        figure: number;
        write: number;
      }) => ({
        message: `${p.code}'s ${what(p)} figure, ${p.now}, is the amount ${source(p)} gives as "${p.words}", not the ${p.quarter ? 'figure itself' : 'target'}, which it gives as ${p.said}`,
        hint: `write ${p.code}: ${p.write} on line ${p.figure}`,
      }),
    ),
    figureIsOther: entry(
      [
        {
          code: 'EDC',
          quarter: 'Q3' as string | undefined,
          label: 'achieved',
          now: '\u00a396,000',
          other: 'forecast',
          year: undefined as string | undefined,
          of: undefined as string | undefined,
          words: 'it expects \u00a396,000 by the year end',
          line: 40,
          said: '\u00a352,100',
          figure: 33,
          write: 52100,
        },
        {
          code: 'NDC',
          quarter: 'Q1' as string | undefined,
          label: 'achieved',
          now: '\u00a360,000',
          other: 'thing',
          year: undefined as string | undefined,
          of: 'cleaning contract' as string | undefined,
          words: 'its \u00a360,000 cleaning contract',
          line: 16,
          said: '\u00a34,500',
          figure: 12,
          write: 4500,
        },
        {
          code: 'WBC',
          quarter: 'Q3' as string | undefined,
          label: 'achieved',
          now: '48',
          other: 'percent',
          year: undefined as string | undefined,
          of: undefined as string | undefined,
          words: "48% of WBC's \u00a320,000 target",
          line: 52,
          said: '\u00a39,600',
          figure: 44,
          write: 9600,
        },
      ],
      (p: OtherFigure & { code: string; now: string; said: string; figure: number; write: number }) => ({
        message: `${p.code}'s ${what(p)} figure, ${p.now}, is ${otherAs(p, false)} that ${source(p)} gives ("${p.words}"), not the ${p.other === 'percent' ? 'amount' : p.quarter ? 'figure itself' : 'target'}, which it gives as ${p.said}`,
        hint: `write ${p.code}: ${p.write} on line ${p.figure}`,
      }),
    ),
    figuresAreOther: entry(
      [
        {
          quarter: undefined as string | undefined,
          label: 'target',
          other: 'year',
          year: '2016/17' as string | undefined,
          of: undefined as string | undefined,
          words: 'rising to \u00a390,000 from 2016/17',
          line: 7,
          figures: { from: 12, to: 14 },
          pairs: [
            { code: 'WBC', now: '\u00a340,000', said: '\u00a330,000', write: 30000 },
            { code: 'NDC', now: '\u00a330,000', said: '\u00a320,000', write: 20000 },
            { code: 'EDC', now: '\u00a320,000', said: '\u00a315,000', write: 15000 },
          ],
        },
      ],
      (p: OtherFigure & { figures: Lines; pairs: readonly Pair[] }) => ({
        message: `the ${what(p)} figures of ${listAnd(p.pairs.map((x) => `${x.code} (${x.now})`))} are ${otherAs(p, true)} that ${source(p)} gives ("${p.words}"), not the ${p.quarter ? 'figures themselves' : 'targets'}, which it gives as ${listAnd(p.pairs.map((x) => `${x.code} ${x.said}`))}`,
        hint: `write ${lines(p.pairs)} on ${lineRange(p.figures)}`,
      }),
    ),
    figureCountsSharedWhole: entry(
      [
        {
          code: 'NDC',
          quarter: 'Q2',
          label: 'achieved',
          now: '\u00a347,000',
          before: 'Q1' as string | undefined,
          was: '\u00a335,000',
          whole: '\u00a312,000',
          share: '\u00a36,000',
          partners: ['EDC'],
          words: 'shared equally',
          line: 30,
          figure: 25,
          write: 41000,
        },
      ],
      (p: {
        code: string;
        quarter: string;
        label: string;
        now: string;
        before: string | undefined;
        was: string;
        whole: string;
        share: string;
        partners: readonly string[];
        words: string;
        line: number;
        figure: number;
        write: number;
      }) => ({
        message: `${p.code}'s ${what(p)} figure, ${p.now}, ${p.before ? `rose by ${p.whole} from ${p.before}'s ${p.was}:` : 'is'} the whole of the saving ${source(p)} says ${p.code} shares with ${listAnd([...p.partners])} ("${p.words}"), where ${p.code}'s share is ${p.share}`,
        hint: `write ${p.code}: ${p.write} on line ${p.figure}${p.before ? ` (${p.before}'s ${p.was} and the ${p.share} share)` : ''}`,
      }),
    ),
    figureIsProfileToDate: entry(
      [
        {
          code: 'WBC',
          quarter: 'Q3' as string | undefined,
          label: 'achieved',
          now: '\u00a336,000',
          share: 60,
          target: '\u00a360,000',
          said: '\u00a333,900',
          line: 48,
          figure: 44,
          write: 33900,
        },
      ],
      (p: {
        code: string;
        quarter: string | undefined;
        label: string;
        now: string;
        share: number;
        target: string;
        said: string;
        line: number;
        figure: number;
        write: number;
      }) => ({
        message: `${p.code}'s ${what(p)} figure, ${p.now}, is ${p.share >= 100 ? `its target for the year (${p.target})` : `what its profile expects by ${p.quarter} (${p.share}% of ${p.target})`}, not what it achieved, which ${source(p)} gives as ${p.said}`,
        hint: `write ${p.code}: ${p.write} on line ${p.figure}`,
      }),
    ),
    figureCountsUncounted: entry(
      [
        {
          code: 'KDC',
          quarter: 'Q2' as string | undefined,
          label: 'achieved',
          now: '\u00a331,200',
          said: '\u00a324,000',
          left: '\u00a37,200',
          words: '\u00a37,200 of avoided price rises, which is not counted',
          line: 30,
          figure: 26,
          write: 24000,
          year: undefined as string | undefined,
        },
        {
          code: 'UWC',
          quarter: 'Q4' as string | undefined,
          label: 'achieved',
          now: '\u00a344,500',
          said: '\u00a341,300',
          left: '\u00a33,200',
          words: 'A further \u00a33,200 from the renegotiated waste contract starts in April 2072 and will count in 2072/73',
          line: 60,
          figure: 56,
          write: 41300,
          year: '2072/73' as string | undefined,
        },
      ],
      (p: {
        code: string;
        quarter: string | undefined;
        label: string;
        now: string;
        said: string;
        left: string;
        words: string;
        line: number;
        figure: number;
        write: number;
        year: string | undefined;
      }) => ({
        message: `${p.code}'s ${what(p)} figure, ${p.now}, is the ${p.said} ${source(p)} gives plus the ${p.left} it says ${p.year ? `counts in ${p.year}` : 'is not counted'} ("${p.words}")`,
        hint: `write ${p.code}: ${p.write} on line ${p.figure}`,
      }),
    ),
    figureWithVat: entry(
      [
        { code: 'ORDC', quarter: 'Q3', now: '\u00a337,430', gross: '\u00a319,980', net: '\u00a316,650', write: 34100, was: '\u00a317,450' },
        { code: 'WBC', quarter: 'Q1', now: '\u00a312,000', gross: '\u00a312,000', net: '\u00a310,000', write: 10000, was: undefined },
      ],
      (p: { code: string; quarter: string; now: string; gross: string; net: string; write: number; was: string | undefined }) => ({
        message:
          `${p.code}'s ${p.quarter} figure, ${p.now}, is ${p.was ? `its ${p.was} of the quarter before plus ${p.gross}, ` : ''}the amount the narrative gives including VAT; ` +
          `it gives the amount without VAT too, ${p.net}, which is how savings and income are counted`,
        hint: `write ${p.code}: ${p.write}${p.was ? ` (${p.was} + ${p.net})` : ''}; if the figures of this plan include VAT, leave it`,
      }),
    ),
    amountOnlyInNote: entry(
      [
        { code: 'WMBC', quarter: 'Q3', before: 'Q2', now: '\u00a30', said: '\u00a32,900', noteLine: 132, write: 2900 },
        { code: 'EDC', quarter: 'Q1', before: undefined, now: '\u00a30', said: '\u00a31,200', noteLine: 20, write: 1200 },
      ],
      (p: { code: string; quarter: string; before: string | undefined; now: string; said: string; noteLine: number; write: number }) => ({
        message:
          `${p.code}'s ${p.quarter} figure is ${p.now}${p.before ? `, as at ${p.before}` : ''}, but its note (line ${p.noteLine}) says ${p.said} came in this quarter: ` +
          'the amount written in the note and not added to the figure?',
        hint: `if the ${p.said} counts, write ${p.code}: ${p.write}; if the figure already holds it, say so in the note ("included")`,
      }),
    ),
    countedTwice: entry(
      [
        {
          code: 'WMBC',
          quarter: 'Q3',
          rise: '\u00a320,200',
          said: '\u00a317,300',
          extra: '\u00a32,900',
          other: '"supplier-rebates"',
          write: 38600,
        },
      ],
      (p) => ({
        message: `${p.code}'s ${p.quarter} figure rose by ${p.rise}: the ${p.said} the narrative gives, plus ${p.extra}, which is ${p.code}'s rise in action ${p.other} this quarter: counted in both actions?`,
        hint: `if the ${p.extra} belongs to ${p.other} alone, write ${p.code}: ${p.write}; if it was earned twice, leave it`,
      }),
    ),
    shareNotAsFigures: entry(
      [
        { quarter: 'Q3', code: 'LVCC', said: '37% of its annual target', real: 63, achieved: '£151,750', target: '£240,000', before: 'Q2' },
        { quarter: 'Q2', code: 'WBC', said: '60% of target', real: 51, achieved: '£61,250', target: '£120,000', before: undefined },
      ],
      (p: { quarter: string; code: string; said: string; real: number; achieved: string; target: string; before: string | undefined }) => ({
        message:
          `the ${p.quarter} update says ${p.code} is at "${p.said}", but its figures give ${p.real}% (${p.achieved} of ${p.target})` +
          (p.before ? `: the ${p.before} percentage, kept from the quarter before?` : ''),
        hint: `if the figures are right, write ${p.real}% here (or leave the percentage out: the report works it out); if the words are, correct ${p.code}'s ${p.quarter} achieved figure`,
      }),
    ),
    figureNotAsSaid: entry(
      [
        {
          code: 'SNC',
          quarter: 'Q3' as string | undefined,
          label: 'achieved',
          now: '\u00a352,840',
          said: '\u00a352,480',
          line: 46,
          figure: 41,
          agree: ['CDC'],
          write: 52480,
        },
        {
          code: 'CDC',
          quarter: undefined as string | undefined,
          label: 'target',
          now: '\u00a345,000',
          said: '\u00a340,000',
          line: 6,
          figure: 12,
          agree: [] as string[],
          write: 40000,
        },
      ],
      (p: {
        code: string;
        quarter: string | undefined;
        label: string;
        now: string;
        said: string;
        line: number;
        figure: number;
        agree: readonly string[];
        write: number;
      }) => ({
        message: `${p.code}'s ${what(p)} figure, ${p.now}, is not the ${p.said} ${source(p)} gives${p.agree.length > 0 ? `, where ${listAnd([...p.agree])}'s figure${p.agree.length === 1 ? ' agrees' : 's agree'}` : ''}: a slip of the finger?`,
        hint: `write ${p.code}: ${p.write} on line ${p.figure}; if ${p.now} is right, correct ${source(p)} instead`,
      }),
    ),
  },
);
