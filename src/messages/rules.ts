import { listAnd } from '../shared/words.js';
import { entry, group, lineList } from './entry.js';

/** How a figure typed out of scale was most likely meant (src/plan/figure-slips.ts reads it). */
export type SlipKind = 'zero-too-many' | 'zero-left-out' | 'digit-twice' | 'point-slipped' | 'thousands';

const SLIP_WORDS: Record<SlipKind, string> = {
  'zero-too-many': 'a zero too many?',
  'zero-left-out': 'a zero left out?',
  'digit-twice': 'a digit typed twice?',
  'point-slipped': 'a decimal point in the wrong place?',
  thousands: 'copied from a column in thousands?',
};

export const rules = group(
  'Across the plan',
  'Checks that look at several values together: the financial year, ids and councils across files, figures against targets, and the quarters each action reports.',
  {
    yearLabelSecondPart: entry([{ label: '2015/17', first: 2015, second: '16' }], (p) => ({
      message: `"${p.label}" is not a financial year: the second part should be ${p.second}`,
      hint: `write it as "${p.first}/${p.second}"`,
    })),
    yearStartDisagrees: entry([{ label: '2015/16', starts: '2014', first: 2015, second: '16' }], (p) => ({
      message: `the year starts in ${p.starts}, but the label says ${p.label}`,
      hint: `make them agree, e.g. label: "${p.first}/${p.second}" and starts: ${p.first}-04-01`,
    })),
    titleRepeatsYear: entry(
      [
        { year: '2015/16', atEnd: true },
        { year: '2015/16', atEnd: false },
      ],
      (p) => ({
        message: `the title ${p.atEnd ? 'ends with' : 'has'} the financial year ${p.year}, which the report adds itself: it would show the year twice`,
        hint: `remove "${p.year}" from the title`,
      }),
    ),
    sectionTwice: entry([{ section: '8.2', where: 'plans/8.2-savings.yaml:1' }], (p) => ({
      message: `section "${p.section}" is already defined at ${p.where}`,
      hint: 'give each section file its own number',
    })),
    idTwice: entry([{ id: 'regular-updates', where: 'plans/8.2-savings.yaml:4' }], (p) => ({
      message: `action id "${p.id}" is already used at ${p.where}`,
      hint: 'action ids must be unique across all plan files: rename one of them',
    })),
    councilNotDeclared: entry(
      [
        { code: 'EDX', declared: ['CDC', 'SNC'], guess: 'SNC', missing: false },
        { code: 'TDC', declared: ['MDC', 'SDC', 'TDBC'], guess: 'TDBC', missing: true },
        { code: 'OXC', declared: ['CDC', 'SNC'], guess: undefined, missing: false },
      ],
      (p: { code: string; declared: readonly string[]; guess: string | undefined; missing: boolean }) => ({
        message: `council "${p.code}" is not declared in plan.yaml: the councils are ${p.declared.join(', ')}`,
        hint: !p.guess
          ? 'add it under "councils" in plan.yaml, or use one of the codes declared there'
          : p.missing
            ? `did you mean "${p.guess}", the council of plan.yaml that has no figure here? Then write ${p.guess} in place of ${p.code}; if ${p.code} is a new council, add it under "councils" in plan.yaml`
            : `did you mean "${p.guess}"?`,
      }),
    ),
    figuresWithoutTarget: entry(
      [
        { field: 'achieved', action: '"regular-updates"', others: [], lines: { from: 23, to: 27 }, copied: undefined, quarter: 'Q3' },
        { field: 'achieved', action: '"regular-updates"', others: [26, 30], lines: { from: 22, to: 24 }, copied: undefined, quarter: 'Q1' },
        {
          field: 'achieved',
          action: '"contract-register"',
          others: [] as number[],
          lines: { from: 23, to: 27 },
          copied: { action: 'cashable-savings', where: 'plans/2-savings.yaml:35' },
          quarter: 'Q3',
        },
      ],
      (p: {
        field: string;
        action: string;
        others: readonly number[];
        lines: { from: number; to: number };
        copied: { action: string; where: string } | undefined;
        quarter: string;
      }) => {
        const span = p.lines.from === p.lines.to ? `line ${p.lines.from}` : `lines ${p.lines.from}\u2013${p.lines.to}`;
        return {
          message: p.copied
            ? `"${p.field}" needs a target: action ${p.action} has none, and these are action "${p.copied.action}"'s ${p.quarter} "${p.field}" figures (${p.copied.where})`
            : `"${p.field}" needs a target: action ${p.action} has none${p.others.length > 0 ? `, and neither have the figures on ${lineList(p.others)}` : ''}`,
          hint: p.copied
            ? `if they were pasted here by mistake, delete ${span}; if this action really has figures of its own, add "target:" to it, with "amounts:" below it`
            : `if these figures do not belong to this action, delete ${span}${p.others.length > 0 ? ` and the figures on ${lineList(p.others)}` : ''}; if they do, add "target:" to the action, with "amounts:" below it, or write the figures in the narrative`,
        };
      },
    ),
    achievedMissing: entry(
      [{ quarter: 'Q2', action: '"regular-updates"', councils: ['CDC', 'SNC'] }],
      (p: { quarter: string; action: string; councils: readonly string[] }) => ({
        message: `"achieved" is missing from this ${p.quarter} update: action ${p.action} has a target`,
        hint: `add "achieved:" with an amount for each of ${p.councils.join(', ')} (0 if nothing yet)`,
      }),
    ),
    figureMissing: entry([{ quarter: 'Q2', code: 'SNC' }], (p) => ({
      message: `the ${p.quarter} achieved amount for ${p.code} is missing`,
      hint: `add "${p.code}: 0" if nothing has been achieved yet`,
    })),
    figureWithoutTarget: entry(
      [
        { code: 'SNC', field: 'pending', others: [] },
        { code: 'SNC', field: 'achieved', others: [25] },
      ],
      (p: { code: string; field: string; others: readonly number[] }) => ({
        message: `${p.code} has no target in this action, so its "${p.field}" has nothing to count against${p.others.length > 0 ? `, nor its figures on ${lineList(p.others)}` : ''}`,
        hint: `add ${p.code} under target.amounts, or remove this line${p.others.length > 0 ? ` and ${lineList(p.others)}` : ''}`,
      }),
    ),
    statusMissing: entry([{ quarter: 'Q2', action: '"regular-updates"' }], (p) => ({
      message: `"status" is missing from the ${p.quarter} update of action ${p.action}`,
      hint: 'add a line "status: …", e.g. status: Onward going',
    })),
    quarterMissing: entry([{ quarter: 'Q3', action: '"regular-updates"' }], (p) => ({
      message: `action ${p.action} has no ${p.quarter} update`,
      hint: `add "${p.quarter}:" under "updates", with its status and narrative, or mark the last update "ended: completed" (or dropped) if the action has finished`,
    })),
    quarterMislabelled: entry([{ action: '"regular-updates"', written: 'Q4', meant: 'Q3' }], (p) => ({
      message: `action ${p.action} has a ${p.written} update but no ${p.meant} update, and the plan is at ${p.meant}: this quarter's update was probably written under "${p.written}:"`,
      hint: `write "${p.meant}:" in place of "${p.written}:"; if it really is for ${p.written}, add the ${p.meant} update above it`,
    })),
    updateAfterEnd: entry([{ quarter: 'Q3', action: '"regular-updates"', how: 'completed', endedIn: 'Q2' }], (p) => ({
      message: `action ${p.action} ended (${p.how}) in ${p.endedIn}, so it has no ${p.quarter} update`,
      hint: `delete the ${p.quarter} update (the "${p.quarter}:" line and the lines under it), or remove "ended: ${p.how}" from ${p.endedIn} if the action goes on`,
    })),
    textUnwritten: entry([{ quarter: 'Q3', field: 'narrative', action: '"regular-updates"' }], (p) => ({
      message: `the ${p.quarter} ${p.field} of action ${p.action} is not written yet`,
      hint: `replace the TODO with the ${p.field} for ${p.quarter}`,
    })),
    noteUnwritten: entry([{ quarter: 'Q3', code: 'CDC', action: '"regular-updates"' }], (p) => ({
      message: `the ${p.quarter} note for ${p.code} on action ${p.action} is not written yet`,
      hint: 'replace the TODO with the note, or delete the line',
    })),
    noteUnchecked: entry([{ quarter: 'Q3', code: 'CDC', action: '"regular-updates"', mark: 'TODO check:' }], (p) => ({
      message: `the ${p.quarter} note for ${p.code} on action ${p.action} was carried forward from the quarter before and is not checked yet`,
      hint: `if it still holds, delete "${p.mark}" from its start; if not, rewrite it or delete the line`,
    })),
    placeholder: entry([{ what: "the plan's title" }], (p) => ({
      message: `${p.what} is not written yet`,
      hint: `replace the TODO with ${p.what}`,
    })),
    targetUnconfirmed: entry([{ action: '"regular-updates"', year: '2016/17' }], (p) => ({
      message: `the target of action ${p.action} is not yet confirmed for ${p.year}`,
      hint: `check its amounts are the ${p.year} targets (change any that are not), then delete the line "confirm: …"`,
    })),
    endingNotMarked: entry(
      [
        { quarter: 'Q3', action: '"regular-updates"', status: 'Complete', how: 'completed', later: [] },
        { quarter: 'Q2', action: '"regular-updates"', status: 'Dropped', how: 'dropped', later: ['Q3'] },
        { quarter: 'Q1', action: '"regular-updates"', status: 'Complete', how: 'completed', later: ['Q2', 'Q3'] },
      ],
      (p: { quarter: string; action: string; status: string; how: string; later: readonly string[] }) => ({
        message: `the ${p.quarter} status of action ${p.action} says "${p.status}", but the action is not marked as ended`,
        hint:
          p.later.length === 0
            ? `if it has ended, add "ended: ${p.how}" to its ${p.quarter} update, so that new-quarter and the next year leave it out`
            : `if it ended in ${p.quarter}, add "ended: ${p.how}" to its ${p.quarter} update and remove its ${listAnd(p.later)} update${p.later.length === 1 ? '' : 's'}`,
      }),
    ),
    endingContradicted: entry(
      [
        { quarter: 'Q3', action: '"regular-updates"', status: 'Onward going', how: 'completed', line: 40, later: [] },
        { quarter: 'Q2', action: '"regular-updates"', status: 'In progress', how: 'dropped', line: 24, later: ['Q3'] },
      ],
      (p: { quarter: string; action: string; status: string; how: string; line: number; later: readonly string[] }) => ({
        message: `"ended: ${p.how}" marks action ${p.action} as ${p.how} in ${p.quarter}, but its ${p.quarter} status says "${p.status}"`,
        hint:
          `if the action goes on, delete line ${p.line} ("ended: ${p.how}")` +
          (p.later.length > 0
            ? `; if it did end in ${p.quarter}, change the status and delete its ${listAnd(p.later)} update${p.later.length === 1 ? '' : 's'}`
            : '; if it did end, change the status to say so'),
      }),
    ),
    narrativeUnchanged: entry([{ quarter: 'Q3', action: '"regular-updates"', before: 'Q2' }], (p) => ({
      message: `the ${p.quarter} narrative of action ${p.action} is unchanged since ${p.before}`,
      hint: `write what happened in ${p.quarter}, or say that nothing has moved`,
    })),
    figureDown: entry(
      [
        { code: 'CDC', was: '£61,250', before: 'Q2', now: '£51,250', quarter: 'Q3', total: '112500', noted: false },
        { code: 'TDBC', was: '£47,000', before: 'Q2', now: '£44,300', quarter: 'Q3', total: '91300', noted: true },
      ],
      (p) => ({
        message: `${p.code}'s achieved amount went down from ${p.was} at ${p.before} to ${p.now} at ${p.quarter}, though achieved is the total so far this year`,
        hint:
          `if ${p.now} is ${p.quarter}'s own figure, write the total so far this year as ${p.total}; if the total really fell, ` +
          (p.noted
            ? `add to ${p.code}'s note under "notes:" that it fell and why`
            : `say that it fell and why in the ${p.quarter} narrative, or in a note: "notes:" in the ${p.quarter} update with "${p.code}: fell because …" under it`),
      }),
    ),
    protoKey: entry([undefined], () => ({
      message: '"__proto__" is not a council code',
      hint: 'write the code of a council declared in plan.yaml, e.g. CDC',
    })),
    totalTooLarge: entry([{ most: '£9,007,199,254,740,991' }], (p) => ({
      message: `these amounts add up to more than ${p.most}, which plan cannot add up exactly`,
      hint: 'check the amounts: each is in whole pounds',
    })),
  },
);

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
          [
            p.was ? `its ${p.before} value (${p.was})` : '',
            p.target ? `its target (${p.target})` : '',
            p.was && p.target ? '' : "the other councils' values",
          ]
            .filter(Boolean)
            .join(' and ') +
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
      ],
      (p) => ({
        message: `${p.code}'s target of ${p.target} is ${p.bigger ? 'about ten times' : 'about a tenth of'} what its achieved figures make it at the other councils' pace (about ${p.implied}): ${SLIP_WORDS[p.kind]}`,
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
