import { describe, expect, it } from 'vitest';
import { saidAmounts, saidPercents } from '../src/plan/narrative-amounts.js';
import { narrativeSlips } from '../src/plan/narrative-figures.js';
import { otherAmount } from '../src/plan/other-amounts.js';
import { sharedWholes } from '../src/plan/shared-savings.js';

const names = new Map([
  ['A', ['Ashby']],
  ['B', ['Brill']],
  ['C', []],
]);

/** What the words make each amount of `text` other than a figure: "A 5000 forecast", or "A 4000 -". */
function read(text: string, year?: string): string[] {
  return saidAmounts({ narrative: text }, names, {}, year).map((s) => `${s.code ?? '-'} ${s.value} ${s.other?.what ?? '-'}`);
}

/** The reading of the one amount `said` in `sentence`. */
function one(sentence: string, said: string, year?: string) {
  const start = sentence.indexOf(said);
  return otherAmount(sentence, start, start + said.length, year);
}

describe('otherAmount: what the words make an amount other than the figure', () => {
  it.each([
    ['A has \u00a340,000 so far and forecasts \u00a390,000 by the year end', '\u00a390,000', 'forecast'],
    ['A expects \u00a390,000 for the year', '\u00a390,000', 'forecast'],
    ['A \u00a390,000 projected outturn', '\u00a390,000', 'forecast'],
    ['A \u00a340,000, which is 50% of its \u00a380,000 target', '\u00a380,000', 'target'],
    ['A \u00a340,000 against a target of \u00a380,000', '\u00a380,000', 'target'],
    ['A is \u00a33,100 short of its \u00a360,000 target after its print contract re-let slipped', '\u00a360,000', 'target'],
    ['A also avoids \u00a312,500 of price rises at A, which is cost avoidance and is not counted', '\u00a312,500', 'uncounted'],
    ['A \u00a345,100, and non-cashable \u00a32,000', '\u00a32,000', 'uncounted'],
    ['A \u00a34,000 from re-letting its \u00a390,000 catering contract', '\u00a390,000', 'thing'],
    ['A joined a \u00a32m framework', '\u00a32m', 'thing'],
    ['A \u00a34,000 from a framework worth \u00a3600,000', '\u00a3600,000', 'thing'],
    ['A just under \u00a372,000 (\u00a371,900)', '\u00a372,000', 'approx'],
    ['A about \u00a372,000', '\u00a372,000', 'approx'],
    ['A \u00a315,000 next year', '\u00a315,000', 'year'],
  ])('%s: %s is a %s', (sentence, said, what) => {
    expect(one(sentence, said, '2046/47')?.what).toBe(what);
  });

  it.each([
    ['A has \u00a340,000 so far and forecasts \u00a390,000 by the year end', '\u00a340,000'],
    ['A \u00a34,000 from the catering contract', '\u00a34,000'],
    ['A \u00a34,000 saved on its \u00a390,000 catering contract', '\u00a34,000'],
    ['A just under \u00a372,000 (\u00a371,900)', '\u00a371,900'],
    ['A \u00a315,000 in 2046/47', '\u00a315,000'],
    ['A \u00a340,000 so far', '\u00a340,000'],
    ['A \u00a361,250 so far, with the \u00a39,000 fleet contract saving', '\u00a39,000'],
    ['A \u00a330,000 so far (cost avoidance \u00a34,000 is not counted)', '\u00a330,000'],
    ['A \u00a330,000 cashable savings, all of it counted', '\u00a330,000'],
  ])('%s: %s is the figure', (sentence, said) => {
    expect(one(sentence, said, '2046/47')).toBeUndefined();
  });

  it('gives the value its thing', () => {
    expect(one('A \u00a34,000 from re-letting its \u00a390,000 catering contract', '\u00a390,000')?.of).toBe('catering contract');
  });

  it('reads another year only against the plan\u2019s year, and not when the plan\u2019s year is there too', () => {
    expect(one('A \u00a315,000 from 2047/48', '\u00a315,000', '2046/47')).toMatchObject({ what: 'year', year: '2047/48' });
    expect(one('A \u00a315,000 from 2047/48', '\u00a315,000')).toBeUndefined();
    expect(one('A \u00a315,000 in 2046/47, as in 2047/48', '\u00a315,000', '2046/47')).toBeUndefined();
  });
});

describe('a qualifier governs the amounts of the bracket after it', () => {
  it("makes every amount of the bracket after another year's total that year's", () => {
    const text =
      'Rebates: \u00a350,000 in 2046/47 (A \u00a320,000, B \u00a330,000), rising to \u00a370,000 from 2047/48 (A \u00a330,000, B \u00a340,000).';
    expect(read(text, '2046/47')).toEqual(['- 50000 -', 'A 20000 -', 'B 30000 -', 'B 70000 year', 'A 30000 year', 'B 40000 year']);
  });

  it('makes every amount of the bracket after a forecast a forecast', () => {
    expect(
      read('Savings so far A \u00a310,000 and B \u00a38,000; the year-end forecast is \u00a350,000 (A \u00a330,000, B \u00a320,000).'),
    ).toEqual(['A 10000 -', 'B 8000 -', '- 50000 forecast', 'A 30000 forecast', 'B 20000 forecast']);
  });

  it('reads a sentence wrapped over lines as one', () => {
    expect(
      read('Rebates \u00a350,000 in 2046/47, rising to \u00a370,000 from 2047/48 (A \u00a330,000,\nB \u00a340,000).', '2046/47'),
    ).toEqual(['- 50000 -', '- 70000 year', 'A 30000 year', 'B 40000 year']);
  });
});

describe('saidPercents', () => {
  it('ties a percentage to the council named before it', () => {
    const said = saidPercents({ narrative: 'Ashby \u00a39,300, which is 62% of its \u00a315,000 target; B at 40%.' }, names);
    expect(said.map((s) => `${s.code} ${s.value} ${s.other?.words}`)).toEqual(['A 62 62% of its \u00a315,000 target', 'B 40 40%']);
  });
});

describe('narrativeSlips on a number the words give as something else', () => {
  const action = (achieved: Record<string, number>, narrative: string) => ({
    target: { amounts: { A: 100000, B: 100000 } },
    updates: { Q1: { achieved, narrative } },
  });

  it('finds a forecast typed for the figure, and leaves a forecast equal to it', () => {
    const text = 'A \u00a340,000 so far and it forecasts \u00a390,000 by the year end; B \u00a330,000.';
    expect(narrativeSlips(action({ A: 90000, B: 30000 }, text))).toMatchObject([{ kind: 'aside', fix: { code: 'A', write: 40000 } }]);
    expect(narrativeSlips(action({ A: 40000, B: 30000 }, text))).toEqual([]);
    expect(narrativeSlips(action({ A: 40000, B: 30000 }, 'A \u00a340,000 so far and it forecasts \u00a340,000 by the year end.'))).toEqual(
      [],
    );
  });

  it('finds a percentage typed for the amount', () => {
    const text = 'A \u00a340,000, which is 40% of its target.';
    expect(narrativeSlips(action({ A: 40, B: 30000 }, text))).toMatchObject([{ kind: 'aside', fix: { code: 'A', write: 40000 } }]);
  });

  it('says once for all the councils whose targets are another year\u2019s', () => {
    const a = {
      action: '\u00a350,000 in 2046/47 (A \u00a320,000, B \u00a330,000), then \u00a370,000 from 2047/48 (A \u00a330,000, B \u00a340,000).',
      target: { amounts: { A: 30000, B: 40000 } },
    };
    const slips = narrativeSlips(a, names, '2046/47');
    expect(slips).toMatchObject([
      {
        kind: 'asides',
        fixes: [
          { code: 'A', write: 20000 },
          { code: 'B', write: 30000 },
        ],
      },
    ]);
    expect(narrativeSlips({ ...a, target: { amounts: { A: 20000, B: 30000 } } }, names, '2046/47')).toEqual([]);
  });
});

describe('sharedWholes: a shared saving counted in full', () => {
  const action = (q1: Record<string, number>, q2: Record<string, number>, narrative: string) => ({
    updates: { Q1: { achieved: q1 }, Q2: { achieved: q2, narrative } },
  });
  const text = 'The contract A and B let together saves \u00a318,000, split half and half, so \u00a39,000 each is in their totals.';

  it('finds a council whose figure rose by the whole, and writes its share', () => {
    expect(sharedWholes(action({ A: 10000, B: 5000 }, { A: 28000, B: 14000 }, text), names)).toMatchObject([
      { quarter: 'Q2', code: 'A', value: 28000, write: 19000, share: 9000, partners: ['B'] },
    ]);
  });

  it('leaves figures that rose by the share, or by the whole where the words give the council another amount', () => {
    expect(sharedWholes(action({ A: 10000, B: 5000 }, { A: 19000, B: 14000 }, text), names)).toEqual([]);
    expect(
      sharedWholes(action({ A: 10000, B: 5000 }, { A: 28000, B: 14000 }, `${text} A also saved \u00a39,000 on fleet.`), names),
    ).toEqual([]);
  });

  it('leaves a whole the shares do not make', () => {
    const odd = 'A and B share the contract: \u00a318,000, split half and half, \u00a35,000 each.';
    expect(sharedWholes(action({ A: 10000, B: 5000 }, { A: 28000, B: 14000 }, odd), names)).toEqual([]);
  });
});
