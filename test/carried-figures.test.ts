import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planProblems } from '../src/compute/check-plan.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { WESTBROOK_FILES } from './mistakes.js';

/**
 * Figures copied or carried inside an action (carried-figures.ts): warned of at the figure to write,
 * with the status the figures in doubt would contradict left unchecked, so that the officer is not
 * sent first to rewrite a status that is true.
 */

const root = mkdtempSync(join(tmpdir(), 'plan-carried-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SAV = '2-savings.yaml';
let n = 0;

/** `plan validate`'s messages for Westbrook with its savings file edited. */
async function problems(edit: (text: string) => string) {
  const dir = join(root, String(n++));
  mkdirSync(join(dir, 'plans'), { recursive: true });
  for (const [name, text] of Object.entries(WESTBROOK_FILES)) writeFileSync(join(dir, 'plans', name), name === SAV ? edit(text) : text);
  const loaded = await loadPlan({ plansDir: 'plans', cwd: dir });
  return planProblems(loaded, 'Q2')
    .filter((d) => d.file === `plans/${SAV}`)
    .map((d) => `${d.line} ${d.code}`);
}

const NARRATIVE = "          EDC's share of the fleet contract slips to Q3.\n";

describe('figures carried inside an action, and the status they would contradict', () => {
  it.each([
    [
      "a council's total left as the quarter before's, the narrative giving its saving in the quarter",
      (t: string) =>
        t
          .replace(NARRATIVE, `${NARRATIVE}          NDC saved £18,000 this quarter.\n`)
          .replace('          NDC: 40000\n', '          NDC: 22000\n'),
      '28 figures-carried',
    ],
    [
      "the quarter's own saving the narrative gives written for the year's total",
      (t: string) =>
        t
          .replace(NARRATIVE, `${NARRATIVE}          WBC's saving in the quarter alone was £36,250.\n`)
          .replace('          WBC: 61250\n', '          WBC: 36250\n'),
      '27 figures-carried',
    ],
  ])('%s: one warning, at the figure', async (_, edit, expected) => {
    expect(await problems(edit)).toEqual([expected]);
  });

  it('says nothing of the plan as it is', async () => {
    expect(await problems((t) => t)).toEqual([]);
  });
});
