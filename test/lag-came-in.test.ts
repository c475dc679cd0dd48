import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../src/plan/load-plan.js';
import { makeFixture, ROOT } from './helpers.js';

/**
 * A lagging figure carried into the next update unchanged while the narrative says the late figure
 * has come in (held-out set 17, slip 15): Osprey's TDC at Q4, its Q3 figure now in.
 */
const OSPREY = join(ROOT, 'test', 'fixtures', 'osprey', 'plans');
const files = Object.fromEntries(readdirSync(OSPREY).map((name) => [name, readFileSync(join(OSPREY, name), 'utf8')]));
const Q4 = '            TDC: { value: 4, quarter: Q3 }\n';

async function messages(q4: string, narrative: string): Promise<string[]> {
  const edited = files['1-compliance.yaml']!.replace(Q4, `${q4}        narrative: ${narrative}\n`);
  const fixture = makeFixture({ ...files, '1-compliance.yaml': edited });
  try {
    const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: 'Q4' });
    return diagnostics.filter((d) => d.code === 'lag-figure-came-in').map((d) => `${d.line}: ${d.message} | ${d.hint}`);
  } finally {
    fixture.cleanup();
  }
}

describe('a lagging figure left as it was, though the words say the late figure came in', () => {
  it('is said, with the figure and the quarter the words give', async () => {
    const said = await messages(
      '            TDC: { value: 6, quarter: Q2 }\n',
      "TDC's figure for October to December has now come in at 4.",
    );
    expect(said).toEqual([
      "43: TDC's Q4 figure is still { value: 6, quarter: Q2 }, as at Q3, while the narrative (line 44) says its late figure has now come in, at 4: the report would print the old one as the latest | write TDC: { value: 4, quarter: Q3 }; if 4 is this quarter's own figure, write TDC: 4",
    ]);
  });

  it('is left alone when the figure was updated, or the words say it is still to come', async () => {
    expect(await messages(Q4, "TDC's figure for October to December has now come in at 4.")).toEqual([]);
    expect(await messages('            TDC: { value: 6, quarter: Q2 }\n', "TDC's later figures are still to come.")).toEqual([]);
  });
});
