import { describe, expect, it } from 'vitest';
import { chartScale, chartWords, formatPaceGap, formatPercent, roundingSentence } from '../src/compute/format.js';
import { planAt } from '../src/compute/quarter.js';
import { divideHalfUp, percentOf, shareOf } from '../src/compute/rounding.js';
import { type ActionFigures, computeActionFigures, computePlanFigures, DEFAULT_RAG, deriveStatus, ragFor } from '../src/compute/savings.js';
import type { Action, Council, Plan, Update } from '../src/plan/model.js';
import type { Quarter } from '../src/plan/quarters.js';

/**
 * Boundaries of the figures, each worked out by hand: exactly on target, exactly on pace, exactly on
 * the amber line, the guards of the rounding rule. Found by mutation testing (docs/mutation.md): a
 * `>=` turned into `>` here would flip a status or a rating without any other test noticing.
 */

const COUNCILS: Council[] = [
  { code: 'AAA', name: 'Aston Council' },
  { code: 'BBB', name: 'Brent Council' },
];

function update(achieved: Record<string, number>, extra: Partial<Update> = {}): Update {
  return { achieved, pending: {}, notes: {}, ...extra };
}

function savings(amounts: Record<string, number>, updates: Action['updates']): Action {
  return {
    id: 'save',
    text: [],
    target: { measure: 'cashable savings', amounts, achievedLabel: 'achieved', pendingLabel: 'pending' },
    updates,
    source: 'x.yaml:1',
  };
}

/** Figures for one action with a target of 1,000 for AAA (and BBB if given) at `quarter`. */
function figuresAt(quarter: Quarter, achieved: Record<string, number>, amounts: Record<string, number> = { AAA: 1000 }): ActionFigures {
  return computeActionFigures(savings(amounts, { [quarter]: update(achieved) }), quarter, COUNCILS)!;
}

describe('the RAG rating at its edges', () => {
  it.each([
    [750, 750, 'green'], // exactly on pace
    [751, 750, 'green'],
    [749, 750, 'amber'],
    [600, 750, 'amber'], // exactly 80% of pace: 600 × 100 = 750 × 80
    [599, 750, 'red'],
    [0, 0, 'green'], // nothing expected yet
    [0, 1, 'red'],
  ] as const)('achieved %i against %i expected is %s', (achieved, expected, rag) => {
    expect(ragFor(achieved, expected, DEFAULT_RAG)).toBe(rag);
  });

  it('moves the amber line with the threshold', () => {
    expect(ragFor(500, 1000, { amberFromPercentOfPace: 50 })).toBe('amber');
    expect(ragFor(499, 1000, { amberFromPercentOfPace: 50 })).toBe('red');
  });
});

describe('the derived status at its edges', () => {
  it('calls achieved exactly equal to the annual target met, and nothing else', () => {
    const f = figuresAt('Q2', { AAA: 1000 });
    expect(f.status).toBe('Annual target met for AAA');
    expect(f.councils[0]).toMatchObject({ expected: 500, paceGap: 500, remaining: 0, rag: 'green' });
  });

  it('calls achieved exactly on pace on track, not a shortfall', () => {
    const f = figuresAt('Q3', { AAA: 750 });
    expect(f.status).toBe('On track for AAA');
    expect(f.councils[0]).toMatchObject({ expected: 750, paceGap: 0, remaining: 250, rag: 'green' });
    expect(f.rag).toBe('green');
  });

  it('calls one pound behind pace a shortfall', () => {
    const f = figuresAt('Q3', { AAA: 749 });
    expect(f.status).toBe('Q3 target shortfall for AAA');
    expect(f.councils[0]).toMatchObject({ paceGap: -1, remaining: 251, rag: 'amber' });
  });

  it('calls exactly the target by Q4 met, not on track', () => {
    const f = figuresAt('Q4', { AAA: 1000 });
    expect(f.councils[0]).toMatchObject({ expected: 1000, paceGap: 0, remaining: 0 });
    expect(f.status).toBe('Annual target met for AAA');
  });

  it('lists shortfall, on track and met in that order, each once', () => {
    const rows = [
      { code: 'AAA', name: 'A', target: 100, achieved: 100, pending: 0, expected: 50, paceGap: 50, remaining: 0, rag: 'green' },
      { code: 'BBB', name: 'B', target: 100, achieved: 50, pending: 0, expected: 50, paceGap: 0, remaining: 50, rag: 'green' },
      { code: 'CCC', name: 'C', target: 100, achieved: 49, pending: 0, expected: 50, paceGap: -1, remaining: 51, rag: 'amber' },
      { code: 'DDD', name: 'D', target: 100, achieved: 10, pending: 0, expected: 50, paceGap: -40, remaining: 90, rag: 'red' },
    ] as const;
    expect(deriveStatus(rows, 'Q2')).toBe('Q2 target shortfall for CCC and DDD; on track for BBB; annual target met for AAA');
    expect(deriveStatus([], 'Q2')).toBe('');
  });
});

describe('figures for an action', () => {
  it('expects a quarter of the target per quarter, rounded half up', () => {
    // 1,002 × 1/4 = 250.5 → 251; × 2/4 = 501; × 3/4 = 751.5 → 752; all of it by Q4.
    const expected = (['Q1', 'Q2', 'Q3', 'Q4'] as const).map((q) => figuresAt(q, { AAA: 0 }, { AAA: 1002 }).councils[0]!.expected);
    expect(expected).toEqual([251, 501, 752, 1002]);
  });

  it('adds the councils up, rates the action by its worst council and keeps notes only where given', () => {
    const action = savings(
      { AAA: 1000, BBB: 400 },
      { Q2: update({ AAA: 600, BBB: 100 }, { pending: { AAA: 5 }, notes: { BBB: 'late invoice' } }) },
    );
    const f = computeActionFigures(action, 'Q2', COUNCILS)!;
    // AAA: 600 of 500 expected, green. BBB: 100 of 200 expected, 50%: red.
    expect(f.councils.map((c) => [c.code, c.expected, c.paceGap, c.pending, c.rag])).toEqual([
      ['AAA', 500, 100, 5, 'green'],
      ['BBB', 200, -100, 0, 'red'],
    ]);
    expect('note' in f.councils[0]!).toBe(false);
    expect(f.councils[1]!.note).toBe('late invoice');
    expect(f.combined).toEqual({ target: 1400, achieved: 700, pending: 5, expected: 700, paceGap: 0, remaining: 700, rag: 'green' });
    expect(f).toMatchObject({ rag: 'red', ragDerived: true, statusDerived: true, measure: 'cashable savings', quarter: 'Q2' });
    expect(f.status).toBe('Q2 target shortfall for BBB; on track for AAA');
  });

  it("adds the councils' own amounts still to achieve: a surplus does not net off a shortfall", () => {
    // AAA is £1,000 past its target, BBB £9,000 short of its own: £9,000 is still to achieve, not £8,000.
    const f = computeActionFigures(savings({ AAA: 20000, BBB: 30000 }, { Q4: update({ AAA: 21000, BBB: 21000 }) }), 'Q4', COUNCILS)!;
    expect(f.councils.map((c) => [c.code, c.remaining])).toEqual([
      ['AAA', 0],
      ['BBB', 9000],
    ]);
    expect(f.combined).toMatchObject({ target: 50000, achieved: 42000, remaining: 9000 });
  });

  it('rates amber when the worst council is amber', () => {
    const f = figuresAt('Q2', { AAA: 500, BBB: 450 }, { AAA: 1000, BBB: 1000 });
    expect(f.councils.map((c) => c.rag)).toEqual(['green', 'amber']);
    expect(f.rag).toBe('amber');
  });

  it('counts a council with no figure as nothing achieved, and leaves out councils without a target', () => {
    const f = figuresAt('Q1', {}, { BBB: 400 });
    expect(f.councils.map((c) => [c.code, c.achieved, c.remaining, c.rag])).toEqual([['BBB', 0, 400, 'red']]);
  });

  it('keeps the officer’s own rating and status, and says they were not derived', () => {
    const action = savings({ AAA: 1000 }, { Q1: update({ AAA: 0 }, { rag: 'amber', status: 'Waiting' }) });
    expect(computeActionFigures(action, 'Q1', COUNCILS)).toMatchObject({
      rag: 'amber',
      ragDerived: false,
      status: 'Waiting',
      statusDerived: false,
    });
  });

  it('computes figures for every action with a target, in plan order, and none for the others', () => {
    const plain: Action = { id: 'plain', text: [], updates: { Q1: update({}) }, source: 'x.yaml:2' };
    const second = { ...savings({ AAA: 8 }, { Q1: update({ AAA: 2 }) }), id: 'second' };
    const plan = planOf([savings({ AAA: 4 }, { Q1: update({ AAA: 1 }) }), plain, second]);
    const all = computePlanFigures(plan, 'Q1');
    expect([...all.keys()]).toEqual(['save', 'second']);
    expect(all.get('second')!.councils[0]!.expected).toBe(2);
    expect(computePlanFigures(plan, 'Q2').size).toBe(0);
  });
});

function planOf(actions: Action[]): Plan {
  return {
    title: 'T',
    appendix: 'Appendix 1',
    financialYear: { label: '2013/14', startYear: 2013, startMonth: 4 },
    councils: COUNCILS,
    sections: [{ number: '1', title: 'One', file: 'x.yaml', actions }],
  };
}

describe('the plan at a quarter', () => {
  it('keeps the actions with an update that quarter, and the sections that still have any', () => {
    const a: Action = { id: 'a', text: [], updates: { Q1: update({}), Q2: update({}) }, source: 'x:1' };
    const b: Action = { id: 'b', text: [], updates: { Q2: update({}) }, source: 'x:2' };
    const c: Action = { id: 'c', text: [], updates: { Q1: update({}) }, source: 'y:1' };
    const plan: Plan = {
      ...planOf([a, b]),
      sections: [...planOf([a, b]).sections, { number: '2', title: 'Two', file: 'y.yaml', actions: [c] }],
    };
    const q1 = planAt(plan, 'Q1');
    expect(q1.sections.map((s) => [s.number, s.actions.map((x) => x.id)])).toEqual([
      ['1', ['a']],
      ['2', ['c']],
    ]);
    expect(planAt(plan, 'Q2').sections.map((s) => [s.number, s.actions.map((x) => x.id)])).toEqual([['1', ['a', 'b']]]);
    expect(planAt(plan, 'Q3').sections).toEqual([]);
    expect(q1.title).toBe('T');
  });
});

describe('the guards of the rounding rule', () => {
  it('has no percentage of nothing, of a negative whole or of a negative part', () => {
    expect(percentOf(5, 0, 0)).toBeUndefined();
    expect(percentOf(5, -10, 0)).toBeUndefined();
    expect(percentOf(-5, 10, 0)).toBeUndefined();
    expect(percentOf(0, 10, 0)).toBe('0');
    expect(percentOf(0, 1, 0)).toBe('0');
  });

  it('refuses amounts too large or not whole, rather than round them wrongly', () => {
    const tooBig = Number.MAX_SAFE_INTEGER + 1;
    expect(percentOf(tooBig, tooBig, 0)).toBeUndefined();
    expect(percentOf(1, tooBig, 0)).toBeUndefined();
    expect(percentOf(tooBig, 10, 0)).toBeUndefined();
    expect(percentOf(1.5, 10, 0)).toBeUndefined();
    expect(percentOf(1, 2.5, 0)).toBeUndefined();
  });

  it('is exact at the largest amounts a plan can hold', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(percentOf(max, max, 1)).toBe('100.0');
    // (2^53 − 2) / (2^53 − 1) is 99.99999999999998…%: 100 to the nearest whole, not 99.
    expect(percentOf(max - 1, max, 0)).toBe('100');
    expect(percentOf(1, max, 2)).toBe('0.00');
    expect(formatPercent(max, max, 0)).toBe('100%');
  });

  it('writes small percentages with their leading zeros', () => {
    expect(percentOf(1, 10_000, 2)).toBe('0.01'); // 0.01%
    expect(percentOf(1, 1_000, 2)).toBe('0.10');
    expect(percentOf(1, 1_000, 3)).toBe('0.100');
    expect(percentOf(123, 100, 1)).toBe('123.0');
    expect(formatPercent(1, 0, 0)).toBe('n/a');
    expect(formatPercent(1, 3, 1)).toBe('33.3%');
  });

  it('divides half up, and refuses a zero or negative divisor or a negative amount', () => {
    expect(divideHalfUp(5n, 2n)).toBe(3n); // 2.5
    expect(divideHalfUp(7n, 4n)).toBe(2n); // 1.75
    expect(divideHalfUp(5n, 4n)).toBe(1n); // 1.25
    expect(divideHalfUp(0n, 1n)).toBe(0n);
    expect(() => divideHalfUp(1n, 0n)).toThrow('denominator must be positive');
    expect(() => divideHalfUp(1n, -1n)).toThrow(RangeError);
    expect(() => divideHalfUp(-1n, 1n)).toThrow('numerator must not be negative');
    expect(shareOf(10, 1, 4)).toBe(3); // 2.5
    expect(shareOf(9, 1, 4)).toBe(2); // 2.25
  });
});

describe('pace and rounding in words', () => {
  it('says on pace only at exactly zero', () => {
    expect(formatPaceGap(0)).toBe('on pace');
    expect(formatPaceGap(1)).toBe('£1 ahead');
    expect(formatPaceGap(-1)).toBe('£1 behind');
    expect(formatPaceGap(-2524)).toBe('£2,524 behind');
  });

  it('states the rounding for any number of places', () => {
    expect(roundingSentence(0)).toBe(
      'Percentages are rounded to the nearest whole percent, halves rounded up; amounts are in whole pounds.',
    );
    expect(roundingSentence(1)).toBe('Percentages are rounded to 1 decimal place, halves rounded up; amounts are in whole pounds.');
    expect(roundingSentence(2)).toBe('Percentages are rounded to 2 decimal places, halves rounded up; amounts are in whole pounds.');
  });

  it("names a target's chart and describes it in words", () => {
    const f = figuresAt('Q3', { AAA: 53726, BBB: 1 }, { AAA: 75000, BBB: 2 });
    expect(chartWords(f)).toEqual({
      title: 'Cashable savings: achieved against target, end of Q3',
      description:
        'Aston Council: £53,726 achieved of a £75,000 target (£56,250 expected by end of Q3). ' +
        'Brent Council: £1 achieved of a £2 target (£2 expected by end of Q3).',
    });
  });
});

describe("a chart's money scale", () => {
  it.each([[11], [12], [13], [120], [1_200_000]])('steps in whole pounds up to %i, as the page writes its amounts', (largest) => {
    const { max, step } = chartScale([largest]);
    expect(Number.isInteger(step)).toBe(true);
    expect(max).toBeGreaterThanOrEqual(largest);
  });
});
