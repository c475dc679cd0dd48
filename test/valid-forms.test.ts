import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../src/plan/load-plan.js';
import { PLANS, withLatePayments } from './mistakes.js';

/**
 * The same plan written in the other forms YAML and the format allow: the slip finders must not take
 * a valid form for a slip. Each is the Westbrook plan with one part rewritten; plan must say of it
 * exactly what it says of the plan itself.
 */

const root = mkdtempSync(join(tmpdir(), 'plan-forms-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
async function messages(file: string, edit: (text: string) => string, plan: keyof typeof PLANS = 'westbrook'): Promise<string[]> {
  const dir = join(root, String(n++));
  mkdirSync(join(dir, 'plans'), { recursive: true });
  for (const [name, text] of Object.entries(PLANS[plan])) writeFileSync(join(dir, 'plans', name), name === file ? edit(text) : text);
  const result = await loadPlan({ plansDir: 'plans', cwd: dir });
  return result.diagnostics.map((d) => `${d.line}: ${d.message}`);
}

const GOV = '1-governance.yaml';
const SAV = '2-savings.yaml';
/** The last line of the Westbrook savings action's Q2 narrative. */
const Q2_END = "          EDC's share of the fleet contract slips to Q3.\n";

describe('valid forms of the same plan', () => {
  it.each([
    [
      "a measure's target one council a line",
      (t: string) =>
        t.replace('        target: { WBC: 10, NDC: 8, EDC: 5 }', '        target:\n          WBC: 10\n          NDC: 8\n          EDC: 5'),
    ],
    [
      "a measure's figures one council a line",
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }',
          '          waivers:\n            WBC: 12\n            NDC: 8\n            EDC: 4',
        ),
    ],
    [
      "one council's measure ten times the others' (a bigger council), quarter after quarter",
      (t: string) =>
        t
          .replace('target: { WBC: 10, NDC: 8, EDC: 5 }', 'target: { WBC: 100, NDC: 8, EDC: 5 }')
          .replace('waivers: { WBC: 12,', 'waivers: { WBC: 120,')
          .replace('waivers: { WBC: 11,', 'waivers: { WBC: 110,'),
    ],
    [
      "a count kept as running totals by its name, the narrative giving the quarter's own beside the total so far",
      (t: string) =>
        t
          .replace('        name: waivers approved\n', '        name: waivers approved (year to date)\n')
          .replace('target: { WBC: 10, NDC: 8, EDC: 5 }', 'target: { WBC: 40, NDC: 30, EDC: 20 }')
          .replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 23, NDC: 17, EDC: 8 }')
          .replace(
            '        status: Fewer waivers at WBC\n',
            '        status: Fewer waivers at WBC\n        narrative: WBC approved 11 more waivers in the quarter (23 so far this year).\n',
          ),
    ],
    [
      "a measure's figure with a comment naming its own quarter",
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers:\n            WBC: 11\n            NDC: 9 # Q2 figure, confirmed by finance\n            EDC: 4\n',
        ),
    ],
    [
      "a late return's figure marked with its quarter, the comment saying why kept after it",
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers:\n            WBC: 11\n            NDC: { value: 8, quarter: Q1 } # Q1 figure - June return not in yet\n            EDC: 4\n',
        ),
    ],
    [
      'a share of waivers named by the days it is done within',
      (t: string) =>
        t.replace(
          '        name: waivers approved\n        unit: count\n',
          '        name: waivers approved within 5 working days\n        unit: percent\n',
        ),
    ],
    [
      'a percentage measure whose real figures are about 1%, some under it',
      (t: string) =>
        t
          .replace(
            '        name: waivers approved\n        unit: count\n',
            '        name: share of contracts let by waiver\n        unit: percent\n',
          )
          .replace('target: { WBC: 10, NDC: 8, EDC: 5 }', 'target: { WBC: 1, NDC: 1, EDC: 1 }')
          .replace('waivers: { WBC: 12, NDC: 8, EDC: 4 }', 'waivers: { WBC: 1.4, NDC: 1.2, EDC: 1.1 }')
          .replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 1.3, NDC: 0.9, EDC: 0.6 }'),
    ],
    [
      "a measure's line the same as the quarter before's, the narrative saying it is unchanged",
      (t: string) =>
        withLatePayments(t).replace(
          '        status: Fewer waivers at WBC\n        measures:\n          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '        status: Fewer waivers at WBC\n        narrative: The waiver figures are unchanged since Q1.\n        measures:\n          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          late-payments: { WBC: 8, NDC: 6, EDC: 5 }\n',
        ),
    ],
    [
      'the same "not started" sentence for two actions',
      (t: string) =>
        t
          .replace(
            '      Q1:\n        status: Not started\n',
            '      Q1:\n        status: Not started\n        narrative: Not started yet; it is scheduled to begin once the rules are agreed.\n',
          )
          .replace(
            '      Q1:\n        status: Waivers reported to Audit Committee\n',
            '      Q1:\n        status: Waivers reported to Audit Committee\n        narrative: Not started yet; it is scheduled to begin once the rules are agreed.\n',
          ),
    ],
    [
      'the same "no change" sentence for two actions, and for two quarters running',
      (t: string) =>
        t
          .replace(
            '      Q1:\n        status: Not started\n',
            '      Q1:\n        status: Not started\n        narrative: No change this quarter; the work is paused while the rules are agreed.\n',
          )
          .replace(
            '      Q1:\n        status: Waivers reported to Audit Committee\n',
            '      Q1:\n        status: Waivers reported to Audit Committee\n        narrative: No change this quarter; the work is paused while the rules are agreed.\n',
          )
          .replace(
            '        status: Fewer waivers at WBC\n',
            '        status: Fewer waivers at WBC\n        narrative: No change this quarter; the work is paused while the rules are agreed.\n',
          ),
    ],
    [
      'a hashtag at the start of a line of a narrative',
      (t: string) =>
        t.replace(
          '          Comments due by 10 July.\n',
          '          Comments due by 10 July.\n          #BuyLocalWestbrook week ran alongside the consultation.\n',
        ),
    ],
    [
      "a second measure sharing the words of the action's text, better the other way",
      (t: string) =>
        t
          .replace(
            '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
            '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      waivers-reported:\n        name: waivers reported to committee within a month\n        unit: percent\n        better: higher\n        target: { WBC: 90, NDC: 90, EDC: 90 }\n',
          )
          .replace(
            '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
            '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          waivers-reported: { WBC: 80, NDC: 85, EDC: 90 }\n',
          )
          .replace(
            '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
            '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n          waivers-reported: { WBC: 85, NDC: 90, EDC: 95 }\n',
          ),
    ],
    [
      "a narrative giving one council's figure a year ago in brackets, then the others' figures",
      (t: string) =>
        t.replace(
          '        status: Fewer waivers at WBC\n',
          '        status: Fewer waivers at WBC\n        narrative: |\n          Waivers approved, WBC 11 (down from 14 a year ago), NDC 9 and EDC 4.\n          Counting requests, NDC is at 12.\n',
        ),
    ],
    [
      "a late return of one measure, while another measure's figure stays as it was",
      (t: string) =>
        withLatePayments(t)
          .replace(
            '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
            '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n          late-payments: { WBC: 8, NDC: 7, EDC: 6 }\n',
          )
          .replace(
            '        status: Fewer waivers at WBC\n',
            "        status: Fewer waivers at WBC\n        narrative: NDC's waivers return is late; its Q1 figure is shown.\n",
          ),
    ],
    [
      "a narrative that looks ahead to the next quarter's months, and the next one back to this one's",
      (t: string) =>
        t
          .replace(
            '        status: Waivers reported to Audit Committee\n',
            '        status: Waivers reported to Audit Committee\n        narrative: The next report to Audit Committee is due in August.\n',
          )
          .replace(
            '        status: Fewer waivers at WBC\n',
            '        status: Fewer waivers at WBC\n        narrative: The June report was noted without comment.\n',
          ),
    ],
    [
      'a narrative of two lines that is one quotation, with no quote marks inside',
      (t: string) =>
        t.replace(
          '          Draft rules circulated to the three monitoring officers on 12 June.\n          Comments due by 10 July.\n',
          '          "Draft rules circulated to the three monitoring officers on 12 June.\n          Comments due by 10 July."\n',
        ),
    ],
    [
      'one return late, and a figure the words say is unchanged from the quarter before',
      (t: string) =>
        t.replace(
          '        status: Fewer waivers at WBC\n',
          "        status: Fewer waivers at WBC\n        narrative: EDC's Q2 return is late for the register, but EDC approved 4 waivers, unchanged from Q1.\n",
        ),
    ],
    [
      'a green rating kept beside a status that turns its first word ("Delayed, but back on track")',
      (t: string) =>
        t.replace(
          '        status: Adopted by WBC and NDC\n        rag: amber\n',
          '        status: Delayed by a month, but back on track\n        rag: green\n',
        ),
    ],
    [
      'a green rating kept beside a status rewritten to "Not started", for work not yet due',
      (t: string) =>
        t.replace(
          '        status: Adopted by WBC and NDC\n        rag: amber\n',
          '        status: Not started at EDC, due in Q4\n        rag: green\n',
        ),
    ],
    [
      'a narrative whose own words thank a team on a line of their own, the text going on below',
      (t: string) =>
        t.replace(
          '          Comments due by 10 July.\n',
          '          Comments due by 10 July.\n          Many thanks\n          to Legal Services, who turned the rules round in a week.\n',
        ),
    ],
    [
      'a narrative that calls figures within target, the measure lower-better as they need',
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n        narrative: NDC 8 and EDC 4, both within target; WBC 12 is not.\n',
        ),
    ],
    [
      'a narrative that says another figure of the councils is within target, beside a measure',
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n        narrative: Days to pay were NDC 15 and EDC 12, both within target.\n',
        ),
    ],
    [
      "an action due in the plan's Q2 whose text sets a deadline of September",
      (t: string) =>
        t.replace(
          '      - waivers and who may approve them.\n    updates:',
          '      - waivers and who may approve them.\n      All three to adopt it by the end of September 2015.\n    due: Q2\n    updates:',
        ),
    ],
    [
      "a narrative that lists each council's figure by name, one council a line",
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n        narrative: |\n          Waivers approved this quarter, by council:\n          - Westbrook: 12, most for urgent repairs.\n          - Northdale: 8, all under the old rules.\n          - Eastmere: 4, two for the leisure contract.\n',
        ),
    ],
    [
      'a narrative quoting comment cards, one a line, "Thank you" among them',
      (t: string) =>
        t.replace(
          '          Comments due by 10 July.\n',
          "          Comments due by 10 July. Comments from the suppliers' cards:\n          Very useful, please run it again\n          Thank you\n          Good Networking\n",
        ),
    ],
    [
      'a narrative quoting the close of the letter it reports',
      (t: string) =>
        t.replace(
          '          Comments due by 10 July.\n',
          '          Comments due by 10 July. The letter to suppliers ends:\n          we look forward to your comments.\n          Yours faithfully,\n          Jo Bloggs\n          Head of Legal Services\n',
        ),
    ],
    [
      'a measure\'s figures after a heading that has "within target" in it',
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n        narrative: Waivers within target at Q2 - WBC 11 and NDC 9.\n',
        ),
    ],
    [
      "figures said to be within the target's amber band",
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          "          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n        narrative: WBC 11 and NDC 9, both within the target's amber band of 20%.\n",
        ),
    ],
    [
      'figures beside a claim of another target, "met their target of ..."',
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n        narrative: WBC 11 and NDC 9, though both councils met their target of deciding waivers within 5 days.\n',
        ),
    ],
    [
      "a narrative with two lists of the councils' figures, the measure's row the one its name heads",
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n        narrative: |\n          Waivers approved in April to June were WBC 12, NDC 8 and EDC 4.\n          Of those, the waivers for urgent repairs were WBC 5, NDC 3 and EDC 2.\n',
        ),
    ],
    [
      'an action due in Q3 whose text sets a milestone in September and the deadline in December',
      (t: string) =>
        t.replace(
          '      - waivers and who may approve them.\n    updates:',
          '      - waivers and who may approve them.\n      A draft by September 2015, adopted by December 2015.\n    due: Q3\n    updates:',
        ),
    ],
    [
      'an action due in Q2 whose text names an adviser whose first name is a month',
      (t: string) =>
        t.replace(
          '      - waivers and who may approve them.\n    updates:',
          '      - waivers and who may approve them, on advice given by June Okafor.\n    due: Q2\n    updates:',
        ),
    ],
    [
      'a narrative that says figures missed target in an earlier quarter',
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n        narrative: WBC 11 and NDC 9, both fewer than after both missed target in Q1.\n',
        ),
    ],
    [
      'a narrative that says figures are "on target to" reach a goal later',
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n        narrative: WBC 11 and NDC 9, both on target to reach their goals in Q4.\n',
        ),
    ],
    [
      'a narrative that names a council twice, the second time for something else, another council not at all',
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n        narrative: |\n          Waivers: Westbrook 12 and Northdale 8.\n          The next review is at Westbrook on 4 October.\n',
        ),
    ],
    [
      "a narrative that lists the targets for waivers approved, then the quarter's figures",
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n        narrative: |\n          The targets for waivers approved are WBC 10, NDC 8 and EDC 5.\n          This quarter the figures were WBC 12, NDC 8 and EDC 4.\n',
        ),
    ],
    [
      'an action due on the date its text names',
      (t: string) =>
        t.replace(
          '      - waivers and who may approve them.\n    updates:',
          '      - waivers and who may approve them.\n      The shared rules go to the joint committee on 5 December 2015.\n    due: 2015-12-05\n    updates:',
        ),
    ],
    [
      "an action due on a date whose month and day exchanged are a meeting's date in its text, both in the year",
      (t: string) =>
        t.replace(
          '      - waivers and who may approve them.\n    updates:',
          '      - waivers and who may approve them.\n      The report goes to Cabinet on 10 December 2015.\n    due: 2015-10-12\n    updates:',
        ),
    ],
    [
      'a measure value that really fell to a tenth (12 waivers, then 1)',
      (t: string) => t.replace('waivers: { WBC: 11,', 'waivers: { WBC: 1,'),
    ],
    ['a measure value that really rose fourfold (4 waivers, then 16)', (t: string) => t.replace('NDC: 9, EDC: 4 }', 'NDC: 9, EDC: 16 }')],
    [
      'a status going on to a deeper line',
      (t: string) => t.replace('        status: Draft circulated', '        status: Draft\n          circulated'),
    ],
    [
      'a status on the line below its key, deeper',
      (t: string) => t.replace('        status: Adopted by WBC and NDC', '        status:\n          Adopted by WBC and NDC'),
    ],
    [
      'a narrative of plain lines below its key, deeper',
      (t: string) =>
        t.replace(
          '        narrative: |\n          Draft rules circulated to the three monitoring officers on 12 June.',
          '        narrative:\n          Draft rules circulated to the three monitoring officers on 12 June.',
        ),
    ],
    [
      "an action's text on the line below its key, deeper",
      (t: string) => t.replace('    action: Train budget holders', '    action:\n      Train budget holders'),
    ],
    [
      'a lead on the line below its key, deeper',
      (t: string) =>
        t.replace(
          '    action: Train budget holders in the new rules (target 120 officers across the councils).\n',
          (a) => `${a}    lead:\n      Head of Procurement\n`,
        ),
    ],
    [
      'a line of text starting with an arrow or a square and one space',
      (t: string) =>
        t.replace(
          '          Comments due by 10 July.',
          '          \u2192 Comments due by 10 July.\n          \u25aa 12 June 2015 \u2013 10 July 2015',
        ),
    ],
    [
      'a status that ends with a rating word after a space, with its rag line below it',
      (t: string) => t.replace('        status: Adopted by WBC and NDC\n', '        status: Adopted by WBC and NDC, EDC still Amber\n'),
    ],
    [
      'a rating with a note after it that names a colour mark',
      (t: string) => t.replace('        rag: green\n', '        rag: green # \u{1F7E2} in the Teams tracker\n'),
    ],
    [
      'a status that names a two-tone rating and an estimate',
      (t: string) =>
        t.replace('        status: Adopted by WBC and NDC\n', '        status: Amber/green in the tracker; c.5600 saved; officers told\n'),
    ],
    [
      'a rating and a unit with notes after them that write them otherwise',
      (t: string) =>
        t
          .replace('        rag: amber\n', '        rag: amber # amber/green in the council tracker\n')
          .replace('unit: count', 'unit: count # No. of waivers, n/a if none'),
    ],
    [
      "a narrative's lines that start with a tracker's column name and a colon",
      (t: string) =>
        t.replace('          Comments due by 10 July.', '          Comments: due by 10 July.\n          Owner: monitoring officers.'),
    ],
    // Figures the same as the quarter before's where nothing else moved: no sign of a line not overtyped.
    [
      "the only measure line the same as the quarter before's",
      (t: string) => t.replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 12, NDC: 8, EDC: 4 }'),
    ],
    [
      "a measure line of small counts, one of them nil, the same as the quarter before's while the other moved",
      (t: string) =>
        t
          .replace(
            '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
            '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      late-payments:\n        name: invoices paid late\n        unit: percent\n        better: lower\n        target: { WBC: 5, NDC: 5, EDC: 5 }\n',
          )
          .replace(
            '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
            '          waivers: { WBC: 2, NDC: 1, EDC: 0 }\n          late-payments: { WBC: 9, NDC: 7, EDC: 6 }\n',
          )
          .replace(
            '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
            '          waivers: { WBC: 2, NDC: 1, EDC: 0 }\n          late-payments: { WBC: 8, NDC: 6, EDC: 5 }\n',
          ),
    ],
    [
      "two measure lines both the same as the quarter before's",
      (t: string) =>
        withLatePayments(t).replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          late-payments: { WBC: 9, NDC: 7, EDC: 6 }\n',
        ),
    ],
    [
      'a quoted status going on to a line indented under it, a narrative after ">" with no bullets, and a bullet set further in after ">"',
      (t: string) =>
        t
          .replace('        status: Draft circulated\n', '        status: "Draft\n          circulated"\n')
          .replace('        narrative: |\n          Draft rules circulated', '        narrative: >\n          Draft rules circulated')
          .replace(
            '        narrative: |\n          4 sessions held, 46 officers trained:\n          - WBC 21\n          - NDC 15\n          - EDC 10\n',
            '        narrative: >\n          4 sessions held, 46 officers trained:\n\n            - WBC 21\n            - NDC 15\n            - EDC 10\n',
          ),
    ],
    [
      'a narrative whose bullets start with words that are keys of an action',
      (t: string) =>
        t.replace(
          '          Comments due by 10 July.',
          '          Comments due by 10 July.\n          - action: write to the monitoring officers\n          - lead: Head of Legal\n            due: 10 July',
        ),
    ],
    [
      'a narrative that quotes a chat with its ``` marks, inside the text',
      (t: string) =>
        t.replace(
          '          Comments due by 10 July.',
          '          Comments due by 10 July.\n          ```\n          WBC: agreed\n          ```',
        ),
    ],
    [
      'a second measure beside the first, each line with its own figures',
      (t: string) =>
        t
          .replace(
            '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
            '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      on-contract:\n        name: spend under a contract\n        unit: percent\n        better: higher\n        target: { WBC: 90, NDC: 90, EDC: 85 }\n',
          )
          .replace(
            '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
            '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          on-contract: { WBC: 70, NDC: 75, EDC: 68 }\n',
          )
          .replace(
            '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
            '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n          on-contract: { WBC: 74, NDC: 79, EDC: 71 }',
          ),
    ],
    // 11% against 70% before and a 90% target: ten times it would be over 100%, so not a zero left out.
    [
      'a percentage far below its last quarter, where ten times it would be over 100%',
      (t: string) =>
        t
          .replace(
            '        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
            '        target: { WBC: 10, NDC: 8, EDC: 5 }\n      on-contract:\n        name: spend under a contract\n        unit: percent\n        better: higher\n        target: { WBC: 90, NDC: 90, EDC: 85 }\n',
          )
          .replace(
            '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
            '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n          on-contract: { WBC: 70, NDC: 75, EDC: 68 }\n',
          )
          .replace(
            '          waivers: { WBC: 11, NDC: 9, EDC: 4 }',
            '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n          on-contract: { WBC: 11, NDC: 79, EDC: 71 }',
          ),
    ],
    [
      "a narrative that says a council's return is not in yet, its latest figure written with its quarter",
      (t: string) =>
        t.replace(
          '        status: Fewer waivers at WBC\n        measures:\n          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          "        status: Fewer waivers at WBC\n        narrative: EDC's Q2 return is not in yet, so its Q1 figure is shown.\n        measures:\n          waivers: { WBC: 11, NDC: 9, EDC: { value: 4, quarter: Q1 } }\n",
        ),
    ],
    [
      "a true zero for one council while the narrative says another council's return is not in yet",
      (t: string) =>
        t.replace(
          '        status: Fewer waivers at WBC\n        measures:\n          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          "        status: Fewer waivers at WBC\n        narrative: EDC approved no waivers; NDC's Q2 figure is not in yet.\n        measures:\n          waivers: { WBC: 11, NDC: { value: 8, quarter: Q1 }, EDC: 0 }\n",
        ),
    ],
    // A narrative that gives the figures of another quarter, or the targets, beside the ones written.
    [
      "a narrative giving the quarter before's figures",
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n        narrative: |\n          Down from WBC 12, NDC 8 and EDC 4 at Q1.\n',
        ),
    ],
    [
      "a narrative giving the targets beside one council's figure",
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n        narrative: |\n          Targets are WBC 10, NDC 8 and EDC 5; WBC 11 is within a tenth.\n',
        ),
    ],
    [
      'prose that only looks like text left by another program: "#1", "Q3 Update", "&", "> 5%", a link, a time, a dash, accents',
      (t: string) =>
        t
          .replace(
            '          Comments due by 10 July.\n',
            '          Comments due by 10 July: item #1 of the Q3 Update to Cabinet & Audit, 14:07 on 3 July \u2014 see https://www.westbrook.gov.uk/q3?a=1&b=2.\n          > 5% of spend still goes to Zo\u00eb Bront\u00eb\u2019s caf\u00e9 contracts; A&E and R&D; short- and\n          long-term lets; page 4 of the pack ... 12 of them.\n',
          )
          .replace('        status: Draft circulated\n', '        status: Draft circulated \u2013 Q3 Update to follow (#2)\n')
          .replace('title: Governance and Policy\n', 'title: Governance, Policy & Q3 Reporting\n'),
    ],
    [
      'a title and a status that end with a quarter or a month as words of their own',
      (t: string) =>
        t
          .replace('title: Governance and Policy\n', 'title: Governance Priorities for Q4\n')
          .replace('        status: Draft circulated\n', '        status: Rules to Cabinet in May 2016\n'),
    ],
    [
      "a narrative's own total laid out with dots, which is no contents page",
      (t: string) => t.replace('          - EDC 10\n', '          - EDC 10\n          Total ........ 46\n'),
    ],
    [
      "a lagging figure that repeats the quarter's own figure given before",
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers: { WBC: 11, NDC: 9, EDC: { value: 4, quarter: Q1 } }\n',
        ),
    ],
    [
      "a measure's target in { } written across two lines",
      (t: string) =>
        t.replace('        target: { WBC: 10, NDC: 8, EDC: 5 }', '        target: { WBC: 10,\n                  NDC: 8, EDC: 5 }'),
    ],
    [
      'measure values kept as the year to date, which the narrative gives for every council beside one quarter alone',
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers: { WBC: 23, NDC: 9, EDC: 4 }\n        narrative: |\n          Year to date: WBC 23, NDC 9 and EDC 4.\n          In the quarter alone WBC was down to 11.\n',
        ),
    ],
    // A number in words that is the figure, or that sounds like another council's figure: no slip.
    [
      'a narrative giving the figures in words, one of them a "-teen" word that sounds like another figure',
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n        narrative: |\n          WBC approved eleven waivers, down from twelve; NDC has nine and fourteen contracts under review.\n',
        ),
    ],
    [
      "a measure's target in { } across lines, the closing brace level with the key",
      (t: string) =>
        t.replace('        target: { WBC: 10, NDC: 8, EDC: 5 }', '        target: {\n          WBC: 10, NDC: 8, EDC: 5\n        }'),
    ],
    [
      "a measure's figures in { } written across lines, the closing brace on a line of its own",
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }',
          '          waivers: {\n            WBC: 12,\n            NDC: 8, EDC: 4\n          }',
        ),
    ],
    [
      "a narrative giving one month's count beside the quarter's, the figure the quarter's",
      (t: string) =>
        t.replace(
          '        status: Fewer waivers at WBC\n',
          '        status: Fewer waivers at WBC\n        narrative: WBC 6 in September alone and 11 for July to September as a whole; NDC 9 and EDC 4.\n',
        ),
    ],
    [
      "a count of the year so far whose targets are the year's limit, the text giving the quarter's too",
      (t: string) =>
        t
          .replace(
            '    action: Cut the number of waivers of the Contract Procedure Rules approved each quarter.\n',
            '    action: Cut waivers of the Contract Procedure Rules to no more than 5 a quarter at each council (20 a year).\n',
          )
          .replace('        name: waivers approved\n', '        name: waivers approved (year to date)\n')
          .replace('target: { WBC: 10, NDC: 8, EDC: 5 }', 'target: { WBC: 20, NDC: 20, EDC: 20 }')
          .replace('waivers: { WBC: 11, NDC: 9, EDC: 4 }', 'waivers: { WBC: 23, NDC: 17, EDC: 8 }'),
    ],
    [
      'the same status with a figure for two actions, one naming the work in its own words',
      (t: string) =>
        t
          .replace(
            '    action: Train budget holders in the new rules (target 120 officers across the councils).\n',
            '    action: Train budget holders in the new rules (target 120 officers across the councils) before 2 tenders are let.\n',
          )
          .replace('        status: On track\n', '        status: 2 tenders out\n')
          .replace(
            '    action: Cut the number of waivers of the Contract Procedure Rules approved each quarter.\n',
            '    action: Cut the number of waivers of the Contract Procedure Rules approved each quarter, so that more work is retendered.\n',
          )
          .replace('        status: Fewer waivers at WBC\n', '        status: 2 tenders out\n'),
    ],
  ])('says of %s only what it says of the plan', async (_name, edit) => {
    const plain = await messages(GOV, (t) => t);
    const edited = await messages(GOV, edit);
    expect(edit(PLANS.westbrook[GOV]!)).not.toBe(PLANS.westbrook[GOV]);
    // The lines after the rewritten part move down: compare the messages' words.
    expect(edited.map((m) => m.replace(/^\d+: /, ''))).toEqual(plain.map((m) => m.replace(/^\d+: /, '')));
  });

  // Figures that are right though far from the others: the checks of figures out of scale must not fire.
  it.each([
    ['a council with a small first quarter (EDC £900 at Q1)', (t: string) => t.replace('          EDC: 9000\n', '          EDC: 900\n')],
    [
      "a council whose figures are ten times smaller than the others' all year",
      (t: string) =>
        t.replace('        EDC: 60000', '        EDC: 6000').replace('EDC: 9000\n', 'EDC: 900\n').replace('EDC: 15000\n', 'EDC: 1500\n'),
    ],
    [
      'a council far ahead at Q1 that keeps its lead (WBC £100,000, then £110,000)',
      (t: string) =>
        t.replace('          WBC: 25000\n', '          WBC: 100000\n').replace('          WBC: 61250\n', '          WBC: 110000\n'),
    ],
    [
      "a council whose target and figures are all ten times the others'",
      (t: string) =>
        t
          .replace('        WBC: 120000', '        WBC: 1200000')
          .replace('WBC: 25000\n', 'WBC: 250000\n')
          .replace('WBC: 61250\n', 'WBC: 612500\n'),
    ],
    ['a small amount quoted (£80)', (t: string) => t.replace('          NDC: 8000', '          NDC: 80')],
    // A sum paid in full in one quarter meets its target exactly: not achieved figures pasted over the target.
    [
      'a target in round thousands met in full at Q2, nothing before',
      (t: string) =>
        t
          .replace('        WBC: 30000\n        NDC: 30000\n', '        WBC: 12000\n        NDC: 3000\n')
          .replace('          WBC: 4000\n', '          WBC: 0\n'),
    ],
    ["one council's pending amount the same as its achieved one", (t: string) => t.replace('          NDC: 8000', '          NDC: 3000')],
    [
      "an action's text giving each council's yearly amount, the targets the same",
      (t: string) =>
        t.replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings through joint contracts (per year WBC £120,000, NDC £80,000, EDC £60,000).\n',
        ),
    ],
    [
      "a narrative giving each council's saving on one contract, not its total so far",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          The stationery contract saved WBC £6,125, NDC £4,000 and EDC £1,500.\n",
        ),
    ],
    [
      "a narrative giving each council's total with its full-year effect and the amount with VAT beside it",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          Saved so far: WBC £61,250 (£73,500 with VAT), NDC £40,000 and EDC £15,000 (full-year effect £40,000).\n",
        ),
    ],
    [
      "an action's text giving last year's amounts and this year's, the targets this year's",
      (t: string) =>
        t.replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings through joint contracts. Last year WBC £80,000 and NDC £120,000; this year WBC £120,000, NDC £80,000, EDC £60,000.\n',
        ),
    ],
    [
      'a narrative giving the value of a contract beside the saving it brings, the figure the saving',
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC £40,000 so far, £6,000 of it from re-letting its £90,000 cleaning contract.\n",
        ),
    ],
    [
      'a narrative giving a forecast for the year equal to the total so far',
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          WBC £61,250 so far, and it forecasts £61,250 by the year end as nothing more is due.\n",
        ),
    ],
    [
      "a narrative giving last year's figure beside this year's",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC £40,000 so far, against £35,000 at this point last year.\n",
        ),
    ],
    [
      "a narrative giving a council's percentage of its target and its amount",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC £40,000, which is 50% of its £80,000 target.\n",
        ),
    ],
    [
      'a narrative giving a rounded amount with the exact one, the figure the exact one',
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          WBC just over £61,000 (£61,250) and EDC £15,000.\n",
        ),
    ],
    [
      "a narrative giving a shared saving and each council's half, the figures counting the half",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          The cleaning contract NDC and EDC let together saves £12,000 this year, split half and half: £6,000 each.\n",
        ),
    ],
    [
      "a narrative giving each council's forecast in a bracket after the forecast for all",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          The year-end forecast is £250,000 (WBC £120,000, NDC £75,000, EDC £55,000).\n",
        ),
    ],
    [
      "an action's text giving this year's targets and next year's in brackets, the targets this year's",
      (t: string) =>
        t.replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings through joint contracts, £260,000 in 2015/16 (WBC £120,000, NDC £80,000, EDC £60,000), rising to £310,000 from 2016/17 (WBC £140,000, NDC £95,000, EDC £75,000).\n',
        ),
    ],
    [
      'a narrative naming the councils in a different order from the figures, each with its own amount',
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          So far EDC £15,000, NDC £40,000 and WBC £61,250.\n",
        ),
    ],
    [
      "an amount invoiced the narrative gives as invoiced, where invoiced is the target's own word",
      (t: string) =>
        t.replace(
          '        status: Behind target\n        achieved:\n',
          '        status: Behind target\n        narrative: WBC has invoiced £12,000 and NDC £3,000 so far.\n        achieved:\n',
        ),
    ],
    [
      'a narrative saying nothing new is pending while an amount quoted stays',
      (t: string) =>
        t.replace(
          '        status: Behind target\n        achieved:\n',
          '        status: Behind target\n        narrative: No new amounts quoted this quarter; the £8,000 quoted to two parishes is still open.\n        achieved:\n',
        ),
    ],
    // Words that give an amount not counted, or the profile's, beside a figure that is the one they give.
    [
      'a narrative giving cost avoidance that is not counted beside the cashable figure written',
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          WBC: £61,250 cashable; the print framework also avoids £3,750 of price rises, which is not counted.\n",
        ),
    ],
    [
      'a figure that is just what the profile expects, as the narrative gives it',
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC £40,000 so far, exactly half its target; WBC £61,250.\n",
        ),
    ],
    [
      'a narrative giving a shortfall against the target beside the figure written',
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC has £40,000, £40,000 short of its £80,000 target.\n",
        ),
    ],
    [
      'a sentence saying one council has nothing outstanding, while another has an amount quoted',
      (t: string) =>
        t.replace('        status: Behind target\n', '        status: Behind target\n        narrative: WBC has nothing outstanding.\n'),
    ],
    [
      "an action's text giving the targets in thousands with a k",
      (t: string) =>
        t.replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings through joint contracts (WBC £120k, NDC £80k, EDC £60k).\n',
        ),
    ],
    [
      "an action's text giving each amount before the council it is for, the total in brackets",
      (t: string) =>
        t.replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings of £120,000 for Westbrook, £80,000 for Northdale and £60,000 for Eastmere (£260,000 in total).\n',
        ),
    ],
    [
      "a council's note on its share of a contract another council let",
      (t: string) =>
        t.replace(
          '          EDC: fleet contract savings expected from October\n',
          "          EDC: includes its share of the borough's fleet contract savings\n",
        ),
    ],
    [
      'an amount quoted that is the whole shortfall, the narrative saying so',
      (t: string) =>
        t
          .replace('        pending:\n          NDC: 8000\n', '        pending:\n          NDC: 27000\n')
          .replace(
            '        status: Behind target\n',
            '        status: Behind target\n        narrative: The £27,000 quoted to the parishes would take NDC to its target.\n',
          ),
    ],
    [
      'every council reaching its target exactly, the narrative saying so',
      (t: string) =>
        t
          .replace(
            '          WBC: 61250\n          NDC: 40000\n          EDC: 15000\n',
            '          WBC: 120000\n          NDC: 80000\n          EDC: 60000\n',
          )
          .replace(Q2_END, `${Q2_END}          The fleet contract takes all three councils exactly to their targets.\n`),
    ],
    [
      'a total that fell, the narrative giving the fall and the sum reversed',
      (t: string) =>
        t
          .replace('          EDC: 15000\n', '          EDC: 8500\n')
          .replace(Q2_END, `${Q2_END}          EDC's total is £500 lower than at Q1: a £500 credit counted in Q1 was reversed.\n`),
    ],
    [
      'a total that fell, the narrative saying by how much',
      (t: string) =>
        t
          .replace('          EDC: 15000\n', '          EDC: 8500\n')
          .replace(Q2_END, `${Q2_END}          EDC's total fell by £500 when a credit was reversed.\n`),
    ],
    [
      "a council's rise given as its half of a shared saving and a saving of its own",
      (t: string) =>
        t.replace(
          Q2_END,
          `${Q2_END}          EDC's £6,000 is its £2,500 half of the cleaning saving, shared equally with NDC, and £3,500 from its own stationery contract.\n`,
        ),
    ],
    [
      "the quarter's saving given in full, one part of it also with VAT",
      (t: string) =>
        t.replace(
          Q2_END,
          `${Q2_END}          WBC saved £36,250 in the quarter: £30,000 on fleet (£36,250 with VAT) and £6,250 on stationery.\n`,
        ),
    ],
    [
      'a share of target saved in the quarter alone',
      (t: string) => t.replace(Q2_END, `${Q2_END}          WBC saved 30% of its annual target in the quarter.\n`),
    ],
    [
      "next year's targets given as this year's again",
      (t: string) => t.replace(Q2_END, `${Q2_END}          Targets for 2016/17 stay the same: WBC £120,000, NDC £80,000, EDC £60,000.\n`),
    ],
    [
      "an action's text giving the targets by the quarter",
      (t: string) =>
        t.replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings through joint contracts (WBC £30,000, NDC £20,000 and EDC £15,000 a quarter).\n',
        ),
    ],
    [
      'a council with no new savings in the quarter, its total given as it stands',
      (t: string) =>
        t
          .replace('          EDC: 15000\n', '          EDC: 9000\n')
          .replace(Q2_END, `${Q2_END}          EDC made no new savings this quarter (still £9,000).\n`),
    ],
    [
      'a saving that brings a council to its target, the target given beside it',
      (t: string) =>
        t
          .replace('          EDC: 15000\n', '          EDC: 60000\n')
          .replace(Q2_END, `${Q2_END}          EDC's fleet re-let saved £51,000, bringing it to its £60,000 target.\n`),
    ],
    [
      "two actions with the same targets, each written in the action's own text",
      (t: string) =>
        t
          .replace(
            '    action: Earn income by selling procurement support to parish and town councils.\n',
            '    action: Earn income by selling procurement support to parish and town councils (WBC £120,000, NDC £80,000).\n',
          )
          .replace('        WBC: 30000\n        NDC: 30000\n', '        WBC: 120000\n        NDC: 80000\n'),
    ],
    [
      "the quarter's amounts given with the target's own word, one figure just what the profile expects",
      (t: string) =>
        t
          .replace('          WBC: 4000\n          NDC: 0\n', '          WBC: 4000\n          NDC: 3000\n')
          .replace(
            '        status: Behind target\n        achieved:\n          WBC: 12000\n          NDC: 3000\n',
            '        status: Behind target\n        narrative: WBC invoiced £8,000 and NDC £12,000.\n        achieved:\n          WBC: 12000\n          NDC: 15000\n',
          ),
    ],
    [
      'councils said to be within a few per cent of their targets',
      (t: string) => t.replace(Q2_END, `${Q2_END}          WBC and NDC are both within 3% of target on the profile.\n`),
    ],
    [
      'a standing note kept word for word from the quarter before',
      (t: string) =>
        t.replace(
          '          EDC: 9000\n      Q2:',
          '          EDC: 9000\n        notes:\n          EDC: fleet contract savings expected from October\n      Q2:',
        ),
    ],
    [
      'the same amount pending two quarters running, still awaiting signature',
      (t: string) =>
        t
          .replace(
            '          WBC: 4000\n          NDC: 0\n',
            '          WBC: 4000\n          NDC: 0\n        pending:\n          NDC: 8000\n',
          )
          .replace(
            '          WBC: 12000\n          NDC: 3000\n        pending:\n          NDC: 8000\n',
            "          WBC: 12000\n          NDC: 11000\n        pending:\n          NDC: 8000\n        narrative: NDC's £8,000 quote to a third parish is still awaiting signature.\n",
          ),
    ],
    [
      '"it" for the council the sentence before ended on ("WBC had £25,000; it now has £61,250")',
      (t: string) => t.replace(Q2_END, `${Q2_END}          At the end of Q1 WBC had £25,000; it now has £61,250.\n`),
    ],
    [
      'an amount quoted by one council on behalf of another',
      (t: string) =>
        t.replace(
          '          NDC: 3000\n        pending:\n          NDC: 8000\n',
          '          NDC: 3000\n        pending:\n          NDC: 8000\n        narrative: As lead authority, WBC has quoted £8,000 on behalf of NDC to three parishes.\n',
        ),
    ],
    [
      'the remaining amount of the gap, said to be quoted',
      (t: string) =>
        t.replace(
          '          NDC: 3000\n        pending:\n          NDC: 8000\n',
          '          NDC: 3000\n        pending:\n          NDC: 27000\n        narrative: NDC has invoiced £3,000; the remaining £27,000 is quoted to the parishes.\n',
        ),
    ],
    [
      'an amount still pending a quarter on, which the words say is not yet signed off',
      (t: string) =>
        t
          .replace(
            '          WBC: 4000\n          NDC: 0\n',
            '          WBC: 4000\n          NDC: 0\n        pending:\n          NDC: 3000\n',
          )
          .replace(
            '          NDC: 3000\n        pending:\n          NDC: 8000\n',
            "          NDC: 3000\n        pending:\n          NDC: 3000\n        narrative: The parish council has still not signed off NDC's £3,000 quote.\n",
          ),
    ],
    [
      'a provisional note carried on while it still holds',
      (t: string) =>
        t
          .replace(
            '          EDC: 9000\n      Q2:',
            '          EDC: 9000\n        notes:\n          EDC: provisional until the audit of the accounts\n      Q2:',
          )
          .replace(
            '          EDC: fleet contract savings expected from October\n',
            '          EDC: provisional until the audit of the accounts\n',
          ),
    ],
    [
      "a narrative that gives a council's invoiced and quoted amounts, each on its own line of figures",
      (t: string) =>
        t.replace(
          '        achieved:\n          WBC: 12000\n          NDC: 3000\n        pending:\n          NDC: 8000\n',
          '        narrative: |\n          NDC has invoiced £3,000 so far this year and quoted £8,000 to two more parishes.\n        achieved:\n          WBC: 12000\n          NDC: 3000\n        pending:\n          NDC: 8000\n',
        ),
    ],
    [
      'a narrative adding up one council\'s own two sums "together"',
      (t: string) =>
        t.replace(
          '        achieved:\n          WBC: 12000\n          NDC: 3000\n',
          '        narrative: |\n          WBC invoiced £9,000 for tender support and £3,000 for training: £12,000 together.\n          NDC invoiced £3,000, for the system both councils share.\n        achieved:\n          WBC: 12000\n          NDC: 3000\n',
        ),
    ],
    [
      'a narrative adding up one council\'s own sums "together", beside the other councils\' figures',
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC: £30,000 so far from its own contracts, plus £10,000 from the shared one; £40,000 together.\n",
        ),
    ],
    [
      'a narrative of a quoted amount since invoiced and a new one in passing, each on its own line of figures',
      (t: string) =>
        t.replace(
          '        achieved:\n          WBC: 12000\n          NDC: 3000\n',
          "        narrative: |\n          NDC's £3,000 that was quoted in Q1 was invoiced in July.\n          NDC's further £8,000 is with the parish for a decision.\n        achieved:\n          WBC: 12000\n          NDC: 3000\n",
        ),
    ],
    [
      "a narrative that gives a council's own amount for the quarter, its figure the total it makes",
      (t: string) =>
        t.replace("          EDC's share of the fleet contract slips to Q3.\n", '          EDC: £6,000 from the cleaning contract.\n'),
    ],
    [
      'a narrative that says a pending amount is still expected',
      (t: string) =>
        t.replace(
          '        status: Behind target\n',
          "        status: Behind target\n        narrative: NDC's £8,000 quote is still expected in October; it was not withdrawn.\n",
        ),
    ],
    [
      'a narrative of a pending quote withdrawn and quoted again for the same sum',
      (t: string) =>
        t.replace(
          '        status: Behind target\n',
          "        status: Behind target\n        narrative: |\n          NDC's £8,000 quote to Millbrook was withdrawn in August when the parish merged.\n          NDC has since quoted the merged council £8,000 for the same work.\n",
        ),
    ],
    [
      "an action's text giving each council's yearly target and its total over three years",
      (t: string) =>
        t.replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings through joint contracts, £120,000 a year for WBC (£360,000 over the three years), £80,000 a year for NDC (£240,000 over the three years) and £60,000 a year for EDC (£180,000 over the three years).\n',
        ),
    ],
    [
      "a narrative giving each council's saving by the month, the figures the months' savings so far",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          Achieved so far from the cleaning contract, which saves WBC £1,250 a month, NDC £800 a month and EDC £650 a month.\n",
        ),
    ],
    [
      "a narrative giving a council's gross saving in the quarter and, after a fee, the amount counted",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          The fleet contract gave NDC a saving of £20,500 this quarter; less the £2,500 framework access fee, £18,000 counts towards the target.\n",
        ),
    ],
    [
      "a narrative giving the quarter's saving as what a contract was worth to the council in the quarter",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC's fleet renegotiation, worth £18,000 to NDC in the quarter, took effect in July.\n          NDC's new print contract, worth £50,000 a year, saves £2,100 a year from April 2016.\n",
        ),
    ],
    [
      'narrative lines of an officer\'s own log of a clean-up, starting "Deleted:" and "Inserted:"',
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          Deleted: 212 expired contracts and 37 duplicate entries.\n          Inserted: 41 contracts missing from the NDC register.\n",
        ),
    ],
    [
      "a narrative giving one council's saving from one contract and saying the rest is from others, the figure on the profile",
      (t: string) =>
        t
          .replace(
            "          EDC's share of the fleet contract slips to Q3.\n",
            "          EDC's share of the fleet contract slips to Q3.\n          Saved so far: WBC £45,000 from the fleet contract; the rest is from stationery.\n          NDC £40,000 and EDC £15,000 so far.\n",
          )
          .replace('          WBC: 61250\n', '          WBC: 60000\n'),
    ],
    [
      "a narrative comparing a council's amount for the quarter with the quarter before's, beside its total",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC's £18,000 this quarter (down £4,000 on Q1) takes it to £40,000.\n",
        ),
    ],
    [
      "a narrative giving a contract's price falling by the saving to a price like a total",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC re-let its cleaning contract: the annual price fell by £18,000 to £4,000, and the £18,000 is counted this quarter.\n",
        ),
    ],
    [
      'a narrative giving a gross total with the change and the net total reported',
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC up £20,000 this quarter to £42,000 gross; after a £2,000 clawback, £40,000 net is reported.\n",
        ),
    ],
    [
      "a narrative giving a council's amount for the quarter that is pending, the total left",
      (t: string) =>
        t
          .replace(
            "          EDC's share of the fleet contract slips to Q3.\n",
            "          EDC's share of the fleet contract slips to Q3.\n          EDC: £6,000 this quarter, pending sign-off by EDC finance.\n",
          )
          .replace('          EDC: 15000\n', '          EDC: 9000\n'),
    ],
    [
      "a narrative giving a total with its partner's share and the council's own figure",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC £45,000 so far this year with its housing partner, up £23,000; NDC's own share is £40,000.\n",
        ),
    ],
    [
      'a narrative giving two amounts of the same size, one counted this year and one next',
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.\n",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC reached £37,000 on its contracts; its £3,000 stationery rebate came in too. A further £3,000 from fuel cards will count in 2016/17.\n",
        ),
    ],
  ])('says of the savings with %s only what it says of the plan', async (_name, edit) => {
    const plain = await messages(SAV, (t) => t);
    const edited = await messages(SAV, edit);
    expect(edit(PLANS.westbrook[SAV]!)).not.toBe(PLANS.westbrook[SAV]);
    expect(edited).toEqual(plain);
  });
});

describe('valid endings beside their statuses', () => {
  const LOC = '3-local-suppliers.yaml';
  it.each([
    [
      'a dropped action whose status says part was completed first',
      "status: Completed in part, but the rest was dropped for the county's portal",
    ],
    ['a dropped action whose status starts with its reason', "status: Superseded by the county's portal"],
    [
      'a dropped action whose status starts with "Completed" as a verb of what was done',
      'status: Completed the review, then dropped the portal',
    ],
  ])('says of %s only what it says of the plan', async (_name, status) => {
    const edit = (t: string) => t.replace("status: Dropped in favour of the county's portal", status);
    expect(edit(PLANS.westbrook[LOC]!)).not.toBe(PLANS.westbrook[LOC]);
    expect(await messages(LOC, edit)).toEqual(await messages(LOC, (t) => t));
  });

  it('says nothing of an action ended in an update that says "No change" and that it is complete', async () => {
    const edit = (t: string) =>
      t.replace(
        '          See www.example-county.gov.uk/suppliers.\n        ended: dropped\n',
        "          See www.example-county.gov.uk/suppliers.\n      Q2:\n        status: Dropped in favour of the county's portal\n        ended: dropped\n        narrative: No change; the handover to the county's portal is complete.\n",
      );
    expect((await messages(LOC, edit)).filter((m) => /marks the action ended/.test(m))).toEqual([]);
  });

  it('says nothing of an action to withdraw from a portal, completed, its status "Withdrawn."', async () => {
    const edit = (t: string) =>
      t
        .replace('action: Build a portal for local suppliers', 'action: Withdraw from the old portal for local suppliers')
        .replace("status: Dropped in favour of the county's portal", 'status: Withdrawn.')
        .replace('        ended: dropped', '        ended: completed');
    expect(await messages(LOC, edit)).toEqual(await messages(LOC, (t) => t));
  });
});

describe('a target written in { } across lines, as YAML allows', () => {
  it('says of it only what it says of the plan', async () => {
    const edit = (t: string) =>
      t.replace(
        '      amounts:\n        WBC: 120000\n        NDC: 80000\n        EDC: 60000\n',
        '      amounts: { WBC: 120000,\n                 NDC: 80000,\n                 EDC: 60000 }\n',
      );
    expect(edit(PLANS.westbrook[SAV]!)).not.toBe(PLANS.westbrook[SAV]);
    const words = (list: string[]) => list.map((m) => m.replace(/^\d+: /, ''));
    const achieved = (t: string) =>
      t.replace(
        '        achieved:\n          WBC: 61250\n          NDC: 40000\n          EDC: 15000',
        '        achieved: { WBC: 61250,\n          NDC: 40000,\n          EDC: 15000\n        }',
      );
    expect(achieved(PLANS.westbrook[SAV]!)).not.toBe(PLANS.westbrook[SAV]);
    expect(words(await messages(SAV, achieved))).toEqual(words(await messages(SAV, (t) => t)));
    const quoted = (t: string) =>
      t.replace(
        '        notes:\n          EDC: fleet contract savings expected from October',
        '        notes: { EDC: "fleet \\"contract {\\" savings",\n          WBC: ok }',
      );
    expect(quoted(PLANS.westbrook[SAV]!)).not.toBe(PLANS.westbrook[SAV]);
    expect(words(await messages(SAV, quoted))).toEqual(words(await messages(SAV, (t) => t)));
    expect(words(await messages(SAV, edit))).toEqual(words(await messages(SAV, (t) => t)));
  });
});

describe('valid forms of the figures per council', () => {
  it.each([
    [
      "a quarter's amounts on one line in braces",
      (t: string) =>
        t.replace(
          '        achieved:\n          WBC: 61250\n          NDC: 40000\n          EDC: 15000',
          '        achieved: { WBC: 61250, NDC: 40000, EDC: 15000 }',
        ),
    ],
    [
      "a quarter's amounts in braces with no spaces after the commas",
      (t: string) =>
        t.replace(
          '        achieved:\n          WBC: 61250\n          NDC: 40000\n          EDC: 15000',
          '        achieved: {WBC: 61250,NDC: 40000,EDC: 15000}',
        ),
    ],
    [
      'a note of a council saying "none" or "Nil", or a footnote mark in words',
      (t: string) =>
        t.replace('          EDC: fleet contract savings expected from October', '          EDC: none yet*\n          NDC: Nil'),
    ],
    [
      // Words of a note, never read for letters typed as digits: "O2" is a company, "l0" a lot's name.
      'a note of a council naming a supplier or a lot with letters beside digits',
      (t: string) =>
        t.replace(
          '          EDC: fleet contract savings expected from October',
          '          EDC: O2 contract 1O0 lines, lot l0\n          NDC: 2O',
        ),
    ],
    [
      'a due quarter of next year written as the plan writes it, the year first',
      (t: string) =>
        t.replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings through joint contracts.\n    due: 2016/17 Q1\n',
        ),
    ],
    [
      'a note of a council that is an estimate, or a figure in quotes',
      (t: string) =>
        t.replace(
          '          EDC: fleet contract savings expected from October',
          '          EDC: c.5000\n          NDC: \'26\'\n          WBC: "12100"',
        ),
    ],
    [
      'a narrative that gives the figures and their total',
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.",
          "          EDC's share of the fleet contract slips to Q3.\n          Total: 116250 { WBC: 61,250 NDC: 40,000 }",
        ),
    ],
    [
      "a narrative that gives a council's saving in the quarter alone, its total written",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.",
          "          EDC's share of the fleet contract slips to Q3.\n          WBC's saving in the quarter alone was £36,250; NDC's so far this year is £40,000.",
        ),
    ],
    [
      "a narrative that gives a council's total this quarter",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.",
          "          EDC's share of the fleet contract slips to Q3.\n          NDC's savings total £40,000 this quarter, and EDC's £15,000.",
        ),
    ],
    // The words of an update that give its figures with other amounts beside them (heldout8): the
    // figures written right must stay silent.
    [
      'a narrative that gives the amount invoiced and the amount quoted, the figures written right',
      (t: string) =>
        t.replace(
          '        pending:\n          NDC: 8000\n',
          '        pending:\n          NDC: 8000\n        narrative: NDC has invoiced £3,000, with a further £8,000 quoted; WBC has £18,000 still to achieve.\n',
        ),
    ],
    [
      "a narrative that gives this year's savings and last year's closing totals, the figures written right",
      (t: string) =>
        t.replace(
          '        status: On track\n        achieved:\n          WBC: 25000\n',
          '        status: On track\n        narrative: |\n          Savings so far this year: WBC £25,000, NDC £22,000, EDC £9,000.\n          2014/15 closed at WBC £112,000, NDC £90,000 and EDC £31,000.\n        achieved:\n          WBC: 25000\n',
        ),
    ],
    [
      "a narrative that gives each council's savings and their total together, the figures written right",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.",
          "          EDC's share of the fleet contract slips to Q3.\n          So far WBC £61,250, NDC £40,000 and EDC £15,000: £116,250 across the three councils.",
        ),
    ],
    [
      "a narrative that gives one contract's saving, which is by chance the target less the figure",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.",
          "          EDC's share of the fleet contract slips to Q3.\n          The stationery contract saved WBC £58,750.",
        ),
    ],
    [
      "a narrative that gives a council's savings contract by contract, adding up to its figure",
      (t: string) =>
        t.replace(
          "          EDC's share of the fleet contract slips to Q3.",
          "          EDC's share of the fleet contract slips to Q3.\n          The stationery contract saved EDC £6,000 and the print contract £9,000.",
        ),
    ],
    [
      'a title that starts with a year or a figure, not its section number, and a note that starts "Checked:"',
      (t: string) =>
        t
          .replace('title: Savings and Value for Money', 'title: 2020 Savings and Value for Money')
          .replace(
            '          EDC: fleet contract savings expected from October',
            '          EDC: "Checked: fleet contract savings expected from October"',
          ),
    ],
    [
      'a note of a council giving its rise in the quarter with a plus sign, beside its total',
      (t: string) =>
        t.replace(
          '          EDC: fleet contract savings expected from October',
          '          EDC: +6000 in the quarter; fleet savings from October\n          NDC: +18000',
        ),
    ],
    [
      "a quarter's amounts in braces, each council's key in quotes as JSON writes it",
      (t: string) =>
        t.replace(
          '        achieved:\n          WBC: 61250\n          NDC: 40000\n          EDC: 15000',
          '        achieved: { "WBC": 61250, "NDC": 40000, "EDC": 15000 }',
        ),
    ],
    [
      'a status in quotes with its key in quotes, and a note with a broken bar and backticks inside it',
      (t: string) =>
        t
          .replace('        status: On track for WBC and NDC', '        "status": "On track for WBC and NDC"')
          .replace('          EDC: fleet contract savings expected from October', '          EDC: fleet \u00a6 savings from `October`'),
    ],
    [
      'a Q3 with each council at its own pace',
      (t: string) =>
        t.replace(
          '          EDC: fleet contract savings expected from October\n',
          '          EDC: fleet contract savings expected from October\n      Q3:\n        achieved:\n          WBC: 103000\n          NDC: 77000\n          EDC: 30000\n',
        ),
    ],
    [
      'a Q3 with one council behind its pace and another ahead, which a swap would not put in step',
      (t: string) =>
        t.replace(
          '          EDC: fleet contract savings expected from October\n',
          '          EDC: fleet contract savings expected from October\n      Q3:\n        achieved:\n          WBC: 85000\n          NDC: 90000\n          EDC: 30000\n',
        ),
    ],
  ])('says of %s only what it says of the plan', async (_name, edit) => {
    const plain = await messages(SAV, (t) => t);
    const edited = await messages(SAV, edit);
    expect(edit(PLANS.westbrook[SAV]!)).not.toBe(PLANS.westbrook[SAV]);
    expect(edited.map((m) => m.replace(/^\d+: /, ''))).toEqual(plain.map((m) => m.replace(/^\d+: /, '')));
  });
});

describe("valid forms of plan.yaml's councils and year", () => {
  it.each([
    [
      'the councils listed in another order than in the sections',
      (t: string) =>
        t.replace(
          '  WBC: Westbrook Borough Council\n  NDC: Northdale District Council\n  EDC: Eastmere District Council',
          '  EDC: Eastmere District Council\n  WBC: Westbrook Borough Council\n  NDC: Northdale District Council',
        ),
    ],
    [
      "councils' names written in other words than their codes' initials",
      (t: string) =>
        t
          .replace('WBC: Westbrook Borough Council', 'WBC: The Borough of Westbrook')
          .replace('NDC: Northdale District Council', 'NDC: Northdale DC')
          .replace('EDC: Eastmere District Council', 'EDC: Eastmere'),
    ],
    [
      'the year start in quotes, with a note',
      (t: string) => t.replace('  starts: 2015-04-01', '  starts: "2015-04-01" # Q1 is April to June'),
    ],
    ['the year label in quotes', (t: string) => t.replace('  label: 2015/16', '  label: "2015/16"')],
  ])('says of %s only what it says of the plan', async (_name, edit) => {
    const plain = await messages('plan.yaml', (t) => t);
    const edited = await messages('plan.yaml', edit);
    expect(edit(PLANS.westbrook['plan.yaml']!)).not.toBe(PLANS.westbrook['plan.yaml']);
    expect(edited).toEqual(plain);
  });
});

describe('valid text that names pages and links', () => {
  it.each([
    [
      'a sentence that names a page of a document',
      (t: string) => t.replace('Comments due by 10 July.', 'Comments due by 10 July, on the form at page 4 of 11.'),
    ],
    [
      'a line that is a page reference in a sentence',
      (t: string) => t.replace('Comments due by 10 July.', 'The waiver limits are set out on Page 4 of 11'),
    ],
    [
      'a link with its own address in a parameter',
      (t: string) =>
        t.replace(
          'https://www.westbrook.gov.uk/procurement',
          'https://www.westbrook.gov.uk/login?url=https%3A%2F%2Fwww.westbrook.gov.uk%2Fprocurement',
        ),
    ],
    [
      'a link to a Google search',
      (t: string) => t.replace('https://www.westbrook.gov.uk/procurement', 'https://www.google.com/search?q=westbrook+procurement'),
    ],
    [
      'a status that speaks of choosing an item or clicking to enter text, in its own words',
      (t: string) =>
        t.replace(
          '        status: Draft circulated',
          '        status: Buyers choose an item from the catalogue; click here to enter a date is gone',
        ),
    ],
    [
      'a status that starts with a brand written with a small letter and capitals',
      (t: string) => t.replace('        status: Draft circulated', '        status: eCOMPLY portal set up for the three councils'),
    ],
    [
      'a status naming a contract lot by its letter at the end',
      (t: string) => t.replace('        status: Draft circulated', '        status: Tenders in for Lot A (catering) and Lot J'),
    ],
    [
      'a status with a semicolon and a hash mark of its own',
      (t: string) => t.replace('        status: Draft circulated', '        status: Draft circulated; item 3 on the agenda'),
    ],
  ])('says of %s only what it says of the plan', async (_name, edit) => {
    const plain = await messages(GOV, (t) => t);
    const edited = await messages(GOV, edit);
    expect(edit(PLANS.westbrook[GOV]!)).not.toBe(PLANS.westbrook[GOV]);
    expect(edited).toEqual(plain);
  });
});

describe("valid text that gives other figures beside a measure's target or a profile", () => {
  const WAIVERS = 'Cut the number of waivers of the Contract Procedure Rules approved each quarter.';
  const SAVINGS = 'Deliver cashable savings through joint contracts.';
  const DAYS = (t: string) =>
    t.replace('name: waivers approved\n        unit: count', 'name: days to approve a waiver\n        unit: days');
  it.each([
    [
      GOV,
      "last year's figures beside the targets, one of them the same as this year's",
      (t: string) => t.replace(WAIVERS, `Cut waivers to WBC 10, NDC 8 and EDC 5 a quarter, from last year's WBC 12, NDC 8 and EDC 6.`),
    ],
    [
      GOV,
      "one target for each council but two, and a figure a year ago that is another council's target",
      (t: string) =>
        t.replace(WAIVERS, 'Cut waivers to 8 a quarter at each council (10 at WBC, 5 at EDC), down from 10 at NDC a year ago.'),
    ],
    [
      GOV,
      'a days measure whose narrative gives weeks of something else, the same number as a figure in line',
      (t: string) =>
        DAYS(t).replace(
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n',
          '          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n        narrative: EDC ran its review for 4 weeks.\n',
        ),
    ],
    [
      SAV,
      'a profile in the order of the shares the text gives (from Q1 to Q4)',
      (t: string) =>
        t
          .replace(SAVINGS, 'Deliver cashable savings through joint contracts; the profile is 10%, 20%, 30% and 40% from Q1 to Q4.')
          .replace('      measure: cashable savings\n', '      measure: cashable savings\n      profile: [10, 20, 30, 40]\n'),
    ],
    [
      SAV,
      "a profile beside a calendar-year system's, which the text gives as such",
      (t: string) =>
        t
          .replace(
            SAVINGS,
            "Deliver cashable savings through joint contracts; the finance system's calendar quarters are 40%, 10%, 20% and 30%.",
          )
          .replace('      measure: cashable savings\n', '      measure: cashable savings\n      profile: [10, 20, 30, 40]\n'),
    ],
    [
      SAV,
      'four shares in the text that add up to 100 but are not by quarter',
      (t: string) =>
        t
          .replace(SAVINGS, 'Deliver cashable savings through joint contracts, split 50%, 25%, 15% and 10% between the four workstreams.')
          .replace('      measure: cashable savings\n', '      measure: cashable savings\n      profile: [10, 15, 25, 50]\n'),
    ],
    [
      GOV,
      'a ceiling for a measure where lower is better: "no more than" is not a verb of raising',
      (t: string) => t.replace(WAIVERS, 'Approve no more than 10 waivers of the Contract Procedure Rules a quarter at each council.'),
    ],
    [
      GOV,
      "a narrative that gives a council's figure a year ago beside the quarter's",
      (t: string) =>
        t.replace(
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n',
          '          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n        narrative: NDC approved 9 waivers, down from 12 a year ago; 21 over the year so far.\n',
        ),
    ],
  ])('%s: says of %s only what it says without the text', async (file, _name, edit) => {
    const withoutText = (t: string) =>
      edit(t).replace(/action: (?:Cut|Deliver|Approve)[^\n]*/, () => `action: ${file === GOV ? WAIVERS : SAVINGS}`);
    const plain = await messages(file, withoutText);
    const edited = await messages(file, edit);
    expect(edit(PLANS.westbrook[file]!)).not.toBe(PLANS.westbrook[file]);
    expect(edited).toEqual(plain);
  });
});

describe('valid text that looks like what a tracker or an email adds', () => {
  it.each([
    [
      'a status that starts with the word "Status"',
      (t: string) => t.replace('status: Draft circulated', 'status: Status report circulated'),
    ],
    [
      'a status in quotes that gives its own heading on purpose',
      (t: string) => t.replace('status: Draft circulated', 'status: "Rules: draft circulated"'),
    ],
    [
      'a status with accented names and signs that garbled text is made of, written rightly',
      (t: string) =>
        t.replace(
          'status: Draft circulated',
          'status: "Draft to S\u00e3o Paulo, M\u00fcller, se\u00f1or \u00c5se, \u00c9cole, \u00dcber \u00a9 \u00c2ge \u00b1 \u00e9t\u00e9 \u20ac5"',
        ),
    ],
    [
      'a completed action rated green with its status "Completed"',
      (t: string) => t.replace('        status: On track\n', '        status: Completed\n        rag: green\n        ended: completed\n'),
    ],
  ])('says of %s only what it says of the plan', async (_name, edit) => {
    const plain = await messages(GOV, (t) => t);
    const edited = await messages(GOV, edit);
    expect(edit(PLANS.westbrook[GOV]!)).not.toBe(PLANS.westbrook[GOV]);
    expect(edited.map((m) => m.replace(/^\d+: /, ''))).toEqual(plain.map((m) => m.replace(/^\d+: /, '')));
  });
});

describe('valid text with times, dates, warnings and signs of its own', () => {
  it.each([
    [
      "a narrative that ends with a meeting's time and date",
      (t: string) => t.replace('Comments due by 10 July.', 'Panel meets at 10:00 12/07/2015'),
    ],
    [
      'a narrative line that starts with "Caution:"',
      (t: string) => t.replace('Comments due by 10 July.', 'Caution: the waiver limits are not yet agreed.'),
    ],
    [
      'a narrative that says where an e-mail came from',
      (t: string) => t.replace('Comments due by 10 July.', 'This email came from the monitoring officers of all three councils.'),
    ],
    [
      'a narrative with an issue number after "#"',
      (t: string) => t.replace('Comments due by 10 July.', 'Comments due by 10 July (ticket #4512).'),
    ],
    [
      'a narrative whose last line starts with a key of the update in prose',
      (t: string) => t.replace('Comments due by 10 July.', 'Comments due by 10 July.\n          rag: green was agreed by the board'),
    ],
    [
      'a narrative whose last line is "status: ..." where the update has its status',
      (t: string) => t.replace('Comments due by 10 July.', 'Comments due by 10 July.\n          status: Draft circulated'),
    ],
    [
      'a link given after "see"',
      (t: string) =>
        t.replace(
          'Rules published at https://www.westbrook.gov.uk/procurement.',
          'Rules published, see https://www.westbrook.gov.uk/procurement.',
        ),
    ],
  ])('says of %s only what it says of the plan', async (_name, edit) => {
    const plain = await messages(GOV, (t) => t);
    const edited = await messages(GOV, edit);
    expect(edit(PLANS.westbrook[GOV]!)).not.toBe(PLANS.westbrook[GOV]);
    expect(edited).toEqual(plain);
  });
});

describe('valid narratives that two actions share', () => {
  it.each([
    [
      'the same short narrative in two actions of one quarter',
      (t: string) =>
        t
          .replace(
            '          4 sessions held, 46 officers trained:\n          - WBC 21\n          - NDC 15\n          - EDC 10\n',
            '          Nothing new to report.\n',
          )
          .replace(
            "          Adopted by WBC Cabinet (8 September) and NDC Executive (15 September).\n          EDC's Audit Committee asked for changes to the waiver limits; back in Q3.\n\n          Rules published at https://www.westbrook.gov.uk/procurement.\n",
            '          Nothing new to report.\n',
          ),
    ],
  ])('says of %s only what it says of the plan', async (_name, edit) => {
    const plain = await messages(GOV, (t) => t);
    const edited = await messages(GOV, edit);
    expect(edit(PLANS.westbrook[GOV]!)).not.toBe(PLANS.westbrook[GOV]);
    expect(edited.map((m) => m.replace(/^\d+: /, ''))).toEqual(plain.map((m) => m.replace(/^\d+: /, '')));
  });
});

/** Westbrook's waivers action with a second measure beside "waivers", its text and its figures. */
function secondMeasure(text: string, measure: string, q1: string, q2: string): (t: string) => string {
  return (t) =>
    t
      .replace('    action: Cut the number of waivers of the Contract Procedure Rules approved each quarter.\n', `    action: |\n${text}`)
      .replace('        target: { WBC: 10, NDC: 8, EDC: 5 }\n', `        target: { WBC: 10, NDC: 8, EDC: 5 }\n${measure}`)
      .replace('          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n', `          waivers: { WBC: 12, NDC: 8, EDC: 4 }\n${q1}`)
      .replace('          waivers: { WBC: 11, NDC: 9, EDC: 4 }', `          waivers: { WBC: 11, NDC: 9, EDC: 4 }\n${q2}`);
}

describe('valid measures of one action that share figures', () => {
  it.each([
    [
      'two count measures with the same targets, the text giving none',
      secondMeasure(
        '      Cut the number of waivers approved each quarter, and the number of late contract registers.\n',
        '      late-registers:\n        name: contract registers published late\n        unit: count\n        better: lower\n        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
        '          late-registers: { WBC: 11, NDC: 7, EDC: 5 }\n',
        '          late-registers: { WBC: 9, NDC: 8, EDC: 4 }',
      ),
    ],
    [
      'two count measures with the same targets, the text giving them once for both',
      secondMeasure(
        '      Cut the waivers approved and the registers published late each quarter to WBC 10, NDC 8 and EDC 5.\n',
        '      late-registers:\n        name: contract registers published late\n        unit: count\n        better: lower\n        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
        '          late-registers: { WBC: 11, NDC: 7, EDC: 5 }\n',
        '          late-registers: { WBC: 9, NDC: 8, EDC: 4 }',
      ),
    ],
    [
      "a count and a percentage with the same targets, the text giving last year's figures",
      secondMeasure(
        '      Cut the waivers approved each quarter, and the share of spend off contract\n      (WBC 14%, NDC 11% and EDC 9% last year).\n',
        '      off-contract:\n        name: spend off contract\n        unit: percent\n        better: lower\n        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
        '          off-contract: { WBC: 13, NDC: 10, EDC: 8 }\n',
        '          off-contract: { WBC: 12, NDC: 9, EDC: 7 }',
      ),
    ],
    [
      "a second count measure whose text figures stand by the first one's name",
      secondMeasure(
        '      Cut the number of waivers approved each quarter (WBC 12, NDC 9, EDC 6 now).\n      Track the registers published late.\n',
        '      late-registers:\n        name: contract registers published late\n        unit: count\n        better: lower\n        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
        '          late-registers: { WBC: 11, NDC: 7, EDC: 5 }\n',
        '          late-registers: { WBC: 9, NDC: 8, EDC: 4 }',
      ),
    ],
    [
      'a count and a number of days with the same figures one quarter, each among its own',
      secondMeasure(
        '      Cut the number of waivers approved each quarter, and the days taken to approve one.\n',
        '      days-to-approve:\n        name: days taken to approve a waiver\n        unit: days\n        better: lower\n        target: { WBC: 10, NDC: 8, EDC: 5 }\n',
        '          days-to-approve: { WBC: 12, NDC: 10, EDC: 6 }\n',
        '          days-to-approve: { WBC: 11, NDC: 9, EDC: 4 }',
      ),
    ],
    [
      'a share by value typed where the narrative gives it beside the share by number',
      secondMeasure(
        '      Cut the number of waivers approved each quarter.\n',
        '      on-contract:\n        name: share of spend under a contract, by value\n        unit: percent\n        better: higher\n        target: { WBC: 90, NDC: 90, EDC: 85 }\n',
        '          on-contract: { WBC: 82, NDC: 80, EDC: 71 }\n',
        "          on-contract: { WBC: 84, NDC: 81, EDC: 75 }\n        narrative: |\n          Under contract: 84% of WBC's spend by value (62% of its orders by number), 81% at NDC and 75% at EDC.",
      ),
    ],
    [
      "a figure in brackets beside the council's whose words share none with the measure's name",
      secondMeasure(
        '      Cut the number of waivers approved each quarter.\n',
        '      on-contract:\n        name: spend under a contract\n        unit: percent\n        better: higher\n        target: { WBC: 90, NDC: 90, EDC: 85 }\n',
        '          on-contract: { WBC: 82, NDC: 80, EDC: 71 }\n',
        '          on-contract: { WBC: 84, NDC: 81, EDC: 75 }\n        narrative: |\n          Under contract: WBC 84% in total (62% in the first month alone), NDC 81% and EDC 75%.',
      ),
    ],
  ])('says of %s only what it says of the plan', async (_name, edit) => {
    const plain = await messages(GOV, (t) => t);
    const edited = await messages(GOV, edit);
    expect(edit(PLANS.westbrook[GOV]!)).not.toBe(PLANS.westbrook[GOV]);
    expect(edited.map((m) => m.replace(/^\d+: /, ''))).toEqual(plain.map((m) => m.replace(/^\d+: /, '')));
  });
});

describe('valid targets that two actions name alike', () => {
  it.each([
    [
      'a second action counting cashable savings from a contract it re-lets, its updates not saying "savings"',
      (t: string) =>
        t
          .replace(
            '    action: Earn income by selling procurement support to parish and town councils.\n',
            '    action: Re-let the fleet maintenance contract for WBC and NDC.\n',
          )
          .replace('      measure: income from procurement services\n', '      measure: cashable savings\n'),
    ],
    [
      'a second action cutting what a supplier charges, counting cashable savings',
      (t: string) =>
        t
          .replace(
            '    action: Earn income by selling procurement support to parish and town councils.\n',
            '    action: Re-let managed print so that the supplier no longer charges per page.\n',
          )
          .replace('      measure: income from procurement services\n', '      measure: cashable savings\n'),
    ],
    [
      'a second action whose text gives an amount of the same thing',
      (t: string) =>
        t
          .replace(
            '    action: Earn income by selling procurement support to parish and town councils.\n',
            '    action: Deliver \u00a360,000 of cashable savings by selling procurement support to parish councils.\n',
          )
          .replace('      measure: income from procurement services\n', '      measure: cashable savings\n'),
    ],
    [
      'labels the right way round, the narrative naming the figures by them',
      (t: string) =>
        t.replace(
          '        status: Behind target\n',
          '        status: Behind target\n        narrative: |\n          Invoiced so far: WBC \u00a312,000 and NDC \u00a33,000.\n          A further \u00a38,000 is quoted to two parishes in NDC.\n',
        ),
    ],
    [
      'a narrative that names a quote now invoiced in one sentence',
      (t: string) =>
        t.replace(
          '        status: Behind target\n',
          '        status: Behind target\n        narrative: |\n          The \u00a38,000 quoted in July is not invoiced yet; WBC \u00a312,000 was quoted and is invoiced.\n',
        ),
    ],
  ])('says of %s only what it says of the plan', async (_name, edit) => {
    const plain = await messages(SAV, (t) => t);
    const edited = await messages(SAV, edit);
    expect(edit(PLANS.westbrook[SAV]!)).not.toBe(PLANS.westbrook[SAV]);
    expect(edited.map((m) => m.replace(/^\d+: /, ''))).toEqual(plain.map((m) => m.replace(/^\d+: /, '')));
  });
});

describe("valid targets beside the amounts the action's text gives", () => {
  it.each([
    [
      'a text that gives each council the same amount, as the targets do',
      (t: string) =>
        t
          .replace(
            '    action: Deliver cashable savings through joint contracts.\n',
            '    action: Deliver \u00a330,000 each of cashable savings (WBC \u00a330,000, NDC \u00a330,000).\n',
          )
          .replace(
            '        WBC: 120000\n        NDC: 80000\n        EDC: 60000\n',
            '        WBC: 30000\n        NDC: 30000\n        EDC: 60000\n',
          ),
    ],
    [
      "a text that gives this year's amounts and next year's, the targets this year's",
      (t: string) =>
        t.replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: |\n      Deliver cashable savings through joint contracts: WBC \u00a3120,000, NDC \u00a380,000, EDC \u00a360,000,\n      rising next year to WBC \u00a3130,000, NDC \u00a370,000, EDC \u00a360,000.\n',
        ),
    ],
    [
      "a text that gives last year's amounts, adding up to another total",
      (t: string) =>
        t.replace(
          '    action: Deliver cashable savings through joint contracts.\n',
          '    action: Deliver cashable savings through joint contracts (last year WBC \u00a3100,000, NDC \u00a390,000, EDC \u00a340,000).\n',
        ),
    ],
  ])('says of %s only what it says of the plan', async (_name, edit) => {
    const plain = await messages(SAV, (t) => t);
    const edited = await messages(SAV, edit);
    expect(edit(PLANS.westbrook[SAV]!)).not.toBe(PLANS.westbrook[SAV]);
    expect(edited.map((m) => m.replace(/^\d+: /, ''))).toEqual(plain.map((m) => m.replace(/^\d+: /, '')));
  });
});

describe('valid Kestrel savings at Q3', () => {
  it("says nothing new of a date of the year before that the action's text gives too", async () => {
    const edit = (t: string) =>
      t
        .replace(
          '    action: Deliver savings from joint contracts.\n',
          '    action: Deliver savings from joint contracts, the fleet one let on 3 November 2013.\n',
        )
        .replace(
          '        narrative: Fleet and stationery contracts let.',
          '        narrative: Stationery contract let on 1 December 2014; the fleet contract let on 3 November 2013 saves more.',
        );
    const plain = await messages('1-savings.yaml', (t) => t, 'kestrel');
    expect(await messages('1-savings.yaml', edit, 'kestrel')).toEqual(plain);
  });

  it('says nothing new of an action to launch something, due the day its period starts', async () => {
    const edit = (t: string) =>
      t
        .replace(
          '    action: Open a portal for local suppliers.\n',
          '    action: Open a portal for local suppliers, piloted from 1 September to 30 November 2014.\n',
        )
        .replace('    due: 2014-11-30\n', '    due: 2014-09-01\n');
    const plain = await messages('2-governance.yaml', (t) => t, 'kestrel');
    expect(await messages('2-governance.yaml', edit, 'kestrel')).toEqual(plain);
  });

  it('says nothing new of a date of the year before told as history beside one of this quarter', async () => {
    const edit = (t: string) =>
      t.replace(
        '        narrative: Fleet and stationery contracts let.',
        '        narrative: Fleet contract let on 1 December 2014; the old one was let on 3 November 2013, after a tender in October 2013.',
      );
    const plain = await messages('1-savings.yaml', (t) => t, 'kestrel');
    expect(await messages('1-savings.yaml', edit, 'kestrel')).toEqual(plain);
  });

  it("says nothing new of a council's own amount for the quarter beside another amount that matches the earlier totals", async () => {
    const edit = (t: string) =>
      t.replace(
        '        narrative: Fleet and stationery contracts let.',
        '        narrative: HDC saved £12,000 in the quarter on the fleet contract. Print savings of £3,000 were also confirmed for HDC.',
      );
    const plain = await messages('1-savings.yaml', (t) => t, 'kestrel');
    expect(edit(PLANS.kestrel['1-savings.yaml']!)).not.toBe(PLANS.kestrel['1-savings.yaml']);
    expect(await messages('1-savings.yaml', edit, 'kestrel')).toEqual(plain);
  });
});
