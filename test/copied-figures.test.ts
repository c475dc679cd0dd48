import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planProblems } from '../src/compute/check-plan.js';
import { copiedFigures, type Figures } from '../src/plan/copied-figures.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { JARGON } from './helpers.js';
import { WESTBROOK_FILES } from './mistakes.js';

/**
 * Figures copied from another action (copied-figures.ts): warned of once, at the copy, with the
 * status checks against the copied figures left out; and never for figures two actions may share.
 */

const root = mkdtempSync(join(tmpdir(), 'plan-copied-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SAV = '2-savings.yaml';
let n = 0;

/** `plan validate`'s messages for Westbrook with its savings file edited. */
async function problems(edit: (text: string) => string) {
  const dir = join(root, String(n++));
  mkdirSync(join(dir, 'plans'), { recursive: true });
  for (const [name, text] of Object.entries(WESTBROOK_FILES)) writeFileSync(join(dir, 'plans', name), name === SAV ? edit(text) : text);
  const loaded = await loadPlan({ plansDir: 'plans', cwd: dir });
  return planProblems(loaded).filter((d) => d.file === `plans/${SAV}`);
}

describe('figures copied from another action', () => {
  it('warns once at the achieved line, and leaves the status of the copied figures unchecked', async () => {
    // "Behind target" is right for the action's own figures; against the copied ones it would be warned of.
    const found = await problems((t) =>
      t.replace('          WBC: 12000\n          NDC: 3000\n', '          WBC: 61250\n          NDC: 40000\n'),
    );
    const lines = found.map((d) => `${d.line} ${d.code}`);
    expect(lines).toContain('49 figures-copied');
    expect(lines).not.toContain('48 status-against-figures');
    for (const d of found) expect(`${d.message} ${d.hint}`).not.toMatch(JARGON);
  });

  it('folds the missing figures of councils a pasted target brought with it into the warning', async () => {
    const found = await problems((t) =>
      t.replace('        WBC: 30000\n        NDC: 30000\n', '        WBC: 120000\n        NDC: 80000\n        EDC: 60000\n'),
    );
    expect(found.filter((d) => d.severity === 'error')).toEqual([]);
    expect(found.find((d) => d.code === 'figures-copied')?.message).toMatch(/no update gives a figure for EDC$/);
  });

  it.each([
    [
      'one round target for every council, in two actions',
      (t: string) => t.replace('        WBC: 120000\n        NDC: 80000\n        EDC: 60000\n', '        WBC: 30000\n        NDC: 30000\n'),
    ],
    ['the same figure for one council only', (t: string) => t.replace('          WBC: 4000\n', '          WBC: 25000\n')],
    [
      'nothing achieved yet in two actions',
      (t: string) =>
        t
          .replace(
            '          WBC: 25000\n          NDC: 22000\n          EDC: 9000\n',
            '          WBC: 0\n          NDC: 0\n          EDC: 0\n',
          )
          .replace('          WBC: 4000\n', '          WBC: 0\n'),
    ],
  ])('is silent for %s', async (_, edit) => {
    const found = await problems(edit);
    expect(found.filter((d) => d.code === 'figures-copied')).toEqual([]);
  });
});

describe('copiedFigures on a large plan', () => {
  // Every action's own uneven figures, and every tenth a paste of the one before it.
  const figures: Figures[] = Array.from(
    { length: 3000 },
    (_, i): Figures => (i % 10 === 9 ? { A: 1000 + i - 1, B: 7 * (i - 1) + 3 } : { A: 1000 + i, B: 7 * i + 3, C: i % 4 }),
  );

  it('finds each copy and its source', () => {
    const found = copiedFigures(figures);
    expect(found.size).toBe(300);
    expect(found.get(9)).toBe(8);
    expect(found.get(2999)).toBe(2998);
  });

  it('compares only the figures that share one, not every pair', () => {
    // Pair by pair, 3,000 actions are 4.5 million comparisons: seconds for `plan validate`.
    let compared = 0;
    copiedFigures(figures, () => {
      compared++;
      return true;
    });
    expect(compared).toBeGreaterThan(0);
    expect(compared).toBeLessThan(figures.length * 2);
  });
});
