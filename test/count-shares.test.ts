import { afterEach, describe, expect, it } from 'vitest';
import { loadPlan } from '../src/plan/load-plan.js';
import { type Fixture, makeFixture, positionOf } from './helpers.js';

/** A section with a percentage measure, its Q3 row and narrative as given. */
const carbon = (row: string, narrative: string) =>
  [
    'section: "2.1"',
    'title: Sustainability',
    'actions:',
    '  - id: carbon',
    '    action: Put carbon requirements in every tender.',
    '    measures:',
    '      carbon:',
    '        name: tenders with carbon requirements',
    '        unit: percent',
    '        better: higher',
    '        target: { CDC: 80, SNC: 80 }',
    '    updates:',
    '      Q3:',
    '        status: Onward going',
    '        measures:',
    `          carbon: ${row}`,
    `        narrative: ${narrative}`,
    '',
  ].join('\n');

describe('a percentage measure given the count "N of M" its narrative gives', () => {
  let fixture: Fixture | undefined;
  afterEach(() => fixture?.cleanup());
  const messages = async (row: string, narrative: string) => {
    fixture = makeFixture({ '2.1-carbon.yaml': carbon(row, narrative) });
    const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: 'Q3' });
    return diagnostics.map((d) => `${positionOf(d)} ${d.message} | ${d.hint}`);
  };

  it('is said at the figure, with the share to write', async () => {
    expect(await messages('{ CDC: 83, SNC: 9 }', 'CDC 5 of 6 tenders (83%); SNC 9 of 12 (75%).')).toEqual([
      `plans/2.1-carbon.yaml:16:35 SNC's Q3 figure of "carbon", 9, is the count the narrative gives (line 17), "SNC 9 of 12": the measure is a percentage, and as a share it is 75% | write SNC: 75`,
    ]);
  });

  it.each([
    ['the shares as written', '{ CDC: 83, SNC: 75 }', 'CDC 5 of 6 tenders (83%); SNC 9 of 12 (75%).'],
    ['a share that is the count by chance', '{ CDC: 83, SNC: 50 }', 'CDC 5 of 6 tenders; SNC 50 of 100.'],
    [
      'a count of another thing beside the share written as a percentage',
      '{ CDC: 83, SNC: 9 }',
      'CDC 83%; SNC 9 of 12 quick quotes, and 9% of spend.',
    ],
  ])('is not said of %s', async (_case, row, narrative) => {
    expect(await messages(row, narrative)).toEqual([]);
  });
});

/** A section with a money measure over two quarters, the Q3 row and narrative as given. */
const commitments = (row: string, narrative: string) =>
  [
    'section: "2.2"',
    'title: Social value',
    'actions:',
    '  - id: social-value',
    '    action: Secure social value commitments in every contract.',
    '    measures:',
    '      commitments:',
    '        name: social value commitments (year to date)',
    '        unit: money',
    '        better: higher',
    '        target: { CDC: 40000, SNC: 20000 }',
    '    updates:',
    '      Q2:',
    '        status: Onward going',
    '        measures:',
    '          commitments: { CDC: 17900, SNC: 7700 }',
    '      Q3:',
    '        status: Onward going',
    '        measures:',
    `          commitments: ${row}`,
    `        narrative: ${narrative}`,
    '',
  ].join('\n');

describe('a money measure given the percentage its narrative gives beside the sum', () => {
  let fixture: Fixture | undefined;
  afterEach(() => fixture?.cleanup());
  const NARRATIVE = 'SNC let the grounds contract with a 10% social value weighting, taking SNC to £14,200.';
  const messages = async (row: string) => {
    fixture = makeFixture({ '2.2-social.yaml': commitments(row, NARRATIVE) });
    const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: 'Q3' });
    return diagnostics.filter((d) => d.code === 'percent-for-money').map((d) => `${positionOf(d)} ${d.message} | ${d.hint}`);
  };

  it('is said at the figure, with the sum to write', async () => {
    expect(await messages('{ CDC: 31200, SNC: 10 }')).toEqual([
      `plans/2.2-social.yaml:20:43 SNC's Q3 figure of "commitments", 10, is the 10% the narrative gives (line 21): the measure is money, and the same sentence takes SNC to £14,200 | write SNC: 14200`,
    ]);
  });

  it('is not said of the sum as written', async () => {
    expect(await messages('{ CDC: 31200, SNC: 14200 }')).toEqual([]);
  });
});

describe('a count whose targets are 100 for every council, the text giving each its count', () => {
  let fixture: Fixture | undefined;
  afterEach(() => fixture?.cleanup());
  const section = (target: string) =>
    [
      'section: "2.3"',
      'title: Suppliers',
      'actions:',
      '  - id: supplier-reviews',
      `    action: "Review each council's largest suppliers once a year: CDC's 6 and SNC's 4."`,
      '    measures:',
      '      reviewed:',
      '        name: largest suppliers reviewed so far this year',
      '        unit: count',
      '        better: higher',
      `        target: ${target}`,
      '    updates:',
      '      Q3:',
      '        status: Onward going',
      '        measures:',
      '          reviewed: { CDC: 3, SNC: 2 }',
      '',
    ].join('\n');
  const messages = async (target: string) => {
    fixture = makeFixture({ '2.3-suppliers.yaml': section(target) });
    const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: 'Q3' });
    return diagnostics.filter((d) => d.code === 'count-targets-as-all').map((d) => `${positionOf(d)} ${d.message} | ${d.hint}`);
  };

  it("is said at the target, with the text's counts", async () => {
    expect(await messages('{ CDC: 100, SNC: 100 }')).toEqual([
      `plans/2.3-suppliers.yaml:11:17 the targets of "reviewed" are 100 for every council, as "all of them" would be a percentage, but the measure is a count and the action's text gives CDC 6, SNC 4 | write target: { CDC: 6, SNC: 4 }`,
    ]);
  });

  it("is not said of the text's counts as targets", async () => {
    expect(await messages('{ CDC: 6, SNC: 4 }')).toEqual([]);
  });
});
