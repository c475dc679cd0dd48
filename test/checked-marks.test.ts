import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPlanInProcess } from './helpers.js';
import { WESTBROOK_FILES } from './mistakes.js';

/**
 * "# checked" after a value: a warning the officer has looked at, and found the value right, is not
 * shown again by validate (with --strict too) or report; an error always is.
 */

const root = mkdtempSync(join(tmpdir(), 'plan-checked-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const SAV = '2-savings.yaml';
/** Westbrook's NDC quoted the whole of its shortfall: a warning, right here. */
const GAP = '          NDC: 27000';
/** A share of target the figures do not give, in the Q2 narrative written as a block. */
const SHARE = "          EDC's share of the fleet contract slips to Q3.\n";

let n = 0;
function westbrook(savings: string): string {
  const dir = join(root, String(n++));
  mkdirSync(join(dir, 'plans'), { recursive: true });
  for (const [name, text] of Object.entries({ ...WESTBROOK_FILES, [SAV]: savings })) writeFileSync(join(dir, 'plans', name), text);
  return dir;
}

const savings = (edit: (t: string) => string) => edit(WESTBROOK_FILES[SAV]!);
const withGap = (mark: string) => savings((t) => t.replace('          NDC: 8000', `${GAP}${mark}`));

describe('a "# checked" mark', () => {
  it('leaves out the warning of its line, for validate and for report', async () => {
    // Westbrook has a warning of its own (a status the figures put behind): what plan says of it is the measure.
    const plain = await runPlanInProcess(['validate'], { cwd: westbrook(WESTBROOK_FILES[SAV]!) });
    const open = await runPlanInProcess(['validate'], { cwd: westbrook(withGap('')) });
    expect(open.stderr).toContain("NDC's pending amount, £27,000, is exactly what it still needs to reach its target");
    const dir = westbrook(withGap(' # checked: £27,000 really is quoted to the parishes'));
    const checked = await runPlanInProcess(['validate'], { cwd: dir });
    // The same, and a line that says a warning is out of sight.
    expect(checked).toEqual({ ...plain, stderr: `${plain.stderr}${LEFT_OUT}` });
    const report = await runPlanInProcess(['report', '--quarter', 'Q2', '--out', 'a.docx'], { cwd: dir });
    expect(report.exitCode).toBe(0);
    expect(report.stderr).not.toContain('£27,000, is exactly');
  });

  it('never leaves out an error', async () => {
    const r = await runPlanInProcess(['validate'], { cwd: westbrook(withGap('O # checked').replace('27000O', '2700O')) });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/2-savings\.yaml:53:\d+: error:/);
  });

  it('covers a text written as a block from the line that opens it, and is text inside it', async () => {
    // In the text, "# checked" is words the report would print: the warning stays.
    const share = (t: string) => t.replace(SHARE, `${SHARE}          WBC is at 21% of its annual target.\n`);
    const inText = await runPlanInProcess(['validate'], {
      cwd: westbrook(savings((t) => share(t).replace('of its annual target.\n', 'of its annual target. # checked\n'))),
    });
    expect(inText.stderr).toContain('the Q2 update says WBC is at "21% of its annual target"');
    const onOpener = await runPlanInProcess(['validate'], {
      cwd: westbrook(
        savings((t) => share(t).replace('        narrative: |\n          Joint', '        narrative: | # checked\n          Joint')),
      ),
    });
    const plain = await runPlanInProcess(['validate'], { cwd: westbrook(WESTBROOK_FILES[SAV]!) });
    expect(onOpener).toEqual({ ...plain, stderr: `${plain.stderr}${LEFT_OUT}` });
  });

  it('that leaves out nothing any more is named, so that it can be deleted', async () => {
    // The figure was changed after it was checked: the mark now hides nothing.
    const r = await runPlanInProcess(['validate'], {
      cwd: westbrook(savings((t) => t.replace('          NDC: 8000', '          NDC: 8000 # checked'))),
    });
    expect(r.stderr).toContain(
      'the "# checked" mark on plans/2-savings.yaml:53 has no warning to leave out now: if the value changed after it was checked, delete the mark\n',
    );
    expect(r.stderr).not.toContain('not shown');
  });
});

const LEFT_OUT = '1 warning is not shown: its line is marked "# checked"\n\n';
