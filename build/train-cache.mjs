import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The last step of `npm run build`: run the built `plan` once for each kind of run, on the plan in
 * plans/, with PLAN_CODE_CACHE=write, so that src/bin.cts can start each later run from a V8 code cache.
 * Exit codes do not matter here (a plan with errors still runs most of the code); a run that writes
 * no cache is reported, and plan still works without it.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'dist', 'bin.cjs');
const plans = join(root, 'plans');
const scratch = mkdtempSync(join(tmpdir(), 'plan-code-cache-'));
const env = { ...process.env, PLAN_CODE_CACHE: 'write', NO_COLOR: '1' };
const run = (args) => spawnSync(process.execPath, [bin, ...args], { cwd: scratch, env, encoding: 'utf8' }).status;

try {
  run(['validate', '--plans', plans]);
  // The report with the latest quarter the plan has, so that the document code runs too.
  for (const quarter of ['Q4', 'Q3', 'Q2', 'Q1']) {
    if (run(['report', '--plans', plans, '--quarter', quarter, '--out', join(scratch, 'report.docx')]) === 0) break;
  }
  run(['--help']);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
// Each kind of run loads the parts of the bundle it needs (build/bundle.mjs), each through its own cache.
const caches = ['plan-validate', 'plan-check-validate', 'plan-report', 'plan-check-report', 'plan-rest-report', 'plan-cli'];
const missing = caches.filter((name) => !existsSync(join(root, 'dist', 'bundle', `${name}.cache`)));
if (missing.length > 0) process.stderr.write(`plan: no code cache for ${missing.join(', ')}; those runs will compile as usual\n`);
