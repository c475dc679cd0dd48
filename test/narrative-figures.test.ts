import { describe, expect, it } from 'vitest';
import { narrativeSlips, typoApart } from '../src/plan/narrative-figures.js';

describe('typoApart: two figures one slip of the finger apart', () => {
  it.each([
    [52840, 52480, true],
    [40400, 40000, true],
    [4000, 40000, false],
    [400, 4000, false],
    [61250, 6125, false],
    [61250, 6250, true],
    [15000, 15000, false],
    [12000, 21000, true],
    [12000, 30000, false],
    [9000, 90000, false],
    [123456, 1234567, true],
  ])('%i and %i: %s', (a, b, apart) => {
    expect(typoApart(a, b)).toBe(apart);
    expect(typoApart(b, a)).toBe(apart);
  });
});

describe('narrativeSlips on figures the words give', () => {
  const action = (achieved: Record<string, number>, narrative: string) => ({
    target: { amounts: { A: 100, B: 100 } },
    updates: { Q1: { achieved, narrative } },
  });

  it('leaves figures the words give as they are, in any order of councils', () => {
    expect(narrativeSlips(action({ A: 30000, B: 12000 }, 'So far B \u00a312,000 and A \u00a330,000.'))).toEqual([]);
  });

  it('leaves a figure the words give only a part of: a contract, not the total', () => {
    expect(narrativeSlips(action({ A: 30000, B: 12000 }, 'The fleet contract saved A \u00a35,000 and B \u00a34,000.'))).toEqual([]);
  });

  it('finds the figures under the wrong councils', () => {
    const [slip] = narrativeSlips(action({ A: 12000, B: 30000 }, 'So far A \u00a330,000 and B \u00a312,000.'));
    expect(slip).toMatchObject({
      kind: 'councils',
      fixes: [
        { code: 'A', write: 30000 },
        { code: 'B', write: 12000 },
      ],
    });
  });

  it('finds an aside of the words typed for the figure, and says nothing of the aside when the figure is right', () => {
    const words = 'So far A \u00a330,000 (full-year effect \u00a345,000) and B \u00a312,000.';
    expect(narrativeSlips(action({ A: 45000, B: 12000 }, words))).toMatchObject([
      { kind: 'aside', fix: { code: 'A', value: 45000, write: 30000 } },
    ]);
    expect(narrativeSlips(action({ A: 30000, B: 12000 }, words))).toEqual([]);
  });

  it("finds a figure that is the words' amount plus one they say is not counted, and leaves the right one", () => {
    const words = 'A \u00a330,000 cashable, plus \u00a34,000 of cost avoidance that is not counted; B \u00a312,000 so far.';
    expect(narrativeSlips(action({ A: 34000, B: 12000 }, words))).toMatchObject([
      { kind: 'uncounted', fix: { code: 'A', value: 34000, write: 30000 }, left: { value: 4000 } },
    ]);
    expect(narrativeSlips(action({ A: 30000, B: 12000 }, words))).toEqual([]);
    // The words before the next amount are that amount's: "(cost avoidance \u00a34,000)" leaves \u00a330,000 counted.
    expect(narrativeSlips(action({ A: 30000, B: 12000 }, 'A \u00a330,000 so far (cost avoidance \u00a34,000); B \u00a312,000.'))).toEqual(
      [],
    );
  });

  it('finds a figure that is what the profile expects by the quarter, where the words give another', () => {
    const profiled = (a: number, words: string, profile?: unknown) => ({
      target: { amounts: { A: 60000, B: 40000 }, ...(profile ? { profile } : {}) },
      updates: { Q1: { achieved: { A: 5000, B: 4000 } }, Q3: { achieved: { A: a, B: 28000 }, narrative: words } },
    });
    const words = 'So far A \u00a339,600 and B \u00a328,000; A is \u00a32,400 short of its profile.';
    expect(narrativeSlips(profiled(42000, words), undefined, undefined, [20, 20, 30, 30])).toMatchObject([
      { kind: 'profiled', share: 70, target: 60000, fix: { code: 'A', value: 42000, write: 39600 } },
    ]);
    // The action's own profile wins over the plan's; a straight line (75% by Q3) when neither has one.
    expect(narrativeSlips(profiled(42000, words, [10, 20, 40, 30]), undefined, undefined, [25, 25, 25, 25])).toMatchObject([
      { kind: 'profiled', share: 70 },
    ]);
    expect(narrativeSlips(profiled(45000, words))).toMatchObject([{ kind: 'profiled', share: 75 }]);
    // The figure the words give, or one the profile does not explain, is left alone.
    expect(narrativeSlips(profiled(39600, words), undefined, undefined, [20, 20, 30, 30])).toEqual([]);
    expect(narrativeSlips(profiled(43000, words), undefined, undefined, [20, 20, 30, 30])).toEqual([]);
  });
});
