import { describe, expect, it } from 'vitest';
import { formatPaceGap, formatPercent, roundingSentence } from '../src/compute/format.js';
import { divideHalfUp, percentOf, shareOf } from '../src/compute/rounding.js';
import { computeActionFigures, DEFAULT_RAG, deriveStatus, ragFor } from '../src/compute/savings.js';
import type { Action, Council } from '../src/plan/model.js';
import { formatMoney } from '../src/shared/numbers.js';

const COUNCILS: Council[] = [
  { code: 'CDC', name: 'Cherwell District Council' },
  { code: 'SNC', name: 'South Northamptonshire Council' },
];

function savingsAction(
  achieved: Record<string, number>,
  extra: Partial<Action['updates']['Q3']> = {},
  quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4' = 'Q3',
): Action {
  return {
    id: 'savings',
    text: [],
    target: { measure: 'savings', amounts: { CDC: 75000, SNC: 50000 }, achievedLabel: 'achieved', pendingLabel: 'pending' },
    updates: { [quarter]: { achieved, pending: {}, notes: {}, ...extra } },
    source: 'x.yaml:1',
  };
}

describe('the rounding rule: half up, exact', () => {
  it.each([
    [53726, 75000, 0, '72'], // 71.63…: the source's hand-typed "71%" was wrong
    [26796, 50000, 0, '54'], // 53.59…
    [26796, 50000, 1, '53.6'],
    [53726, 75000, 1, '71.6'],
    [1, 8, 0, '13'], // 12.5 rounds up
    [1, 8, 1, '12.5'],
    [1, 200, 0, '1'], // 0.5 rounds up
    [1, 400, 1, '0.3'], // 0.25 → 0.3
    [0, 50000, 0, '0'],
    [50000, 50000, 0, '100'],
    [75001, 50000, 0, '150'],
    [2, 3, 2, '66.67'],
    [999_999_999_999_999, 999_999_999_999_999, 0, '100'],
  ])('%i of %i to %i places is %s%%', (part, whole, decimals, expected) => {
    expect(percentOf(part, whole, decimals)).toBe(expected);
  });

  it('never divides by zero or a negative', () => {
    expect(percentOf(5, 0, 0)).toBeUndefined();
    expect(percentOf(5, -1, 0)).toBeUndefined();
    expect(formatPercent(5, 0, 0)).toBe('n/a');
  });

  it('rounds whole-pound shares half up', () => {
    expect(shareOf(75000, 3, 4)).toBe(56250);
    expect(shareOf(75001, 1, 4)).toBe(18750); // 18750.25
    expect(shareOf(75002, 1, 4)).toBe(18751); // 18750.5
    expect(divideHalfUp(5n, 2n)).toBe(3n);
  });
});

describe('money and percentages on the page', () => {
  it.each([
    [53726, '£53,726'],
    [0, '£0'],
    [-0, '£0'],
    [1000000, '£1,000,000'],
    [-2524, '–£2,524'],
  ])('formats %d as %s', (amount, text) => {
    expect(formatMoney(amount)).toBe(text);
  });

  it('never prints NaN, Infinity or -0', () => {
    const outputs = [formatMoney(-0), formatPercent(0, 0, 0), formatPercent(1, 0, 2), formatPaceGap(-0), formatPercent(0, 3, 2)];
    for (const o of outputs) expect(o).not.toMatch(/NaN|Infinity|-0\b/);
    expect(formatPercent(0, 3, 2)).toBe('0.00%');
  });

  it('says how far ahead or behind pace', () => {
    expect(formatPaceGap(-2524)).toBe('£2,524 behind');
    expect(formatPaceGap(100)).toBe('£100 ahead');
    expect(formatPaceGap(0)).toBe('on pace');
  });

  it('states the rounding rule', () => {
    expect(roundingSentence(0)).toMatch(/nearest whole percent, halves rounded up/);
    expect(roundingSentence(1)).toMatch(/1 decimal place, halves rounded up/);
  });
});

describe('savings against target', () => {
  it('computes the shipped Q3 position per council and combined', () => {
    const f = computeActionFigures(savingsAction({ CDC: 53726, SNC: 26796 }), 'Q3', COUNCILS)!;
    expect(
      f.councils.map(({ code, target, achieved, expected, paceGap, remaining, rag }) => ({
        code,
        target,
        achieved,
        expected,
        paceGap,
        remaining,
        rag,
      })),
    ).toEqual([
      { code: 'CDC', target: 75000, achieved: 53726, expected: 56250, paceGap: -2524, remaining: 21274, rag: 'amber' },
      { code: 'SNC', target: 50000, achieved: 26796, expected: 37500, paceGap: -10704, remaining: 23204, rag: 'red' },
    ]);
    expect(f.combined).toMatchObject({ target: 125000, achieved: 80522, expected: 93750, paceGap: -13228, remaining: 44478 });
    expect(f.rag).toBe('red');
    expect(f.ragDerived).toBe(true);
  });

  it('derives the status the officers wrote by hand from the figures', () => {
    const f = computeActionFigures(savingsAction({ CDC: 53726, SNC: 26796 }), 'Q3', COUNCILS)!;
    expect(f.status).toBe('Q3 target shortfall for CDC and SNC');
    expect(f.statusDerived).toBe(true);
  });

  it('keeps a status and RAG rating the officer wrote', () => {
    const f = computeActionFigures(
      savingsAction({ CDC: 0, SNC: 0 }, { status: 'Final figures to be agreed', rag: 'amber' }),
      'Q3',
      COUNCILS,
    )!;
    expect(f).toMatchObject({ status: 'Final figures to be agreed', statusDerived: false, rag: 'amber', ragDerived: false });
  });

  it.each([
    ['Q1', 0.25, 18750],
    ['Q2', 0.5, 37500],
    ['Q3', 0.75, 56250],
    ['Q4', 1, 75000],
  ] as const)('expects a straight-line pace in %s (%d of the target)', (quarter, _share, expected) => {
    const f = computeActionFigures(savingsAction({ CDC: 0, SNC: 0 }, {}, quarter), quarter, COUNCILS)!;
    expect(f.councils[0]!.expected).toBe(expected);
  });

  it('mixes shortfall, on track and target met in one status', () => {
    const f = computeActionFigures(savingsAction({ CDC: 80000, SNC: 40000 }), 'Q3', COUNCILS)!;
    expect(f.status).toBe('On track for SNC; annual target met for CDC');
    expect(f.councils[0]!.remaining).toBe(0);
    const g = computeActionFigures(savingsAction({ CDC: 60000, SNC: 1000 }), 'Q3', COUNCILS)!;
    expect(g.status).toBe('Q3 target shortfall for SNC; on track for CDC');
    expect(deriveStatus([], 'Q3')).toBe('');
  });

  it('rates green on pace, amber close behind, red further behind', () => {
    expect(ragFor(56250, 56250, DEFAULT_RAG)).toBe('green');
    expect(ragFor(45000, 56250, DEFAULT_RAG)).toBe('amber'); // exactly 80%
    expect(ragFor(44999, 56250, DEFAULT_RAG)).toBe('red');
    expect(ragFor(0, 0, DEFAULT_RAG)).toBe('green');
  });

  it('has nothing to compute for an action without a target or without the quarter', () => {
    const plain: Action = { id: 'p', text: [], updates: { Q3: { status: 'x', achieved: {}, pending: {}, notes: {} } }, source: '' };
    expect(computeActionFigures(plain, 'Q3', COUNCILS)).toBeUndefined();
    expect(computeActionFigures(savingsAction({ CDC: 1, SNC: 1 }), 'Q2', COUNCILS)).toBeUndefined();
  });
});

describe('quarter arithmetic', () => {
  it('gives the last day of each quarter, across the turn of the year', async () => {
    const { quarterEnd } = await import('../src/plan/quarters.js');
    const april2013 = { year: 2013, month: 4 };
    expect(
      ['Q1', 'Q2', 'Q3', 'Q4'].map((q) =>
        quarterEnd(q as 'Q1', april2013)
          .toISOString()
          .slice(0, 10),
      ),
    ).toEqual(['2013-06-30', '2013-09-30', '2013-12-31', '2014-03-31']);
    expect(quarterEnd('Q1', { year: 2024, month: 1 }).toISOString().slice(0, 10)).toBe('2024-03-31');
  });
});

describe('thousands separators without Intl', () => {
  it('match Intl.NumberFormat en-GB for whole numbers of every size a plan can hold', async () => {
    const fc = (await import('fast-check')).default;
    const { groupThousands } = await import('../src/shared/numbers.js');
    const intl = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0, useGrouping: true });
    for (const n of [0, 1, 999, 1000, 9999, 10000, 123456, 1234567, 999999999999999, -1, -1000, -123456789])
      expect(groupThousands(n)).toBe(intl.format(n));
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }), (n) => groupThousands(n) === intl.format(n)),
    );
  });
});
