import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sortDiagnostics } from '../src/diagnostics/diagnostic.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { PARSER_WORDS } from './helpers.js';
import { applyMistake, MISTAKES, PLANS } from './mistakes.js';

const root = mkdtempSync(join(tmpdir(), 'plan-mistakes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type PlanName = keyof typeof PLANS;

async function load(plan: PlanName, file: string | undefined, text: string, dir: string) {
  const plans = join(dir, 'plans');
  mkdirSync(plans, { recursive: true });
  for (const [name, content] of Object.entries(PLANS[plan])) writeFileSync(join(plans, name), name === file ? text : content);
  return sortDiagnostics((await loadPlan({ plansDir: 'plans', cwd: dir })).diagnostics);
}

/** What a plan says unchanged (Kestrel warns of an overdue action), so that only the slip's messages are counted. */
const said = new Map<PlanName, Promise<Set<string>>>();
const sayingOf = (d: { file: string; code: string; message: string }) => `${d.file} ${d.code} ${d.message}`;

/** Load a plan with one file replaced: the messages it adds to those of the plan unchanged. */
async function diagnose(file: string, text: string, n: number, plan: PlanName = 'westbrook') {
  if (!said.has(plan))
    said.set(
      plan,
      load(plan, undefined, '', join(root, plan)).then((ds) => new Set(ds.map(sayingOf))),
    );
  const before = await said.get(plan)!;
  return (await load(plan, file, text, join(root, String(n)))).filter((d) => !before.has(sayingOf(d)));
}

describe('the mistake corpus: one plain-words message per slip, at the line where the officer must act', () => {
  it('has at least 40 mistakes', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(40);
  });

  MISTAKES.forEach((m, n) => {
    it(m.name, async () => {
      const diagnostics = await diagnose(m.file, applyMistake(m), n, m.plan);
      const first = diagnostics[0];
      const shown = diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} | ${d.hint ?? ''}`).join('\n');
      expect(first, shown).toBeDefined();
      expect(`${first!.file}:${first!.line}`, shown).toBe(`plans/${m.file}:${m.line}`);
      expect(first!.message, shown).toMatch(m.message);
      if (m.hint) expect(first!.hint, shown).toMatch(m.hint);
      expect(first!.severity, shown).toBe(m.severity ?? 'error');
      expect(diagnostics.length, shown).toBeLessThanOrEqual(m.alone ? 1 : 2);
      for (const d of diagnostics) expect(`${d.message} ${d.hint ?? ''}`, shown).not.toMatch(PARSER_WORDS);
    });
  });
});

describe('a repair that adds a line', () => {
  it('leaves the line numbers of the messages after it those of the file', async () => {
    // The "- id:" line of the first action deleted (plan adds it back to read on), and a label
    // written twice further down: lines 38 and 40 of the file, not of the text plan read.
    const text = PLANS.westbrook['2-savings.yaml']!.replace('  - id: cashable-savings\n', '').replace(
      '      pendingLabel: quoted\n',
      '      pendingLabel: quoted\n      achievedLabel: paid\n',
    );
    const diagnostics = await diagnose('2-savings.yaml', text, MISTAKES.length);
    const twice = diagnostics.find((d) => d.code === 'duplicate-key');
    expect(diagnostics[0]!.line).toBe(5);
    expect(twice?.line).toBe(40);
    expect(twice?.message).toMatch(/the first is on line 38/);
    expect(twice?.hint).toMatch(/merge what line 40 says into line 38, then delete line 40/);
  });
});

describe('a list with tabs after its commas, as pasted from a spreadsheet row', () => {
  it('is read as the list it is, with no message (a tab after a comma is a space)', async () => {
    const plan = PLANS.kestrel['plan.yaml']!.replace('savingsProfile: [10, 20, 30, 40]', 'savingsProfile: [10,\t20,\t30,\t40]');
    const section = PLANS.kestrel['1-savings.yaml']!.replace('profile: [12.5, 12.5, 37.5, 37.5]', 'profile: [12.5,\t12.5,\t37.5,\t37.5]');
    expect(await diagnose('plan.yaml', plan, MISTAKES.length + 1, 'kestrel')).toEqual([]);
    expect(await diagnose('1-savings.yaml', section, MISTAKES.length + 2, 'kestrel')).toEqual([]);
  });
});
