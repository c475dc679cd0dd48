import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planProblems } from '../src/compute/check-plan.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { profileAgainstText } from '../src/plan/profile-text.js';
import { PLANS } from './mistakes.js';

/**
 * A profile typed in another order than the action's text gives its shares (profile-text.ts): found
 * when the text gives them by quarter, said once, with the statuses the wrong profile would rate left
 * alone, and nothing said when the text gives other shares or gives them by calendar quarter.
 */

describe("a profile held against the action's text", () => {
  const TEXT = 'Rebates are paid after each quarter, so the profile is 10%, 20%, 30% and 40%, from the first quarter to the last.';

  it.each([
    [[40, 10, 20, 30], 'calendar'],
    [[40, 30, 20, 10], 'reversed'],
    [[20, 30, 40, 10], 'other'],
  ])('finds %j in another order (%s)', (typed, order) => {
    expect(profileAgainstText(TEXT, typed)?.order).toBe(order);
  });

  it('reads shares the text names by quarter', () => {
    const slip = profileAgainstText('The profile is Q1 10%, Q2: 20%, Q3 30% and Q4 40%.', [40, 10, 20, 30]);
    expect([slip?.said, slip?.order]).toEqual([[10, 20, 30, 40], 'calendar']);
  });

  it.each([
    ['the profile the text gives', TEXT, [10, 20, 30, 40]],
    ['other shares than the text gives', TEXT, [25, 25, 25, 25]],
    ['shares the text gives by calendar quarter', "The finance system's calendar quarters are 40%, 10%, 20% and 30%.", [10, 20, 30, 40]],
    ['shares the text names by quarter in another order', 'The profile is Q4 40%, Q1 10%, Q2 20% and Q3 30%.', [40, 10, 20, 30]],
    ['four shares not by quarter', 'Savings are split 50%, 25%, 15% and 10% between the workstreams.', [10, 15, 25, 50]],
  ])('says nothing of %s', (_name, text, typed) => {
    expect(profileAgainstText(text, typed)).toBeUndefined();
  });
});

describe('a profile in another order than the text, and the statuses it would rate', () => {
  const root = mkdtempSync(join(tmpdir(), 'plan-profile-text-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is the only message: the statuses wait for the profile', async () => {
    mkdirSync(join(root, 'plans'), { recursive: true });
    for (const [name, text] of Object.entries(PLANS.kestrel)) {
      const edited = text
        .replace(
          'Claim the energy rebate on street lighting.',
          'Claim the energy rebate on street lighting, paid by the quarter in shares of 12.5%, 12.5%, 37.5% and 37.5% from Q1 to Q4.',
        )
        .replace('profile: [12.5, 12.5, 37.5, 37.5]', 'profile: [37.5, 37.5, 12.5, 12.5]');
      writeFileSync(join(root, 'plans', name), edited);
    }
    const loaded = await loadPlan({ plansDir: 'plans', cwd: root });
    const found = planProblems(loaded, 'Q3').filter((d) => d.file === 'plans/1-savings.yaml');
    expect(found.map((d) => `${d.line} ${d.code}`)).toEqual(['36 profile-against-text']);
  });
});
