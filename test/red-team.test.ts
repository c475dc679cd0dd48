import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { section } from './bad-input-cases.js';
import { docxText } from './docx.js';
import { type Fixture, makeFixture, runPlan, runPlanInProcess } from './helpers.js';
import { WESTBROOK_FILES } from './mistakes.js';

/** The red-team findings (issue 16), each reproduced here: no hang, no crash, no silent change. */

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

describe('file-system inputs', () => {
  it('refuses a named pipe as a plan file, in its own words, without waiting for it', () => {
    fixture = makeFixture();
    execFileSync('mkfifo', [join(fixture.plans, '9.1-pipe.yaml')]);
    const started = Date.now();
    const r = runPlan(['validate'], { cwd: fixture.root });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(
      'plans/9.1-pipe.yaml:1:1: error: 9.1-pipe.yaml is a named pipe, not a file, so it cannot be read as plan data',
    );
  });

  it('refuses a named pipe as --template at once (exit 2), so Ctrl-C is never needed', () => {
    fixture = makeFixture();
    execFileSync('mkfifo', [join(fixture.root, 'look.yaml')]);
    const r = runPlan(['report', '--quarter', 'Q3', '--template', 'look.yaml'], { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe('plan: error: template look.yaml is a named pipe, not a file\n  hint: pass a template file with --template\n');
  });

  it('refuses a named pipe where plan schema reads a schema file, at once', () => {
    fixture = makeFixture();
    mkdirSync(join(fixture.root, 'templates'));
    execFileSync('mkfifo', [join(fixture.plans, 'plan.schema.json')]);
    const r = runPlan(['schema'], { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'plan: error: plans/plan.schema.json is a named pipe, not a file\n  hint: remove it, then run plan schema again\n',
    );
  });

  it('says a folder named like a plan file is a folder, not that plan.yaml is missing', async () => {
    fixture = makeFixture({ 'plan.yaml': null });
    mkdirSync(join(fixture.plans, 'plan.yaml'));
    const r = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(r.stderr).toContain('plans/plan.yaml:1:1: error: plan.yaml is a folder, not a file, so it cannot be read as plan data');
  });

  it('checks the size before reading: a 3 GB file is refused at once, in plain words', async () => {
    fixture = makeFixture();
    writeFileSync(join(fixture.plans, '9.9-huge.yaml'), '');
    truncateSync(join(fixture.plans, '9.9-huge.yaml'), 3 * 1024 ** 3); // sparse: no disk used
    const r = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('plans/9.9-huge.yaml:1:1: error: file is 3072.0 MB; plan files may be at most 1 MB');
    expect(r.stderr).not.toMatch(/ERR_FS_FILE_TOO_LARGE|check that the file exists/);
  });

  it('follows a --plans folder reached through a symbolic link, and says a dangling one does not exist', async () => {
    fixture = makeFixture();
    symlinkSync(fixture.plans, join(fixture.root, 'linked'));
    expect((await runPlanInProcess(['validate', '--plans', 'linked'], { cwd: fixture.root })).exitCode).toBe(0);
    symlinkSync(join(fixture.root, 'gone'), join(fixture.root, 'dangling'));
    const r = await runPlanInProcess(['validate', '--plans', 'dangling'], { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^plan: error: plans folder dangling does not exist \(it is a link to a folder that is not there\)/);
  });

  it("refuses --plans '' instead of reading the current folder", async () => {
    fixture = makeFixture();
    const r = await runPlanInProcess(['validate', '--plans', ''], { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^plan: error: "" is not a value --plans takes\n {2}hint: give a path/);
  });
});

describe('--out never lands in the plans folder', () => {
  it.each([
    ['a link to the plans folder', (f: Fixture) => symlinkSync(f.plans, join(f.root, 'reports')), ['--out', 'reports/r.docx']],
    ['a default out/ that is a link to the plans folder', (f: Fixture) => symlinkSync(f.plans, join(f.root, 'out')), []],
    [
      'a folder inside plans whose name starts with two dots',
      (f: Fixture) => mkdirSync(join(f.plans, '..reports')),
      ['--out', 'plans/..reports/r.docx'],
    ],
  ])('%s', async (_name, prepare, out) => {
    fixture = makeFixture();
    prepare(fixture);
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', ...out], { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^plan: error: --out points into the plans folder/);
  });

  it('says what is wrong when a file called out is in the way', async () => {
    fixture = makeFixture();
    writeFileSync(join(fixture.root, 'out'), 'not a folder');
    const r = await runPlanInProcess(['report', '--quarter', 'Q3'], { cwd: fixture.root });
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(/a file called out is in the way of the out\/ folder/);
    expect(r.stderr).not.toMatch(/^EEXIST|: EEXIST/m);
  });
});

describe('what the officer typed', () => {
  it('shows a character reference as typed: "&#x202E;" cannot reverse the text', async () => {
    fixture = makeFixture({ '2.1-beta.yaml': section('status: ok', 'narrative: |', '  &#x202E;detcejer and &#0; and &#13;') });
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'r.docx'], { cwd: fixture.root });
    expect(r.exitCode, r.stderr).toBe(0);
    const text = docxText(join(fixture.root, 'r.docx'));
    expect(text).toContain('&#x202E;detcejer and &#0; and &#13;');
    expect(text).not.toMatch(/[\u202e\r\ufffd]/);
  });
});

describe('limits that cannot be got round', () => {
  it('counts actions written in flow style, or with action: before id:, and refuses more than 10,000 before rendering', async () => {
    const flow = (from: number, n: number) =>
      `section: "${from}"\ntitle: t\nactions:\n${Array.from({ length: n }, (_, i) => `  - {action: x, id: a${from}-${i}, updates: {Q3: {status: ok}}}`).join('\n')}\n`;
    fixture = makeFixture({ '5.yaml': flow(5, 5001), '6.yaml': flow(6, 5001) });
    const started = Date.now();
    const r = await runPlanInProcess(['report', '--quarter', 'Q3'], { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^plan: error: the plan has about 10,004 actions; plan report writes at most 10,000 in one document/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('numbers', () => {
  it('writes the same bytes in every time zone, even one whose clocks skip an hour at the document date', () => {
    fixture = makeFixture();
    const bytes = (tz: string) => {
      const out = `r-${tz.replace('/', '-')}.docx`;
      expect(
        runPlan(['report', '--quarter', 'Q3', '--out', out], { cwd: fixture!.root, env: { TZ: tz, SOURCE_DATE_EPOCH: '1553995800' } })
          .exitCode,
      ).toBe(0);
      return readFileSync(join(fixture!.root, out));
    };
    const utc = bytes('UTC');
    for (const tz of ['Asia/Beirut', 'Europe/London', 'Pacific/Kiritimati']) expect(bytes(tz).equals(utc), tz).toBe(true);
  });

  it('refuses amounts whose total plan could not add up exactly', async () => {
    const codes = Array.from({ length: 11 }, (_, i) => `C${String.fromCharCode(65 + i)}X`);
    const plan = `title: T\nappendix: A\nfinancialYear:\n  label: 2013/14\n  starts: 2013-04-01\ncouncils:\n${codes.map((c) => `  ${c}: ${c} Council`).join('\n')}\n`;
    const sectionFile = `section: "1"\ntitle: S\nactions:\n  - id: big\n    action: x\n    target:\n      measure: m\n      amounts:\n${codes.map((c) => `        ${c}: 999999999999999`).join('\n')}\n    updates:\n      Q3:\n        achieved:\n${codes.map((c) => `          ${c}: 1`).join('\n')}\n`;
    fixture = makeFixture({ 'plan.yaml': plan, '1.1-alpha.yaml': sectionFile });
    const r = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('error: these amounts add up to more than £9,007,199,254,740,991, which plan cannot add up exactly');
  });

  it.each(['councils', 'amounts', 'achieved'])('refuses "__proto__" as a council code under %s instead of dropping it', async (where) => {
    const files: Record<string, string> =
      where === 'councils'
        ? { 'plan.yaml': `${WESTBROOK_FILES['plan.yaml']!}  __proto__: Trojan Council\n` }
        : where === 'amounts'
          ? {
              '2-savings.yaml': WESTBROOK_FILES['2-savings.yaml']!.replace(
                '        EDC: 60000\n',
                '        EDC: 60000\n        __proto__: 5\n',
              ),
            }
          : {
              '2-savings.yaml': WESTBROOK_FILES['2-savings.yaml']!.replace(
                '          EDC: 15000\n',
                '          EDC: 15000\n          __proto__: 5\n',
              ),
            };
    fixture = makeFixture(files, WESTBROOK_FILES);
    const r = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/error: "__proto__" is not a council code/);
  });
});

describe('messages for what used to confuse', () => {
  it('says once that a file has old Mac line endings', async () => {
    fixture = makeFixture({ '2.1-beta.yaml': section('status: ok').replace(/\n/g, '\r') });
    const r = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(r.stderr).toContain('plans/2.1-beta.yaml:1:1: error: this file uses old Mac line endings');
    expect(r.stderr).toMatch(/1 error, 0 warnings/);
  });

  it('calls a tab in a key an error, in words that fit', async () => {
    fixture = makeFixture({ '2.1-beta.yaml': section('"sta\\ttus": ok') });
    const r = await runPlanInProcess(['validate'], { cwd: fixture.root });
    expect(r.stderr).toMatch(/error: the key has a tab in it/);
  });

  it("gives an empty template the template's hint, not a plan file's", async () => {
    fixture = makeFixture();
    writeFileSync(join(fixture.root, 'look.yaml'), '');
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--template', 'look.yaml'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/look\.yaml:1:1: error: file is empty\n {2}hint: start from a copy of templates\/default\.yaml/);
  });
});

describe('--new-year after a failed run', () => {
  it('moves on exactly one year: the failed run changed nothing, the rerun archives the finished year once', async () => {
    fixture = makeFixture({}, WESTBROOK_FILES);
    for (const q of ['Q3', 'Q4']) expect((await runPlanInProcess(['new-quarter', q], { cwd: fixture.root })).exitCode).toBe(0);
    // A section file that cannot be replaced: the whole move fails and nothing changes.
    const locked = join(fixture.plans, '2-savings.yaml');
    const before = readFileSync(locked);
    const fail = spawnSync('sh', ['-c', `chattr +i "${locked}" 2>/dev/null && echo locked`], { encoding: 'utf8' });
    if (fail.stdout.includes('locked')) {
      try {
        expect((await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture.root })).exitCode).toBe(3);
        expect(readFileSync(locked).equals(before)).toBe(true);
        expect(readFileSync(join(fixture.plans, 'plan.yaml'), 'utf8')).toContain('label: 2015/16');
      } finally {
        spawnSync('chattr', ['-i', locked]);
      }
    }
    expect((await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture.root })).exitCode).toBe(0);
    expect(readFileSync(join(fixture.plans, 'plan.yaml'), 'utf8')).toContain('label: 2016/17');
    const again = await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture.root });
    expect(again.exitCode).toBe(2);
    expect(readFileSync(join(fixture.plans, 'plan.yaml'), 'utf8')).toContain('label: 2016/17');
  });
});

describe('new-quarter accepts every file that validate accepts, and changes nothing but what it adds', () => {
  const readme = [
    'section: "2.1"            # in quotes: unquoted, 8.10 would be read as 8.1',
    'title: Value for Money    # the section title',
    'actions:',
    '  - id: off-contract-spend  # unique across all files',
    '    action: |',
    '      Monitor off contract spend:',
    '      - Promoting benefits of correct purchasing sequence;',
    '    updates:',
    '      Q3:',
    '        status: Onward going',
    '        rag: green            # optional: red, amber or green',
    '        narrative: |',
    '          SNC monitored via processing of POs.',
    '',
  ].join('\n');
  const variants: Array<[string, string | Buffer]> = [
    ["the README's own example, with aligned comments", readme],
    ['Windows line endings and a byte-order mark', Buffer.from(`\ufeff${readme.replace(/\n/g, '\r\n')}`, 'utf8')],
    ['folded (>) text', readme.replace('        narrative: |', '        narrative: >')],
    ['multi-line plain text', readme.replace('        status: Onward going', '        status: Onward\n          going')],
    ['a trailing space', readme.replace('        status: Onward going', '        status: Onward going ')],
    [
      'flow style',
      'section: "2.1"\ntitle: Flow\nactions:\n  - {id: flow-one, action: Do it, updates: {Q3: {status: Onward going, narrative: Fine.}}}\n',
    ],
    ['comments between keys', readme.replace('        rag: green', '        # rated by the lead officer\n        rag: green')],
    ['no line break at the end', readme.trimEnd()],
  ];

  it.each(variants)('%s', async (_name, content) => {
    fixture = makeFixture({ '2.1-beta.yaml': content });
    const before = readFileSync(join(fixture.plans, '2.1-beta.yaml'));
    const r = await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root });
    expect(r.exitCode, r.stderr).toBe(0);
    const after = readFileSync(join(fixture.plans, '2.1-beta.yaml'));
    const text = after.toString('utf8');
    expect(text).toContain('TODO: write the Q4 narrative');
    // Every line that was there is still there, in order and byte for byte (a flow line gains its Q4).
    const flow = typeof content === 'string' && content.includes('{id:');
    if (!flow) {
      const old = before.toString('utf8').split('\n');
      let i = 0;
      for (const line of text.split('\n')) if (i < old.length && (line === old[i] || (i === old.length - 1 && `${old[i]}` === line))) i++;
      expect(i).toBeGreaterThanOrEqual(old.length - 1);
    }
    expect(after.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(
      before.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])),
    );
    if (before.includes('\r\n'))
      expect(
        text
          .split('\n')
          .slice(0, -1)
          .every((l) => l.endsWith('\r')),
      ).toBe(true);
    // The plan is still valid: only the TODOs are left to write.
    const check = await runPlanInProcess(['validate', '--quarter', 'Q4'], { cwd: fixture.root });
    expect(check.stderr).not.toMatch(/error: (?!the Q4 \w+ of action \S+ is not written yet)/);
    // And again: nothing more to add.
    expect((await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root })).exitCode).toBe(0);
    expect(readFileSync(join(fixture.plans, '2.1-beta.yaml')).equals(after)).toBe(true);
  });

  it('keeps aligned comments when it starts a new year', async () => {
    fixture = makeFixture({ '2.1-beta.yaml': readme, '1.1-alpha.yaml': null });
    expect((await runPlanInProcess(['new-quarter', 'Q4'], { cwd: fixture.root })).exitCode).toBe(0);
    const r = await runPlanInProcess(['new-quarter', 'Q1', '--new-year'], { cwd: fixture.root });
    expect(r.exitCode, r.stderr).toBe(0);
    const text = readFileSync(join(fixture.plans, '2.1-beta.yaml'), 'utf8');
    expect(text).toContain('section: "2.1"            # in quotes: unquoted, 8.10 would be read as 8.1');
    expect(text).toContain('  - id: off-contract-spend  # unique across all files');
    expect(text).toMatch(/ {6}Q1:\n {8}status: Onward going\n/);
    expect(text).not.toMatch(/Q3:|Q4:/);
    expect(readFileSync(join(fixture.plans, 'plan.yaml'), 'utf8')).toContain('label: 2014/15');
  });
});
