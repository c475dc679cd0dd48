import { listAnd } from '../shared/words.js';
import { entry, group, lineList } from './entry.js';

export const copies = group(
  'Figures copied from another action',
  "Figures pasted from the action above or below look right and add up, so they would reach committee as this action's. When an action's figures are another's, council for council, plan warns: two actions seldom have the same uneven figures.",
  {
    targetSameAsOther: entry(
      [
        { action: 'cashable-savings', where: 'plans/2-savings.yaml:10', unfigured: [] },
        { action: 'cashable-savings', where: 'plans/2-savings.yaml:10', unfigured: ['EDC'] },
      ],
      (p: { action: string; where: string; unfigured: readonly string[] }) => ({
        message: `this target has the same amounts, council for council, as action "${p.action}"'s target (${p.where}): check they were not copied from there${p.unfigured.length > 0 ? `; no update gives a figure for ${listAnd(p.unfigured)}` : ''}`,
        hint:
          p.unfigured.length > 0
            ? `write this action's own target amounts here, and delete the line of ${listAnd(p.unfigured)} if ${p.unfigured.length === 1 ? 'it has' : 'they have'} no part in this action`
            : "write this action's own target amounts here; if they really are the same, leave them",
      }),
    ),
    labelsSwapped: entry(
      [
        { achieved: 'claimed', pending: 'received', lines: [104, 117, 118], kinds: ['achieved', 'pending'] as readonly string[] },
        { achieved: 'quoted', pending: 'invoiced', lines: [47], kinds: ['achieved'] as readonly string[] },
      ],
      (p) => {
        const called = [
          ...(p.kinds.includes('achieved') ? [`the achieved figures "${p.pending}"`] : []),
          ...(p.kinds.includes('pending') ? [`the pending ones "${p.achieved}"`] : []),
        ].join(' and ');
        return {
          message: `the labels "${p.achieved}" and "${p.pending}" look the wrong way round: the updates' words (${lineList(p.lines)}) call ${called}`,
          hint: `write achievedLabel: ${p.pending} and pendingLabel: ${p.achieved}`,
        };
      },
    ),
    targetNameOfOther: entry(
      [
        { name: 'cashable savings', other: '"cashable-savings"', otherAt: 'line 8', textLine: 33, meant: 'supplier rebates' },
        {
          name: 'framework rebates',
          other: '"framework-rebates"',
          otherAt: 'line 71',
          textLine: undefined,
          meant: 'shared services income',
        },
      ],
      (p: { name: string; other: string; otherAt: string; textLine: number | undefined; meant: string }) => ({
        message:
          `this target is named "${p.name}", as is the target of action ${p.other} (${p.otherAt}): copied from there and not typed over? ` +
          `nothing in this action speaks of ${p.name}, and its ${p.textLine === undefined ? 'id' : `text (line ${p.textLine})`} names what it counts: ${p.meant}`,
        hint: `write measure: ${p.meant}`,
      }),
    ),
    figuresSameAsOther: entry(
      [
        { quarter: 'Q2', field: 'achieved', action: 'cashable-savings', where: 'plans/2-savings.yaml:23' },
        { quarter: 'Q2', field: 'pending', action: 'cashable-savings', where: 'plans/2-savings.yaml:27' },
      ],
      (p) => ({
        message: `these ${p.quarter} "${p.field}" figures are the same, council for council, as action "${p.action}"'s ${p.quarter} "${p.field}" (${p.where}): check they were not copied from there`,
        hint: `write this action's own ${p.quarter} figures here; if they really are the same, leave them`,
      }),
    ),
  },
);
