import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeProcessCovs } from '@bcoe/v8-coverage';
import astV8ToIstanbul from 'ast-v8-to-istanbul';
import libCoverage from 'istanbul-lib-coverage';
import libReport from 'istanbul-lib-report';
import reports from 'istanbul-reports';
import { parseAstAsync } from 'vitest/node';
import { addChildCounts } from './coverage-merge.mjs';

/**
 * `npm run coverage`: how much of src/ the tests run, counting both kinds of test. In-process tests are
 * measured by vitest (coverage-v8); end-to-end tests start the built `plan` as a child process, which
 * writes V8 coverage (NODE_V8_COVERAGE) for the bundle; those runs are merged and mapped back to src/
 * through the bundle's source map. The bundle is built unminified for this (V8's ranges can only be
 * mapped line by line), then rebuilt as shipped. Prints a table per folder, writes coverage/, and fails
 * below the floors.
 */
const FLOORS = { lines: 90, branches: 80 };
const WRAPPER = '(function (exports, require, module, __filename, __dirname) {\n';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'coverage');
const childRaw = join(out, 'child-v8');
const bundleDir = join(root, 'dist', 'bundle');
const measured = join(out, 'bundle');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args, env = {}) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' }).status;

/**
 * One plan process's V8 measures, or undefined when the file was cut off: tests that kill a plan process
 * at any moment (test/signals.test.ts, test/output-failures.test.ts) can stop it while V8 is writing
 * them. Such a run is partial by nature; it is left out and counted, not allowed to fail the report.
 */
function readChildMeasure(path) {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text).result;
  } catch {
    process.stdout.write(`coverage: left out ${relative(root, path)}, cut off at ${text.length} characters (its process was killed)\n`);
    return undefined;
  }
}

/**
 * The child processes' coverage of the bundle's parts, each merged into one V8 report, then converted
 * through the part's source map as vitest converts its own (ast-v8-to-istanbul), keeping only plan's
 * own src/ (the bundle's dependencies have src/ folders too: node_modules/@cantoo/pdf-lib/src).
 */
async function childCoverage() {
  if (!readFileSync(join(root, 'dist', 'bin.cjs'), 'utf8').includes(`${WRAPPER.slice(0, -1)}\\n\${source}`)) {
    throw new Error('coverage: dist/bin.cjs no longer wraps a part as build/coverage.mjs expects (WRAPPER)');
  }
  const raw = readdirSync(childRaw)
    .map((name) => readChildMeasure(join(childRaw, name)))
    .filter(Boolean);
  const files = {};
  // The bundle is in parts (build/bundle.mjs): plan.cjs and the ones it loads, copied to coverage/bundle
  // as they were measured (the shipped, minified bundle is rebuilt before this report).
  for (const part of readdirSync(measured).filter((name) => name.endsWith('.cjs'))) {
    const url = new URL(`file://${join(bundleDir, part).split(sep).join('/')}`).href;
    const merged = mergeProcessCovs(raw.map((result) => ({ result: result.filter((script) => script.url === url) }))).result[0];
    if (!merged) continue;
    const code = readFileSync(join(measured, part), 'utf8');
    const converted = await astV8ToIstanbul({
      code,
      sourceMap: JSON.parse(readFileSync(join(measured, `${part}.map`), 'utf8')),
      ast: await parseAstAsync(code),
      coverage: { url, functions: merged.functions },
      // src/bin.cts runs each part inside a function wrapper on a line of its own, before the part's code.
      wrapperLength: WRAPPER.length,
    });
    for (const [path, data] of Object.entries(converted)) if (path.startsWith(join(root, 'src', sep))) files[path] = data;
  }
  return files;
}

function report(map) {
  const context = libReport.createContext({ dir: out, coverageMap: map, defaultSummarizer: 'pkg' });
  for (const name of ['text', 'json-summary', 'json']) reports.create(name).execute(context);
  const total = map.getCoverageSummary();
  const shortfalls = Object.entries(FLOORS).filter(([kind, floor]) => total[kind].pct < floor);
  for (const [kind, floor] of shortfalls) process.stderr.write(`coverage: ${kind} ${total[kind].pct}% is below the floor of ${floor}%\n`);
  return shortfalls.length === 0;
}

/**
 * `npm run coverage -- [--keep] [--no-report] [vitest options and files]`. .ci/run measures the suite in
 * two runs (before and after it installs the Debian programs; see vitest.config.ts): the first with
 * --no-report, the second with --keep, which adds its measures to the first's and reports on both.
 */
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const noReport = args.includes('--no-report');
const vitestArgs = args.filter((a) => a !== '--keep' && a !== '--no-report');
// Timings mean nothing in a measured run (an unminified bundle, no code cache, V8 counting blocks), so
// the benchmark's ratio test runs after it, on the shipped build, in whichever part holds it.
const TIMED = ['test/bench.test.ts'];
// Every test, the acceptance tests too (vitest.config.ts), unless PLAN_TESTS picks a part (.ci/run).
const WHICH = process.env.PLAN_TESTS || 'all';
const namesFiles = vitestArgs.some((a) => !a.startsWith('-'));

if (!keep) rmSync(out, { recursive: true, force: true });
mkdirSync(childRaw, { recursive: true });
mkdirSync(measured, { recursive: true });
const runs = readdirSync(out).filter((name) => name.startsWith('in-process-')).length;
let status = run(npm, ['run', 'build']);
status ||= run(npm, ['run', 'bundle', '--', '--minify=false']);
// Its own code caches, so that the tests of the cache pass on it as on the shipped bundle.
status ||= run(process.execPath, [join(root, 'build', 'train-cache.mjs')]);
// The bundle the child processes ran, kept for mapping once the shipped one is back in dist/: the
// same depth below the root, so its source map's relative paths still lead to src/.
if (!status) {
  for (const name of readdirSync(bundleDir).filter((n) => n.endsWith('.cjs') || n.endsWith('.cjs.map'))) {
    copyFileSync(join(bundleDir, name), join(measured, name));
  }
}
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
      `--coverage.reportsDirectory=${join(out, `in-process-${runs + 1}`)}`,
      '--coverage.include=src/**',
      // The launcher, which checks Node's version before anything else loads, is compiled apart by tsc
      // and runs only as a process of its own; vitest's coverage cannot parse a .cts file and said so on
      // every run. Its lines are checked by test/cli.test.ts (an old Node) and every end-to-end test.
      '--coverage.exclude=src/bin.cts',
      // A failed test still leaves the measures of the run, for the report below (which then fails).
      '--coverage.reportOnFailure',
      // e.g. a reporter with each file's time, or some files only.
      ...vitestArgs,
      ...(namesFiles ? [] : TIMED.map((file) => `--exclude=${file}`)),
    ],
    // test/child-coverage.ts hands this on to the plan processes the tests start.
    { PLAN_CHILD_COVERAGE: childRaw, PLAN_TESTS: WHICH },
  );
// The shipped bundle again, whatever happened.
run(npm, ['run', 'build']);
if (status) process.exit(1);
const timed = namesFiles ? 0 : run('npx', ['vitest', 'run', '--passWithNoTests', ...TIMED], { PLAN_FEW_FILES: '1', PLAN_TESTS: WHICH });
const failed = tests || timed;
if (noReport) process.exit(failed ? 1 : 0);

const map = libCoverage.createCoverageMap({});
for (const name of readdirSync(out).filter((n) => n.startsWith('in-process-'))) {
  const inProcess = join(out, name, 'coverage-final.json');
  if (existsSync(inProcess)) map.merge(JSON.parse(readFileSync(inProcess, 'utf8')));
}
let matched = 0;
let entries = 0;
for (const [path, data] of Object.entries(await childCoverage())) {
  if (!map.files().includes(path)) {
    map.addFileCoverage(data);
    continue;
  }
  const target = map.fileCoverageFor(path).data;
  matched += addChildCounts(target, data);
  entries += Object.keys(target.statementMap).length + Object.keys(target.fnMap).length + Object.keys(target.branchMap).length;
}
process.stdout.write(`coverage: ${matched} of ${entries} statements, functions and branches found in the plan processes' measures\n`);
rmSync(childRaw, { recursive: true, force: true });
writeFileSync(
  join(out, 'files.txt'),
  `${map
    .files()
    .map((f) => relative(root, f))
    .join('\n')}\n`,
);
const floorsMet = report(map);
if (tests) process.stderr.write('coverage: some tests failed, so these figures are of an incomplete run\n');
process.exit(floorsMet && !failed ? 0 : 1);
