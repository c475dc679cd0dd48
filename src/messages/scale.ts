import { listAnd } from '../shared/words.js';
import { entry, group } from './entry.js';

/** How a figure typed out of scale was most likely meant (src/plan/figure-slips.ts reads it). */
export type SlipKind = 'zero-too-many' | 'zero-left-out' | 'digit-twice' | 'point-slipped' | 'thousands' | 'pence';

const SLIP_WORDS: Record<SlipKind, string> = {
  'zero-too-many': 'a zero too many?',
  'zero-left-out': 'a zero left out?',
  'digit-twice': 'a digit typed twice?',
  'point-slipped': 'a decimal point in the wrong place?',
  thousands: 'copied from a column in thousands?',
  pence: 'an amount in pence?',
};

/** What a measure's value is held to, in words: "its Q2 value (22 days) and its target (20 days)". */
function heldTo(p: { was?: string | undefined; before?: string | undefined; target?: string | undefined }): string {
  return [
    p.was ? `its ${p.before} value (${p.was})` : '',
    p.target ? `its target (${p.target})` : '',
    p.was && p.target ? '' : "the other councils' values",
  ]
    .filter(Boolean)
    .join(' and ');
}

export const scale = group(
  'Figures out of scale',
  'A figure can be a well-formed whole number and still be a slip: three zeros too many or too few. These are warnings that name both figures, since plan cannot know which is right.',
  {
    targetOffOther: entry(
      [
        { code: 'SNC', target: '£75,000,000', times: '1,000', bigger: true, other: '£75,000', meant: 75000, shown: '£75,000' },
        { code: 'SNC', target: '£75', times: '1,000', bigger: false, other: '£75,000', meant: 75000, shown: '£75,000' },
      ],
      (p) => ({
        message: `${p.code}'s target of ${p.target} is ${p.times} times ${p.bigger ? 'the' : 'smaller than the'} other target, ${p.other}`,
        hint: `check the figure: if ${p.code}'s target is ${p.shown}, write ${p.meant}`,
      }),
    ),
    targetOffOthers: entry(
      [{ code: 'SNC', target: '£75,000,000', times: '1,000', bigger: true, other: '£75,000', meant: 75000, shown: '£75,000' }],
      (p) => ({
        message: `${p.code}'s target of ${p.target} is ${p.times} times ${p.bigger ? 'the' : 'smaller than the'} other councils' targets (about ${p.other})`,
        hint: `check the figure: if ${p.code}'s target is ${p.shown}, write ${p.meant}`,
      }),
    ),
    achievedFarAboveTarget: entry(
      [{ code: 'CDC', target: '£150', achieved: '£151,250', times: '1,008', meant: 150000, shown: '£150,000' }],
      (p) => ({
        message: `${p.code}'s target is ${p.target}, but ${p.achieved} is achieved: ${p.times} times the target`,
        hint: `check the target: if it is ${p.shown}, write ${p.meant}`,
      }),
    ),
    figureExtraDigit: entry(
      [
        {
          code: 'TDC',
          now: '£316,000',
          quarter: 'Q3',
          target: '£45,000',
          times: '7',
          was: '£18,400',
          before: 'Q2',
          meant: 31600,
          shown: '£31,600',
        },
        {
          code: 'TDC',
          now: '£316,000',
          quarter: 'Q1',
          target: '£45,000',
          times: '7',
          was: undefined as string | undefined,
          before: undefined as string | undefined,
          meant: 31600,
          shown: '£31,600',
        },
      ],
      (p: {
        code: string;
        now: string;
        quarter: string;
        target: string;
        times: string;
        was: string | undefined;
        before: string | undefined;
        meant: number;
        shown: string;
      }) => ({
        message: `${p.code}'s ${p.quarter} achieved amount of ${p.now} is ${p.times} times its ${p.target} target for the year${p.was ? `, up from ${p.was} at ${p.before}` : ', far beyond the other councils'}: a digit too many?`,
        hint: `check the figure: if it is ${p.shown}, write ${p.meant}; if ${p.now} is right, leave it`,
      }),
    ),
    measureComplement: entry(
      [
        {
          code: 'ORDC',
          quarter: 'Q3',
          id: 'spend-without-po',
          now: '95%',
          was: '6.5%' as string | undefined,
          before: 'Q2' as string | undefined,
          target: '5%' as string | undefined,
          rest: 5,
        },
      ],
      (p) => ({
        message:
          `${p.code}'s ${p.quarter} value of "${p.id}", ${p.now}, is far above ` +
          heldTo(p) +
          `, and the rest of the whole, ${p.rest}%, is in line with them: the other part's share typed for this one?`,
        hint: `if the share "${p.id}" counts is ${p.rest}%, write ${p.code}: ${p.rest}; if ${p.now} is right, leave it`,
      }),
    ),
    measureFarOutOfScale: entry(
      [
        {
          code: 'WMBC',
          quarter: 'Q3',
          id: 'sme-contracts',
          now: '148,300',
          was: '4' as string | undefined,
          before: 'Q2' as string | undefined,
          target: '5' as string | undefined,
        },
      ],
      (p) => ({
        message:
          `${p.code}'s ${p.quarter} value of "${p.id}", ${p.now}, is more than a hundred times ` +
          heldTo(p) +
          ': another figure typed in its place (an amount of money, a total)?',
        hint: `check the figure: write ${p.code}'s ${p.quarter} value of "${p.id}"; if ${p.now} is right, leave it`,
      }),
    ),
    measureOutOfScale: entry(
      [
        {
          code: 'WBC',
          quarter: 'Q3',
          id: 'days-to-pay',
          now: '199 days',
          bigger: true,
          was: '22 days' as string | undefined,
          before: 'Q2' as string | undefined,
          target: '20 days' as string | undefined,
          kind: 'digit-twice' as SlipKind,
          meant: 19,
          shown: '19 days',
        },
        {
          code: 'EDC',
          quarter: 'Q1',
          id: 'local-spend',
          now: '3.1%',
          bigger: false,
          was: undefined,
          before: undefined,
          target: '30%',
          kind: 'point-slipped' as SlipKind,
          meant: 31,
          shown: '31%',
        },
      ],
      (p) => ({
        message:
          `${p.code}'s ${p.quarter} value of "${p.id}", ${p.now}, is ${p.bigger ? 'about ten times' : 'about a tenth of'} ` +
          heldTo(p) +
          `: ${SLIP_WORDS[p.kind]}`,
        hint: `check the figure: if it is ${p.shown}, write ${p.meant}; if ${p.now} is right, leave it`,
      }),
    ),
    figureInThousands: entry(
      [
        {
          code: 'WBC',
          field: 'pending',
          quarter: 'Q3',
          now: '£8',
          was: '£6,000' as string | undefined,
          before: 'Q2' as string | undefined,
          others: '£7,200' as string | undefined,
          meant: 8000,
          shown: '£8,000',
        },
        {
          code: 'EDC',
          field: 'achieved',
          quarter: 'Q1',
          now: '£9',
          was: undefined,
          before: undefined,
          others: '£14,500',
          meant: 9000,
          shown: '£9,000',
        },
      ],
      (p) => ({
        message:
          `${p.code}'s ${p.quarter} ${p.field} amount of ${p.now} is far below ` +
          [p.was ? `its ${p.before} figure (${p.was})` : '', p.others ? `the other councils' figures (about ${p.others} at its scale)` : '']
            .filter(Boolean)
            .join(' and ') +
          `: ${SLIP_WORDS.thousands}`,
        hint: `check the figure: if it was copied from a column in thousands of pounds and is ${p.shown}, write ${p.meant}; if ${p.now} is right, leave it`,
      }),
    ),
    figureInPence: entry(
      [
        {
          code: 'TSC',
          field: 'achieved',
          quarter: 'Q3',
          now: '£2,910,000',
          target: '£45,000',
          times: '65',
          was: '£13,800' as string | undefined,
          before: 'Q2' as string | undefined,
          timesWas: '211' as string | undefined,
          meant: 29100,
          shown: '£29,100',
        },
        {
          code: 'EDC',
          field: 'pending',
          quarter: 'Q1',
          now: '£920,000',
          target: '£60,000',
          times: '15',
          was: undefined,
          before: undefined,
          timesWas: undefined,
          meant: 9200,
          shown: '£9,200',
        },
      ],
      (p) => ({
        message:
          `${p.code}'s ${p.quarter} ${p.field} amount of ${p.now} is ${p.times} times its ${p.target} target for the year` +
          `${p.was ? ` and ${p.timesWas} times its ${p.before} figure (${p.was})` : ''}: an amount in pence?`,
        hint: `check the figure: if it was copied from a system that gives amounts in pence, it is ${p.shown}: write ${p.meant}; if ${p.now} is right, leave it`,
      }),
    ),
    figuresSwapped: entry(
      [
        {
          first: 'KBC',
          second: 'MVC',
          quarter: 'Q3',
          firstNow: '£42,800',
          firstShare: '48%',
          secondNow: '£55,100',
          secondShare: '79%',
          firstSwapped: '61%',
          secondSwapped: '61%',
          others: '63%',
          otherCodes: ['HDC', 'TSC'] as readonly string[],
          firstMeant: 55100,
          secondMeant: 42800,
        },
        {
          first: 'WBC',
          second: 'NDC',
          quarter: 'Q3',
          firstNow: '£77,000',
          firstShare: '64%',
          secondNow: '£103,000',
          secondShare: '129%',
          firstSwapped: '86%',
          secondSwapped: '96%',
          others: '50%',
          otherCodes: ['EDC'],
          firstMeant: 103000,
          secondMeant: 77000,
        },
      ],
      (p) => ({
        message:
          `${p.first}'s and ${p.second}'s ${p.quarter} achieved amounts look swapped: ${p.first}'s ${p.firstNow} is ${p.firstShare} of its target and ${p.second}'s ${p.secondNow} is ${p.secondShare} of its, ` +
          `while ${p.otherCodes.length === 1 ? `${p.otherCodes[0]} is` : 'the other councils are'} at ${p.others}; the other way round, ${p.first} would be at ${p.firstSwapped} and ${p.second} at ${p.secondSwapped}`,
        hint: `if each was written on the other's line, write ${p.first}: ${p.firstMeant} and ${p.second}: ${p.secondMeant}; if both are right, leave them`,
      }),
    ),
    targetOutOfStep: entry(
      [
        {
          code: 'NDC',
          target: '£800,000',
          bigger: true,
          implied: '£81,000',
          kind: 'zero-too-many' as SlipKind,
          meant: 80000,
          shown: '£80,000',
        },
        {
          code: 'NDC',
          target: '£8,000',
          bigger: false,
          implied: '£81,000',
          kind: 'zero-left-out' as SlipKind,
          meant: 80000,
          shown: '£80,000',
        },
        {
          code: 'NDC',
          target: '£8,000,000',
          bigger: true,
          implied: '£81,000',
          kind: 'pence' as SlipKind,
          meant: 80000,
          shown: '£80,000',
        },
      ],
      (p) => ({
        message: `${p.code}'s target of ${p.target} is ${p.kind === 'pence' ? 'about a hundred times' : p.bigger ? 'about ten times' : 'about a tenth of'} what its achieved figures make it at the other councils' pace (about ${p.implied}): ${SLIP_WORDS[p.kind]}`,
        hint: `check the figure: if ${p.code}'s target is ${p.shown}, write ${p.meant}; if ${p.target} is right, leave it`,
      }),
    ),
    earlierFigureTooBig: entry(
      [
        {
          code: 'EDC',
          quarter: 'Q1',
          now: '£90,000',
          pace: '£14,500',
          others: true,
          target: '£60,000' as string | undefined,
          later: ['Q2'] as readonly string[],
          kind: 'zero-too-many' as SlipKind,
          meant: 9000,
          shown: '£9,000',
        },
        {
          code: 'HDC',
          quarter: 'Q2',
          now: '£220,000',
          pace: '£22,500',
          others: false,
          target: '£45,000',
          later: ['Q3', 'Q4'],
          kind: 'digit-twice' as SlipKind,
          meant: 20000,
          shown: '£20,000',
        },
      ],
      (p) => ({
        message:
          `${p.code}'s ${p.quarter} achieved amount of ${p.now} is about ten times ${p.others ? "the other councils' pace" : 'the pace of its target'} (about ${p.pace} by ${p.quarter})` +
          `${p.target ? `, above its ${p.target} target for the year,` : ''} and above its own ${listAnd(p.later)} total${p.later.length === 1 ? '' : 's'}: ${SLIP_WORDS[p.kind]}`,
        hint: `check the figure: if it is ${p.shown}, write ${p.meant}; the ${p.later[0]} figure then needs no change`,
      }),
    ),
    figureFalls: entry(
      [{ code: 'CDC', was: '£38,250', before: 'Q2', now: '£58', quarter: 'Q3', times: '659', meant: 58000, shown: '£58,000' }],
      (p) => ({
        message: `${p.code}'s achieved amount falls from ${p.was} at ${p.before} to ${p.now} at ${p.quarter}, ${p.times} times less, though it counts the year so far`,
        hint: `check the figure: if it was copied from a column in thousands of pounds and is ${p.shown}, write ${p.meant}`,
      }),
    ),
    figureJumps: entry(
      [
        {
          code: 'CDC',
          field: 'achieved',
          was: '£61,250',
          before: 'Q2',
          now: '£61,250,000',
          quarter: 'Q3',
          times: '1,000',
          meant: 61250,
          shown: '£61,250',
        },
      ],
      (p) => ({
        message: `${p.code}'s ${p.field} amount jumps from ${p.was} at ${p.before} to ${p.now} at ${p.quarter}, ${p.times} times as much`,
        hint: `check the figure for extra zeros: if it is ${p.shown}, write ${p.meant}`,
      }),
    ),
  },
);
