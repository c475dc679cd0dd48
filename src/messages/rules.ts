import { listAnd } from '../shared/words.js';
import { entry, group, lineList, lineRange } from './entry.js';

export const rules = group(
  'Across the plan',
  'Checks that look at several values together: the financial year, ids and councils across files, figures against targets, and the quarters each action reports.',
  {
    yearLabelSecondPart: entry([{ label: '2015/17', first: 2015, second: '16' }], (p) => ({
      message: `"${p.label}" is not a financial year: the second part should be ${p.second}`,
      hint: `write it as "${p.first}/${p.second}"`,
    })),
    yearStartDisagrees: entry([{ label: '2015/16', starts: '2014', first: 2015, date: '2014-04-01' }], (p) => {
      const other = `${p.starts}/${String((Number(p.starts) + 1) % 100).padStart(2, '0')}`;
      return {
        message: `the year starts in ${p.starts}, but the label says ${p.label}`,
        hint: `if the year is ${p.label}, write starts: ${p.first}${p.date.slice(4)}; if it really starts on ${p.date}, write label: "${other}"`,
      };
    }),
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
    titleTwice: entry(
      [
        { title: 'Contract Management', section: '4.5', where: 'plans/4.4-contract-management.yaml:3', fromName: 'Skills and Capacity' },
        { title: 'Savings', section: '8.3', where: 'plans/8.2-savings.yaml:3', fromName: undefined },
      ],
      (p: { title: string; section: string; where: string; fromName: string | undefined }) => ({
        message: `section ${p.section} has the title "${p.title}", as the section at ${p.where} has: started as a copy of that file, with its title not typed over? The report would head both sections alike`,
        hint: p.fromName
          ? `write this section's own title, e.g. title: ${p.fromName} (as the file's name says)`
          : "write this section's own title here",
      }),
    ),
    pendingIsTheGap: entry([{ code: 'WMBC', pending: '£6,250', target: '£10,000', achieved: '£3,750', label: 'in negotiation' }], (p) => ({
      message: `${p.code}'s pending amount, ${p.pending}, is exactly what it still needs to reach its target (${p.target} less the ${p.achieved} achieved): the report would print the shortfall as ${p.pending} ${p.label}`,
      hint: `if nothing is ${p.label} for ${p.code}, delete this line (the report works out the shortfall itself); if ${p.pending} really is ${p.label}, leave it`,
    })),
    pendingCameIn: entry([{ code: 'FCC', quarter: 'Q4', before: 'Q3', label: 'claimed', said: '\u00a3850', line: 139 }], (p) => ({
      message: `${p.code}'s ${p.quarter} ${p.label} amount, ${p.said}, is the one from ${p.before}, while the narrative (line ${p.line}) says it came in: the report would count it twice, in the total and again as ${p.label}`,
      hint: `if nothing more is ${p.label} for ${p.code}, delete this line; if a new ${p.label} amount happens to be the same, leave it`,
    })),
    dueDayMonthSwapped: entry([{ due: '2064-05-02', said: '5 February 2064', meant: '2064-02-05' }], (p) => ({
      message: `due: ${p.due} is the action's own date, "${p.said}", with the month and the day the wrong way round, as a US date writes them`,
      hint: `write due: ${p.meant}; if ${p.due} is right, change the text`,
    })),
    dueCalendarQuarter: entry(
      [
        { written: 'Q3', said: 'by the end of September 2060', meant: 'Q2', date: '2060-09-30', months: 'October to December' },
        { written: 'Q2', said: 'by June', meant: 'Q1', date: undefined, months: 'July to September' },
      ],
      (p: { written: string; said: string; meant: string; date: string | undefined; months: string }) => ({
        message: `due: ${p.written} is ${p.months} in this plan's year, but the action's text says "${p.said}", which is in ${p.meant}: ${p.written} of the calendar year?`,
        hint: `write due: ${p.meant}${p.date === undefined ? '' : `, or the date itself, due: ${p.date}`}; if ${p.written} is right, change the text`,
      }),
    ),
    endedLate: entry([{ quarter: 'Q3', before: 'Q2', ended: 'completed', line: 39 }], (p) => ({
      message: `${p.quarter} marks the action ended, but its update says nothing new and keeps ${p.before}'s status: it ended in ${p.before}? The report would carry it into ${p.quarter}`,
      hint: `move "ended: ${p.ended}" into the ${p.before} update (line ${p.line}), and delete the ${p.quarter} update; if it ended in ${p.quarter}, say what happened then`,
    })),
    endedAgainstStatus: entry(
      [
        { quarter: 'Q2', ended: 'completed', words: 'Dropped', meant: 'dropped' },
        { quarter: 'Q4', ended: 'dropped', words: 'Complete', meant: 'completed' },
      ],
      (p) => ({
        message: `${p.quarter} says "ended: ${p.ended}", but its status starts "${p.words}": the report would count the action as ${p.ended}, against its own words`,
        hint: `write ended: ${p.meant}; if the action was ${p.ended}, say so in the status`,
      }),
    ),
    ragLeftFromBefore: entry(
      [
        { quarter: 'Q3', before: 'Q2', rag: 'green', words: 'Behind' },
        { quarter: 'Q4', before: 'Q3', rag: 'red', words: 'Complete' },
      ],
      (p) => ({
        message: `the ${p.quarter} rating is ${p.rag}, as it was at ${p.before}, but the ${p.quarter} status starts "${p.words}": was the rating copied with the update and not changed?`,
        hint:
          p.rag === 'green'
            ? `write the rating the status gives (amber or red); if ${p.rag} is right, say why in the status`
            : `write the rating the status gives (green or amber); if ${p.rag} is right, say why in the status`,
      }),
    ),
    lagFigureCameIn: entry(
      [{ code: 'TDC', quarter: 'Q4', before: 'Q3', value: '24', was: 'Q2', now: 22, forQuarter: 'Q3', line: 108 }],
      (p) => ({
        message: `${p.code}'s ${p.quarter} figure is still { value: ${p.value}, quarter: ${p.was} }, as at ${p.before}, while the narrative (line ${p.line}) says its late figure has now come in, at ${p.now}: the report would print the old one as the latest`,
        hint: `write ${p.code}: { value: ${p.now}, quarter: ${p.forQuarter} }; if ${p.now} is this quarter's own figure, write ${p.code}: ${p.now}`,
      }),
    ),
    noteCarried: entry(
      [
        { code: 'FCC', quarter: 'Q3', before: 'Q2', text: 'Q2 figure provisional: awaiting finance sign-off', why: 'Q2', line: 40 },
        { code: 'NDC', quarter: 'Q4', before: 'Q3', text: 'estimated: awaiting the final invoice', why: 'estimated', line: 71 },
      ],
      (p) => ({
        message: `${p.code}'s ${p.quarter} note is its ${p.before} note (line ${p.line}) word for word, and it says how things stood then ("${p.why}"): the report would print "${p.text}" beside the ${p.quarter} figures as if it still held`,
        hint: `if it no longer holds, delete this line (and "notes:" above it if it has no other line); if it still does, write it as it stands at ${p.quarter}`,
      }),
    ),
    noteOfOtherCouncil: entry(
      [
        { code: 'ORDC', other: 'LVCC', words: "the county's", quarter: 'Q3', taken: false },
        { code: 'NDC', other: 'WBC', words: "WBC's", quarter: 'Q2', taken: true },
      ],
      (p) => ({
        message: `this ${p.quarter} note is under ${p.code}, but it speaks of ${p.other} ("${p.words}") and never of ${p.code}: the report would print it beside ${p.code}'s figures`,
        hint: p.taken
          ? `if the note is ${p.other}'s, move its text into ${p.other}'s note and delete this line`
          : `if the note is ${p.other}'s, write ${p.other}: in place of ${p.code}: on this line`,
      }),
    ),
    actionTextTwice: entry([{ other: '"sme-contracts"', where: 'plans/4.3-local-economy.yaml:34' }], (p) => ({
      message: `this action's text is word for word that of action ${p.other} (${p.where}): the report would list the same action twice`,
      hint: `if it is the same action, delete this one and move what its updates say into the updates of ${p.other}; if it is another, write what this one does`,
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
    councilRetyped: entry(
      [{ declared: 'FNY', used: 'FYN', times: 23, line: 13, meant: 'FYN: Fynmoor District Council' }],
      (p: { declared: string; used: string; times: number; line: number; meant: string }) => ({
        message: `council "${p.declared}" is used in no section, and the sections use "${p.used}" (${p.times} times), which plan.yaml does not declare: "${p.used}" retyped as "${p.declared}" here?`,
        hint: `write ${p.used} in place of ${p.declared} on line ${p.line}: ${p.meant}`,
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
            : `if these figures belong to another action, move ${span}${p.others.length > 0 ? ` and the figures on ${lineList(p.others)}` : ''} there; if they are this action's, add "target:" to the action, with "amounts:" below it, or write the figures in the narrative`,
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
    figureMissing: entry(
      [
        { quarter: 'Q2', code: 'SNC', before: undefined as { quarter: string; value: number } | undefined },
        { quarter: 'Q4', code: 'SNC', before: { quarter: 'Q3', value: 61234 } as { quarter: string; value: number } | undefined },
      ],
      (p) => ({
        message: `the ${p.quarter} achieved amount for ${p.code} is missing`,
        hint: p.before
          ? `add a line "${p.code}: " with its total so far this year: at least ${p.before.value}, its total at ${p.before.quarter}`
          : `add "${p.code}: 0" if nothing has been achieved yet`,
      }),
    ),
    figureNotedOut: entry([{ quarter: 'Q2', code: 'PRD', line: 86, value: '5500' }], (p) => ({
      message: `the ${p.quarter} achieved amount for ${p.code} is behind "#" on line ${p.line}, which makes the line a note that plan does not read: as written, the figure is missing`,
      hint: `take the "#" off the start of line ${p.line}, so that it reads ${p.code}: ${p.value}, lined up with the other councils' figures`,
    })),
    figureWithoutTarget: entry(
      [
        { code: 'SNC', field: 'pending', others: [] },
        { code: 'SNC', field: 'achieved', others: [25] },
      ],
      (p: { code: string; field: string; others: readonly number[] }) => ({
        message: `${p.code} has no target in this action, so its "${p.field}" has nothing to count against${p.others.length > 0 ? `, nor its figures on ${lineList(p.others)}` : ''}`,
        hint: `add ${p.code}'s annual target under the target's "amounts:", as a line "${p.code}: " and the amount in pounds; if ${p.others.length > 0 ? 'these figures belong' : 'this figure belongs'} to another council or action, move ${p.others.length > 0 ? `this line and ${lineList(p.others)}` : 'this line'} there`,
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
    quarterSkipped: entry([{ action: '"regular-updates"', before: 'Q2', missing: 'Q3', after: 'Q4' }], (p) => ({
      message: `action ${p.action} has ${p.before} and ${p.after} updates but none for ${p.missing}, so its ${p.missing} report cannot be made`,
      hint: `put its ${p.missing} update back between "${p.before}:" and "${p.after}:", from the ${p.missing} report or an earlier copy of the file`,
    })),
    quarterMislabelled: entry([{ action: '"regular-updates"', written: 'Q4', meant: 'Q3' }], (p) => ({
      message: `action ${p.action} has a ${p.written} update but no ${p.meant} update, and the plan is at ${p.meant}: this quarter's update was probably written under "${p.written}:"`,
      hint: `write "${p.meant}:" in place of "${p.written}:"; if it really is for ${p.written}, add the ${p.meant} update above it`,
    })),
    updateAfterEnd: entry([{ quarter: 'Q3', action: '"regular-updates"', how: 'completed', endedIn: 'Q2' }], (p) => ({
      message: `action ${p.action} ended (${p.how}) in ${p.endedIn}, so it has no ${p.quarter} update`,
      hint: `if the action goes on, remove "ended: ${p.how}" from ${p.endedIn}; if it did end in ${p.endedIn}, move anything the ${p.quarter} update says that ${p.endedIn}'s does not into ${p.endedIn}'s narrative, then delete the ${p.quarter} update (the "${p.quarter}:" line and the lines under it)`,
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
    narrativePastedOver: entry<{
      quarter: string;
      from: string;
      action: string;
      copied: { from: number; to: number };
      figures: readonly string[];
      figureLines: { from: number; to: number };
      ownLines: { from: number; to: number } | undefined;
      lines: { from: number; to: number };
    }>(
      [
        {
          quarter: 'Q2',
          from: 'Q3',
          action: '"shared-savings"',
          copied: { from: 53, to: 57 },
          figures: ['CDC \u00a371,900', 'TDBC \u00a352,600'],
          figureLines: { from: 48, to: 49 },
          ownLines: { from: 34, to: 35 },
          lines: { from: 39, to: 43 },
        },
        {
          quarter: 'Q1',
          from: 'Q2',
          action: '"shared-savings"',
          copied: { from: 30, to: 30 },
          figures: ['CDC \u00a361,250', 'TDBC \u00a347,000'],
          figureLines: { from: 26, to: 27 },
          ownLines: undefined,
          lines: { from: 18, to: 18 },
        },
      ],
      (p) => ({
        message: `the ${p.quarter} narrative of action ${p.action} is its ${p.from} narrative word for word (${lineRange(p.copied)}), and gives the ${p.from} figures (${listAnd(p.figures)}, ${lineRange(p.figureLines)})${p.ownLines === undefined ? '' : `, not ${p.quarter}'s (${lineRange(p.ownLines)})`}: the ${p.from} text was pasted over it`,
        hint: `write the ${p.quarter} narrative back in ${lineRange(p.lines)} as it was (from the ${p.quarter} report, or the plan as it stood then); keep the ${p.from} narrative as it is`,
      }),
    ),
    narrativeKeepsEarlier: entry(
      [
        { quarter: 'Q3', from: 'Q2', action: '"contract-savings"', lines: { from: 25, to: 25 }, first: true },
        { quarter: 'Q3', from: 'Q2', action: '"contract-savings"', lines: { from: 26, to: 27 }, first: false },
      ],
      (p: { quarter: string; from: string; action: string; lines: { from: number; to: number }; first: boolean }) => ({
        message: `the ${p.quarter} narrative of action ${p.action} ${p.first ? 'starts' : 'ends'} with its ${p.from} narrative word for word (${lineRange(p.lines)}): the ${p.quarter} report would give the ${p.from} news as this quarter's`,
        hint: `delete the ${p.from} text (${lineRange(p.lines)}) from the ${p.quarter} narrative, which keeps its new text; the ${p.from} update keeps its own. If committee is to read the whole story, say "In ${p.from}, …" before it`,
      }),
    ),
    statusOfOtherAction: entry(
      [
        {
          quarter: 'Q3',
          action: '"contracts-register"',
          other: '"tender-time"',
          status: 'SKC still above 60 days',
          words: ['60', 'days'],
          line: 63,
          file: undefined as string | undefined,
          below: true,
        },
      ],
      (p: {
        quarter: string;
        action: string;
        other: string;
        status: string;
        words: string[];
        line: number;
        file: string | undefined;
        below: boolean;
      }) => ({
        message: `the ${p.quarter} status of action ${p.action}, "${p.status}", is word for word the ${p.quarter} status of action ${p.other} (line ${p.line}${p.file ? ` of ${p.file}` : ''}), and its words ${p.words.map((w) => `"${w}"`).join(', ')} are that action's, not this one's: copied from the action ${p.below ? 'below' : 'above'}?`,
        hint: `write this action's own ${p.quarter} status in its place; leave the status of ${p.other} as it is`,
      }),
    ),
    narrativeOfOtherAction: entry<{
      quarter: string;
      action: string;
      other: string;
      lines: { from: number; to: number };
      sameFile: boolean;
      above: boolean;
      file: string;
    }>(
      [
        {
          quarter: 'Q3',
          action: '"procurement-training"',
          other: '"standing-orders-review"',
          lines: { from: 42, to: 43 },
          sameFile: true,
          above: true,
          file: 'plans/3.14-contract-governance.yaml',
        },
        {
          quarter: 'Q2',
          action: '"fleet-savings"',
          other: '"joint-cleaning"',
          lines: { from: 30, to: 31 },
          sameFile: false,
          above: false,
          file: 'plans/2-savings.yaml',
        },
      ],
      (p) => ({
        message: `the ${p.quarter} narrative of action ${p.action} is word for word the ${p.quarter} narrative of action ${p.other} (${lineRange(p.lines)}${p.sameFile ? '' : ` of ${p.file}`})${p.above ? ': copied from the action above?' : ': copied from there?'}`,
        hint: `write this action's own ${p.quarter} narrative in its place; leave the narrative of ${p.other} as it is`,
      }),
    ),
    figureDown: entry(
      [
        { code: 'CDC', was: '£61,250', before: 'Q2', now: '£51,250', quarter: 'Q3', total: '112500', noted: false },
        { code: 'TDBC', was: '£47,000', before: 'Q2', now: '£44,300', quarter: 'Q3', total: '91300', noted: true },
        {
          code: 'OHC',
          was: '£7,900',
          before: 'Q2',
          now: '£5,200',
          quarter: 'Q3',
          total: '13100',
          noted: false,
          exchanged: { beforeLine: 85, line: 98, was: 7900, now: 5200, narrated: true },
        },
        {
          code: 'LVCC',
          was: '£151,750',
          before: 'Q2',
          now: '£88,900',
          quarter: 'Q3',
          total: '240650',
          noted: false,
          exchanged: { beforeLine: 28, line: 39, was: 151750, now: 88900, narrated: false },
        },
      ],
      (p: {
        code: string;
        was: string;
        before: string;
        now: string;
        quarter: string;
        total: string;
        noted: boolean;
        exchanged?: { beforeLine: number; line: number; was: number; now: number; narrated: boolean };
      }) => {
        const swap = p.exchanged
          ? `if the two were typed in each other's lines, write ${p.code}: ${p.exchanged.now} on line ${p.exchanged.beforeLine} (${p.before}) and ${p.code}: ${p.exchanged.was} on line ${p.exchanged.line} (${p.quarter}); `
          : '';
        const own = `if ${p.now} is ${p.quarter}'s own figure, write the total so far this year as ${p.total}; `;
        return {
          message: `${p.code}'s achieved amount went down from ${p.was} at ${p.before} to ${p.now} at ${p.quarter}, though achieved is the total so far this year${p.exchanged?.narrated ? `, and the ${p.quarter} narrative gives ${p.was}` : ''}`,
          hint:
            (p.exchanged?.narrated ? swap + own : own + swap) +
            'if the total really fell, ' +
            (p.noted
              ? `add to ${p.code}'s note under "notes:" that it fell and why`
              : `say that it fell and why in the ${p.quarter} narrative, or in a note: "notes:" in the ${p.quarter} update with "${p.code}: fell because …" under it`),
        };
      },
    ),
    protoKey: entry([{ code: 'CDC' as string | undefined }, { code: undefined }], (p) => ({
      message: '"__proto__" is not a council code',
      hint: `write the code of a council declared in plan.yaml${p.code ? `, e.g. ${p.code}` : ''}`,
    })),
    totalTooLarge: entry([{ most: '£9,007,199,254,740,991' }], (p) => ({
      message: `these amounts add up to more than ${p.most}, which plan cannot add up exactly`,
      hint: 'check the amounts: each is in whole pounds',
    })),
  },
);
