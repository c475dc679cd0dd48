#!/usr/bin/env node
// The layer rule of src/, checked in `npm run lint`: imports point down the data flow (see "How the code
// is laid out" in docs/development.md), side-by-side folders do not read each other, only the files
// listed below touch the disk, other programs or the network, and the pure stages cannot reach them even
// through another file. `node build/check-layers.mjs [root]` checks root/src (default: this checkout);
// each problem is one line, file:line: what is wrong, and the exit code is 1 when there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The layers, bottom first. A file may import files of its own unit and of the layers below; units in
 * one row are side by side and may not import each other. A unit is a folder ("plan/"), a file, several
 * files joined with " + ", "commands/*.ts" (the files directly in commands/, one unit) or "commands/*\/"
 * (each command's folder its own unit). The most specific entry wins: diagnostics/diagnostic.ts, the
 * problem type every stage reports in, sits far below the formats in diagnostics/.
 */
const LAYERS = [
  ['exit codes', ['errors.ts', 'version.ts']],
  ['shared', ['shared/']],
  ['messages', ['messages/']],
  ['problem type', ['diagnostics/diagnostic.ts']],
  ['input', ['input/']],
  ['plan', ['plan/', 'template/', 'config.ts + config-load.ts']],
  ['compute', ['compute/', 'import/']],
  ['report model', ['report/']],
  ['renderers', ['docx/', 'html/', 'data/', 'pdf/', 'diagnostics/']],
  ['editor', ['lsp/']],
  ['command helpers', ['commands/*.ts']],
  ['commands', ['commands/*/']],
  ['cli', ['cli.ts']],
  ['entry', ['index.ts', 'bin.cts']],
];

/**
 * Who may import what, beyond the layers: the disk, other programs and the network are reached from
 * these files and folders only, and a few packages from the one place that wraps them.
 */
const CAPABILITIES = [
  {
    name: 'the file system',
    modules: ['node:fs', 'node:fs/promises'],
    allowed: [
      'shared/real-path.ts',
      'shared/read-regular.ts',
      'shared/write-file.ts',
      'shared/make-folder.ts',
      'shared/plans-lock.ts',
      'input/read-input.ts',
      'plan/load-plan.ts',
      'plan/list-files.ts',
      'config.ts',
      'pdf/',
      'lsp/',
      'commands/',
      'bin.cts',
    ],
  },
  {
    name: 'other programs',
    modules: ['node:child_process'],
    allowed: ['shared/lazy-child-process.ts', 'commands/preview/run.ts', 'bin.cts'],
  },
  {
    name: 'the network',
    modules: ['node:net', 'node:http', 'node:https', 'node:http2', 'node:tls', 'node:dgram', 'node:dns'],
    allowed: ['commands/preview/server.ts'],
  },
  { name: 'colour', modules: ['chalk'], allowed: ['diagnostics/highlight.ts'] },
  { name: 'Word files', modules: ['docx'], allowed: ['docx/'] },
  { name: 'PDF files', modules: ['@cantoo/pdf-lib'], allowed: ['pdf/'] },
  { name: 'the command line', modules: ['commander'], allowed: ['commands/', 'cli.ts'] },
  { name: 'the editor protocol', modules: ['vscode-languageserver', 'vscode-languageserver-textdocument'], allowed: ['lsp/'] },
];

/**
 * Pure stages: given the same input they give the same output, so none of their files may reach the
 * disk, other programs or the network, even through another file's run-time imports. The files the
 * table above lets do so (input/read-input.ts, plan/load-plan.ts, …) are the exceptions.
 */
const PURE = [
  'shared/',
  'messages/',
  'input/',
  'plan/',
  'template/schema.ts',
  'compute/',
  'import/',
  'report/',
  'docx/',
  'html/',
  'data/',
  'diagnostics/',
];
const EFFECTS = new Set(CAPABILITIES.slice(0, 3).flatMap((c) => c.modules));
const isPure = (file) => within(file, PURE) && !CAPABILITIES.slice(0, 3).some((c) => within(file, c.allowed));

// ---------------------------------------------------------------------------------------------------

const within = (file, list) => list.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));

const units = LAYERS.flatMap(([layer, list], level) => list.map((unit) => ({ layer, level, unit, patterns: unit.split(' + ') })));

/** The unit a file (relative to src/, with "/") belongs to, or undefined. */
function unitOf(file) {
  let best;
  for (const u of units)
    for (const p of u.patterns) {
      let id;
      if (p.endsWith('*/')) {
        const base = p.slice(0, -2);
        const m = file.startsWith(base) ? /^([^/]+)\//.exec(file.slice(base.length)) : null;
        if (m) id = `${base}${m[1]}/`;
      } else if (p.endsWith('*.ts')) {
        const base = p.slice(0, -4);
        if (file.startsWith(base) && !file.slice(base.length).includes('/')) id = u.unit;
      } else if (p.endsWith('/') ? file.startsWith(p) : file === p) id = u.unit;
      // The longest pattern is the most specific; a file beats its folder.
      if (id && (!best || p.length > best.specificity)) best = { ...u, id, specificity: p.length };
    }
  return best;
}

/** A node builtin's canonical name ("fs" and "node:fs" alike), or undefined for anything else. */
function builtin(spec) {
  const name = spec.startsWith('node:') ? spec.slice(5) : spec;
  return builtinModules.includes(name) ? `node:${name}` : undefined;
}

/** The package a bare specifier names: "vscode-languageserver/node" → "vscode-languageserver". */
const packageOf = (spec) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

/**
 * Every import of a file: static `import … from`, `export … from`, `import '…'`, dynamic `import('…')`
 * and `require('…')`, with its line and whether it is types only. Biome formats every statement to
 * start a line, so the static forms are read at the start of a line; the others anywhere but comments.
 */
function importsOf(text) {
  const found = [];
  const lineAt = (index) => text.slice(0, index).split('\n').length;
  const statics = /^(import|export)\s+(type\s+)?([\w$*{},\s]*?)\s*\bfrom\s*(['"])([^'"]+)\4|^import\s*(['"])([^'"]+)\6/gm;
  for (const m of text.matchAll(statics)) {
    const named = m[3] ?? '';
    // `import { type A, type B } from` is types only too.
    const typesOnly =
      Boolean(m[2]) ||
      (/^\{[^}]*\}$/.test(named.trim()) &&
        named
          .replace(/[{}]/g, '')
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)
          .every((n) => /^type\s/.test(n)));
    found.push({ spec: m[5] ?? m[7], line: lineAt(m.index), typesOnly });
  }
  for (const m of text.matchAll(/\b(?:import|require)\(\s*(['"])([^'"]+)\1\s*\)/g)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(lineStart, m.index).trim();
    if (before.startsWith('//') || before.startsWith('*') || before.startsWith('/*')) continue;
    found.push({ spec: m[2], line: lineAt(m.index), typesOnly: /typeof\s*$/.test(text.slice(lineStart, m.index)) });
  }
  return found;
}

function sourceFiles(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path, base);
    return /\.c?ts$/.test(e.name) && !e.name.endsWith('.d.ts') ? [relative(base, path).split('\\').join('/')] : [];
  });
}

/** The source file a relative specifier names: "./run.js" → "commands/report/run.ts". */
function resolveLocal(from, spec, files) {
  const target = posix.normalize(posix.join(posix.dirname(from), spec));
  const candidates = [target, target.replace(/\.js$/, '.ts'), target.replace(/\.cjs$/, '.cts'), `${target}.ts`, `${target}/index.ts`];
  return candidates.find((c) => files.has(c));
}

export function checkLayers(root) {
  const src = join(root, 'src');
  const files = new Set(sourceFiles(src));
  const problems = [];
  const say = (file, line, text) => problems.push(`src/${file}:${line}: ${text}`);
  /** Per file: the source files and effect modules it imports at run time, for the purity check. */
  const runtime = new Map();

  for (const file of [...files].sort()) {
    const from = unitOf(file);
    if (!from) say(file, 1, `${file} is in no layer: add it to LAYERS in build/check-layers.mjs`);
    const edges = [];
    runtime.set(file, edges);
    for (const { spec, line, typesOnly } of importsOf(readFileSync(join(src, file), 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolveLocal(file, spec, files);
        if (!target) continue; // tsc reports an import of a file that does not exist
        if (!typesOnly) edges.push({ target, line });
        const to = unitOf(target);
        if (!from || !to || from.id === to.id) continue;
        if (to.level > from.level) say(file, line, `${file} may not import ${target} (layer ${from.layer} is below layer ${to.layer})`);
        else if (to.level === from.level)
          say(file, line, `${file} may not import ${target} (${from.id} and ${to.id} are side by side in layer ${from.layer})`);
        continue;
      }
      const name = builtin(spec) ?? packageOf(spec);
      if (!typesOnly && EFFECTS.has(name)) edges.push({ effect: name, line });
      const rule = CAPABILITIES.find((c) => c.modules.includes(name));
      if (rule && !typesOnly && !within(file, rule.allowed))
        say(file, line, `${file} may not import ${spec} (${rule.name} is reached only from ${rule.allowed.join(', ')})`);
    }
  }

  // Purity: a pure file may not reach an effect through any chain of run-time imports. An effect it
  // imports itself is reported above; a chain through another pure file is reported at that file,
  // where it leaves the pure stages. The shortest chain is named.
  const effectFrom = (start) => {
    const via = new Map([[start, undefined]]);
    for (const file of via.keys()) {
      for (const edge of runtime.get(file) ?? []) {
        if (edge.effect) {
          const path = [];
          for (let at = file; at !== undefined; at = via.get(at)) path.unshift(at);
          return { effect: edge.effect, path };
        }
        if (!via.has(edge.target)) via.set(edge.target, file);
      }
    }
    return undefined;
  };
  for (const file of [...files].sort()) {
    if (!isPure(file)) continue;
    for (const edge of runtime.get(file)) {
      if (edge.effect || isPure(edge.target)) continue;
      const found = effectFrom(edge.target);
      if (found) say(file, edge.line, `${file} may not reach ${found.effect} through ${found.path.join(' → ')} (it is a pure stage)`);
    }
  }

  // Module-level mutable state: a `let` or `var` at the top of a file outlives a run of plan, and
  // leaks into the next run in the same process (the tests run plan in-process). So does a Map or Set
  // made at the top of a file, unless its type is ReadonlyMap or ReadonlySet (a fixed lookup table,
  // which tsc then keeps anything from changing); a WeakMap or WeakSet has no read-only type. The one
  // exception is a memo of a pure function, marked "// check-layers: memo." on the lines just above.
  for (const file of [...files].sort()) {
    const lines = readFileSync(join(src, file), 'utf8').split('\n');
    const memo = (i) => lines.slice(Math.max(0, i - 3), i).some((line) => line.startsWith('// check-layers: memo.'));
    lines.forEach((text, i) => {
      if (/^(export\s+)?(let|var)\s/.test(text))
        say(file, i + 1, `${file} keeps state between runs in a module-level variable: pass it in, or keep it in a function`);
      const made = /^(?:export\s+)?const\s+[\w$]+\s*(:[^=]*)?=\s*new\s+(Map|Set|WeakMap|WeakSet)\b/.exec(text);
      if (made && !memo(i) && !(/^(Map|Set)$/.test(made[2]) && new RegExp(`^:\\s*Readonly${made[2]}<`).test(made[1]?.trim() ?? '')))
        say(
          file,
          i + 1,
          `${file} keeps state between runs in a module-level ${made[2]}: pass it in, or make it per run` +
            (/^(Map|Set)$/.test(made[2]) ? ` (a fixed table: give it the type Readonly${made[2]})` : ''),
        );
    });
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
  const problems = checkLayers(root);
  for (const p of problems) process.stderr.write(`${p}\n`);
  if (problems.length > 0) {
    process.stderr.write(
      `check-layers: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} with the layer rule (see the tables at the top of build/check-layers.mjs)\n`,
    );
    process.exitCode = 1;
  }
}
