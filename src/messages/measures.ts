import { listAnd } from '../shared/words.js';
import { entry, group, lineList, lineRange } from './entry.js';

/** A measure's figure: its target for a council, or its value for a council in a quarter's update. */
interface Figure {
  id: string;
  code: string;
  /** The update's quarter; undefined for the measure's target. */
  quarter: string | undefined;
}

function figure(p: Figure): string {
  return p.quarter === undefined ? `the target of "${p.id}" for ${p.code}` : `the ${p.quarter} value of "${p.id}" for ${p.code}`;
}

const UNIT_WORDS = { percent: 'a percentage', count: 'a count', days: 'a number of days', money: 'an amount of money' } as const;

export const measures = group(
  'Measures',
  'An action may track measures besides money (a percentage, a count, a number of days), each with a target per council and a value in each update. A value must name a measure of its action and a council with a target, and must fit the unit.',
  {
    unitNotAsNamed: entry(
      [
        { id: 'days-to-award', name: 'average calendar days from quotation request to award', unit: 'percent', meant: 'days' },
        { id: 'on-contract', name: 'share of spend under a contract', unit: 'days', meant: 'percent' },
      ],
      (p: { id: string; name: string; unit: string; meant: 'days' | 'percent' }) => ({
        message: `"${p.id}" counts ${p.meant === 'days' ? 'days' : 'a percentage'} by its name ("${p.name}"), but its unit is ${p.unit}: the report would show every figure and the target as ${p.unit === 'percent' ? 'percentages' : p.unit} (the unit line of the measure it was copied from?)`,
        hint: `write unit: ${p.meant}; if the unit is right, say what is counted in the name`,
      }),
    ),
    measuresExchanged: entry(
      [
        {
          quarter: 'Q2',
          first: 'reviews-completed',
          second: 'spend-under-contract',
          firstNow: 'HDC 81, KBC 83, MVC 75, TSC 77',
          secondNow: 'HDC 5%, KBC 4%, MVC 3%, TSC 2%',
          firstMeant: 'HDC 5, KBC 4, MVC 3, TSC 2',
          secondMeant: 'HDC 81, KBC 83, MVC 75, TSC 77',
        },
      ],
      (p) => ({
        message:
          `the ${p.quarter} figures of "${p.first}" and "${p.second}" look exchanged: "${p.first}" (${p.firstNow}) is far from its other quarters and its target, and so is "${p.second}" (${p.secondNow}), ` +
          'while the other way round each fits its own',
        hint: `if the two lines' figures were written on each other's lines, make "${p.first}" read ${p.firstMeant} and "${p.second}" read ${p.secondMeant}; if both are right, leave them`,
      }),
    ),
    targetIsYearsFigure: entry(
      [{ id: 'waivers', year: '12 a year', quarter: '3 a quarter', line: 48, meant: 'target: { AVB: 3, PMD: 3, SKC: 3, HLD: 3 }' }],
      (p) => ({
        message: `the targets of "${p.id}" are the year's figure the action's text gives ("${p.year}"), but "${p.id}" counts each quarter, and the text gives "${p.quarter}" (line ${p.line}): every quarter would be rated against four quarters' worth`,
        hint: `write ${p.meant}; if the measure counts the year so far, say so in its name (e.g. "year to date")`,
      }),
    ),
    measureOfOtherThing: entry(
      [{ code: 'SKC', quarter: 'Q3', id: 'suppliers', now: 2, said: '2 events', thing: 'supplier', meant: 72, line: 110 }],
      (p: { code: string; quarter: string; id: string; now: number; said: string; thing: string; meant: number; line: number }) => ({
        message: `${p.code}'s ${p.quarter} value of "${p.id}", ${p.now}, is the number the ${p.quarter} narrative gives of other things (line ${p.line}: "${p.said}"), but "${p.id}" counts ${p.thing}s, which the narrative gives as ${p.meant}`,
        hint: `write ${p.code}: ${p.meant}; if ${p.now} is right, correct the narrative`,
      }),
    ),
    measureValueAsFraction: entry([{ written: '35/36', part: 35, whole: 36, share: '97.2', rounded: 97 }], (p) => ({
      message: `"${p.written}" is a count out of a total (${p.part} of ${p.whole}), as a chat or an e-mail writes it, not one figure`,
      hint: `for a percentage write ${p.rounded} in its place (${p.part} of ${p.whole} is ${p.share}%); for a count, write ${p.part}`,
    })),
    measureValueWithPercentSign: entry([{ value: '33' }], (p) => ({
      message: `write the value without the % sign: ${p.value}`,
      hint: 'a value is a plain number: the unit is set once, on the measure',
    })),
    amberBandOutOfRange: entry([{ id: 'spend-without-po', band: 120 }], (p) => ({
      message: `the amber band of "${p.id}" is ${p.band}%: it is from 0 to 100`,
      hint: 'write a percentage of the target, e.g. 10: a value within 10% of the target is amber',
    })),
    notAPercentage: entry(
      [
        { id: 'spend-without-po', code: 'CDC', quarter: 'Q2', value: 330 },
        { id: 'spend-without-po', code: 'CDC', quarter: undefined, value: -5 },
      ],
      (p: Figure & { value: number }) => ({
        message: `${figure(p)}: ${p.value} is not a percentage: a percentage is from 0 to 100`,
        hint:
          p.value > 100
            ? 'check the figure: write 33 for 33%, and a share over the whole as a count instead'
            : 'write the percentage without the minus sign',
      }),
    ),
    percentAsFraction: entry(
      [
        { id: 'spend-without-po', code: 'CDC', quarter: undefined, value: 0.3, percent: 30, sure: true },
        { id: 'spend-without-po', code: 'SNC', quarter: 'Q2', value: 0.5, percent: 50, sure: false },
      ],
      (p: Figure & { value: number; percent: number; sure: boolean }) => ({
        message: `${figure(p)}: ${p.value} reads as ${p.value}%, not ${p.percent}%: a percentage is written from 0 to 100`,
        hint: p.sure
          ? `for ${p.percent}% write ${p.percent}`
          : `for ${p.percent}% write ${p.percent}; if it is truly ${p.value}%, leave it as it is`,
      }),
    ),
    measureNegative: entry(
      [
        { id: 'days-to-pay', code: 'SNC', quarter: 'Q2', unit: 'days', value: -3 },
        { id: 'contracts-let', code: 'SNC', quarter: undefined, unit: 'count', value: -1 },
      ],
      (p: Figure & { unit: 'count' | 'days' | 'money'; value: number }) => ({
        message: `${figure(p)}: ${UNIT_WORDS[p.unit]} cannot be negative: ${p.value}`,
        hint: 'write the figure without the minus sign',
      }),
    ),
    measureNotWhole: entry(
      [
        { id: 'contracts-let', code: 'SNC', quarter: 'Q2', unit: 'count', value: 2.5 },
        { id: 'rebates', code: 'SNC', quarter: undefined, unit: 'money', value: 1200.5 },
      ],
      (p: Figure & { unit: 'count' | 'money'; value: number }) => ({
        message: `${figure(p)}: ${UNIT_WORDS[p.unit]} is a whole number: ${p.value}`,
        hint: p.unit === 'money' ? 'round the amount to the nearest pound' : 'round it to a whole number',
      }),
    ),
    measureValueUnwritten: entry([{ id: 'spend-without-po', code: 'CDC', quarter: 'Q3' }], (p) => ({
      message: `the ${p.quarter} value of "${p.id}" for ${p.code} is not written yet`,
      hint: `replace the TODO with the ${p.quarter} figure, as a plain number; delete the line if there is none`,
    })),
    measureWithoutCouncils: entry(
      [
        { id: 'spend-without-po', quarter: 'Q1', code: 'CDC' as string | undefined },
        { id: 'spend-without-po', quarter: 'Q1', code: undefined },
      ],
      (p) => ({
        message: `the ${p.quarter} line of "${p.id}" names no council, so the measure is left out of the ${p.quarter} report`,
        hint: `write each council's figure under it${p.code ? `, e.g. ${p.code}: 12` : ''}; or delete the line if no council has a ${p.quarter} figure`,
      }),
    ),
    measureFigureLater: entry([{ quarter: 'Q2', forQuarter: 'Q3' }], (p) => ({
      message: `a ${p.quarter} update cannot hold a figure for ${p.forQuarter}, which is later`,
      hint: `write the figure in the ${p.forQuarter} update`,
    })),
    measureWithoutTarget: entry([{ id: 'spend-without-po', code: 'CDC' }], (p) => ({
      message: `measure "${p.id}" has a value for ${p.code} but no target`,
      hint: `add "target:" to the measure, e.g. target: { ${p.code}: 5 }, or write target: none if no target is set`,
    })),
    councilWithoutMeasureTarget: entry([{ id: 'spend-without-po', code: 'SNC' }], (p) => ({
      message: `${p.code} has no target for measure "${p.id}", so its value has nothing to be rated against`,
      hint: `add ${p.code}'s target to the measure's "target:", beside the other councils'; if the measure has none for ${p.code}, say the figure in the narrative and then remove it from this line`,
    })),
    unknownMeasure: entry(
      [
        { id: 'spend-without-p0', ids: ['spend-without-po', 'days-to-pay'], guess: 'spend-without-po' },
        { id: 'spend-no-po', ids: ['spend-without-po', 'days-to-pay'], guess: 'spend-without-po', usedAt: [61] },
        { id: 'contracts-let', ids: ['spend-without-po', 'days-to-pay'], guess: undefined },
        { id: 'contracts-let', ids: [], guess: undefined },
      ],
      (p: { id: string; ids: readonly string[]; guess: string | undefined; usedAt?: readonly number[] }) => ({
        message:
          p.ids.length === 0
            ? `"${p.id}" is not a measure of this action: it has no "measures:"`
            : `"${p.id}" is not a measure of this action: its measures are ${p.ids.join(', ')}`,
        hint: p.usedAt
          ? `write "${p.guess}" here, as the other updates do (${lineList(p.usedAt)})`
          : p.guess
            ? `did you mean "${p.guess}"?`
            : 'add the measure under the action\'s "measures:" (name, unit, better, target), or correct its id',
      }),
    ),
    // The id written where the measure is defined, while the updates use another (measure-rules.ts, renamedMeasures).
    measureRenamed: entry(
      [{ defined: 'spend-no-po', used: 'spend-without-po', lines: [57, 61] }],
      (p: { defined: string; used: string; lines: readonly number[] }) => ({
        message: `the updates call this measure "${p.used}" (${lineList(p.lines)}), not "${p.defined}": as written, it would show no figures, and theirs would be left out`,
        hint: `rename it back to "${p.used}" here, or rename it to "${p.defined}" in the updates at ${lineList(p.lines)}`,
      }),
    ),
    measureOfOtherAction: entry(
      [
        {
          ids: ['waivers'],
          action: 'contract-waivers',
          where: '1-governance.yaml:48',
          quarter: 'Q2',
          lines: { from: 20, to: 21 },
          theirs: '1-governance.yaml:61',
        },
        {
          ids: ['waivers', 'days-to-pay'],
          action: 'contract-waivers',
          where: '1-governance.yaml:48',
          quarter: 'Q2',
          lines: { from: 20, to: 22 },
          theirs: undefined,
        },
        {
          ids: ['waivers'],
          action: 'contract-waivers',
          where: '1-governance.yaml:48',
          quarter: 'Q2',
          lines: { from: 21, to: 21 },
          theirs: undefined,
          alsoDelete: 20,
        },
      ],
      (p: {
        ids: readonly string[];
        action: string;
        where: string;
        quarter: string;
        lines: { from: number; to: number };
        theirs: string | undefined;
        /** The update's "measures:" line, left empty once they are moved. */
        alsoDelete?: number;
      }) => ({
        message: `${p.ids.map((id) => `"${id}"`).join(', ')} ${p.ids.length === 1 ? 'is a measure' : 'are measures'} of action "${p.action}" (defined at ${p.where}), not of this action: ${p.ids.length === 1 ? 'its figures were' : 'their figures were'} probably pasted under the wrong action`,
        hint: p.theirs
          ? `action "${p.action}" has its own ${p.quarter} figures at ${p.theirs}: check them against these, then delete ${lineRange(p.lines)} here`
          : `move ${lineRange(p.lines)} to the ${p.quarter} update of action "${p.action}"${p.alsoDelete ? `, under its "measures:", and delete line ${p.alsoDelete} here` : ''} (or delete ${p.lines.from === p.lines.to ? 'it' : 'them'})`,
      }),
    ),
    measureRowCopied: entry(
      [{ quarter: 'Q3', id: 'apprenticeships', other: 'local-spend', otherLine: 43, otherUnit: 'a percentage' }],
      (p) => ({
        message:
          `the ${p.quarter} figures of "${p.id}" are the same, council for council, as those of "${p.other}" on line ${p.otherLine}, ${p.otherUnit}, ` +
          `and far from the other quarters and the target of "${p.id}": copied from that line and not typed over?`,
        hint: `type the ${p.quarter} figures of "${p.id}" over these, from the return they come from`,
      }),
    ),
    measureTargetCopied: entry(
      [
        {
          id: 'apprenticeships',
          other: 'local-spend',
          otherLine: 15,
          otherUnit: 'a percentage' as string | undefined,
          textLine: 8,
          meant: ['MRB 5', 'HZD 4', 'TWC 2', 'BLF 3'] as readonly string[],
          whole: '{ MRB: 5, HZD: 4, TWC: 2, BLF: 3 }',
        },
      ],
      (p) => ({
        message:
          `the target of "${p.id}" is the same, council for council, as the target of "${p.other}" on line ${p.otherLine}` +
          `${p.otherUnit ? `, ${p.otherUnit}` : ''}: copied from it and not typed over? the action's text (line ${p.textLine}) gives "${p.id}" ${listAnd([...p.meant])}`,
        hint: `make the target of "${p.id}" read: target: ${p.whole}`,
      }),
    ),
    countForShare: entry([{ id: 'carbon', code: 'SKC', quarter: 'Q3', value: 9, said: 'SKC 9 of 12', share: 75, line: 35 }], (p) => ({
      message: `${p.code}'s ${p.quarter} figure of "${p.id}", ${p.value}, is the count the narrative gives (line ${p.line}), "${p.said}": the measure is a percentage, and as a share it is ${p.share}%`,
      hint: `write ${p.code}: ${p.share}`,
    })),
    percentForMoney: entry(
      [{ id: 'commitments', code: 'HLD', quarter: 'Q3', value: 10, meant: 14200, said: '\u00a314,200', line: 144 }],
      (p) => ({
        message: `${p.code}'s ${p.quarter} figure of "${p.id}", ${p.value}, is the ${p.value}% the narrative gives (line ${p.line}): the measure is money, and the same sentence takes ${p.code} to ${p.said}`,
        hint: `write ${p.code}: ${p.meant}`,
      }),
    ),
    countTargetsAsAll: entry([{ id: 'reviewed', counts: 'AVB 6, PMD 4, SKC 8, HLD 3', write: 'AVB: 6, PMD: 4, SKC: 8, HLD: 3' }], (p) => ({
      message: `the targets of "${p.id}" are 100 for every council, as "all of them" would be a percentage, but the measure is a count and the action's text gives ${p.counts}`,
      hint: `write target: { ${p.write} }`,
    })),
    quarterCountAsTotal: entry(
      [
        {
          id: 'reviews',
          quarter: 'Q4',
          figures: [
            { code: 'QDC', now: 34, own: 10 },
            { code: 'MBC', now: 24, own: 6 },
          ],
        },
      ],
      (p: { id: string; quarter: string; figures: ReadonlyArray<{ code: string; now: number; own: number }> }) => ({
        message: `"${p.id}" is no count of the year so far by its name, but its ${p.quarter} figures (${p.figures.map((f) => `${f.code} ${f.now}`).join(', ')}) are each the year's total so far: the quarters before added up, and ${p.figures.map((f) => f.own).join(', ')} more`,
        hint: `if those are the year's totals, write the quarter's own figures: { ${p.figures.map((f) => `${f.code}: ${f.own}`).join(', ')} }; if the measure counts the year so far, say so in its name, "(year to date)"`,
      }),
    ),
    runningTotalFalls: entry([{ id: 'sme-contracts', code: 'RDC', quarter: 'Q3', before: 'Q2', now: 5, was: 12, total: 17 }], (p) => ({
      message: `"${p.id}" counts the year so far by its name, but ${p.code}'s ${p.quarter} figure, ${p.now}, is below its ${p.before} figure, ${p.was}: the quarter's own count typed for the total?`,
      hint: `if ${p.now} is the count in ${p.quarter} alone, write ${p.code}: ${p.total} (${p.was} + ${p.now}); if the total really fell, say why in the narrative`,
    })),
  },
);
