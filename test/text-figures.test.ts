import { describe, expect, it } from 'vitest';
import { targetsAsOtherFigures } from '../src/plan/measure-text.js';
import { figureFor, numberOf, textFigures } from '../src/plan/text-figures.js';

/**
 * A measure's target that the action's text gives as another figure, last year's or the one it starts
 * from (measure-text.ts), read from the words around each figure of the text (text-figures.ts), and
 * left alone when the words do not say so.
 */

const CODES = new Set(['CWD', 'RHB', 'SDN', 'LYD']);
const SPEND =
  "Cut spend off contract to 10% of each council's spend (12% at SDN) by March 2047,\nfrom last year's CWD 18%, RHB 21%, SDN 24% and LYD 19%.";

describe("the figures of an action's text", () => {
  it('reads each figure with its council and what it is', () => {
    const figures = textFigures(SPEND, 'percent', CODES);
    expect(figures.map((f) => [f.value, f.code ?? (f.all ? 'all' : '-'), f.role])).toEqual([
      [10, 'all', 'target'],
      [12, 'SDN', 'target'],
      [18, 'CWD', 'last'],
      [21, 'RHB', 'last'],
      [24, 'SDN', 'last'],
      [19, 'LYD', 'last'],
    ]);
    expect(figureFor(figures, 'SDN', 'target')?.value).toBe(12);
    expect(figureFor(figures, 'LYD', 'target')?.value).toBe(10);
  });

  it.each([
    ['Cut waivers to 8 a quarter at each council, falling to 6 next year.', 6, 'next'],
    ['Cut waivers to 8 a quarter at each council, down from 11 at RHB.', 11, 'start'],
    ["Cut waivers to 8 a quarter at each council; RHB's figure is 11 a year ago.", 11, 'last'],
    ['Cut waivers to 8 a quarter at each council, from CWD 12, RHB 11 and SDN 9 last year.', 12, 'last'],
    ['Cut waivers to 8 a quarter at each council (CWD 12, RHB 11 and SDN 9 last year).', 11, 'last'],
  ])('reads "%s" as giving %d as its %s figure', (text, value, role) => {
    expect(textFigures(text, 'count', CODES).find((f) => f.value === value)?.role).toBe(role);
  });

  it('leaves out years and days of a month from a count', () => {
    expect(textFigures('Cut waivers to 8 at each council by March 2047 (agreed on 12 June).', 'count', CODES).map((f) => f.value)).toEqual([
      8,
    ]);
  });

  it('reads number words', () => {
    expect([numberOf('three'), numberOf('1,200'), numberOf('12.5'), numberOf('many')]).toEqual([3, 1200, 12.5, undefined]);
  });
});

describe("a measure's target held against the action's text", () => {
  const measure = (target: Record<string, number>) => ({ unit: 'percent', better: 'lower', target });

  it("finds a target typed as the council's figure for last year", () => {
    const slips = targetsAsOtherFigures(SPEND, measure({ CWD: 10, RHB: 10, SDN: 12, LYD: 19 }));
    expect(slips.map((s) => [s.code, s.now, s.other.role, s.target.value])).toEqual([['LYD', 19, 'last', 10]]);
  });

  it.each([
    ['the targets as the text gives them', { CWD: 10, RHB: 10, SDN: 12, LYD: 10 }],
    ['a target the text gives neither as the target nor as another figure (a revised one)', { CWD: 10, RHB: 10, SDN: 12, LYD: 9 }],
    ["targets none of which is the text's (the text is another measure's)", { CWD: 18, RHB: 21, SDN: 24, LYD: 19 }],
  ])('says nothing of %s', (_name, target) => {
    expect(targetsAsOtherFigures(SPEND, measure(target))).toEqual([]);
  });

  it('reads "per cent" as a percentage, and a figure for last year said of every council', () => {
    const text = 'Cut invoices paid late to 5 per cent at each council (8 per cent at SDN), from 9 per cent last year.';
    const slips = targetsAsOtherFigures(text, measure({ CWD: 5, RHB: 5, SDN: 9, LYD: 5 }));
    expect(slips.map((s) => [s.code, s.now, s.other.role, s.target.value])).toEqual([['SDN', 9, 'last', 8]]);
  });

  it("says nothing of a measure in another unit than the text's figures", () => {
    expect(targetsAsOtherFigures(SPEND, { unit: 'days', target: { CWD: 10, RHB: 10, SDN: 12, LYD: 19 } })).toEqual([]);
  });
});
