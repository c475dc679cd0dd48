import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { BIN, canMountTmpfs, canRun, runCliInProcess, runPlan } from './helpers.js';
import { WESTBROOK_FILES } from './mistakes.js';

/**
 * Every command that changes several files leaves the folder either fully as before or fully changed,
 * whatever fails: a full disk at any file, a file that cannot be replaced, Ctrl-C at any moment. The
 * failure is injected at every file in turn, and the folder compared byte for byte; a real full disk
 * is made with a small tmpfs where mounting is allowed.
 */

const root = mkdtempSync(join(tmpdir(), 'plan-all-or-nothing-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Fault = 'disk full' | 'locked file' | 'Ctrl-C';

/**
 * The fault of the case running now, which node:fs/promises below injects: none between cases. The
 * module is replaced once for the whole file, so the CLI is loaded once, not again for every case.
 */
const injected = vi.hoisted(() => ({ fault: undefined as Fault | undefined, at: 0, temps: 0, renames: 0 }));
function inject(fault: Fault | undefined, at = 0): void {
  Object.assign(injected, { fault, at, temps: 0, renames: 0 });
}
afterEach(() => inject(undefined));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const failure = (code: string) => Object.assign(new Error(code), { code });
  return {
    ...fs,
    open: (async (...args: Parameters<typeof fs.open>) => {
      if (injected.fault === 'disk full' && String(args[0]).endsWith('.tmp') && injected.temps++ === injected.at) throw failure('ENOSPC');
      return fs.open(...args);
    }) as typeof fs.open,
    unlink: (async (path: string) => {
      // A file removed (not a temporary one) counts as the next file changed, after the renames.
      if (injected.fault && !String(path).endsWith('.tmp') && injected.renames++ === injected.at) {
        if (injected.fault === 'locked file') throw failure('EPERM');
        if (injected.fault === 'Ctrl-C') {
          const { undoAll } = await import('../src/shared/interrupt.js');
          void undoAll();
        }
      }
      return fs.unlink(path);
    }) as typeof fs.unlink,
    rename: (async (from: string, to: string) => {
      if (injected.fault && from.endsWith('.tmp') && !to.endsWith('.tmp') && injected.renames++ === injected.at) {
        if (injected.fault === 'locked file') throw failure('EPERM');
        // Ctrl-C arrives just as this file is about to be replaced.
        const { undoAll } = await import('../src/shared/interrupt.js');
        void undoAll();
      }
      return fs.rename(from, to);
    }) as typeof fs.rename,
  };
});

let count = 0;
/** A project folder: the Westbrook plan in plans/, and a templates/ folder. */
function project(files: Record<string, string> = WESTBROOK_FILES): string {
  const dir = join(root, String(count++));
  mkdirSync(join(dir, 'plans'), { recursive: true });
  mkdirSync(join(dir, 'templates'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'plans', name), text);
  return dir;
}

/** Every file below a folder, with its bytes: what must be identical after a failed run. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path).toString('hex');
    }
  };
  walk(dir);
  return out;
}

/** The Westbrook plan moved on to Q4, so that --new-year can start the next year. */
async function finishYear(files: Record<string, string> = WESTBROOK_FILES): Promise<Record<string, string>> {
  const dir = project(files);
  for (const q of ['Q3', 'Q4']) expect((await runCliInProcess(['new-quarter', q], dir)).exitCode).toBe(0);
  return Object.fromEntries(readdirSync(join(dir, 'plans')).map((n) => [n, readFileSync(join(dir, 'plans', n), 'utf8')]));
}
const finishedYear = await finishYear();

/** A section whose actions all ended: --new-year archives it and removes it from the plans folder. */
const FINISHED_SECTION = [
  'section: "4"',
  'title: Finished Work',
  'actions:',
  '  - id: framework-review',
  '    action: Review the stationery framework.',
  '    updates:',
  '      Q2:',
  '        status: Complete',
  '        ended: completed',
  '',
].join('\n');

interface Scenario {
  name: string;
  args: string[];
  files: Record<string, string>;
  /** How many files the command writes. */
  writes: number;
  /** How many files the command removes (after writing). */
  removals?: number;
  /** The command moves the plan on one financial year: after any failure, a rerun must move it exactly one. */
  yearFrom?: string;
  prepare?: (dir: string) => void;
}

const SCENARIOS: Scenario[] = [
  { name: 'new-quarter Q3', args: ['new-quarter', 'Q3'], files: WESTBROOK_FILES, writes: 3 },
  { name: 'new-quarter Q1 --new-year', args: ['new-quarter', 'Q1', '--new-year'], files: finishedYear, writes: 8, yearFrom: '2015/16' },
  {
    name: 'new-quarter Q1 --new-year, with a section whose actions all ended',
    args: ['new-quarter', 'Q1', '--new-year'],
    files: await finishYear({ ...WESTBROOK_FILES, '4-finished.yaml': FINISHED_SECTION }),
    writes: 9,
    removals: 1,
    yearFrom: '2015/16',
  },
  {
    name: 'schema',
    args: ['schema'],
    files: Object.fromEntries(Object.entries(WESTBROOK_FILES).filter(([n]) => !n.endsWith('.json'))),
    writes: 4,
  },
  {
    name: 'validate --fix',
    args: ['validate', '--fix'],
    files: {
      ...WESTBROOK_FILES,
      '1-governance.yaml': WESTBROOK_FILES['1-governance.yaml']!.replace('        rag: green', '\t\trag: green'),
      '2-savings.yaml': WESTBROOK_FILES['2-savings.yaml']!.replace('        status: On track\n', '        status:On track\n'),
      '3-local-suppliers.yaml': WESTBROOK_FILES['3-local-suppliers.yaml']!.replace('section: "3"', 'section: “3”'),
    },
    writes: 3,
  },
];

/** Run a command in this process with a fault at the `at`-th file it writes (0-based). */
async function runWithFault(scenario: Scenario, fault: Fault, at: number) {
  const dir = project(scenario.files);
  const before = snapshot(dir);
  inject(fault, at);
  try {
    return { ...(await runCliInProcess(scenario.args, dir)), dir, before };
  } finally {
    inject(undefined);
  }
}

describe.each(SCENARIOS)('plan $name: all files or none', (scenario) => {
  it('writes every file when nothing fails', () => {
    const dir = project(scenario.files);
    const before = snapshot(dir);
    const r = runPlan(scenario.args, { cwd: dir });
    expect(r.exitCode).toBe(0);
    const after = snapshot(dir);
    const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => after[k] !== before[k]);
    expect(changed).toHaveLength(scenario.writes + (scenario.removals ?? 0));
  });

  // A full disk can only stop a write; a lock or Ctrl-C can stop a removal too.
  const cases = (['disk full', 'locked file', 'Ctrl-C'] as const).flatMap((fault) =>
    Array.from({ length: scenario.writes + (fault === 'disk full' ? 0 : (scenario.removals ?? 0)) }, (_, at) => [fault, at] as const),
  );
  it.each(cases)('%s at file %i: the folder is byte-identical afterwards, with no temporary file', async (fault, at) => {
    const { exitCode, stderr, dir, before } = await runWithFault(scenario, fault, at);
    expect(snapshot(dir)).toEqual(before);
    if (fault !== 'Ctrl-C') {
      expect(exitCode).toBe(3);
      expect(stderr).toMatch(
        /^plan: error: cannot write \S+: (the disk is full|the file is locked or permission was denied); no (plan|schema) file was changed\n {2}hint: .+\n$/m,
      );
      expect(stderr.trim().split('\n')).toHaveLength(2);
    }
    if (scenario.yearFrom) await expectOneYearOnRerun(dir, before, scenario);
  });
});

/**
 * Run the command again, with nothing failing: it moves the plan on exactly one financial year, and the
 * archive holds that year exactly as it was before the failed run.
 */
async function expectOneYearOnRerun(dir: string, before: Record<string, string>, scenario: Scenario): Promise<void> {
  const rerun = await runCliInProcess(scenario.args, dir);
  expect(rerun.exitCode, rerun.stderr).toBe(0);
  const [first = 0] = scenario.yearFrom!.split('/').map(Number);
  expect(readFileSync(join(dir, 'plans', 'plan.yaml'), 'utf8')).toContain(
    `label: ${first + 1}/${String((first + 2) % 100).padStart(2, '0')}`,
  );
  const archive = scenario.yearFrom!.replace('/', '-');
  expect(readdirSync(join(dir, 'plans', 'archive'))).toEqual([archive]);
  const after = snapshot(dir);
  for (const [path, bytes] of Object.entries(before))
    if (path.endsWith('.yaml')) expect(after[path.replace(/^plans\//, `plans/archive/${archive}/`)], path).toBe(bytes);
}

describe('a real full disk (tmpfs)', () => {
  it.runIf(canMountTmpfs())('new-quarter with room for two of its three files: exit 3, the plans folder byte-identical', () => {
    const disk = mkdtempSync(join(tmpdir(), 'plan-disk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', disk]);
    try {
      cpSync(join(project(), 'plans'), join(disk, 'plans'), { recursive: true });
      // Fill the disk until exactly two more small files fit (tmpfs counts whole 4 KB pages).
      for (let i = 0; statfsSync(disk).bavail > 2; i++) writeFileSync(join(disk, `filler-${i}`), Buffer.alloc(statfsSync(disk).bsize));
      const before = snapshot(join(disk, 'plans'));
      const r = runPlan(['new-quarter', 'Q3', '--plans', join(disk, 'plans')], { cwd: disk });
      expect(r.exitCode).toBe(3);
      expect(r.stderr).toMatch(/^plan: error: cannot write plans\/\S+\.yaml: the disk is full; no plan file was changed\n/m);
      expect(snapshot(join(disk, 'plans'))).toEqual(before);
    } finally {
      execFileSync('umount', [disk]);
      rmSync(disk, { recursive: true, force: true });
    }
  });
});

describe('a failing standard output', () => {
  it.runIf(canRun('/dev/full', () => existsSync('/dev/full'), 'this system has no /dev/full'))(
    'plan validate --format json > /dev/full: one line, exit 3',
    () => {
      const dir = project();
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" validate --format json > /dev/full`], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(r.stderr).toBe(
        'plan: error: cannot write the output: the disk is full\n  hint: send it somewhere with room, or to a terminal\n',
      );
      expect(r.status).toBe(3);
    },
  );
});
