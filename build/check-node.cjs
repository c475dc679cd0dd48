/**
 * The first step of `npm run build` and `npm test`: refuse a Node.js too old for plan's build and tests
 * in one line (exit 2), before tsc, esbuild or vitest crash on it with a stack trace.
 *
 * npm runs scripts with node_modules/.bin first on PATH, where the "node" devDependency puts Node 24,
 * so this only fails when that install step was skipped (npm ci --ignore-scripts, or npm's
 * allowScripts denied it) and the Node on PATH is older.
 *
 * Keep the minimum in sync with src/bin.cts and package.json "engines". Keep this file to syntax that
 * any Node can run.
 */
var MINIMUM = [22, 12];
var parts = process.versions.node.split('.').map(Number);
if (parts[0] < MINIMUM[0] || (parts[0] === MINIMUM[0] && parts[1] < MINIMUM[1])) {
  process.stderr.write(
    'plan: error: building and testing plan needs Node.js ' +
      MINIMUM.join('.') +
      ' or newer; this is ' +
      process.versions.node +
      ' (' +
      process.execPath +
      ')\n' +
      '  hint: run npm ci again without --ignore-scripts (it installs Node 24 into node_modules/.bin), ' +
      'or put Node 24 first on your PATH\n',
  );
  process.exit(2);
}
