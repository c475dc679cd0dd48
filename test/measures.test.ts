import { describe, expect, it } from 'vitest';
import { computeMeasures, direction, measureRag } from '../src/compute/measures.js';
import type { Measure } from '../src/plan/measure-model.js';
import type { Action } from '../src/plan/model.js';
import { formatMeasure, measureLine } from '../src/report/measures.js';

/**
 * A measure's RAG rating and direction of travel at their edges, worked out by hand. Amber within 10%
 * of the target: lower is better, target 20, so amber up to 22 (20 + 2); higher is better, target 90,
 * so amber down to 81 (90 − 9).
 */
describe('a measure against its target', () => {
  it.each([
    [20, 'green'],
    [19, 'green'],
    [21, 'amber'],
    [22, 'amber'],
    [22.01, 'red'],
  ] as const)('lower is better, target 20: %s is %s', (value, rag) => {
    expect(measureRag(value, 20, 'lower', 10)).toBe(rag);
  });

  it.each([
    [90, 'green'],
    [95, 'green'],
    [81, 'amber'],
    [80.99, 'red'],
  ] as const)('higher is better, target 90: %s is %s', (value, rag) => {
    expect(measureRag(value, 90, 'higher', 10)).toBe(rag);
  });

  it('takes a decimal at the edge of the band as inside it (2.2 is 110% of 2)', () => {
    expect(measureRag(2.2, 2, 'lower', 10)).toBe('amber');
  });

  it('says better or worse as the measure says which way is better', () => {
    expect(direction(30, 33, 'lower')).toBe('better');
    expect(direction(30, 33, 'higher')).toBe('worse');
    expect(direction(2, 2, 'lower')).toBe('same');
  });

  const spend: Measure = { id: 'spend', name: 'spend without a PO', unit: 'percent', better: 'lower', target: { AAC: 5, BDC: 5 } };
  const councils = [
    { code: 'AAC', name: 'A Council' },
    { code: 'BDC', name: 'B Council' },
  ];
  const action = (measure: Measure): Action => ({
    id: 'x',
    text: [],
    source: 'x',
    measures: [measure],
    updates: {
      Q1: {
        achieved: {},
        pending: {},
        notes: {},
        measures: { spend: { AAC: { value: 6, quarter: 'Q1' }, BDC: { value: 4, quarter: 'Q1' } } },
      },
      Q2: {
        achieved: {},
        pending: {},
        notes: {},
        measures: { spend: { AAC: { value: 5.4, quarter: 'Q2' }, BDC: { value: 6, quarter: 'Q2' } } },
      },
    },
  });

  it('never adds up percentages; a measure may set its own amber band', () => {
    const [m] = computeMeasures(action(spend), 'Q2', councils);
    expect(m!.combined).toBeUndefined();
    // 5.4 is within 10% of 5 (5.5); 6 is not.
    expect(m!.councils.map((c) => [c.rag, c.direction])).toEqual([
      ['amber', 'better'],
      ['red', 'worse'],
    ]);
    const [narrow] = computeMeasures(action({ ...spend, amberWithinPercent: 5 }), 'Q2', councils);
    // 5% of 5 is 0.25: 5.4 is beyond 5.25.
    expect(narrow!.councils[0]!.rag).toBe('red');
  });

  it('never adds up days: 18 and 26 days are not 44; words the line with units and arrows', () => {
    const [m] = computeMeasures(action({ ...spend, unit: 'days', name: 'days to pay' }), 'Q2', councils);
    // Each council's average days stands alone: no combined line, so no combined RAG to hide BDC's Red.
    expect(m!.combined).toBeUndefined();
    expect(measureLine(m!)).toBe(
      'Days to pay (lower is better): AAC 5.4 days, against a target of 5 days or below, RAG Amber, ↓ better than Q1 (6 days); ' +
        'BDC 6 days, against a target of 5 days or below, RAG Red, ↑ worse than Q1 (4 days).',
    );
    expect([formatMeasure('percent', 33), formatMeasure('days', 1), formatMeasure('days', 14), formatMeasure('money', 12500)]).toEqual([
      '33%',
      '1 day',
      '14 days',
      '£12,500',
    ]);
  });

  it('adds up counts and money, and rates the combined line on the totals', () => {
    const [count] = computeMeasures(action({ ...spend, unit: 'count', name: 'waivers', target: { AAC: 5, BDC: 5 } }), 'Q2', councils);
    // 5.4 + 6 = 11.4 against 5 + 5 = 10: 114%, beyond 110%.
    expect(count!.combined).toMatchObject({ target: 10, value: { value: 11.4 }, rag: 'red', direction: 'worse' });
    expect(measureLine(count!)).toMatch(/; combined 11\.4, against a target of 10 or below, RAG Red, ↑ worse than Q1 \(10\)\.$/);
    const [money] = computeMeasures(action({ ...spend, unit: 'money', name: 'off-contract spend' }), 'Q2', councils);
    expect(money!.combined).toMatchObject({ target: 10, value: { value: 11.4 } });
  });
});
