import { describe, expect, it } from 'vitest';
import { figuresAsOtherThings } from '../src/plan/narrative-other.js';
import { figuresInWeeks } from '../src/plan/narrative-units.js';

/**
 * A measure's value typed as the narrative gives it in another unit (weeks for days: narrative-units.ts)
 * or as another figure beside the quarter's own (a year ago, the year as a whole: narrative-other.ts):
 * found only when the narrative gives that council's figure so, and left alone when it does not.
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

describe("a measure's value held against the other figures its narrative gives the council", () => {
  const action = (rhb: number, narrative: string) => ({
    measures: { 'local-spend': { unit: 'percent', better: 'higher', target: { CWD: 30, RHB: 30 } } },
    updates: {
      Q1: { measures: { 'local-spend': { CWD: 26, RHB: 24 } } },
      Q2: { measures: { 'local-spend': { CWD: 28, RHB: rhb } }, narrative },
    },
  });

  it.each([
    ['Local spend: CWD 28%, RHB 27% (up from 22% a year ago).', 22, 27, 'last'],
    ['RHB reached 27% in the quarter and 25% over the year as a whole.', 25, 27, 'year'],
    ['RHB 27% this quarter and 25% for the year.', 25, 27, 'year'],
  ])('reads "%s"', (narrative, typed, meant, role) => {
    expect(figuresAsOtherThings(action(typed, narrative)).map((s) => [s.code, s.now, s.meant, s.role])).toEqual([
      ['RHB', typed, meant, role],
    ]);
  });

  it.each([
    ["the figure typed being the quarter's", 'RHB 27% (up from 22% a year ago).', 27],
    ['a figure a year ago of another council', 'CWD 28% (22% a year ago) and RHB 27%.', 22],
    ['another quarter named in the sentence', 'RHB 27%, up from 22% in Q1.', 22],
    ['two figures for the quarter', 'RHB 27% on spend, 29% on contracts (22% a year ago).', 22],
  ])('says nothing of %s', (_name, narrative, typed) => {
    expect(figuresAsOtherThings(action(typed, narrative))).toEqual([]);
  });
});
