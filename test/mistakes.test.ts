import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sortDiagnostics } from '../src/diagnostics/diagnostic.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { PARSER_WORDS } from './helpers.js';
import { applyMistake, MISTAKES, WESTBROOK_FILES } from './mistakes.js';

const root = mkdtempSync(join(tmpdir(), 'plan-mistakes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Load the Westbrook plan with one file replaced. */
async function diagnose(file: string, text: string, n: number) {
  const dir = join(root, String(n));
  const plans = join(dir, 'plans');
  mkdirSync(plans, { recursive: true });
  for (const [name, content] of Object.entries(WESTBROOK_FILES)) writeFileSync(join(plans, name), name === file ? text : content);
  const result = await loadPlan({ plansDir: 'plans', cwd: dir });
  return sortDiagnostics(result.diagnostics);
}

describe('the mistake corpus: one plain-words message per slip, at the line where the officer must act', () => {
  it('has at least 40 mistakes', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(40);
  });

  MISTAKES.forEach((m, n) => {
    it(m.name, async () => {
      const diagnostics = await diagnose(m.file, applyMistake(m), n);
      const first = diagnostics[0];
      const shown = diagnostics.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message} | ${d.hint ?? ''}`).join('\n');
      expect(first, shown).toBeDefined();
      expect(`${first!.file}:${first!.line}`, shown).toBe(`plans/${m.file}:${m.line}`);
      expect(first!.message, shown).toMatch(m.message);
      if (m.hint) expect(first!.hint, shown).toMatch(m.hint);
      expect(first!.severity, shown).toBe(m.severity ?? 'error');
      expect(diagnostics.length, shown).toBeLessThanOrEqual(2);
      for (const d of diagnostics) expect(`${d.message} ${d.hint ?? ''}`, shown).not.toMatch(PARSER_WORDS);
    });
  });
});

describe('a repair that adds a line', () => {
  it('leaves the line numbers of the messages after it those of the file', async () => {
    // The "- id:" line of the first action deleted (plan adds it back to read on), and a label
    // written twice further down: lines 38 and 40 of the file, not of the text plan read.
    const text = WESTBROOK_FILES['2-savings.yaml']!.replace('  - id: cashable-savings\n', '').replace(
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
