import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedBy, expectedShare, profileName, profileWords, STRAIGHT_LINE } from '../src/compute/profile.js';
import { computeActionFigures, DEFAULT_RAG } from '../src/compute/savings.js';
import type { Action, Council } from '../src/plan/model.js';
import { QUARTERS, type Quarter } from '../src/plan/quarters.js';
import { type SavingsProfile, toProfile } from '../src/plan/schedule.js';

/**
 * Savings profiles: "expected by end of Qn" follows each quarter's share of the annual target
 * instead of the straight line. Every figure below is worked out by hand in its comment.
 */

const PLAN_PROFILE = toProfile([10, 20, 30, 40], 'plan');
const HALVES = toProfile([12.5, 12.5, 37.5, 37.5], 'target');

describe('the share of the target expected by the end of each quarter', () => {
  it.each([
    // Straight line: 25, 50, 75, 100%.
    ['a straight line', STRAIGHT_LINE, [2500, 5000, 7500, 10000]],
    // 10/20/30/40: running totals 10, 30, 60, 100%.
    ['10/20/30/40', PLAN_PROFILE, [1000, 3000, 6000, 10000]],
    // 12.5/12.5/37.5/37.5: 12.5, 25, 62.5, 100%.
    ['12.5/12.5/37.5/37.5', HALVES, [1250, 2500, 6250, 10000]],
  ] as const)('%s', (_name, profile, byQuarter) => {
    expect(QUARTERS.map((q) => expectedShare(profile, q))).toEqual(byQuarter);
  });

  it('is the whole target by the end of Q4, whatever the profile', () => {
    const share = fc.integer({ min: 0, max: 10000 });
    fc.assert(
      fc.property(share, share, share, fc.integer({ min: 1, max: 1e9 }), (a, b, c, target) => {
        fc.pre(a + b + c <= 10000);
        const profile: SavingsProfile = { shares: [a, b, c, 10000 - a - b - c], source: 'target' };
        expect(expectedBy(target, profile, 'Q4')).toBe(target);
      }),
    );
  });

  it('on a straight line, is what the straight-line pace always expected: n quarters of 4, half up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e12 }), fc.constantFrom(...QUARTERS), (target, q) => {
        const n = BigInt(QUARTERS.indexOf(q) + 1);
        // target × n / 4, rounded half up, in integers: (2·target·n + 4) div 8.
        const old = Number((2n * BigInt(target) * n + 4n) / 8n);
        expect(expectedBy(target, STRAIGHT_LINE, q)).toBe(old);
      }),
    );
  });

  it.each([
    // 90,000 on 10/20/30/40: 9,000, 27,000, 54,000, 90,000.
    [90000, PLAN_PROFILE, [9000, 27000, 54000, 90000]],
    // 12,345 on 12.5/12.5/37.5/37.5: 1,543.125 → 1,543; 3,086.25 → 3,086; 7,715.625 → 7,716 (half up); 12,345.
    [12345, HALVES, [1543, 3086, 7716, 12345]],
    // 2 on 25% a quarter: 0.5 → 1 (half up), 1, 1.5 → 2, 2.
    [2, STRAIGHT_LINE, [1, 1, 2, 2]],
  ] as const)('£%i is expected by the end of Q1–Q4 as worked out by hand', (target, profile, expected) => {
    expect(QUARTERS.map((q) => expectedBy(target, profile, q))).toEqual(expected);
  });
});

const COUNCILS: Council[] = [
  { code: 'KBC', name: 'Kestrel Borough Council' },
  { code: 'HDC', name: 'Harrier District Council' },
];

function profiledAction(quarter: Quarter, achieved: Record<string, number>, profile: SavingsProfile | undefined): Action {
  return {
    id: 'contract-savings',
    text: [],
    target: {
      measure: 'contract savings',
      amounts: { KBC: 90000, HDC: 45000 },
      achievedLabel: 'achieved',
      pendingLabel: 'pending',
      ...(profile ? { profile } : {}),
    },
    updates: { [quarter]: { achieved, pending: {}, notes: {} } },
    source: 'x.yaml:1',
  };
}

describe('pace, RAG and status follow the profile at the quarter boundaries', () => {
  it('is on pace when exactly on the profile, in every quarter', () => {
    // 10/20/30/40 of 90,000 and 45,000: Q1 9,000/4,500, Q2 27,000/13,500, Q3 54,000/27,000, Q4 90,000/45,000.
    const onProfile: Record<Quarter, [number, number]> = { Q1: [9000, 4500], Q2: [27000, 13500], Q3: [54000, 27000], Q4: [90000, 45000] };
    for (const q of QUARTERS) {
      const [kbc, hdc] = onProfile[q];
      const f = computeActionFigures(profiledAction(q, { KBC: kbc, HDC: hdc }, PLAN_PROFILE), q, COUNCILS, DEFAULT_RAG)!;
      expect(f.councils.map((c) => [c.expected, c.paceGap, c.rag])).toEqual([
        [kbc, 0, 'green'],
        [hdc, 0, 'green'],
      ]);
      expect(f.combined.expected).toBe(kbc + hdc);
      expect(f.profile.source).toBe('plan');
    }
  });

  it('rates Q3 by the profile, not the straight line', () => {
    // Q3 achieved 50,000 and 27,000. Profile: expected 54,000 (50,000 is 92.6%: amber, £4,000 behind) and
    // 27,000 (on pace: green). Straight line: expected 67,500 (74.1%: red) and 33,750 (80%: amber).
    const achieved = { KBC: 50000, HDC: 27000 };
    const profiled = computeActionFigures(profiledAction('Q3', achieved, PLAN_PROFILE), 'Q3', COUNCILS, DEFAULT_RAG)!;
    expect(profiled.councils.map((c) => [c.expected, c.paceGap, c.rag])).toEqual([
      [54000, -4000, 'amber'],
      [27000, 0, 'green'],
    ]);
    expect(profiled.rag).toBe('amber');
    expect(profiled.status).toBe('Q3 target shortfall for KBC; on track for HDC');
    const straight = computeActionFigures(profiledAction('Q3', achieved, undefined), 'Q3', COUNCILS, DEFAULT_RAG)!;
    expect(straight.councils.map((c) => [c.expected, c.rag])).toEqual([
      [67500, 'red'],
      [33750, 'amber'],
    ]);
    expect(straight.profile).toBe(STRAIGHT_LINE);
  });

  it('is a pound behind one pound below the profile, and needs all of the target in Q4', () => {
    // Q4 on 10/20/30/40 expects 100%: 89,999 of 90,000 is £1 behind (amber: 99.99%).
    const f = computeActionFigures(profiledAction('Q4', { KBC: 89999, HDC: 45000 }, PLAN_PROFILE), 'Q4', COUNCILS, DEFAULT_RAG)!;
    expect(f.councils.map((c) => [c.expected, c.paceGap, c.rag])).toEqual([
      [90000, -1, 'amber'],
      [45000, 0, 'green'],
    ]);
  });
});

describe('the profile in words', () => {
  it('names the shares and whose profile it is', () => {
    expect(profileWords(PLAN_PROFILE)).toBe('10/20/30/40%');
    expect(profileWords(HALVES)).toBe('12.5/12.5/37.5/37.5%');
    expect(profileName(PLAN_PROFILE)).toBe("the plan's profile 10/20/30/40%");
    expect(profileName(HALVES)).toBe('its own profile 12.5/12.5/37.5/37.5%');
    expect(profileName(STRAIGHT_LINE)).toBe('a straight-line pace');
  });
});
