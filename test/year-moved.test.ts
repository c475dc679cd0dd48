import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../src/plan/load-plan.js';
import { PLANS } from './mistakes.js';

/**
 * A year moved on in plan.yaml by hand is told at plan.yaml's label; a year the roll started (it keeps
 * the finished year in plans/archive, and asks for each target to be confirmed) keeps its warning for
 * each action due before the year.
 */

const root = mkdtempSync(join(tmpdir(), 'plan-year-moved-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
async function codes(extra: (plans: string) => void, edit: (name: string, text: string) => string = (_, t) => t): Promise<string[]> {
  const plans = join(root, String(n++), 'plans');
  mkdirSync(plans, { recursive: true });
  for (const [name, text] of Object.entries(PLANS.kestrel)) {
    const moved =
      name === 'plan.yaml' ? text.replace('label: 2014/15\n  starts: 2014-04-01', 'label: 2015/16\n  starts: 2015-04-01') : text;
    writeFileSync(join(plans, name), edit(name, moved));
  }
  extra(plans);
  const result = await loadPlan({ plansDir: plans });
  return result.diagnostics.map((d) => d.code);
}

describe('a financial year moved on', () => {
  it('by hand is one message at the label', async () => {
    expect(await codes(() => {})).toEqual(['year-moved-by-hand']);
  });

  it('by the year roll, which kept the finished year in the archive, warns of each date before the year', async () => {
    const found = await codes((plans) => mkdirSync(join(plans, 'archive', '2014-15'), { recursive: true }));
    expect(found).not.toContain('year-moved-by-hand');
    expect(found.filter((c) => c === 'due-before-year')).toHaveLength(2);
  });

  it('with a target still to confirm for the new year, warns of each date before the year', async () => {
    const found = await codes(
      () => {},
      (name, text) =>
        name === '1-savings.yaml'
          ? text.replace(
              '      measure: contract savings\n',
              (m) => `${m}      confirm: TODO: check these are the 2015/16 targets, then delete this line\n`,
            )
          : text,
    );
    expect(found).not.toContain('year-moved-by-hand');
    expect(found).toContain('due-before-year');
  });
});
