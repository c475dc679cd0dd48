import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every Word report the tests produce is checked with the Open XML SDK's own validator
 * (@ooxml-tools/validate, the SDK compiled to WebAssembly). Tests hand their reports over with
 * keepReport (helpers.ts), which copies them into the folder made here; once every test has run, each
 * distinct report is validated and any error fails the run. The validator exits 0 even on errors, so
 * its results are read, not its exit code.
 */
export default function setup(): () => Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'plan-reports-'));
  process.env.PLAN_TEST_REPORTS = folder;
  return async () => {
    try {
      const { default: validate, ready } = await import('@ooxml-tools/validate');
      await ready();
      const seen = new Set<string>();
      const problems: string[] = [];
      for (const name of readdirSync(folder).sort()) {
        const bytes = readFileSync(join(folder, name));
        const hash = createHash('sha256').update(bytes).digest('hex');
        if (seen.has(hash)) continue;
        seen.add(hash);
        for (const r of await validate(bytes, 'docx')) problems.push(`${name}: ${r.path.partUri} ${r.path.xpath}: ${r.description}`);
      }
      process.stdout.write(`\nOpen XML SDK validator: ${seen.size} distinct reports from the tests, ${problems.length} errors\n`);
      // A run of a few test files may write no report (npm run coverage's benchmark run says so with
      // PLAN_FEW_FILES); the whole suite, as CI runs it, must.
      if (seen.size === 0 && process.env.CI === 'true' && process.env.PLAN_FEW_FILES !== '1')
        throw new Error('the tests handed no report to the Open XML SDK validator');
      if (problems.length > 0) throw new Error(`the Open XML SDK validator found errors:\n${problems.join('\n')}`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
}
