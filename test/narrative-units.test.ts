import { describe, expect, it } from 'vitest';
import { figuresInWeeks } from '../src/plan/narrative-units.js';

/**
 * A days figure typed in weeks, as the council's return now gives it and the narrative says
 * (narrative-units.ts): found only when the narrative gives that council's figure in weeks, and left
 * alone when the weeks are of something else.
 */

describe('a days figure held against the narrative that gives it in weeks', () => {
  const action = (q3: number, narrative: string) => ({
    measures: { 'days-to-pay': { unit: 'days', better: 'lower', target: { CWD: 20, SDN: 25 } } },
    updates: {
      Q2: { measures: { 'days-to-pay': { CWD: 22, SDN: 26 } } },
      Q3: { measures: { 'days-to-pay': { CWD: 19, SDN: q3 } }, narrative },
    },
  });

  it.each([
    ["SDN's return now gives its average in weeks: three weeks, or 21 days.", 3, 21],
    ['CWD 19 days. SDN took 3 weeks on average.', 3, 21],
    ['CWD took 19 days and SDN 4 weeks, 27 days.', 4, 27],
  ])('reads "%s"', (narrative, typed, meant) => {
    expect(figuresInWeeks(action(typed, narrative)).map((s) => [s.code, s.now, s.meant])).toEqual([['SDN', typed, meant]]);
  });

  it.each([
    ['weeks said of another council', 'CWD took three weeks to set up the portal; SDN 21 days.', 3],
    ['weeks the same number as a figure in line', 'SDN paid in 21 days; its new system took 21 weeks to install.', 21],
  ])('says nothing of %s', (_name, narrative, typed) => {
    expect(figuresInWeeks(action(typed, narrative))).toEqual([]);
  });
});
