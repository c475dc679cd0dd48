#!/usr/bin/env node
/**
 * The `plan` command (package.json `bin`).
 *
 * First, on a Node.js that plan does not support, it runs itself on the Node 24 a checkout's npm ci
 * installed (node_modules/node), or, when there is none, refuses in one line, before loading anything
 * that an old Node could not run. Then it runs the whole program, bundled by esbuild into
 * dist/bundle/plan.cjs and the parts it loads (build/bundle.mjs; it also runs on its own:
 * `node dist/bundle/plan.cjs validate`).
 *
 * Start-up speed: compiling the bundle is most of a short run's time (`plan validate` in CI or a
 * pre-commit hook). The bundle is compiled through a V8 code cache made at build time by running plan
 * once for each kind of run (validate, report, anything else) with PLAN_CODE_CACHE=write, see
 * build/train-cache.mjs. Measured on Node 24 ("Speed" in docs/development.md), this starts `plan validate` faster than
 * Node's own module.enableCompileCache(), whose cache holds only the code compiled before the program
 * runs. A missing cache, or one V8 rejects (another Node version), only means compiling as usual;
 * PLAN_CODE_CACHE=check says on stderr which it was.
 *
 * With --debug, the bundle is loaded by require with source maps on, so that a stack trace names the
 * real functions and the files under src/.
 *
 * Keep this file to syntax and APIs that Node 14 and later can run: it must be able to say "too old".
 */
const MINIMUM = [22, 12] as const;
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);

if (major < MINIMUM[0] || (major === MINIMUM[0] && minor < MINIMUM[1])) {
  if (!handOver()) refuse();
} else {
  start();
}

/**
 * In a checkout, npm ci installs Node 24 beside plan (the "node" devDependency, in node_modules/node):
 * on an older Node, plan runs itself again on that one, so `npm install -g .` from a checkout works on
 * a machine whose own Node is too old. Its exit code is plan's (2 if a signal ended it).
 */
function handOver(): boolean {
  const { existsSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const node = join(__dirname, '..', 'node_modules', 'node', 'bin', 'node');
  if (process.env.PLAN_HANDED_OVER || !existsSync(node)) return false;
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const run = spawnSync(node, [__filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, PLAN_HANDED_OVER: '1' },
  });
  if (run.error) return false;
  process.exitCode = run.status === null ? 2 : run.status;
  return true;
}

function refuse(): void {
  process.stderr.write(
    `plan: error: plan needs Node.js ${MINIMUM.join('.')} or newer; this is ${process.versions.node}\n` +
      '  hint: install the current LTS release of Node.js (24), or run plan with a newer node on your PATH\n',
  );
  process.exitCode = 2;
}

function start(): void {
  const { readFileSync, writeFileSync } = require('node:fs') as typeof import('node:fs');
  const { join } = require('node:path') as typeof import('node:path');
  const folder = join(__dirname, 'bundle');
  const bundle = join(folder, 'plan.cjs');

  if (process.argv.includes('--debug')) {
    process.setSourceMapsEnabled(true);
    require(bundle);
    return;
  }

  const { Script } = require('node:vm') as typeof import('node:vm');
  const command = process.argv[2];
  const kind = command === 'validate' || command === 'report' ? command : 'cli';
  const writing = process.env.PLAN_CODE_CACHE === 'write';
  // Code from a cache has no block coverage: V8 then counts whole functions only, so a run measured
  // with NODE_V8_COVERAGE (npm run coverage) compiles as usual, and its branches are counted.
  const measured = Boolean(process.env.NODE_V8_COVERAGE);

  /**
   * Run one part of the bundle (build/bundle.mjs) through its code cache, and return its exports. The
   * core asks for the later parts (./plan-check.cjs, ./plan-rest.cjs) only when a command needs them.
   */
  const load = (name: string): unknown => {
    const file = join(folder, `${name}.cjs`);
    const cachePath = join(folder, `${name}-${kind}.cache`);
    let cachedData: Buffer | undefined;
    if (!writing && !measured) {
      try {
        cachedData = readFileSync(cachePath);
      } catch {
        // No cache yet: compile as usual.
      }
    }
    // A part as CommonJS wraps a module: a function of exports, require, module and its own paths.
    // The wrapper stands on a line of its own, one line above the part, so line numbers stay true.
    const source = readFileSync(file, 'utf8');
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
      filename: file,
      lineOffset: -1,
      ...(cachedData ? { cachedData } : {}),
    });
    if (writing) process.on('exit', () => writeFileSync(cachePath, script.createCachedData()));
    if (process.env.PLAN_CODE_CACHE === 'check') {
      process.stderr.write(
        `plan: code cache ${measured ? 'skipped' : cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used'}: ${cachePath}\n`,
      );
    }
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    const module_ = { exports: {} };
    const partRequire = (id: string): unknown => (/^\.\/plan-[a-z]+\.cjs$/.test(id) ? load(id.slice(2, -4)) : require(id));
    run(module_.exports, Object.assign(partRequire, require), module_, file, folder);
    return module_.exports;
  };
  load('plan');
}
