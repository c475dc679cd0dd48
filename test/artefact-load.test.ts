import { afterEach, describe, expect, it } from 'vitest';
import { loadPlan } from '../src/plan/load-plan.js';
import { BASE_FILES, type Fixture, makeFixture } from './helpers.js';

/**
 * Text another program left (an HTML entity, a spreadsheet's line-break code) is warned of, and --fix
 * mends it; until then the plan reads the text as written, in a block or in quotes alike. (The import
 * round trip found a block narrative read mended while the same text in quotes was not.)
 */

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

async function narrativeOf(narrative: string): Promise<{ text: string; codes: string[] }> {
  fixture = makeFixture({ '1.1-alpha.yaml': BASE_FILES['1.1-alpha.yaml']!.replace('        narrative: Going well.', narrative) });
  const result = await loadPlan({ plansDir: fixture.plans, quarter: 'Q3', cwd: fixture.root });
  const blocks = result.plan!.sections[0]!.actions[0]!.updates.Q3!.narrative as unknown as Array<{ inlines: Array<{ text?: string }> }>;
  return { text: blocks.map((b) => b.inlines.map((i) => i.text ?? '').join('')).join('\n'), codes: result.diagnostics.map((d) => d.code) };
}

describe('text another program left, as the plan reads it before --fix', () => {
  it('is read as written in a block, as in quotes, with a warning for the block', async () => {
    const block = await narrativeOf('        narrative: |\n          Savings &amp; value\n');
    const quoted = await narrativeOf('        narrative: "Savings &amp; value"');
    expect(block.text).toBe('Savings &amp; value');
    expect(quoted.text).toBe(block.text);
    expect(block.codes).toContain('pasted-artefact');
  });
});
