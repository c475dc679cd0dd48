import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * `npm run bundle`: the whole program as CommonJS in dist/bundle/, in three parts that load one after
 * the other, so that a run reads and compiles only the code it needs (docs/speed.md):
 *
 * - plan.cjs: the command line (commander, every command's options, --help), from src/index.ts.
 * - plan-check.cjs: reading and checking a plan (plan validate, the project config), loaded when a
 *   command first needs one of its modules.
 * - plan-rest.cjs: everything else the commands import when they run (the Word, web, PDF, import and
 *   language-server code), loaded the same way.
 *
 * Each module is in one part only, so a class or a setting is the same one everywhere. A later part
 * reaches an earlier part's modules through a lookup function the core hands it: a part is
 * `module.exports = function (__plan_lookup) { ... return { "src/x.ts": () => exports of x } }`,
 * and every `await import()` in the core that leaves the core goes through the same lookup
 * (the generated module "plan:link"). bin.cjs loads each part through its own V8 code cache.
 * `--minify=false` builds it readable (npm run coverage).
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
const minify = !process.argv.includes('--minify=false');
/** What plan validate needs beyond the core; every other module a command imports goes in plan-rest. */
const CHECK = ['src/commands/validate/run.ts', 'src/config-load.ts', 'src/diagnostics/json.ts', 'src/shared/plans-lock.ts'];
const EXTERNAL = ['vscode-languageserver', 'vscode-languageserver-textdocument', 'fast-xml-parser', 'fflate'];

const rel = (path) => relative(root, path).split(sep).join('/');
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node22',
  minify,
  keepNames: true,
  sourcemap: true,
  logLevel: 'warning',
  metafile: true,
  define: { __PLAN_TEMPLATES_URL__: '"../../templates/"', 'import.meta.url': 'import_meta_url' },
  inject: [join(root, 'build', 'import-meta-url.js')],
  alias: { 'node:child_process': './src/shared/lazy-child-process.ts' },
  external: EXTERNAL,
};

/**
 * The YAML library reads `process.env.LOG_TOKENS` for every token its parser takes (and LOG_STREAM
 * for every token its composer takes), to print them when debugging the library: half a million
 * environment lookups for a 10,000-action plan, about 5% of a `plan validate` there. In the bundle the
 * lookup is `false`, so the library's debugging output cannot land in plan's output either.
 */
const YAML_LOGS = [
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]parse[\\/]parser\.js$/, lookup: 'node_process.env.LOG_TOKENS' },
  { file: /[\\/]node_modules[\\/]yaml[\\/]dist[\\/]compose[\\/]composer\.js$/, lookup: 'node_process.env.LOG_STREAM' },
];
const yamlWithoutLogs = {
  name: 'yaml-without-logs',
  setup(b) {
    for (const { file, lookup } of YAML_LOGS) {
      b.onLoad({ filter: file }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        // A new version of the library that reads them differently must be looked at again.
        if (source.split(lookup).length !== 2) throw new Error(`bundle: expected one ${lookup} in ${rel(args.path)}`);
        return { contents: source.replace(lookup, 'false'), loader: 'js', resolveDir: dirname(args.path) };
      });
    }
  },
};

/**
 * Two parts of zod that plan never uses, but that its `zod` entry re-exports and so every run of the
 * check part compiled and ran: `z.locales`, its messages in 50 languages (a third of plan-check.cjs,
 * and the only text in it that is not ASCII, so V8 held the whole part as a two-byte string), and
 * `z.fromJSONSchema`, whose module spreads every schema class into an object as it loads. plan writes
 * its own messages; zod imports English (locales/en.js) itself. In the bundle `z.locales` holds English
 * only and `z.fromJSONSchema` is missing (tsc still sees the full types: nothing in src may use them).
 */
const ZOD_UNUSED = [
  {
    file: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/,
    keep: 'export { default as en } from "./en.js";',
    whole: true,
  },
  {
    file: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]classic[\\/]external\.js$/,
    drop: 'export { fromJSONSchema } from "./from-json-schema.js";',
  },
];
const zodWithoutUnused = {
  name: 'zod-without-unused',
  setup(b) {
    for (const { file, keep, whole, drop } of ZOD_UNUSED) {
      b.onLoad({ filter: file }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const line = keep ?? drop;
        // A new version of zod that lays these out differently must be looked at again.
        if (source.split(line).length !== 2) throw new Error(`bundle: expected one ${line} in ${rel(args.path)}`);
        return { contents: whole ? keep : source.replace(drop, ''), loader: 'js', resolveDir: dirname(args.path) };
      });
    }
  },
};

/** The modules of a build (its own files and packages, not the generated ones). */
function modulesOf(result) {
  return Object.keys(result.metafile.inputs).filter((path) => /^(src|node_modules)\//.test(path));
}

/** Resolves each import as esbuild would, and hands it to `decide` (which may replace it). */
function resolving(name, decide) {
  return {
    name,
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData?.inner || args.namespace !== 'file' || args.kind === 'entry-point') return undefined;
        const resolved = await b.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: { inner: true },
        });
        if (resolved.errors.length > 0 || resolved.external) return resolved;
        return decide(args, rel(resolved.path)) ?? resolved;
      });
    },
  };
}

/** The core: src/index.ts, with every dynamic import that leaves it sent to `plan:link`. */
async function buildCore(link, write) {
  const targets = new Set();
  const result = await build({
    ...common,
    entryPoints: [join(root, 'src', 'index.ts')],
    format: 'cjs',
    outfile: join(outdir, 'plan.cjs'),
    write,
    plugins: [
      {
        name: 'plan-link',
        setup(b) {
          b.onResolve({ filter: /^plan:link$/ }, () => ({ path: 'link', namespace: 'plan-link' }));
          b.onResolve({ filter: /^\.\/plan-[a-z]+\.cjs$/ }, (args) => ({ path: args.path, external: true }));
          b.onLoad({ filter: /.*/, namespace: 'plan-link' }, () => ({ contents: link, resolveDir: root, loader: 'js' }));
          b.onLoad({ filter: /.*/, namespace: 'plan-part' }, (args) => ({
            contents: `module.exports = require("plan:link")(${JSON.stringify(args.path)});`,
            resolveDir: root,
            loader: 'js',
          }));
        },
      },
      yamlWithoutLogs,
      zodWithoutUnused,
      resolving('plan-core', (args, path) => {
        if (args.kind !== 'dynamic-import' || !rel(args.importer).startsWith('src/')) return undefined;
        targets.add(path);
        return { path, namespace: 'plan-part' };
      }),
    ],
  });
  return { modules: modulesOf(result), targets: [...targets] };
}

/** A later part: its entries' modules that no earlier part holds, each reachable through the lookup. */
async function buildPart(name, entries, earlier, own, referenced = new Set()) {
  const entry = `module.exports = {\n${(own ?? entries)
    .map((path) => `  ${JSON.stringify(path)}: () => require(${JSON.stringify(join(root, path))}),`)
    .join('\n')}\n};\n`;
  const result = await build({
    ...common,
    stdin: { contents: entry, resolveDir: root, sourcefile: `${name}-entry.js`, loader: 'js' },
    format: 'iife',
    globalName: '__plan_part',
    banner: { js: 'module.exports = function (__plan_lookup) {' },
    footer: { js: 'return __plan_part;\n};' },
    outfile: join(outdir, `${name}.cjs`),
    write: own !== undefined,
    plugins: [
      {
        name: 'plan-extern',
        setup(b) {
          b.onLoad({ filter: /.*/, namespace: 'plan-extern' }, (args) => ({
            contents: `module.exports = __plan_lookup(${JSON.stringify(args.path)});`,
            loader: 'js',
          }));
        },
      },
      yamlWithoutLogs,
      zodWithoutUnused,
      resolving('plan-part', (_args, path) => {
        if (!earlier.has(path)) return undefined;
        referenced.add(path);
        return { path, namespace: 'plan-extern' };
      }),
    ],
  });
  return modulesOf(result).filter((path) => !earlier.has(path));
}

/** plan:link, the core's lookup: its own modules, and the part each later module is in (loaded once). */
function linkSource(core, parts) {
  const own = core.map((path) => `  ${JSON.stringify(path)}: () => require(${JSON.stringify(join(root, path))}),`);
  const owner = parts.flatMap(({ modules }, i) => modules.map((path) => `  ${JSON.stringify(path)}: ${i},`));
  const load = parts.map(({ name }) => `() => require("./${name}.cjs")`);
  return [
    `const own = {\n${own.join('\n')}\n};`,
    `const owner = {\n${owner.join('\n')}\n};`,
    `const load = [${load.join(', ')}];`,
    'const parts = [];',
    'function lookup(path) {',
    '  if (own[path]) return own[path]();',
    '  const i = owner[path];',
    '  parts[i] ??= load[i]()(lookup);',
    '  return parts[i][path]();',
    '}',
    'module.exports = lookup;',
    '',
  ].join('\n');
}

rmSync(outdir, { recursive: true, force: true });
const core = await buildCore('module.exports = () => undefined;', false);
// First the modules of each part and what the later parts take from the earlier ones; then each part
// for real, exposing only the modules a later part or the core's lookup asks for (so the rest is
// tree-shaken as usual).
const earlier = new Set(core.modules);
const referenced = new Set();
const parts = [];
for (const [name, wanted] of [
  ['plan-check', CHECK],
  ['plan-rest', core.targets.filter((path) => !CHECK.includes(path))],
]) {
  const entries = wanted.filter((path) => !earlier.has(path));
  const modules = await buildPart(name, entries, earlier, undefined, referenced);
  for (const path of modules) earlier.add(path);
  parts.push({ name, entries, modules });
}
for (const [i, { name, entries, modules }] of parts.entries()) {
  const earlierThan = new Set([...core.modules, ...parts.slice(0, i).flatMap((part) => part.modules)]);
  const own = [...new Set([...entries, ...modules.filter((path) => referenced.has(path) || core.targets.includes(path))])];
  await buildPart(name, entries, earlierThan, own);
}
const exposed = core.modules.filter((path) => referenced.has(path) || core.targets.includes(path));
const owned = parts.map(({ name, modules }) => ({
  name,
  modules: modules.filter((path) => referenced.has(path) || core.targets.includes(path)),
}));
const final = await buildCore(linkSource(exposed, owned), true);
if (final.modules.length !== core.modules.length) throw new Error('bundle: the core changed between its two builds');
