import { describe, expect, it } from 'vitest';
import { checkStatusesAgainstFigures } from '../src/compute/status-check.js';
import type { Council, Plan, Update } from '../src/plan/model.js';
import type { Quarter } from '../src/plan/quarters.js';

/**
 * The status check's edges, one reading at a time: who a clause speaks of, typos it puts right, and
 * the statuses it must leave alone. Every target is £1,000, so Q2 expects £500: 500 is on pace, 450
 * amber, 100 red. Found by mutation testing (docs/mutation.md).
 */

const THREE: Council[] = [
  { code: 'WBC', name: 'Westbrook Borough Council' },
  { code: 'NDC', name: 'Northdale District Council' },
  { code: 'EDC', name: 'Eastmere District Council' },
];

function planOf(councils: Council[], achieved: Record<string, number>, update: Partial<Update>, quarter: Quarter): Plan {
  const amounts = Object.fromEntries(councils.map((c) => [c.code, 1000]));
  return {
    title: 'T',
    appendix: 'Appendix 1',
    financialYear: { label: '2015/16', startYear: 2015, startMonth: 4 },
    councils,
    sections: [
      {
        number: '1',
        title: 'S',
        file: 'plans/1.yaml',
        actions: [
          {
            id: 'save',
            text: [],
            source: 'plans/1.yaml:4',
            target: { measure: 'savings', amounts, achievedLabel: 'achieved', pendingLabel: 'pending' },
            updates: { [quarter]: { achieved, pending: {}, notes: {}, ...update } },
          },
        ],
      },
    ],
  };
}

/** The warning's message for `status` at Q2 (or none), with the councils' achieved amounts. */
function warning(status: string, achieved: Record<string, number>, councils: Council[] = THREE): string | undefined {
  const place = { file: 'plans/1.yaml', line: 9, column: 17, text: `status: ${status}` };
  const found = checkStatusesAgainstFigures(planOf(councils, achieved, { status, statusPlace: place }, 'Q2'), ['Q2']);
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.message;
}

const says = (status: string, what: string) => `the status says "${status}", but the figures put ${what}`;
const PACE = 'the pace expected by the end of Q2';

describe('who a warning speaks of', () => {
  it('"every council" when the clause spoke of all of them', () => {
    expect(warning('Behind target', { WBC: 500, NDC: 600, EDC: 500 })).toBe(says('Behind target', `every council on or ahead of ${PACE}`));
  });

  it('the councils by code when the clause named some, or when there is only one', () => {
    const status = 'WBC and NDC behind';
    expect(warning(status, { WBC: 500, NDC: 500, EDC: 100 })).toBe(says(status, `WBC and NDC on or ahead of ${PACE}`));
    const one = [THREE[0]!];
    expect(warning('Behind target', { WBC: 500 }, one)).toBe(says('Behind target', `WBC on or ahead of ${PACE}`));
  });

  it('"the councils together" for a clause about the total', () => {
    expect(warning('Behind overall', { WBC: 900, NDC: 100, EDC: 500 })).toBe(
      says('Behind overall', `the councils together on or ahead of ${PACE}`),
    );
  });

  it('"its" or "their" annual target, and none when achieved is exactly the target', () => {
    expect(warning('Annual target met for WBC', { WBC: 1000, NDC: 0, EDC: 0 })).toBeUndefined();
    expect(warning('Annual target met for WBC', { WBC: 999, NDC: 0, EDC: 0 })).toBe(
      says('Annual target met for WBC', 'WBC short of its annual target'),
    );
    expect(warning('Annual target met', { WBC: 1000, NDC: 999, EDC: 10 })).toBe(
      says('Annual target met', 'NDC and EDC short of their annual target'),
    );
  });

  it('calls a hedged claim wrong only when every council it speaks of is well behind', () => {
    expect(warning('Broadly on track', { WBC: 100, NDC: 100, EDC: 100 })).toBe(
      says('Broadly on track', `every council well behind ${PACE}`),
    );
    expect(warning('Broadly on track', { WBC: 100, NDC: 450, EDC: 100 })).toBeUndefined();
  });
});

describe('councils named by their names', () => {
  it('knows a council by a distinctive word of four letters or more, or its first six letters', () => {
    const bury: Council[] = [
      { code: 'BUR', name: 'Bury Council' },
      { code: 'SNC', name: 'South Northamptonshire Council' },
    ];
    expect(warning('Behind for Bury', { BUR: 500, SNC: 100 }, bury)).toBe(says('Behind for Bury', `BUR on or ahead of ${PACE}`));
    expect(warning('Behind for Northants', { BUR: 100, SNC: 500 }, bury)).toBe(says('Behind for Northants', `SNC on or ahead of ${PACE}`));
  });

  it('knows a council by any one of the distinctive words of its name', () => {
    const norfolk: Council[] = [
      { code: 'KLW', name: "King's Lynn and West Norfolk Council" },
      { code: 'BRE', name: 'Breckland Council' },
    ];
    expect(warning('Behind in Norfolk', { KLW: 500, BRE: 100 }, norfolk)).toBe(says('Behind in Norfolk', `KLW on or ahead of ${PACE}`));
  });
});

describe('typos put right before reading', () => {
  it.each([
    ['On trakc for WBC'], // two letters swapped
    ['On rtack for WBC'], // swapped at the start
    ['On trak for WBC'], // a letter missing
    ['On trac for WBC'], // the last letter missing
    ['On trackk for WBC'], // a letter too many, at the end
    ['On trsck for WBC'], // one letter wrong
    ['On  track for WBC'], // two spaces
  ])('"%s" reads as on track', (status) => {
    expect(warning(status, { WBC: 100, NDC: 500, EDC: 500 })).toBe(says(status, `WBC behind ${PACE}`));
  });

  it('puts right a council code with two letters swapped, also at its start', () => {
    expect(warning('NCD behind', { WBC: 100, NDC: 500, EDC: 100 })).toBe(says('NCD behind', `NDC on or ahead of ${PACE}`));
    expect(warning('BWC behind', { WBC: 500, NDC: 100, EDC: 100 })).toBe(says('BWC behind', `WBC on or ahead of ${PACE}`));
  });

  it('reads past capitals that are not near any code, and leaves alone a code that could be two', () => {
    expect(warning('KPI on track for WBC', { WBC: 100, NDC: 500, EDC: 500 })).toBe(says('KPI on track for WBC', `WBC behind ${PACE}`));
    // EBC is one letter from WBC and from EDC: no guess.
    expect(warning('EBC behind', { WBC: 500, NDC: 500, EDC: 500 })).toBeUndefined();
  });
});

describe('statuses left alone', () => {
  it('a status that says it was behind, in the past', () => {
    expect(warning('WBC was behind', { WBC: 500, NDC: 500, EDC: 500 })).toBeUndefined();
    // The past three words back or more is another matter: this says WBC is behind now.
    const now = 'The WBC team were told it is behind';
    expect(warning(now, { WBC: 500, NDC: 500, EDC: 500 })).toBe(says(now, `WBC on or ahead of ${PACE}`));
  });

  it('a clause that says both, or a status that argues with itself', () => {
    expect(warning('On track yet behind', { WBC: 500, NDC: 500, EDC: 500 })).toBeUndefined();
    expect(warning('WBC and NDC on track; NDC and EDC behind', { WBC: 500, NDC: 100, EDC: 100 })).toBeUndefined();
    expect(warning('WBC on track, WBC behind, NDC on track', { WBC: 500, NDC: 500, EDC: 500 })).toBeUndefined();
  });

  it('a clause that names no council when another part of the status names some', () => {
    expect(warning('On track. WBC and NDC', { WBC: 500, NDC: 500, EDC: 100 })).toBeUndefined();
    expect(warning('For NDC, on track', { WBC: 500, NDC: 100, EDC: 500 })).toBeUndefined();
    expect(warning('On track except where noted', { WBC: 100, NDC: 500, EDC: 500 })).toBeUndefined();
  });

  it('no status, no place to point at, a rating of its own, or no update that quarter', () => {
    const check = (update: Partial<Update>, quarters: Quarter[] = ['Q2']) =>
      checkStatusesAgainstFigures(planOf(THREE, { WBC: 100, NDC: 100, EDC: 100 }, update, 'Q2'), quarters);
    const place = { file: 'plans/1.yaml', line: 9, column: 17, text: 'status: On track' };
    expect(check({})).toEqual([]);
    expect(check({ status: 'On track' })).toEqual([]);
    expect(check({ status: 'On track', statusPlace: place, rag: 'green' })).toEqual([]);
    expect(check({ status: 'On track', statusPlace: place }, ['Q1', 'Q3'])).toEqual([]);
    expect(check({ status: 'On track', statusPlace: place }, ['Q1', 'Q2']).map((d) => d.message)).toEqual([
      says('On track', `WBC, NDC and EDC behind ${PACE}`),
    ]);
  });
});

describe('lists of councils joined to the clause before', () => {
  it.each([['On track for EDC, WBC & NDC'], ['On track for EDC, WBC or NDC']])('"%s" speaks of all three', (status) => {
    expect(warning(status, { WBC: 500, NDC: 100, EDC: 500 })).toBe(says(status, `NDC behind ${PACE}`));
  });

  it('an exception names the council left out', () => {
    expect(warning('On track except EDC', { WBC: 500, NDC: 500, EDC: 100 })).toBeUndefined();
    expect(warning('On track except EDC', { WBC: 100, NDC: 500, EDC: 100 })).toBe(says('On track except EDC', `WBC behind ${PACE}`));
  });

  it('a "now well ahead" after words that are not a council', () => {
    const status = 'Our savings now well ahead';
    expect(warning(status, { WBC: 500, NDC: 100, EDC: 500 })).toBe(says(status, `NDC behind ${PACE}`));
  });
});

describe('codes that are not typos of a council', () => {
  it.each([
    ['XWC behind'], // two letters wrong, the second as if swapped
    ['BXC behind'], // two letters wrong, the first as if swapped
    ['BWX behind'], // two swapped and one more wrong
    ['WBCC behind'], // a letter too many: only a code of the same length can be a slip
  ])('"%s" names no council, so speaks of them all', (status) => {
    expect(warning(status, { WBC: 500, NDC: 500, EDC: 500 })).toBe(says(status, `every council on or ahead of ${PACE}`));
  });

  it('reads a code written partly in small letters as the code', () => {
    expect(warning('wBC behind', { WBC: 500, NDC: 100, EDC: 100 })).toBe(says('wBC behind', `WBC on or ahead of ${PACE}`));
    expect(warning('WBc behind', { WBC: 500, NDC: 100, EDC: 100 })).toBe(says('WBc behind', `WBC on or ahead of ${PACE}`));
  });

  it('does not know a council by a word of its name shorter than four letters', () => {
    const usk: Council[] = [
      { code: 'VUC', name: 'Vale of Usk Council' },
      { code: 'WBC', name: 'Westbrook Borough Council' },
    ];
    expect(warning('Behind in Usk', { VUC: 500, WBC: 500 }, usk)).toBe(says('Behind in Usk', `every council on or ahead of ${PACE}`));
  });
});

describe('clauses and their councils', () => {
  it('joins a list ending ", and EDC" to the clause before', () => {
    const status = 'On track for WBC, NDC, and EDC';
    expect(warning(status, { WBC: 500, NDC: 500, EDC: 100 })).toBe(says(status, `EDC behind ${PACE}`));
  });

  it('keeps a clause with a claim of its own apart, even with "which" in it', () => {
    const status = 'WBC behind, EDC on track which is good news';
    expect(warning(status, { WBC: 500, NDC: 100, EDC: 500 })).toBe(says(status, `WBC on or ahead of ${PACE}`));
  });

  it('splits at a dash, and leaves alone the part that names no council', () => {
    const status = 'On track – WBC behind';
    expect(warning(status, { WBC: 500, NDC: 500, EDC: 500 })).toBe(says(status, `WBC on or ahead of ${PACE}`));
  });

  it('carries "Overall," into the clause after it', () => {
    const status = 'Overall, behind target';
    // Together 1,500 of an expected 1,500, though NDC alone is behind.
    expect(warning(status, { WBC: 900, NDC: 100, EDC: 500 })).toBe(says(status, `the councils together on or ahead of ${PACE}`));
  });

  it('reads a clause that names a council as about that council, even with "overall"', () => {
    const status = 'Overall WBC is behind';
    expect(warning(status, { WBC: 500, NDC: 100, EDC: 100 })).toBe(says(status, `WBC on or ahead of ${PACE}`));
  });

  it('does not set a claim about the total against one about a council', () => {
    const status = 'Behind overall, WBC on track';
    expect(warning(status, { WBC: 100, NDC: 100, EDC: 100 })).toBe(says(status, `WBC behind ${PACE}`));
  });

  it('reads the claim made for the council excepted', () => {
    const status = 'On track except EDC which is behind';
    expect(warning(status, { WBC: 500, NDC: 500, EDC: 500 })).toBe(says(status, `EDC on or ahead of ${PACE}`));
  });

  it('does not judge a council that has no target in the action', () => {
    const place = { file: 'plans/1.yaml', line: 9, column: 17, text: 'status: NDC behind' };
    const plan = planOf(THREE, { WBC: 500, NDC: 500, EDC: 500 }, { status: 'NDC behind', statusPlace: place }, 'Q2');
    const action = plan.sections[0]!.actions[0]!;
    action.target = { ...action.target!, amounts: { WBC: 1000, EDC: 1000 } };
    expect(checkStatusesAgainstFigures(plan, ['Q2'])).toEqual([]);
  });
});

describe('hedges, negations and words that are not a claim about now', () => {
  it('reads "broadly met the target" and "generally no longer behind" as hedged', () => {
    for (const status of ['Broadly met the Q2 target', 'Generally no longer behind']) {
      expect(warning(status, { WBC: 100, NDC: 100, EDC: 100 })).toBe(says(status, `every council well behind ${PACE}`));
      expect(warning(status, { WBC: 450, NDC: 450, EDC: 450 })).toBeUndefined();
    }
  });

  it('does not read a word that ends in "nor" as a negation', () => {
    expect(warning('Minor shortfall', { WBC: 500, NDC: 500, EDC: 500 })).toBe(
      says('Minor shortfall', `every council on or ahead of ${PACE}`),
    );
  });

  it('leaves alone "as we expect", "likely" and another year', () => {
    expect(warning('WBC on track as agreed', { WBC: 100, NDC: 500, EDC: 500 })).toBe(says('WBC on track as agreed', `WBC behind ${PACE}`));
    expect(warning('WBC on track as we expect', { WBC: 100, NDC: 500, EDC: 500 })).toBeUndefined();
    expect(warning('Likely behind', { WBC: 500, NDC: 500, EDC: 500 })).toBeUndefined();
    expect(warning('Behind target for 16/17', { WBC: 500, NDC: 500, EDC: 500 })).toBeUndefined();
  });

  it('reads "ahead" only at the end or before a word that says where', () => {
    expect(warning('WBC ahead', { WBC: 100, NDC: 500, EDC: 500 })).toBe(says('WBC ahead', `WBC behind ${PACE}`));
    expect(warning('WBC ahead with the tender', { WBC: 100, NDC: 500, EDC: 500 })).toBeUndefined();
  });
});
