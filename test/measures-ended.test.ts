import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText } from './docx.js';
import { makeFixture, runPlanInProcess } from './helpers.js';

/**
 * An action that ended earlier in the year is still shown in the quarter's report, marked as ended.
 * Its measures stopped with it: the measures summary rates them at its last quarter and says so,
 * "9% (ended Q1)", with no direction, rather than "no Q3 figure".
 *   Q1: CDC 9 against a target of 10 or below: green; SNC 6 against 5: worse by 1, beyond the band
 *   (10% of 5 = 0.5): red. The action ended in Q1, so at Q3 those are still its figures.
 */
const SECTION = [
  'section: "2"',
  'title: Compliance',
  'actions:',
  '  - id: clean-data',
  '    action: Clean the supplier data',
  '    measures:',
  '      duplicates:',
  '        name: duplicate suppliers',
  '        unit: percent',
  '        better: lower',
  '        target: { CDC: 10, SNC: 5 }',
  '    updates:',
  '      Q1:',
  '        status: Done',
  '        ended: completed',
  '        measures:',
  '          duplicates: { CDC: 9, SNC: 6 }',
  '',
].join('\n');

describe('the measures of an action that ended earlier in the year', () => {
  it('are rated at its last quarter in the summary, which says when it ended', async () => {
    const fixture = makeFixture({ '2-compliance.yaml': SECTION });
    try {
      const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--format', 'docx,json'], { cwd: fixture.root });
      expect(r.exitCode, r.stderr).toBe(0);
      const file = (ext: string) => join(fixture.root, r.stdout.split('\n').find((l) => l.endsWith(`.${ext}`))!);
      const text = docxText(file('docx'));
      expect(text).toContain('Completed in Q1');
      const label = 'Duplicate suppliers (%, lower is better; section 2)';
      expect(text).toContain([label, 'Cherwell District Council (CDC)', '10% or below', '9% (ended Q1)', '–', 'Green'].join('\n'));
      expect(text).toContain([label, 'South Northamptonshire Council (SNC)', '5% or below', '6% (ended Q1)', '–', 'Red'].join('\n'));
      const data = JSON.parse(readFileSync(file('json'), 'utf8')) as {
        measures: Array<{
          councils: Array<{
            code: string;
            value: number | null;
            valueQuarter: string | null;
            rag: string | null;
            direction: string | null;
          }>;
        }>;
      };
      expect(data.measures[0]!.councils.map((c) => [c.code, c.value, c.valueQuarter, c.rag, c.direction])).toEqual([
        ['CDC', 9, 'Q1', 'green', null],
        ['SNC', 6, 'Q1', 'red', null],
      ]);
    } finally {
      fixture.cleanup();
    }
  });
});
