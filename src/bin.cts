#!/usr/bin/env node
/**
 * The `plan` command (package.json `bin`). It runs the whole program, bundled by esbuild into
 * dist/bundle/plan.cjs, through a V8 code cache: compiling the bundle's code is a large part of a
 * short run's time (`plan validate` in CI, in a pre-commit hook), and Node 20 has no compile cache
 * of its own. `npm run build` makes one cache per kind of run (validate, report, anything else) by
 * running plan on the shipped plan with PLAN_CODE_CACHE=write (see train-cache.ts). A missing cache,
 * or one V8 rejects (another Node version), only means compiling as usual. PLAN_CODE_CACHE=check
 * says on stderr which it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

const bundle = join(__dirname, 'bundle', 'plan.cjs');
const command = process.argv[2];
const kind = command === 'validate' || command === 'report' ? command : 'cli';
const cachePath = join(__dirname, 'bundle', `plan-${kind}.cache`);
const writing = process.env.PLAN_CODE_CACHE === 'write';

let cachedData: Buffer | undefined;
if (!writing) {
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    // No cache yet: compile as usual.
  }
}

// The bundle as a function of what a CommonJS module gets, plus the bundle's own URL (import.meta.url).
const source = readFileSync(bundle, 'utf8');
const script = new Script(`(function (exports, require, module, __filename, __dirname, __planBundleUrl) {${source}\n})`, {
  filename: bundle,
  ...(cachedData ? { cachedData } : {}),
});
if (writing) process.on('exit', () => writeFileSync(cachePath, script.createCachedData()));
if (process.env.PLAN_CODE_CACHE === 'check') {
  process.stderr.write(
    `plan: code cache ${cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used'}: ${cachePath}\n`,
  );
}

const run = script.runInThisContext() as (...args: unknown[]) => void;
const module_ = { exports: {} };
run(module_.exports, require, module_, bundle, join(__dirname, 'bundle'), pathToFileURL(bundle).href);
