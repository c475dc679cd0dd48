import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fixPlanFiles } from '../src/commands/validate/fix.js';
import { slipContext } from '../src/input/check-yaml.js';
import { findCharacterSlips } from '../src/input/slips.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { planFileSchema, sectionFileSchema } from '../src/plan/schema.js';
import { runPlan } from './helpers.js';
import { applyMistake, MISTAKES, type Mistake, WESTBROOK_FILES } from './mistakes.js';

/** `plan validate --fix` repairs the mechanical slips in place, changes nothing else, and is all-or-nothing. */

const root = mkdtempSync(join(tmpdir(), 'plan-fix-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
});

let n = 0;
/** A copy of the Westbrook plan with some files replaced; returns its folder. */
function westbrook(files: Record<string, string | Buffer> = {}): string {
  const dir = join(root, String(n++));
  mkdirSync(join(dir, 'plans'), { recursive: true });
  for (const [name, content] of Object.entries({ ...WESTBROOK_FILES, ...files })) writeFileSync(join(dir, 'plans', name), content);
  return dir;
}

const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(join(dir, 'plans')).map((name) => [name, readFileSync(join(dir, 'plans', name)).toString('hex')]));

const isFixable = (m: Mistake) => {
  const context = slipContext(m.file === 'plan.yaml' ? planFileSchema : sectionFileSchema);
  return findCharacterSlips(applyMistake(m), context).some((s) => s.fixed !== undefined);
};
const FIXABLE = MISTAKES.filter(isFixable);
const NOT_FIXABLE = MISTAKES.filter((m) => !isFixable(m));

describe('plan validate --fix on the mistake corpus', () => {
  it('has the slips the issue names among the fixable ones', () => {
    const names = FIXABLE.map((m) => m.name).join('\n');
    for (const kind of [
      /non-breaking space/,
      /tab as indentation/,
      /curly quotes around the section/,
      /key in curly quotes/,
      /no space after the colon/,
    ])
      expect(names).toMatch(kind);
    expect(FIXABLE.length).toBeGreaterThanOrEqual(15);
  });

  it.each(FIXABLE.map((m) => [m.name, m] as const))(
    'repairs "%s": the file is the original again, and a second run changes nothing',
    async (_name, m) => {
      const dir = westbrook({ [m.file]: applyMistake(m) });
      const first = await fixPlanFiles('plans', dir);
      expect(first.changes.map((c) => `${c.file}:${c.line}`)).toContain(`plans/${m.file}:${m.line}`);
      const result = await loadPlan({ plansDir: 'plans', cwd: dir });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      // Curly quotes around text that needs quotes become straight quotes: the same text, written as YAML needs it.
      const fixed = readFileSync(join(dir, 'plans', m.file), 'utf8');
      if (/curly quotes around text/.test(m.name))
        expect(fixed).toBe(WESTBROOK_FILES[m.file]!.replace('status: Adopted by WBC and NDC', 'status: "Adopted: WBC and NDC"'));
      else expect(fixed).toBe(WESTBROOK_FILES[m.file]);
      const before = snapshot(dir);
      const second = await fixPlanFiles('plans', dir);
      expect(second).toEqual({ changes: [], files: 0 });
      expect(snapshot(dir)).toEqual(before);
    },
  );

  it.each(NOT_FIXABLE.map((m) => [m.name, m] as const))('never guesses at "%s": every file stays as it was', async (_name, m) => {
    const dir = westbrook({ [m.file]: applyMistake(m) });
    const before = snapshot(dir);
    expect(await fixPlanFiles('plans', dir)).toEqual({ changes: [], files: 0 });
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('plan validate --fix, run as an officer would', () => {
  it('lists each change as file:line, keeps comments, Windows line endings and the byte-order mark, and then validates', () => {
    const governance = WESTBROOK_FILES['1-governance.yaml']!.replace(
      '        status: Draft circulated',
      '       \u00a0status: Draft circulated # agreed at board',
    ).replace('        rag: green', '\t\trag: green');
    const suppliers = WESTBROOK_FILES['3-local-suppliers.yaml']!.replace('section: "3"', 'section: “3”').replace(
      'title: Local',
      'title:Local',
    );
    const dir = westbrook({
      '1-governance.yaml': governance.replace(/\n/g, '\r\n'),
      '3-local-suppliers.yaml': Buffer.from(`\ufeff${suppliers}`, 'utf8'),
    });
    const r = runPlan(['validate', '--fix'], { cwd: dir });
    expect(r.stderr).toContain(
      [
        'plans/1-governance.yaml:12: fixed: a non-breaking space (U+00A0) in the indentation replaced by a space',
        'plans/1-governance.yaml:13: fixed: tab indentation replaced by 8 spaces',
        'plans/3-local-suppliers.yaml:2: fixed: curly quotes around the value of section made straight: "3"',
        'plans/3-local-suppliers.yaml:3: fixed: space added after "title:"',
        '✓ fixed 4 slips in 2 files',
      ].join('\n'),
    );
    expect(r.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'plans', '1-governance.yaml'), 'utf8')).toBe(
      WESTBROOK_FILES['1-governance.yaml']!.replace(
        '        status: Draft circulated',
        '        status: Draft circulated # agreed at board',
      ).replace(/\n/g, '\r\n'),
    );
    expect(readFileSync(join(dir, 'plans', '3-local-suppliers.yaml'))).toEqual(
      Buffer.from(`\ufeff${WESTBROOK_FILES['3-local-suppliers.yaml']}`, 'utf8'),
    );
    const again = runPlan(['validate', '--fix'], { cwd: dir });
    expect(again.stderr).toMatch(/^nothing to fix\n/);
  });
});

describe('plan validate --fix when a write fails', () => {
  // Three files need fixing; the failure is injected at each of them in turn, before and after renames began.
  const broken = {
    '1-governance.yaml': WESTBROOK_FILES['1-governance.yaml']!.replace('        rag: green', '\t\trag: green'),
    '2-savings.yaml': WESTBROOK_FILES['2-savings.yaml']!.replace('        status: On track\n', '        status:On track\n'),
    '3-local-suppliers.yaml': WESTBROOK_FILES['3-local-suppliers.yaml']!.replace('section: "3"', 'section: “3”'),
  };

  async function fixWithFault(fault: 'open' | 'rename', at: number) {
    const dir = westbrook(broken);
    const before = snapshot(dir);
    const fs = await import('node:fs/promises');
    let calls = 0;
    const fail = (code: string) => Object.assign(new Error(code), { code });
    vi.doMock('node:fs/promises', async () => ({
      ...fs,
      open: (async (...args: Parameters<typeof fs.open>) => {
        if (fault === 'open' && String(args[0]).endsWith('.tmp') && calls++ === at) throw fail('ENOSPC');
        return fs.open(...args);
      }) as typeof fs.open,
      rename: (async (from: string, to: string) => {
        if (fault === 'rename' && from.endsWith('.tmp') && to.endsWith('.yaml') && !to.includes('.tmp') && calls++ === at)
          throw fail('EPERM');
        return fs.rename(from, to);
      }) as typeof fs.rename,
    }));
    vi.resetModules();
    try {
      const { runCli } = await import('../src/cli.js');
      let stderr = '';
      vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => {
        stderr += String(c);
        return true;
      });
      vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
      const exitCode = await runCli(['node', 'plan', 'validate', '--fix', '--plans', join(dir, 'plans')]);
      return { exitCode, stderr, dir, before };
    } finally {
      vi.restoreAllMocks();
      vi.doUnmock('node:fs/promises');
      vi.resetModules();
    }
  }

  it.each([
    ['open', 0],
    ['open', 1],
    ['open', 2],
    ['rename', 0],
    ['rename', 1],
    ['rename', 2],
  ] as const)(
    'a failed %s at file %i: exit 3, one line naming the file, every plan file byte-identical, no temporary file',
    async (fault, at) => {
      const { exitCode, stderr, dir, before } = await fixWithFault(fault, at);
      expect(exitCode).toBe(3);
      const reason = fault === 'open' ? 'the disk is full' : 'the file is locked or permission was denied';
      expect(stderr).toBe(
        `plan: error: cannot write ${join(dir, 'plans', Object.keys(broken)[at]!)}: ${reason}; no plan file was changed\n  hint: ${fault === 'open' ? 'free some space and run plan again' : 'if the file is open in Word or another program, close it and run plan again'}\n`,
      );
      expect(snapshot(dir)).toEqual(before);
      expect(readdirSync(join(dir, 'plans')).filter((f) => f.endsWith('.tmp') || f.startsWith('.'))).toEqual([]);
    },
  );
});
