import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeProcessCovs } from '@bcoe/v8-coverage';
import libCoverage from 'istanbul-lib-coverage';
import libReport from 'istanbul-lib-report';
import reports from 'istanbul-reports';
import v8ToIstanbul from 'v8-to-istanbul';

/**
 * `npm run coverage`: how much of src/ the tests run, counting both kinds of test. In-process tests are
 * measured by vitest (coverage-v8); end-to-end tests start the built `plan` as a child process, which
 * writes V8 coverage (NODE_V8_COVERAGE) for the bundle; those runs are merged and mapped back to src/
 * through the bundle's source map. The bundle is built unminified for this (V8's ranges can only be
 * mapped line by line), then rebuilt as shipped. Prints a table per folder, writes coverage/, and fails
 * below the floors.
 */
const FLOORS = { lines: 90, branches: 80 };

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'coverage');
const childRaw = join(out, 'child-v8');
const bundleDir = join(root, 'dist', 'bundle');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' }).status;

/** The child processes' coverage of the bundle's parts, each merged into one V8 report, then mapped to src/. */
async function childCoverage() {
  const raw = readdirSync(childRaw).map((name) => JSON.parse(readFileSync(join(childRaw, name), 'utf8')).result);
  const map = libCoverage.createCoverageMap({});
  // The bundle is in parts (build/bundle.mjs): plan.cjs and the ones it loads.
  for (const part of readdirSync(bundleDir).filter((name) => name.endsWith('.cjs'))) {
    const file = join(bundleDir, part);
    const url = new URL(`file://${file.split(sep).join('/')}`).href;
    const merged = mergeProcessCovs(raw.map((result) => ({ result: result.filter((script) => script.url === url) }))).result[0];
    if (!merged) continue;
    const converter = v8ToIstanbul(file, 0, undefined, (path) => !path.includes(`${sep}src${sep}`));
    await converter.load();
    converter.applyCoverage(merged.functions);
    map.merge(converter.toIstanbul());
  }
  return map;
}

function report(map) {
  const context = libReport.createContext({ dir: out, coverageMap: map, defaultSummarizer: 'pkg' });
  for (const name of ['text', 'json-summary', 'json']) reports.create(name).execute(context);
  const total = map.getCoverageSummary();
  const shortfalls = Object.entries(FLOORS).filter(([kind, floor]) => total[kind].pct < floor);
  for (const [kind, floor] of shortfalls) process.stderr.write(`coverage: ${kind} ${total[kind].pct}% is below the floor of ${floor}%\n`);
  return shortfalls.length === 0;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(childRaw, { recursive: true });
let status = run(npm, ['run', 'build']);
status ||= run(npm, ['run', 'bundle', '--', '--minify=false']);
// Its own code caches, so that the tests of the cache pass on it as on the shipped bundle.
status ||= run(process.execPath, [join(root, 'build', 'train-cache.mjs')]);
const tests =
  status ||
  run(
    'npx',
    [
      'vitest',
      'run',
      '--coverage.enabled',
      '--coverage.provider=v8',
      '--coverage.reporter=json',
      `--coverage.reportsDirectory=${join(out, 'in-process')}`,
      '--coverage.include=src/**',
    ],
    // test/child-coverage.ts hands this on to the plan processes the tests start.
    { PLAN_CHILD_COVERAGE: childRaw },
  );
// The shipped bundle again, whatever happened.
run(npm, ['run', 'build']);
if (status || tests) process.exit(1);

const map = await childCoverage();
const inProcess = join(out, 'in-process', 'coverage-final.json');
if (existsSync(inProcess)) map.merge(JSON.parse(readFileSync(inProcess, 'utf8')));
rmSync(childRaw, { recursive: true, force: true });
writeFileSync(
  join(out, 'files.txt'),
  `${map
    .files()
    .map((f) => relative(root, f))
    .join('\n')}\n`,
);
process.exit(report(map) ? 0 : 1);
