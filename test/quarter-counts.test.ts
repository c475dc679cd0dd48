import { afterEach, describe, expect, it } from 'vitest';
import { loadPlan } from '../src/plan/load-plan.js';
import { type Fixture, makeFixture, positionOf } from './helpers.js';

/** The narratives of the three quarters when none is given: the quarter's own, then the year's totals. */
const OWN_THEN_YEAR = ['Reviews held in April to June.', 'Reviews held in July to September.', "Reviews held: the year's totals."];

/** A section with a count of each quarter, its Q3 row and the narratives as given. */
const reviews = (name: string, q3: string, narratives: readonly string[]) =>
  [
    'section: "2.1"',
    'title: Contracts',
    'actions:',
    '  - id: reviews',
    '    action: Review every large contract with its supplier.',
    '    measures:',
    '      reviews:',
    `        name: ${name}`,
    '        unit: count',
    '        better: higher',
    '        target: { CDC: 8, SNC: 6 }',
    '    updates:',
    ...['Q1', 'Q2', 'Q3'].flatMap((q, n) => [
      `      ${q}:`,
      '        status: Onward going',
      '        measures:',
      `          reviews: ${['{ CDC: 7, SNC: 6 }', '{ CDC: 9, SNC: 7 }', q3][n]}`,
      `        narrative: "${narratives[n]}"`,
    ]),
    '',
  ].join('\n');

describe("a count of each quarter given the year's totals", () => {
  let fixture: Fixture | undefined;
  afterEach(() => fixture?.cleanup());
  const messages = async (name: string, q3: string, narratives = OWN_THEN_YEAR) => {
    fixture = makeFixture({ '2.1-contracts.yaml': reviews(name, q3, narratives) });
    const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: 'Q3' });
    return diagnostics.map((d) => `${positionOf(d)} ${d.message} | ${d.hint}`);
  };

  it("is said at the row, with the quarter's own figures", async () => {
    expect(await messages('reviews held in the quarter', '{ CDC: 24, SNC: 17 }')).toEqual([
      `plans/2.1-contracts.yaml:26:27 "reviews" is no count of the year so far by its name, but its Q3 figures (CDC 24, SNC 17) are each the year's total so far: the quarters before added up, and 8, 4 more | if those are the year's totals, write the quarter's own figures: { CDC: 8, SNC: 4 }; if the measure counts the year so far, say so in its name, "(year to date)"`,
    ]);
  });

  it.each([
    ['a quarter of its own, in line with the others', 'reviews held in the quarter', '{ CDC: 8, SNC: 6 }', OWN_THEN_YEAR],
    ['a count of the year so far by its name', 'reviews held (year to date)', '{ CDC: 24, SNC: 17 }', OWN_THEN_YEAR],
    ['one council only at its total', 'reviews held in the quarter', '{ CDC: 24, SNC: 6 }', OWN_THEN_YEAR],
    [
      'a quarter that rose, its words not of the year',
      'reviews held in the quarter',
      '{ CDC: 24, SNC: 17 }',
      ['A.', 'B.', 'A new framework.'],
    ],
    [
      'a count of the year so far by every narrative',
      'reviews held',
      '{ CDC: 24, SNC: 17 }',
      ['Held so far this year.', 'Reviews so far this year.', 'So far this year, by council.'],
    ],
  ])('is not said of %s', async (_case, name, q3, narratives) => {
    expect(await messages(name, q3, narratives)).toEqual([]);
  });
});
