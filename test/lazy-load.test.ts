import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, SHIPPED_PLANS } from './helpers.js';

/**
 * `plan validate` is the run officers and CI wait for most often, so it loads only what it uses:
 * not the Word, web, PDF, import or language-server code, nor the machine output formats it was not
 * asked for (docs/speed.md). The bundle keeps the same boundaries (esbuild runs a module's top level
 * only when it is first imported), so the check runs the modules tsc built in dist/ and records
 * every module Node loads, through a load hook.
 */
const HOOK = [
  "import { registerHooks } from 'node:module';",
  'const seen = [];',
  'registerHooks({ load(url, context, next) { seen.push(url); return next(url, context); } });',
  "process.on('exit', () => process.stderr.write('LOADED ' + JSON.stringify(seen) + '\\n'));",
].join('\n');

function loadedBy(args: string[]): string[] {
  const run = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(HOOK)}`, `${ROOT}/dist/index.js`, ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  expect(run.status, run.stderr).toBe(0);
  const line = /^LOADED (.*)$/m.exec(run.stderr)?.[1];
  expect(line).toBeDefined();
  return (JSON.parse(line!) as string[]).map((url) => url.replace(/^file:\/\/.*?\/(dist|node_modules)\//, '$1/'));
}

const NOT_FOR_VALIDATE = [
  /^dist\/docx\//,
  /^dist\/html\//,
  /^dist\/pdf\//,
  /^dist\/import\//,
  /^dist\/lsp\//,
  /^dist\/data\//,
  /^dist\/diagnostics\/(sarif|json|github)\.js$/,
  /^node_modules\/(docx|vscode-languageserver|fast-xml-parser|fflate|@cantoo)\//,
];

describe('plan validate loads only what it uses', () => {
  it('loads none of the report, import, editor or machine-format code', () => {
    const loaded = loadedBy(['validate', '--plans', SHIPPED_PLANS, '--quarter', 'Q3']);
    // The hook does see the validate code itself, so an empty list below is not a hook that saw nothing.
    expect(loaded).toContain('dist/commands/validate/run.js');
    expect(loaded.filter((url) => NOT_FOR_VALIDATE.some((re) => re.test(url)))).toEqual([]);
  });

  it('loads no code that writes files (node:fs/promises alone costs a run 3 ms): only --fix writes', () => {
    const loaded = loadedBy(['validate', '--plans', SHIPPED_PLANS]);
    expect(loaded).toContain('node:fs');
    expect(loaded.filter((url) => url === 'node:fs/promises' || url === 'dist/shared/write-file.js')).toEqual([]);
  });

  it('loads no colour library: plan writes its few ANSI styles itself', () => {
    expect(loadedBy(['validate', '--plans', SHIPPED_PLANS]).filter((url) => url.includes('node_modules/chalk/'))).toEqual([]);
  });

  it('plan --help loads no schema, YAML or colour library', () => {
    const loaded = loadedBy(['--help']);
    expect(loaded).toContain('dist/cli.js');
    expect(loaded.filter((url) => /^node_modules\/(zod|yaml|chalk)\//.test(url) || url === 'node:tty')).toEqual([]);
  });

  it('loads a machine format when it is asked for', () => {
    expect(loadedBy(['validate', '--plans', SHIPPED_PLANS, '--format', 'sarif'])).toContain('dist/diagnostics/sarif.js');
  });

  it('is what the bundle runs too', () => {
    // The same run through the bundle and its code cache, to the same result.
    const run = spawnSync(process.execPath, [BIN, 'validate', '--plans', SHIPPED_PLANS, '--format', 'json'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true });
  });
});

describe('plan report loads the writers of the formats it is asked for', () => {
  const inTemp = (format: string, check: (loaded: string[]) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-writers-'));
    try {
      check(loadedBy(['report', '--plans', SHIPPED_PLANS, '--quarter', 'Q3', '--format', format, '--out', join(dir, `report.${format}`)]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('a web page: not the Word writer or docx', () => {
    inTemp('html', (loaded) => {
      expect(loaded).toContain('dist/html/render.js');
      expect(loaded.filter((url) => /^dist\/docx\/|^node_modules\/docx\/|^dist\/data\//.test(url))).toEqual([]);
    });
  });

  it('the Word appendix: not the web page or the data writer', () => {
    inTemp('docx', (loaded) => {
      expect(loaded).toContain('dist/docx/pack.js');
      expect(loaded.filter((url) => /^dist\/(html|data)\//.test(url))).toEqual([]);
    });
  });
});

/** The parts of the bundle (build/bundle.mjs) a run of the built plan compiles, as PLAN_CODE_CACHE=check names them. */
function partsRead(args: string[]): string[] {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, PLAN_CODE_CACHE: 'check' } });
  expect(run.status, run.stderr).toBe(0);
  return [...run.stderr.matchAll(/^plan: code cache \w+: .*[\\/](plan[a-z-]*?)-(?:cli|validate|report)\.cache$/gm)].map((m) => m[1]!);
}

describe('the bundle is read in parts', () => {
  it('plan --help reads only the command line, not the code that checks or writes a plan', () => {
    expect(partsRead(['--help'])).toEqual(['plan']);
  });

  it('plan validate reads the checking part, not the Word, web, PDF, import or editor code', () => {
    expect(partsRead(['validate', '--plans', SHIPPED_PLANS])).toEqual(['plan', 'plan-check']);
  });

  it("leaves zod's messages in other languages and its fromJSONSchema out of the checking part", () => {
    // Each run reads and compiles the whole part; plan uses neither (build/bundle.mjs, ZOD_UNUSED).
    const part = readFileSync(join(ROOT, 'dist', 'bundle', 'plan-check.cjs'), 'utf8');
    expect(part).toContain('Invalid input'); // zod's English, which zod itself falls back on
    for (const foreign of ['Ongeldige invoer', 'Input non valido', 'Input tidak valid']) expect(part).not.toContain(foreign);
    expect(part).not.toContain('fromJSONSchema');
  });

  it.each(['plan', 'plan-check', 'plan-rest'])('keeps %s.cjs ASCII, which V8 holds and compiles as one-byte text', (name) => {
    // esbuild escapes other characters in strings but not in regular expressions: write them as \u escapes there.
    // The readable bundle npm run coverage measures keeps comments, which V8 skips: the code is what is checked.
    const part = readFileSync(join(ROOT, 'dist', 'bundle', `${name}.cjs`), 'utf8');
    const code = part.split('\n').filter((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line));
    expect([...new Set(code.join('\n').match(/[^\x00-\x7f]/g) ?? [])]).toEqual([]);
  });

  it('plan report reads all three (the report part asks for the checking part)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'plan-parts-')), 'report.docx');
    expect(partsRead(['report', '--plans', SHIPPED_PLANS, '--quarter', 'Q3', '--out', out])).toEqual(['plan', 'plan-rest', 'plan-check']);
    rmSync(dirname(out), { recursive: true, force: true });
  });
});
