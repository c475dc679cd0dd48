import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type validate from '@ooxml-tools/validate';

/**
 * Every Word report the tests produce is checked with the Open XML SDK's own validator
 * (@ooxml-tools/validate, the SDK compiled to WebAssembly). Tests hand their reports over with
 * keepReport (helpers.ts), which moves each into the folder made here under a `.docx` name once it is
 * whole. A worker thread validates each distinct report as it arrives, while the tests run (a report
 * takes it 0.5-5 s, and the test workers mostly wait on the programs they start), and the rest once
 * every test has run; any error fails the run. The validator exits 0 even on errors, so its results are
 * read, not its exit code.
 */

/** One of the validator's findings, and the report it is in. */
interface Finding {
  name: string;
  finding: Pick<Awaited<ReturnType<typeof validate>>[number], 'path' | 'description'>;
}

interface Outcome {
  distinct: number;
  findings: Finding[];
}

/** The worker: polls the folder, validates each distinct report once, and reports when told to finish. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
(async () => {
  const { default: validate, ready } = await import(workerData.validator);
  await ready();
  const done = new Set();
  const seen = new Set();
  const findings = [];
  let finishing = false;
  parentPort.on('message', () => { finishing = true; });
  for (;;) {
    const last = finishing;
    for (const name of readdirSync(workerData.folder).filter((n) => n.endsWith('.docx')).sort()) {
      if (done.has(name)) continue;
      done.add(name);
      const bytes = readFileSync(join(workerData.folder, name));
      const hash = createHash('sha256').update(bytes).digest('hex');
      if (seen.has(hash)) continue;
      seen.add(hash);
      for (const finding of await validate(bytes, 'docx')) findings.push({ name, finding: { path: finding.path, description: finding.description } });
    }
    if (last) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  parentPort.postMessage({ distinct: seen.size, findings });
})();
`;

export default function setup(): () => Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'plan-reports-'));
  process.env.PLAN_TEST_REPORTS = folder;
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { folder, validator: pathToFileURL(createRequire(import.meta.url).resolve('@ooxml-tools/validate')).href },
  });
  const outcome = new Promise<Outcome>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the Open XML SDK validator's thread stopped (exit ${code})`)));
  });
  // Until the run ends, a failure of the thread waits for the teardown to be reported.
  outcome.catch(() => undefined);
  return async () => {
    try {
      worker.postMessage('finish');
      const { distinct, findings } = await outcome;
      const problems = findings.map(({ name, finding: f }) => `${name}: ${f.path.partUri} ${f.path.xpath}: ${f.description}`);
      process.stdout.write(`\nOpen XML SDK validator: ${distinct} distinct reports from the tests, ${problems.length} errors\n`);
      // A run of a few test files may write no report (npm run coverage's benchmark run says so with
      // PLAN_FEW_FILES); the whole suite, as CI runs it, must.
      if (distinct === 0 && process.env.CI === 'true' && process.env.PLAN_FEW_FILES !== '1')
        throw new Error('the tests handed no report to the Open XML SDK validator');
      if (problems.length > 0) throw new Error(`the Open XML SDK validator found errors:\n${problems.join('\n')}`);
    } finally {
      await worker.terminate();
      rmSync(folder, { recursive: true, force: true });
    }
  };
}
