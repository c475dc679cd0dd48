import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_FILES, BIN, canMountTmpfs, type Fixture, makeFixture, ROOT, runPlan, runPlanInProcess } from './helpers.js';
import { WESTBROOK_FILES } from './mistakes.js';

/** Import output, long names, templates and file-system messages (issue 21, items 13–17). */

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

const DEFAULT_TEMPLATE = readFileSync(join(ROOT, 'templates', 'default.yaml'), 'utf8');

describe('template values that reach the web page', () => {
  it.each(['Arial; background: url(https://example.org/beacon.png)', 'Arial}</style><script>alert(1)</script>', '"Arial", x'])(
    'font.family %j is refused at its position, before anything is written',
    async (family) => {
      fixture = makeFixture();
      writeFileSync(join(fixture.root, 'look.yaml'), DEFAULT_TEMPLATE.replace('family: Arial', `family: ${JSON.stringify(family)}`));
      const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--format', 'html', '--template', 'look.yaml'], { cwd: fixture.root });
      expect(r.stderr).toMatch(/look\.yaml:\d+:\d+: error: a font name is letters, digits, spaces and hyphens/);
      expect(r.exitCode).toBe(1);
    },
  );

  it('a font name with spaces still works, quoted in the style sheet', async () => {
    fixture = makeFixture();
    writeFileSync(join(fixture.root, 'look.yaml'), DEFAULT_TEMPLATE.replace('family: Arial', 'family: Segoe UI'));
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--format', 'html', '--template', 'look.yaml'], { cwd: fixture.root });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(readFileSync(join(fixture.root, r.stdout.trim()), 'utf8')).toContain('font-family: "Segoe UI", Arial, sans-serif;');
  });
});

describe('names plan derives are kept short enough for the file system', () => {
  const longTitle = `Joint Procurement Action Plan ${'for the councils of the shire '.repeat(8)}`.trim();
  const longNumber = Array.from({ length: 100 }, (_, i) => String((i % 9) + 1)).join('.');

  it(`a ${longTitle.length}-character title and a 100-part section number: report, then import of that report, work`, async () => {
    expect(longTitle.length).toBeGreaterThan(255);
    fixture = makeFixture({
      'plan.yaml': BASE_FILES['plan.yaml']!.replace('title: Test Plan', `title: ${longTitle}`),
      '1.1-alpha.yaml': BASE_FILES['1.1-alpha.yaml']!.replace('section: "1.1"', `section: "${longNumber}"`),
    });
    expect((await runPlanInProcess(['validate'], { cwd: fixture.root })).exitCode).toBe(0);
    const report = await runPlanInProcess(['report', '--quarter', 'Q3'], { cwd: fixture.root });
    expect(report.stderr).not.toContain('ENAMETOOLONG');
    expect(report.exitCode, report.stderr).toBe(0);
    const name = basename(report.stdout.trim());
    expect(name.length).toBeLessThanOrEqual(160);
    // The year and quarter stay in the name, so quarters do not overwrite each other.
    expect(name).toMatch(/-2013-14-q3-appendix-1\.docx$/);

    const imported = await runPlanInProcess(['import', report.stdout.trim(), '--plans', 'again'], { cwd: fixture.root });
    expect(imported.stderr).not.toContain('ENAMETOOLONG');
    expect(imported.exitCode, imported.stderr).toBeLessThanOrEqual(1);
    const section = readdirSync(join(fixture.root, 'again')).find((n) => n.startsWith('1.2.3'));
    expect(section).toBeDefined();
    expect(section!.length).toBeLessThanOrEqual(120);
    // The file holds the whole number.
    expect(readFileSync(join(fixture.root, 'again', section!), 'utf8')).toContain(longNumber);
  });
});

/** Run `body` with a small tmpfs holding a copy of the fixture's project, mounted with `options`. */
function onTmpfs(options: string, prepare: (disk: string) => void, body: (disk: string) => void): void {
  const disk = mkdtempSync(join(tmpdir(), 'plan-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', disk]);
  try {
    prepare(disk);
    body(disk);
  } finally {
    execFileSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  }
}

describe.runIf(canMountTmpfs())('the real reason a folder cannot be made', () => {
  it('read-only file system: report, init and import say so (Node reports ENOENT there), exit 3', async () => {
    fixture = makeFixture();
    const docx = join(fixture.root, 'a.docx');
    expect((await runPlanInProcess(['report', '--quarter', 'Q3', '--out', docx], { cwd: fixture.root })).exitCode).toBe(0);
    onTmpfs(
      'size=2m',
      (disk) => {
        cpSync(fixture!.root, disk, { recursive: true });
        // An empty folder of its own for init, which refuses a folder that already holds a project.
        mkdirSync(join(disk, 'fresh'));
        execFileSync('mount', ['-o', 'remount,ro', disk]);
      },
      (disk) => {
        for (const [args, cwd] of [
          [['report', '--quarter', 'Q3'], disk],
          [['init', '--plans', 'new', '--title', 'T', '--year', '2016/17', '--council', 'WBC=Westbrook'], join(disk, 'fresh')],
          [['import', 'a.docx', '--plans', 'new'], disk],
        ] as const) {
          const r = runPlan([...args], { cwd });
          expect(r.stderr, args[0]).toContain('the file system is read-only');
          expect(r.stderr).not.toContain('does not exist');
          expect(r.exitCode).toBe(3);
        }
      },
    );
  });

  it('--new-year out of inodes: exit 3 in words, no empty plans/archive left', async () => {
    fixture = makeFixture({}, WESTBROOK_FILES);
    for (const q of ['Q3', 'Q4']) expect((await runPlanInProcess(['new-quarter', q], { cwd: fixture.root })).exitCode).toBe(0);
    onTmpfs(
      'size=4m,nr_inodes=64',
      (disk) => {
        cpSync(fixture!.root, disk, { recursive: true });
        // Use up every inode left.
        for (let i = 0; ; i++) {
          try {
            writeFileSync(join(disk, `filler-${i}`), '');
          } catch {
            break;
          }
        }
      },
      (disk) => {
        const before = readdirSync(join(disk, 'plans')).sort();
        const r = runPlan(['new-quarter', 'Q1', '--new-year'], { cwd: disk });
        expect(r.stderr).toMatch(/^plan: error: cannot write plans\/archive\/\S+: the disk is full; no plan file was changed/m);
        expect(r.exitCode).toBe(3);
        expect(readdirSync(join(disk, 'plans')).sort()).toEqual(before);
      },
    );
  });
});

describe('init when a file is in the way', () => {
  it('.vscode is a file: "nothing was written" is true, no empty plans/ left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-init-'));
    try {
      writeFileSync(join(dir, '.vscode'), 'not a folder');
      const r = await runPlanInProcess(['init', '--title', 'T', '--year', '2016/17', '--council', 'WBC=Westbrook'], { cwd: dir });
      expect(r.exitCode).toBe(3);
      expect(r.stderr).toContain('nothing was written');
      expect(readdirSync(dir)).toEqual(['.vscode']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A small appendix as Word writes it: a title, a numbered heading and a plan table per section. */
function appendix(sections: Array<{ heading: string; rows: Array<[string, string, string]> }>): Uint8Array {
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p></w:tc>`;
  const row = (cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
  const body = sections
    .map(
      (s) =>
        `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${s.heading}</w:t></w:r></w:p><w:tbl>${row(['Action', 'Status', 'Narrative'])}${s.rows.map(row).join('')}</w:tbl>`,
    )
    .join('');
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Plan 2014/15 Q1 Update</w:t></w:r></w:p>${body}</w:body></w:document>`;
  return zipSync({ 'word/document.xml': new TextEncoder().encode(xml) });
}

describe('plan import writes only what it may', () => {
  it('a line break in the .docx file name cannot add a key to plan.yaml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-name-'));
    try {
      const name = 'q1\ntitle: Hacked.docx';
      writeFileSync(join(dir, name), appendix([{ heading: '1 Governance', rows: [['Meet monthly', 'Going', 'Fine.']] }]));
      const r = await runPlanInProcess(['import', name, '--plans', 'p'], { cwd: dir });
      expect(r.exitCode, r.stderr).toBe(0);
      const planYaml = readFileSync(join(dir, 'p', 'plan.yaml'), 'utf8');
      expect(planYaml).not.toMatch(/^title: Hacked/m);
      expect(planYaml.match(/^title:/gm)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("does not replace the officer's own plan.schema.json in the folder (exit 2, untouched)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-own-'));
    try {
      writeFileSync(join(dir, 'a.docx'), appendix([{ heading: '1 Governance', rows: [['Meet monthly', 'Going', 'Fine.']] }]));
      mkdirSync(join(dir, 'p'));
      writeFileSync(join(dir, 'p', 'plan.schema.json'), '{"mine": true}\n');
      const r = await runPlanInProcess(['import', 'a.docx', '--plans', 'p'], { cwd: dir });
      expect(r.stderr).toContain('p/plan.schema.json already exists, and plan import does not replace a file it did not make');
      expect(r.exitCode).toBe(2);
      expect(readdirSync(join(dir, 'p'))).toEqual(['plan.schema.json']);
      expect(readFileSync(join(dir, 'p', 'plan.schema.json'), 'utf8')).toBe('{"mine": true}\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a document holding what a plan may not (a bidi override, two sections with one number): exit 1, the errors listed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-import-invalid-'));
    try {
      writeFileSync(
        join(dir, 'a.docx'),
        appendix([
          { heading: '1 Governance', rows: [['Meet \u202emonthly', 'Going', 'Fine.']] },
          { heading: '1 Governance again', rows: [['Save money', 'Going', 'Fine.']] },
        ]),
      );
      const r = await runPlanInProcess(['import', 'a.docx', '--plans', 'p'], { cwd: dir });
      expect(r.stderr).toContain('plan validate finds errors in the imported plan');
      expect(r.exitCode).toBe(1);
      // What import said is what validate says.
      const v = await runPlanInProcess(['validate', '--plans', 'p'], { cwd: dir });
      expect(v.exitCode).toBe(1);
      for (const line of v.stderr.split('\n').filter((l) => /: error: /.test(l))) expect(r.stderr).toContain(line);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('plan init checks answers as plan validate would', () => {
  const FLAGS = ['--title', 'My Plan', '--year', '2016/17', '--council', 'WBC=Westbrook Borough Council'];
  it.each([
    ['--appendix empty', ['--appendix', ''], '--appendix: it is empty'],
    ['a bidi override in the title', ['--title', 'My \u202ePlan'], '--title: bidirectional control U+202E'],
    ['a control character in a council name', ['--council', 'NDC=North\u0007dale'], 'the name of NDC: control character U+0007'],
  ])('%s: refused (exit 2), nothing written', async (_, extra, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-init-check-'));
    try {
      const r = await runPlanInProcess(['init', ...FLAGS, ...extra], { cwd: dir });
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('nothing was written');
      expect(r.exitCode).toBe(2);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('typed on a terminal: a title with a bidi override is asked again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-init-typed-'));
    try {
      const answers = ['My \u202ePlan', 'My Plan', '2016/17', 'WBC', 'Westbrook Borough Council', ''];
      const typed = answers.map((a) => `sleep 0.4; printf '%s\\n' '${a}'`).join('; ');
      const run = spawnSync('bash', ['-c', `(sleep 1; ${typed}) | script -qec "'${process.execPath}' '${BIN}' init" /dev/null`], {
        cwd: dir,
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, NO_COLOR: '1' },
      });
      expect(run.stdout).toContain('bidirectional control U+202E');
      expect(run.stdout).toContain('started a plan for WBC');
      expect((await runPlanInProcess(['validate'], { cwd: dir })).exitCode).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
