import { formatMoney } from '../shared/numbers.js';
import { listAnd } from '../shared/words.js';
import { entry, group, lineRange } from './entry.js';

type Lines = { from: number; to: number };
/** How a profile's shares are out of the order the text gives them. */
type ProfileOrder = 'calendar' | 'reversed' | 'other';
/** What a figure of an action's text is, when it is not the target: last year's, the one it starts from, next year's. */
type OtherRole = 'last' | 'start' | 'next' | 'year';
const ROLE_WORDS: Record<OtherRole, string> = {
  last: 'figure for last year',
  start: 'starting figure',
  next: 'figure for next year',
  year: 'figure for the year as a whole',
};
/** The same, said of a narrative's figure beside the quarter's own. */
const SAID_WORDS: Record<OtherRole, string> = { ...ROLE_WORDS, last: 'figure a year ago', start: 'earlier figure' };
/** A target the action's text gives as another figure, with the text's own target and their lines. */
interface OtherTarget {
  code: string;
  now: string;
  role: OtherRole;
  line: number;
  target: string;
  targetLine: number;
  all: boolean;
  meant: number;
}

/** What a figure written differently from the narrative probably was: digits the other way round, another council's copied. */
export type SaidWhy = 'digits' | 'copied' | 'carried' | undefined;

export const evidence = group(
  'Figures the rest of the plan contradicts',
  "A figure that fits its unit and its shape can still be wrong: a measure's digits typed the wrong way round, one council's figure filled down onto the others, two quarters' totals typed into each other's lines. Where the plan itself holds the evidence (the narrative of the same update, the other quarters), plan warns, naming it.",
  {
    measureHeardAsOther: entry(
      [
        {
          quarter: 'Q2',
          id: 'days-to-pay',
          code: 'NDC',
          now: '60 days',
          words: 'sixteen days',
          word: 'sixteen',
          as: 'sixty',
          line: 31,
          write: 16,
        },
      ],
      (p: {
        quarter: string;
        id: string;
        code: string;
        now: string;
        words: string;
        word: string;
        as: string;
        line: number;
        write: number;
      }) => ({
        message: `${p.code}'s ${p.quarter} ${p.id}, ${p.now}, is not the "${p.words}" the ${p.quarter} narrative (line ${p.line}) gives: "${p.word}" taken for "${p.as}"?`,
        hint: `write ${p.write} for ${p.code}; if ${p.now} is right, correct the narrative instead`,
      }),
    ),
    measureNotAsNarrative: entry(
      [
        {
          quarter: 'Q3',
          id: 'local-spend',
          wrong: [{ code: 'GBC', now: '13%', said: '31%', meant: 31 }],
          right: ['FDC', 'OCC'],
          line: 44,
          why: 'digits' as SaidWhy,
          copiedFrom: undefined as string | undefined,
        },
        {
          quarter: 'Q3',
          id: 'officers-trained',
          wrong: [
            { code: 'GBC', now: '31', said: '22', meant: 22 },
            { code: 'OCC', now: '31', said: '17', meant: 17 },
          ],
          right: ['FDC'],
          line: 51,
          why: 'copied' as SaidWhy,
          copiedFrom: 'FDC' as string | undefined,
        },
        {
          quarter: 'Q2',
          id: 'waivers',
          wrong: [{ code: 'NDC', now: '12', said: '9', meant: 9 }],
          right: ['WBC'],
          line: 30,
          why: undefined as SaidWhy,
          copiedFrom: undefined as string | undefined,
        },
        {
          quarter: 'Q3',
          id: 'waivers',
          wrong: [
            { code: 'WBC', now: '4', said: '3', meant: 3 },
            { code: 'NDC', now: '1', said: '2', meant: 2 },
          ],
          right: [],
          line: 53,
          why: 'carried' as SaidWhy,
          copiedFrom: 'Q2' as string | undefined,
        },
      ],
      (p: {
        quarter: string;
        id: string;
        wrong: ReadonlyArray<{ code: string; now: string; said: string; meant: number }>;
        right: readonly string[];
        line: number;
        why: SaidWhy;
        copiedFrom: string | undefined;
      }) => {
        const one = p.wrong.length === 1;
        const written = listAnd(p.wrong.map((w) => `${w.code} ${w.now}`));
        const said = listAnd(p.wrong.map((w) => `${w.code} ${w.said}`));
        const why =
          p.why === 'digits'
            ? ': digits typed the wrong way round?'
            : p.why === 'copied'
              ? `: ${p.copiedFrom}'s figure copied onto the ${one ? 'line' : 'lines'} below?`
              : '';
        return {
          message:
            p.why === 'carried'
              ? `the ${p.quarter} values of "${p.id}", ${written}, are its ${p.copiedFrom} values, and the ${p.quarter} narrative (line ${p.line}) gives ${said}: the ${p.copiedFrom} line left in when the update was copied?`
              : `the ${p.quarter} ${one ? 'value' : 'values'} of "${p.id}", ${written}, ${one ? 'is' : 'are'} not what the ${p.quarter} narrative ` +
                `(line ${p.line}) gives, ${said}, though it gives ${listAnd(p.right.map((c) => `${c}'s`))} as written${why}`,
          hint:
            `if the narrative is right, write ${listAnd(p.wrong.map((w) => `${w.meant} for ${w.code}`))}; ` +
            `if the ${one ? 'figure is' : 'figures are'} right, correct the narrative`,
        };
      },
    ),
    quartersExchanged: entry(
      [
        {
          first: 'Q2',
          second: 'Q3',
          codes: ['FDC', 'OCC'] as readonly string[],
          firstLines: { from: 68, to: 69 } as Lines,
          secondLines: { from: 76, to: 77 } as Lines,
          firstNow: 'FDC \u00a39,900, OCC \u00a35,800',
          secondNow: 'FDC \u00a35,100, OCC \u00a33,100',
          firstMeant: 'FDC: 5100, OCC: 3100',
          secondMeant: 'FDC: 9900, OCC: 5800',
        },
      ],
      (p: {
        first: string;
        second: string;
        codes: readonly string[];
        firstLines: Lines;
        secondLines: Lines;
        firstNow: string;
        secondNow: string;
        firstMeant: string;
        secondMeant: string;
      }) => ({
        message:
          `the ${p.first} and ${p.second} achieved figures look the wrong way round: ${p.first} has ${p.firstNow} and ${p.second} has ${p.secondNow}, ` +
          `so every council's total falls at ${p.second}, while exchanged they grow quarter by quarter`,
        hint:
          `if ${p.first}'s figures were typed into ${p.second}'s lines and the other way round, write ${p.secondMeant} on ${lineRange(p.secondLines)} ` +
          `and ${p.firstMeant} on ${lineRange(p.firstLines)}; if the totals really fell, say so and why in the ${p.second} narrative`,
      }),
    ),
    lagQuarterCopied: entry(
      [
        {
          code: 'OCC',
          id: 'spend-under-contract',
          quarter: 'Q4',
          forQuarter: 'Q2',
          now: '81%',
          value: 81,
          earlier: 'Q2',
          line: 62,
          was: '77%',
        },
      ],
      (p: {
        code: string;
        id: string;
        quarter: string;
        forQuarter: string;
        now: string;
        value: number;
        earlier: string;
        line: number;
        was: string;
      }) => ({
        message:
          `${p.code}'s ${p.quarter} value of "${p.id}", ${p.now}, is marked as a ${p.forQuarter} figure, but the ${p.earlier} update (line ${p.line}) ` +
          `already gives ${p.code}'s ${p.forQuarter} figure as ${p.was}: was "quarter: ${p.forQuarter}" copied with a lagging figure?`,
        hint: `if ${p.now} is ${p.code}'s ${p.quarter} figure, write it as ${p.code}: ${p.value}, without "quarter: ${p.forQuarter}"; if it is another quarter's figure, write that quarter in place of ${p.forQuarter}`,
      }),
    ),
    targetIsPartOfYear: entry(
      [
        {
          part: 'quarter' as 'half' | 'quarter' | 'month',
          now: 'FDC \u00a310,000, GBC \u00a37,500, OCC \u00a35,000',
          year: 'FDC \u00a340,000, GBC \u00a330,000, OCC \u00a320,000',
          meant: 'FDC: 40000, GBC: 30000, OCC: 20000',
          lines: { from: 69, to: 71 } as Lines,
        },
      ],
      (p: { part: 'half' | 'quarter' | 'month'; now: string; year: string; meant: string; lines: Lines }) => ({
        message:
          `the target amounts (${p.now}) are each a ${p.part} of the yearly amounts the action's text gives (${p.year}): ` +
          `was a ${p.part}'s share written for the year's target?`,
        hint: `if the text gives the year's targets, write ${p.meant} on ${lineRange(p.lines)}; if the targets are right, correct the action's text`,
      }),
    ),
    targetNotAsTextSplit: entry(
      [
        {
          now: 'MRB \u00a3100,000, HZD \u00a3100,000, TWC \u00a3100,000, BLF \u00a3100,000',
          total: '\u00a3400,000',
          evenly: true,
          textLine: 8,
          said: 'MRB \u00a3140,000, HZD \u00a3110,000, TWC \u00a360,000, BLF \u00a390,000',
          meant: 'MRB: 140000, HZD: 110000, TWC: 60000, BLF: 90000',
          lines: { from: 13, to: 16 } as Lines,
        },
      ],
      (p) => ({
        message:
          `the target amounts (${p.now}) ${p.evenly ? `are the councils' total, ${p.total}, split evenly` : `add up to the councils' total, ${p.total}`}, ` +
          `but not as the text (line ${p.textLine}) shares it between the councils: ${p.said}`,
        hint: `write ${p.meant} on ${lineRange(p.lines)}; if the targets are right, correct the action's text`,
      }),
    ),
    jointTargetToEach: entry(
      [
        {
          whole: '\u00a330,000',
          count: 3,
          combined: '\u00a390,000',
          textLine: 6,
          meant: 'LVCC: 18000, ORDC: 6000, WMBC: 6000',
          lines: { from: 12, to: 14 } as Lines,
        },
        { whole: '\u00a330,000', count: 2, combined: '\u00a360,000', textLine: 6, meant: undefined, lines: { from: 12, to: 13 } as Lines },
      ],
      (p: { whole: string; count: number; combined: string; textLine: number; meant: string | undefined; lines: Lines }) => ({
        message: `every council's target is ${p.whole}, the amount the action's text (line ${p.textLine}) gives for the councils together: the report would add them up to ${p.combined}`,
        hint: p.meant
          ? `write ${p.meant} on ${lineRange(p.lines)}, the text's shares of ${p.whole}; if each council really has ${p.whole} to find, say "each" in the text`
          : `split ${p.whole} between the councils on ${lineRange(p.lines)}; if each council really has ${p.whole} to find, say "each" in the text`,
      }),
    ),
    nextYearsTargets: entry(
      [{ now: 'LVCC \u00a328,000, ORDC \u00a39,000, WMBC \u00a38,000', quarter: 'Q4', line: 165, lines: { from: 126, to: 128 } as Lines }],
      (p) => ({
        message: `the target amounts (${p.now}) are the ones the ${p.quarter} narrative (line ${p.line}) gives for next year: this year's report would be measured against next year's targets`,
        hint: `write this year's targets back on ${lineRange(p.lines)}, as the year's earlier reports gave them; next year's go in when the year is rolled on (plan new-quarter Q1 --new-year)`,
      }),
    ),
    targetNotAsText: entry(
      [
        {
          now: 'OHC \u00a34,167',
          said: 'OHC \u00a350,000',
          meant: 'OHC: 50000',
          textLine: 8,
          lines: { from: 17, to: 17 } as Lines,
        },
      ],
      (p) => ({
        message: `the target ${p.lines.from === p.lines.to ? 'amount' : 'amounts'} ${p.now} ${p.lines.from === p.lines.to ? 'is' : 'are'} not what the action's text (line ${p.textLine}) gives: ${p.said}`,
        hint: `if the text is right, write ${p.meant} on ${lineRange(p.lines)}; if the ${p.lines.from === p.lines.to ? 'target is' : 'targets are'} right, correct the action's text`,
      }),
    ),
    targetIsOtherFigure: entry(
      [
        {
          id: 'spend-off-contract',
          slips: [
            { code: 'GBC', now: '19%', role: 'last' as OtherRole, line: 8, target: '10%', targetLine: 7, all: true, meant: 10 },
          ] as readonly OtherTarget[],
        },
        {
          id: 'waivers',
          slips: [
            { code: 'NDC', now: '11', role: 'start' as OtherRole, line: 47, target: '8', targetLine: 46, all: false, meant: 8 },
            { code: 'EDC', now: '7', role: 'next' as OtherRole, line: 47, target: '5', targetLine: 46, all: false, meant: 5 },
          ] as readonly OtherTarget[],
        },
      ],
      (p: { id: string; slips: readonly OtherTarget[] }) => {
        const one = p.slips.length === 1;
        const typed = listAnd(p.slips.map((s) => `${s.code} ${s.now}`));
        const what = listAnd(p.slips.map((s) => `${s.code}'s ${ROLE_WORDS[s.role]} (line ${s.line})`));
        const sets = listAnd(
          p.slips.map((s) =>
            s.all
              ? `${s.target} for each council, ${s.code} among them (line ${s.targetLine})`
              : `${s.code} ${s.target} (line ${s.targetLine})`,
          ),
        );
        return {
          message:
            `the target${one ? '' : 's'} of "${p.id}", ${typed}, ${one ? 'is' : 'are'} what the action's text gives as ${what}, ` +
            `not as the target: the text sets ${sets}`,
          hint: `if the text is right, write ${p.slips.map((s) => `${s.code}: ${s.meant}`).join(', ')}; if ${typed} ${one ? 'is the target' : 'are the targets'}, correct the action's text`,
        };
      },
    ),
    measurePercentAsDays: entry(
      [{ code: 'RDC', quarter: 'Q3', id: 'days-to-pay', now: 92, said: '92%', meant: 19, line: 98 }],
      (p: { code: string; quarter: string; id: string; now: number; said: string; meant: number; line: number }) => ({
        message:
          `${p.code}'s ${p.quarter} value of "${p.id}", ${p.now}, is the percentage the ${p.quarter} narrative gives ` +
          `(line ${p.line}: "${p.said}"), but "${p.id}" is counted in days, and the narrative gives ${p.meant} days`,
        hint: `write ${p.code}: ${p.meant}, the figure in days; if ${p.now} is right as a number of days, correct the narrative`,
      }),
    ),
    measureInWeeks: entry(
      [
        { code: 'GBC', quarter: 'Q3', id: 'days-to-pay', now: 3, said: 'three weeks, or 21 days', meant: 21, line: 70 },
        { code: 'NDC', quarter: 'Q2', id: 'days-to-decide', now: 2, said: '2 weeks', meant: 14, line: 31 },
      ],
      (p: { code: string; quarter: string; id: string; now: number; said: string; meant: number; line: number }) => ({
        message:
          `${p.code}'s ${p.quarter} value of "${p.id}", ${p.now}, is its figure in weeks, as the ${p.quarter} narrative gives it ` +
          `(line ${p.line}: "${p.said}"), but "${p.id}" is counted in days`,
        hint: `write ${p.code}: ${p.meant}, the figure in days; if ${p.now} is right as a number of days, correct the narrative`,
      }),
    ),
    measureOnOtherBasis: entry(
      [
        {
          code: 'MRB',
          quarter: 'Q2',
          id: 'local-spend',
          name: 'share of spend with local suppliers, by value',
          shown: '61%',
          said: '61% of its invoices by number',
          meantSaid: "33% of MRB's spend by value",
          line: 37,
          meantShown: '33%',
          meant: 33,
        },
      ],
      (p) => ({
        message:
          `${p.code}'s ${p.quarter} value of "${p.id}", ${p.shown}, is the figure the ${p.quarter} narrative (line ${p.line}) gives as "${p.said}", ` +
          `not the measure's, "${p.name}", which it gives as "${p.meantSaid}"`,
        hint: `write ${p.code}: ${p.meant}`,
      }),
    ),
    measureAsOtherFigure: entry(
      [
        {
          code: 'RHB',
          quarter: 'Q2',
          id: 'local-spend',
          shown: '22%',
          role: 'last' as OtherRole,
          said: 'RHB 27% (up from 22% a year ago)',
          line: 35,
          meantShown: '27%',
          meant: 27,
        },
        {
          code: 'CWD',
          quarter: 'Q4',
          id: 'days-to-pay',
          shown: '20 days',
          role: 'year' as OtherRole,
          said: 'CWD averaged 20 days',
          line: 88,
          meantShown: '15 days',
          meant: 15,
        },
      ],
      (p: {
        code: string;
        quarter: string;
        id: string;
        shown: string;
        role: OtherRole;
        said: string;
        line: number;
        meantShown: string;
        meant: number;
      }) => ({
        message:
          `${p.code}'s ${p.quarter} value of "${p.id}", ${p.shown}, is what the ${p.quarter} narrative gives as its ${SAID_WORDS[p.role]} ` +
          `(line ${p.line}: "${p.said}"); the narrative gives ${p.meantShown} for ${p.quarter}`,
        hint: `if the narrative is right, write ${p.code}: ${p.meant}; if ${p.shown} is ${p.code}'s ${p.quarter} figure, correct the narrative`,
      }),
    ),
    profileNotAsText: entry(
      [
        { typed: [40, 10, 20, 30], said: [10, 20, 30, 40], words: '10%, 20%, 30% and 40%', order: 'calendar' as ProfileOrder, line: 62 },
        { typed: [40, 30, 20, 10], said: [10, 20, 30, 40], words: '10%, 20%, 30% and 40%', order: 'reversed' as ProfileOrder, line: 62 },
        { typed: [20, 10, 30, 40], said: [10, 20, 30, 40], words: '10%, 20%, 30% and 40%', order: 'other' as ProfileOrder, line: 62 },
      ],
      (p: { typed: readonly number[]; said: readonly number[]; words: string; order: ProfileOrder; line: number }) => {
        const how =
          p.order === 'calendar'
            ? ', starting with January to March as a calendar-year system lists them'
            : p.order === 'reversed'
              ? ', from the last quarter back to the first'
              : '';
        return {
          message: `the profile [${p.typed.join(', ')}] is the shares the action's text gives (line ${p.line}: ${p.words}) in another order${how}`,
          hint: `write profile: [${p.said.join(', ')}], the text's shares from Q1 (April to June) to Q4; if [${p.typed.join(', ')}] is right, correct the action's text`,
        };
      },
    ),
    pendingExchanged: entry(
      [
        {
          code: 'GCC',
          quarter: 'Q3',
          achieved: 'received',
          pending: 'claimed',
          achievedValue: 1450,
          pendingValue: 3100,
          achievedLine: 119,
          pendingLine: 121,
        },
      ],
      (p) => ({
        message: `${p.code}'s ${p.quarter} ${p.achieved} and ${p.pending} amounts look typed on each other's lines: the narrative gives ${p.code} ${formatMoney(p.pendingValue)} ${p.achieved} (line ${p.achievedLine}) and ${formatMoney(p.achievedValue)} ${p.pending} (line ${p.pendingLine})`,
        hint: `write ${p.code}: ${p.pendingValue} under "${p.achieved}" and ${p.code}: ${p.achievedValue} under "${p.pending}"; if the figures are right, correct the narrative`,
      }),
    ),
    measureFromOtherList: entry(
      [
        {
          id: 'local-spend',
          quarter: 'Q3',
          name: 'spend with local suppliers',
          typed: 'QDC 24%, MBC 19%',
          typedLine: 51,
          meant: 'QDC 42%, MBC 37%',
          meantLine: 49,
          write: 'QDC: 42, MBC: 37',
        },
      ],
      (p) => ({
        message: `the ${p.quarter} figures of "${p.id}" (${p.typed}) are the narrative's other list (line ${p.typedLine}); the list its sentence gives for ${p.name}, the measure's name, is ${p.meant} (line ${p.meantLine})`,
        hint: `write ${p.id}: { ${p.write} }; if the figures are right, say in the narrative which list they are`,
      }),
    ),
    nameNotRenamed: entry([{ line: 153, written: 'Greyhithe', meant: 'Tollbridge', figure: '4', missing: 'TDC', quarter: 'Q3' }], (p) => ({
      message: `line ${p.line} names ${p.written} again, with ${p.figure}, which is ${p.missing}'s ${p.quarter} figure, and the narrative names ${p.meant} nowhere: the line copied for ${p.meant} and not renamed?`,
      hint: `write ${p.meant} in place of ${p.written} on line ${p.line}`,
    })),
    betterAgainstClaim: entry(
      [
        {
          id: 'days-to-pay',
          better: 'higher',
          meant: 'lower',
          quarter: 'Q3',
          words: 'within target',
          figures: "QDC's 18 days and MBC's 23 days",
          targets: '20 days and 25 days',
        },
      ],
      (p: { id: string; better: string; meant: string; quarter: string; words: string; figures: string; targets: string }) => ({
        message: `"${p.id}" says ${p.better} is better, but the ${p.quarter} narrative says "${p.words}" of ${p.figures} (targets ${p.targets}), which holds only if ${p.meant} is better: the line copied from another measure?`,
        hint: `if ${p.meant === 'lower' ? 'a lower' : 'a higher'} figure is better, write better: ${p.meant}; if ${p.better} is right, correct the ${p.quarter} narrative`,
      }),
    ),
    betterAgainstText: entry(
      [
        { id: 'waivers-approved', better: 'higher', meant: 'lower', said: 'Reduce waivers of the contract' },
        { id: 'local-spend', better: 'lower', meant: 'higher', said: 'Increase the share of spend' },
      ],
      (p: { id: string; better: string; meant: string; said: string }) => ({
        message: `"${p.id}" says ${p.better} is better, but the action's text says "${p.said}\u2026": the line copied from another measure?`,
        hint: `if ${p.meant === 'lower' ? 'a lower' : 'a higher'} figure is better, write better: ${p.meant}; if ${p.better} is right, leave it`,
      }),
    ),
  },
);
