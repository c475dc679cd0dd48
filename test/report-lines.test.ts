import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../src/plan/load-plan.js';
import { REPORT_LINE } from '../src/plan/report-lines.js';
import { buildQuarterModel } from '../src/report/build-report.js';
import { DEFAULT_TEMPLATE, loadTemplate } from '../src/template/load.js';
import { ROOT, SHIPPED_PLANS } from './helpers.js';

const fixture = (name: string) => join(ROOT, 'test', 'fixtures', name, 'plans');

/**
 * plan validate knows the report's own sentences of the figures by REPORT_LINE (src/plan/report-lines.ts),
 * so that one pasted back into a narrative is found. Here the pattern meets the sentences the report
 * really writes, in every quarter, so that a change of their wording cannot leave it behind.
 */
describe("the report's own sentences of the figures", () => {
  it.each([
    [SHIPPED_PLANS, 'Q3'],
    [fixture('westbrook'), 'Q1'],
    [fixture('westbrook'), 'Q2'],
    [fixture('osprey'), 'Q4'],
  ] as const)('are known in a narrative: %s at %s', async (plans, quarter) => {
    const whole = (await loadPlan({ plansDir: plans, cwd: ROOT })).plan!;
    const template = (await loadTemplate(DEFAULT_TEMPLATE)).template!;
    const lines = buildQuarterModel(whole, quarter, template).model.sections.flatMap((s) =>
      s.rows.flatMap((r) => r.figureLines.map((l) => l.text)),
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(REPORT_LINE);
    expect('CDC saved £4,000, 72% of the £75,000 annual target, at the end of the third quarter').not.toMatch(REPORT_LINE);
  });
});
