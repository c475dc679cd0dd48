import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/**
 * The CI-sized benchmark (`node test/bench.mjs --quick`) against the ratios recorded in
 * test/bench-ratios.json. Only ratios are compared, never a time: each is plan's CPU time over
 * `node -e 0`'s (or pandoc's, where pandoc is installed) in the same run, so a busy machine moves
 * both sides. A ratio more than twice the recorded one is a regression. Re-record after a change
 * that makes plan faster, with `node test/bench.mjs --quick --record`.
 */
const dir = mkdtempSync(join(tmpdir(), 'plan-bench-quick-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface BenchResults {
  ratios: Record<string, number | null | undefined>;
  cpuRatios: Record<string, number | null | undefined>;
  rows: { name: string; exitCode: number | null }[];
}

describe('npm run bench --quick', () => {
  it('stays within twice the recorded ratios', { timeout: 600_000 }, () => {
    const out = join(dir, 'bench.json');
    const run = spawnSync(process.execPath, [join(ROOT, 'test', 'bench.mjs'), '--quick', '--json', out], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status, run.stderr).toBe(0);
    // The table of ratios and goals is printed.
    expect(run.stderr).toMatch(/\| plan validate \(shipped\) ÷ node -e 0 \| [\d.]+× \|/);
    const results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;
    // Every measured command ran as asked (a failing plan is fast, and would hide a regression).
    expect(results.rows.filter((r) => r.exitCode !== 0).map((r) => r.name)).toEqual([]);
    const recorded = JSON.parse(readFileSync(join(ROOT, 'test', 'bench-ratios.json'), 'utf8')) as { cpuRatios: Record<string, number> };
    const compared: string[] = [];
    for (const [name, before] of Object.entries(recorded.cpuRatios)) {
      const now = results.cpuRatios[name] ?? results.ratios[name];
      if (now === undefined || now === null) continue; // pandoc is not installed here
      compared.push(name);
      expect(now, `${name}: ${now.toFixed(2)}× now, ${before.toFixed(2)}× recorded`).toBeLessThanOrEqual(2 * before);
    }
    // The ratios to node -e 0 need nothing but Node, so they are always compared.
    expect(compared).toEqual(expect.arrayContaining(['plan --help ÷ node -e 0', 'plan validate (shipped) ÷ node -e 0']));
  });
});
