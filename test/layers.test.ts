import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLayers } from '../build/check-layers.mjs';
import { OWN_MODULES } from '../vitest.config.js';
import { ROOT, tempFolders } from './helpers.js';

/**
 * The layer rule (build/check-layers.mjs, run by `npm run lint`): imports point down the data flow,
 * side-by-side folders do not read each other, only the files it names touch the disk, other programs
 * or the network, and no module keeps state between runs (which lets most test files share a worker).
 */

const temp = tempFolders('plan-layers-');
afterAll(temp.removeAll);

/** A copy of src/ with `line` put first in `file`, as a wrong-way edit would. */
function plant(edits: Record<string, string>): string {
  const root = temp.make();
  cpSync(join(ROOT, 'src'), join(root, 'src'), { recursive: true });
  for (const [file, line] of Object.entries(edits)) {
    const path = join(root, 'src', file);
    mkdirSync(join(path, '..'), { recursive: true });
    let text = '';
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // A new file.
    }
    writeFileSync(path, `${line}\n${text}`);
  }
  return root;
}

describe('the layer rule', () => {
  it('holds in this tree', () => {
    expect(checkLayers(ROOT)).toEqual([]);
  });

  it.each([
    [
      'an earlier stage reading a later one',
      { 'compute/savings.ts': "import { buildPage } from '../html/render.js';" },
      'src/compute/savings.ts:1: compute/savings.ts may not import html/render.ts (layer compute is below layer renderers)',
    ],
    [
      'a dynamic import up the layers',
      { 'plan/quarters.ts': "export const later = () => import('../report/build-report.js');" },
      'src/plan/quarters.ts:1: plan/quarters.ts may not import report/build-report.ts (layer plan is below layer report model)',
    ],
    [
      'a re-export up the layers',
      { 'input/money.ts': "export { planProblems } from '../compute/check-plan.js';" },
      'src/input/money.ts:1: input/money.ts may not import compute/check-plan.ts (layer input is below layer compute)',
    ],
    [
      'one renderer reading another',
      { 'docx/render.ts': "import { esc } from '../html/escape.js';" },
      'src/docx/render.ts:1: docx/render.ts may not import html/escape.ts (docx/ and html/ are side by side in layer renderers)',
    ],
    [
      'one command reading another',
      { 'commands/diff/run.ts': "import { runReport } from '../report/run.js';" },
      'src/commands/diff/run.ts:1: commands/diff/run.ts may not import commands/report/run.ts (commands/diff/ and commands/report/ are side by side in layer commands)',
    ],
    [
      'a renderer reading the disk',
      { 'html/render.ts': "import { readFileSync } from 'node:fs';" },
      'src/html/render.ts:1: html/render.ts may not import node:fs (the file system is reached only from',
    ],
    [
      'the disk in a renderer, under a name that starts with "type"',
      { 'html/render.ts': "import { type Stats, typeOfPath } from 'node:fs';" },
      'src/html/render.ts:1: html/render.ts may not import node:fs (the file system is reached only from',
    ],
    [
      'a pure stage reaching the disk through another file',
      { 'compute/format.ts': "import { writeFileAtomic } from '../shared/write-file.js';" },
      'src/compute/format.ts:1: compute/format.ts may not reach node:fs through shared/write-file.ts (it is a pure stage)',
    ],
    [
      'the plan reading the disk other than through load-plan.ts',
      { 'plan/quarters.ts': "import { readInputFile } from '../input/read-input.js';" },
      'src/plan/quarters.ts:1: plan/quarters.ts may not reach node:fs through input/read-input.ts (it is a pure stage)',
    ],
    [
      'a second home for colour',
      { 'diagnostics/text.ts': "import chalk from 'chalk';" },
      'src/diagnostics/text.ts:1: diagnostics/text.ts may not import chalk (colour is reached only from diagnostics/highlight.ts)',
    ],
    [
      'state kept between runs',
      { 'commands/report/run.ts': 'let lastOut: string | undefined;' },
      'src/commands/report/run.ts:1: commands/report/run.ts keeps state between runs in a module-level variable',
    ],
    [
      'a Map kept between runs',
      { 'commands/report/run.ts': 'const written = new Map<string, number>();' },
      'src/commands/report/run.ts:1: commands/report/run.ts keeps state between runs in a module-level Map',
    ],
    [
      'a Set kept between runs, exported',
      { 'shared/write-file.ts': 'export const seen = new Set<string>();' },
      'src/shared/write-file.ts:1: shared/write-file.ts keeps state between runs in a module-level Set',
    ],
    [
      'a Set typed as a Set',
      { 'compute/savings.ts': "const codes: Set<string> = new Set(['CDC']);" },
      'src/compute/savings.ts:1: compute/savings.ts keeps state between runs in a module-level Set',
    ],
    [
      'a WeakMap kept between runs',
      { 'plan/rules.ts': 'const checked = new WeakMap<object, boolean>();' },
      'src/plan/rules.ts:1: plan/rules.ts keeps state between runs in a module-level WeakMap',
    ],
    [
      'a folder the table does not place',
      { 'render/new.ts': 'export const x = 1;' },
      'src/render/new.ts:1: render/new.ts is in no layer: add it to LAYERS in build/check-layers.mjs',
    ],
  ])('fails on %s', (_, edits, message) => {
    const problems = checkLayers(plant(edits));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('lets a fixed lookup table be a ReadonlySet or ReadonlyMap, and a Map made inside a function', () => {
    const root = plant({
      'compute/savings.ts': "const codes: ReadonlySet<string> = new Set(['CDC']);",
      'plan/rules.ts': 'const names: ReadonlyMap<string, string> = new Map([["CDC", "Cherwell"]]);',
      'report/build-report.ts': 'export function fresh() { const seen = new Map<string, number>(); return seen; }',
    });
    expect(checkLayers(root)).toEqual([]);
  });

  it('fails npm run lint on a module-level Map, as src/shared/interrupt.ts had (issue 25)', () => {
    const root = plant({ 'shared/interrupt.ts': 'const undos = new Map<() => unknown, number>();' });
    const run = spawnSync(process.execPath, [join(ROOT, 'build', 'check-layers.mjs'), root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'src/shared/interrupt.ts:1: shared/interrupt.ts keeps state between runs in a module-level Map: pass it in, or make it per run',
    );
  });

  it('fails npm run lint with file:line lines', () => {
    const root = plant({ 'compute/savings.ts': "import { buildPage } from '../html/render.js';" });
    const run = spawnSync(process.execPath, [join(ROOT, 'build', 'check-layers.mjs'), root], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(
      'src/compute/savings.ts:1: compute/savings.ts may not import html/render.ts (layer compute is below layer renderers)\n',
    );
    expect(run.stderr).toContain('check-layers: 1 problem with the layer rule');
    const lint = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(lint.scripts.lint).toContain('node build/check-layers.mjs');
  });

  it.each(['docx', 'html', 'data'])('%s/ lays out the report model', (folder) => {
    const dir = join(ROOT, 'src', folder);
    const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    expect(texts.some((t) => t.includes("from '../report/model.js'"))).toBe(true);
  });
});

describe('test files that share a worker (vitest.config.ts)', () => {
  it('every file that replaces a module for its runs has a module graph of its own', () => {
    const files = readdirSync(join(ROOT, 'test')).filter((f) => f.endsWith('.test.ts') && f !== 'layers.test.ts');
    const mocking = files.filter((f) => /\bvi\.(?:mock|doMock|resetModules)\(/.test(readFileSync(join(ROOT, 'test', f), 'utf8')));
    expect(mocking.length).toBeGreaterThan(1);
    expect([...OWN_MODULES].sort()).toEqual(mocking.map((f) => `test/${f}`).sort());
  });
});
