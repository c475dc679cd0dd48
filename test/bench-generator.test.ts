import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computePlanFigures } from '../src/compute/savings.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { richTextToPlain } from '../src/plan/rich-text.js';
// @ts-expect-error: plain JavaScript, so that the bench runs with nothing but Node.
import { planToMarkdown, writeSyntheticPlan } from './bench.mjs';

/** The benchmark measures what it claims only if its synthetic plans are real, valid plans. */
const dir = mkdtempSync(join(tmpdir(), 'plan-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the benchmark generator', () => {
  it('writes valid plans in the real format, with ~250-word narratives, bullets and targets', async () => {
    writeSyntheticPlan(dir, 450);
    const { plan, diagnostics, files } = await loadPlan({ plansDir: join(dir, 'plans'), quarter: 'Q3' });
    expect(diagnostics).toEqual([]);
    expect(files).toHaveLength(4); // plan.yaml and 200 actions a file
    const actions = plan!.sections.flatMap((s) => s.actions);
    expect(actions).toHaveLength(450);
    expect(actions.filter((a) => a.target)).toHaveLength(45);
    const words = richTextToPlain(actions[0]!.updates.Q3!.narrative!)
      .split(/\s+/)
      .filter((w) => /\w/.test(w));
    expect(words.length).toBeGreaterThanOrEqual(240);
    expect(words.length).toBeLessThanOrEqual(260);
    expect(actions[0]!.updates.Q3!.narrative!.some((b) => b.kind === 'bullet')).toBe(true);
  });

  it('gives pandoc the same content as grid tables', async () => {
    const { plan } = await loadPlan({ plansDir: join(dir, 'plans'), quarter: 'Q3' });
    const markdown: string = planToMarkdown(plan!, 'Q3', computePlanFigures(plan!, 'Q3'));
    expect(markdown.match(/^## /gm)).toHaveLength(plan!.sections.length);
    expect(markdown).toMatch(/^\| Action\s+\| Status\s+\| Narrative\s+\|$/m);
    // Read the Narrative column back out of the grid rows (columns are 40, 16 and 64 wide).
    const narrativeColumn = markdown
      .split('\n')
      .map((line) => /^\| .{40} \| .{16} \| (.{64}) \|$/.exec(line)?.[1] ?? '')
      .join(' ');
    const squash = (s: string) => s.replace(/\s+|^- /gm, '');
    for (const action of plan!.sections[0]!.actions.slice(0, 5)) {
      const expected = richTextToPlain(action.updates.Q3!.narrative!).replace(/^- /gm, '');
      expect(squash(narrativeColumn.replace(/(^|\s)- /g, ' '))).toContain(squash(expected));
    }
  });
});
