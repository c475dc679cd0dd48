import { formatMoney } from '../shared/numbers.js';
import { entry, group, lineRange } from './entry.js';

type Lines = { from: number; to: number };

/** A target's own word for its amounts in quotes ("secured"); the usual word, achieved, as it is. */
const word = (label: string) => (label === 'achieved' ? label : `"${label}"`);

export const carried = group(
  'Figures copied or carried inside an action',
  "Lines copied to write the next lines (a quarter's figures from the quarter before, the pending lines from the achieved ones) look right and add up, so a line not overtyped would reach committee unremarked. When two sets of two or more uneven figures are the same, council for council, where that cannot be chance, or a figure is not the one the narrative gives, plan warns.",
  {
    figureOfCouncilAbove: entry(
      [
        {
          code: 'MBC',
          quarter: 'Q3' as string | undefined,
          label: 'achieved',
          now: '\u00a320,650',
          other: 'GCC',
          otherLine: 108,
          said: '\u00a311,400',
          line: 111,
          figure: 109,
          write: 11400,
        },
      ],
      (p: {
        code: string;
        quarter: string | undefined;
        label: string;
        now: string;
        other: string;
        otherLine: number;
        said: string;
        line: number;
        figure: number;
        write: number;
      }) => ({
        message:
          `${p.code}'s ${p.quarter ?? ''} ${p.label} figure, ${p.now}, is ${p.other}'s (line ${p.otherLine}), which the narrative (line ${p.line}) gives as ${p.other}'s, while it gives ${p.code} ${p.said}: was ${p.other}'s line typed again?`.replace(
            '  ',
            ' ',
          ),
        hint: `write ${p.code}: ${p.write} on line ${p.figure}; if ${p.now} is right, correct the narrative instead`,
      }),
    ),
    figureOfOtherCouncil: entry(
      [{ code: 'FCC', quarter: 'Q3' as string | undefined, label: 'pending', now: '\u00a36,500', line: 59, to: 'SBC', write: 6500 }],
      (p: { code: string; quarter: string | undefined; label: string; now: string; line: number; to: string; write: number }) => ({
        message:
          `${p.code}'s ${p.quarter ?? ''} ${p.label} amount, ${p.now}, is what the narrative (line ${p.line}) gives as ${p.label} for ${p.to}, which has no ${p.label} figure, and it gives ${p.code} none`.replace(
            '  ',
            ' ',
          ),
        hint: `if the amount is ${p.to}'s, write ${p.to}: ${p.write} in place of ${p.code}: ${p.write}; if it is ${p.code}'s, correct the narrative`,
      }),
    ),
    targetIsAchieved: entry(
      [{ quarter: 'Q3', achieved: { from: 40, to: 43 }, target: { from: 13, to: 16 } }],
      (p: { quarter: string; achieved: Lines; target: Lines }) => ({
        message: `the target amounts are the same, council for council, as the ${p.quarter} achieved amounts (${lineRange(p.achieved)}): were the ${p.quarter} figures pasted over the year's targets?`,
        hint: `write the year's target amounts back on ${lineRange(p.target)}; the ${p.quarter} achieved figures stay as they are`,
      }),
    ),
    pendingIsAchieved: entry(
      [
        { quarter: 'Q3', pending: 'in negotiation', achieved: 'secured', lines: { from: 88, to: 90 }, own: { from: 92, to: 94 } },
        { quarter: 'Q2', pending: 'pending', achieved: 'achieved', lines: { from: 25, to: 26 }, own: { from: 28, to: 29 } },
      ],
      (p: { quarter: string; pending: string; achieved: string; lines: Lines; own: Lines }) => ({
        message: `the ${p.quarter} "${p.pending}" amounts are the same, council for council, as the ${p.quarter} "${p.achieved}" amounts above them (${lineRange(p.lines)}): were those lines copied here and not overtyped?`,
        hint: `write the ${p.quarter} amounts still ${p.pending} on ${lineRange(p.own)}; the "${p.achieved}" figures stay as they are`,
      }),
    ),
    measureLineCarried: entry(
      [{ quarter: 'Q3', before: 'Q2', measure: 'reviews-completed', line: 37, own: 46 }],
      (p: { quarter: string; before: string; measure: string; line: number; own: number }) => ({
        message: `the ${p.quarter} values of "${p.measure}" are the same, council for council, as its ${p.before} values (line ${p.line}), while the other measure changed: were they copied and not updated?`,
        hint: `write the ${p.quarter} figures of "${p.measure}" on line ${p.own}; if truly none of them changed since ${p.before}, leave them`,
      }),
    ),
    quarterOwnAsTotal: entry(
      [{ code: 'TSC', quarter: 'Q3', now: '\u00a315,300', line: 45, before: 'Q2', was: '\u00a313,800', total: 29100 }],
      (p: { code: string; quarter: string; now: string; line: number; before: string; was: string; total: number }) => ({
        message: `${p.code}'s ${p.quarter} achieved amount, ${p.now}, is what the narrative (line ${p.line}) gives as its amount in the quarter alone, not the total so far this year`,
        hint: `write the total so far this year, ${p.total} (${p.was} at ${p.before} + ${p.now})`,
      }),
    ),
    totalNotUpdated: entry(
      [{ code: 'TSC', quarter: 'Q4', now: '\u00a329,100', line: 50, before: 'Q3', own: '\u00a317,200', total: 46300 }],
      (p: { code: string; quarter: string; now: string; line: number; before: string; own: string; total: number }) => ({
        message: `${p.code}'s ${p.quarter} achieved amount is still ${p.now}, its ${p.before} figure, while the narrative (line ${p.line}) gives ${p.own} in the quarter alone`,
        hint: `write the total so far this year, ${p.total} (${p.now} at ${p.before} + ${p.own}); if nothing more was achieved, correct the narrative instead`,
      }),
    ),
    quarterTotalsAdded: entry(
      [
        {
          code: 'TSC',
          quarter: 'Q4',
          now: '\u00a3281,220',
          added: ['Q1', 'Q2', 'Q3'],
          line: 69,
          before: 'Q3',
          was: '\u00a386,420',
          own: '\u00a331,880',
          total: 118300,
        },
      ],
      (p: {
        code: string;
        quarter: string;
        now: string;
        added: string[];
        line: number;
        before: string;
        was: string;
        own: string;
        total: number;
      }) => ({
        message: `${p.code}'s ${p.quarter} achieved amount, ${p.now}, is its ${p.added.join(', ').replace(/, (?=[^,]*$)/, ' and ')} totals added to the ${p.quarter} figure, but each quarter's figure is already the total so far this year`,
        hint: `write the total so far this year, ${p.total} (${p.was} at ${p.before} + ${p.own}, the narrative's amount for the quarter alone on line ${p.line})`,
      }),
    ),
    figureRoseByAside: entry(
      [
        {
          code: 'PMD',
          quarter: 'Q3',
          label: 'achieved',
          now: '\u00a3221,400',
          was: '\u00a337,400',
          rise: '\u00a3184,000',
          words: 'a contract worth \u00a3184,000 a year',
          line: 55,
          said: '\u00a321,350',
          figure: 44,
          write: 58750,
        },
      ],
      (p) => ({
        message: `${p.code}'s ${p.quarter} ${word(p.label)} figure, ${p.now}, is its figure of the quarter before, ${p.was}, plus ${p.rise}, which the narrative (line ${p.line}) gives as "${p.words}", not as the amount for the quarter; it gives that as ${p.said}`,
        hint: `write ${p.code}: ${p.write} on line ${p.figure} (${p.was} + ${p.said})`,
      }),
    ),
    figureOfOtherAction: entry(
      [
        {
          code: 'HLD',
          quarter: 'Q3',
          now: '\u00a32,860',
          other: '"framework-rebates"',
          otherLine: 150,
          line: 108,
          said: '\u00a34,900',
          figure: 100,
          write: 4900,
        },
      ],
      (p: {
        code: string;
        quarter: string;
        now: string;
        other: string;
        otherLine: number;
        line: number;
        said: string;
        figure: number;
        write: number;
      }) => ({
        message: `${p.code}'s ${p.quarter} achieved figure, ${p.now}, is ${p.code}'s ${p.quarter} figure in action ${p.other} (line ${p.otherLine}), while this action's narrative (line ${p.line}) gives ${p.said}: typed from the other action's line?`,
        hint: `write ${p.code}: ${p.write} on line ${p.figure}, as this action's own narrative gives it; leave the line of ${p.other} as it is`,
      }),
    ),
    figureBothNarrativesPlace: entry(
      [
        {
          code: 'SKC',
          quarter: 'Q2',
          now: '\u00a3104,300',
          next: 'Q3',
          same: true,
          before: 'Q1' as string | undefined,
          was: '\u00a331,400',
          said: '\u00a334,800',
          line: 37,
          nextSaid: '\u00a338,100',
          nextLine: 56,
          nextValue: '\u00a3104,300',
          write: 66200,
        },
      ],
      (p) => ({
        message: `${p.code}'s ${p.quarter} achieved figure, ${p.now}, is ${p.same ? `the same as its ${p.next} figure` : 'not what the narratives give'}: ${p.before ? `${p.before}'s ${p.was} plus ` : ''}the ${p.quarter} narrative's ${p.said} (line ${p.line}) is ${formatMoney(p.write)}, and the ${p.next} narrative's ${p.nextSaid} (line ${p.nextLine}) takes ${formatMoney(p.write)} to ${p.next}'s ${p.nextValue}${p.same ? `: a Replace All that changed the ${p.quarter} line too?` : ''}`,
        hint: `write ${p.code}: ${p.write}, as both narratives give it; leave the ${p.next} figure as it is`,
      }),
    ),
    figureNotNarratedTotal: entry(
      [
        {
          code: 'KBB',
          quarter: 'Q3',
          now: '\u00a331,900',
          said: '\u00a36,240 this quarter to \u00a327,640',
          line: 48,
          before: 'Q2',
          was: '\u00a321,400',
          write: 27640,
        },
      ],
      (p) => ({
        message: `${p.code}'s ${p.quarter} achieved figure, ${p.now}, is not the total the ${p.quarter} narrative gives ("${p.said}", line ${p.line}), which its ${p.before} figure, ${p.was}, makes with the change the narrative gives`,
        hint: `write ${p.code}: ${p.write}; if ${p.now} is right, correct the narrative`,
      }),
    ),
    totalLeftFromBefore: entry(
      [
        {
          code: 'RDC',
          quarter: 'Q3',
          label: 'achieved',
          now: '\u00a3214,000',
          before: 'Q2',
          line: 57,
          meant: '\u00a3338,500',
          write: 338500,
        },
      ],
      (p: { code: string; quarter: string; label: string; now: string; before: string; line: number; meant: string; write: number }) => ({
        message: `${p.code}'s ${p.quarter} ${p.label} amount is still ${p.now}, its ${p.before} figure, while the narrative (line ${p.line}) gives ${p.meant} as its total so far`,
        hint: `write ${p.write}, the total the narrative gives; if ${p.now} is right, correct the narrative instead`,
      }),
    ),
    saidPlusOther: entry(
      [
        {
          code: 'FDC',
          quarter: 'Q3',
          label: 'secured',
          now: '\u00a333,000',
          meant: '\u00a327,600',
          line: 109,
          other: '\u00a35,400',
          otherLine: 104,
          kind: 'pending',
          otherLabel: 'in negotiation',
          write: 27600,
        },
        {
          code: 'FDC',
          quarter: 'Q1',
          label: 'achieved',
          now: '\u00a3199,700',
          meant: '\u00a328,400',
          line: 24,
          other: '\u00a3171,300',
          otherLine: 25,
          kind: 'lastYear',
          otherLabel: '',
          write: 28400,
        },
      ],
      (p: {
        code: string;
        quarter: string;
        label: string;
        now: string;
        meant: string;
        line: number;
        other: string;
        otherLine: number;
        kind: 'pending' | 'lastYear';
        otherLabel: string;
        write: number;
      }) =>
        p.kind === 'pending'
          ? {
              message: `${p.code}'s ${p.quarter} ${word(p.label)} amount, ${p.now}, is the ${p.meant} the narrative (line ${p.line}) gives as ${p.label} plus the ${p.other} "${p.otherLabel}" (line ${p.otherLine}): the amount ${p.otherLabel} is shown separately, so it would be counted twice`,
              hint: `write ${p.write}, the amount ${p.label}; the "${p.otherLabel}" figures stay as they are`,
            }
          : {
              message: `${p.code}'s ${p.quarter} ${p.label} amount, ${p.now}, is last year's closing total (${p.other}, line ${p.otherLine}) plus the ${p.meant} the narrative (line ${p.line}) gives for this year: each year starts again at \u00a30`,
              hint: `write ${p.write}, the amount so far this year`,
            },
    ),
    councilsTotalAsOne: entry(
      [{ code: 'OCC', quarter: 'Q3', label: 'achieved', now: '\u00a3255,450', line: 56, meant: '\u00a357,200', own: 55, write: 57200 }],
      (p: { code: string; quarter: string; label: string; now: string; line: number; meant: string; own: number; write: number }) => ({
        message: `${p.code}'s ${p.quarter} ${p.label} amount, ${p.now}, is the councils' total together (the narrative, line ${p.line}), not ${p.code}'s own, which the narrative gives as ${p.meant} (line ${p.own})`,
        hint: `write ${p.code}'s own figure, ${p.write}`,
      }),
    ),
    stillToAchieveAsDone: entry(
      [
        {
          code: 'OCC',
          quarter: 'Q3',
          label: 'secured',
          now: '\u00a38,700',
          target: '\u00a320,000',
          meant: '\u00a311,300',
          line: 110,
          write: 11300,
        },
      ],
      (p: { code: string; quarter: string; label: string; now: string; target: string; meant: string; line: number; write: number }) => ({
        message: `${p.code}'s ${p.quarter} ${word(p.label)} amount, ${p.now}, is what is still to achieve (its ${p.target} target less the ${p.meant} the narrative gives as ${p.label}, line ${p.line}), not the amount ${p.label}`,
        hint: `write the amount ${p.label}, ${p.write}`,
      }),
    ),
    returnNotInRepeated: entry(
      [{ code: 'FCC', quarter: 'Q3', measure: 'average days to pay', line: 99, value: 24, latest: 'Q2' }],
      (p: { code: string; quarter: string; measure: string; line: number; value: number; latest: string }) => ({
        message: `${p.code}'s ${p.quarter} "${p.measure}" is ${p.value}, its ${p.latest} figure written again, while the narrative (line ${p.line}) says its ${p.quarter} return is not in yet: the report would show ${p.value} as its ${p.quarter} result`,
        hint: `write it with its quarter, ${p.code}: { value: ${p.value}, quarter: ${p.latest} }, until the ${p.quarter} return comes in`,
      }),
    ),
    returnNotInAsZero: entry(
      [{ code: 'OCC', quarter: 'Q4', measure: 'share of spend with local suppliers', line: 51, value: 36, latest: 'Q3' }],
      (p: { code: string; quarter: string; measure: string; line: number; value: number; latest: string }) => ({
        message: `${p.code}'s ${p.quarter} "${p.measure}" is 0, after ${p.value} in ${p.latest}, while the narrative (line ${p.line}) says its ${p.quarter} return is not in yet: the report would show 0 as its ${p.quarter} result`,
        hint: `write its latest figure with its quarter, ${p.code}: { value: ${p.value}, quarter: ${p.latest} }, until the ${p.quarter} return comes in`,
      }),
    ),
    targetAsAchieved: entry(
      [
        {
          code: 'HLD',
          quarter: 'Q3',
          before: 'Q2',
          value: '\u00a360,000',
          amount: '\u00a312,550',
          previous: '\u00a321,350',
          total: 33900,
          line: 61,
        },
      ],
      (p) => ({
        message: `${p.code}'s ${p.quarter} achieved figure, ${p.value}, is its target for the year to the pound, but the narrative (line ${p.line}) gives ${p.code} ${p.amount}, which with ${p.before}'s ${p.previous} makes ${formatMoney(p.total)}: the target copied into the figure?`,
        hint: `if ${p.amount} is ${p.code}'s own for ${p.quarter}, write ${p.code}: ${p.total}; if ${p.value} is right, say in the narrative that ${p.code} met its target`,
      }),
    ),
  },
);
