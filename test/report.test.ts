import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnChart } from '../src/docx/chart.js';
import { docxParts, docxText } from './docx.js';
import { BASE_FILES, type Fixture, makeFixture, ROOT, runPlan, runPlanInProcess, SHIPPED_PLANS } from './helpers.js';

/** `plan report`, run as the built binary on fixture plans. */

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

const DEFAULT_NAME = 'out/test-plan-2013-14-q3-appendix-1.docx';

describe('plan report', () => {
  it('writes the appendix to out/, prints its path on stdout and a savings summary on stderr', async () => {
    fixture = makeFixture();
    const r = await runPlanInProcess(['report', '--quarter', 'Q3'], { cwd: fixture.root });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(`${DEFAULT_NAME}\n`);
    expect(r.stderr).toBe(
      'savings: CDC £53,726 of £75,000 (72%), SNC £26,796 of £50,000 (54%), combined £80,522 of £125,000 (64%)\n' +
        `✓ wrote ${DEFAULT_NAME}\n`,
    );
    expect(readdirSync(join(fixture.root, 'out'))).toEqual(['test-plan-2013-14-q3-appendix-1.docx']);
  });

  it('names the file from the plan title, year and quarter', async () => {
    fixture = makeFixture({ 'plan.yaml': BASE_FILES['plan.yaml']!.replace('Test Plan', 'Joint Procurement Action Plan') });
    const r = await runPlanInProcess(['report', '--quarter', 'q3'], { cwd: fixture.root });
    expect(r.stdout).toBe('out/joint-procurement-action-plan-2013-14-q3-appendix-1.docx\n');
  });

  it('puts the computed figures and a derived status in the document', async () => {
    fixture = makeFixture();
    await runPlanInProcess(['report', '--quarter', 'Q3'], { cwd: fixture.root });
    const text = docxText(join(fixture.root, DEFAULT_NAME));
    expect(text).toContain('Test Plan 2013/14 Q3 Update – Appendix 1');
    expect(text).toContain('Position at the end of the third quarter (October–December 2013)');
    expect(text).toContain('CDC – £53,726 achieved – i.e. 72% of the £75,000 annual target at the end of the third quarter');
    expect(text).toContain('SNC – £26,796 achieved – i.e. 54% of the £50,000 annual target at the end of the third quarter');
    expect(text).toContain('Combined – £80,522 achieved – i.e. 64% of the £125,000 annual target');
    expect(text).toContain('Q3 target shortfall for CDC and SNC\n(derived from the figures)');
    // Every council behind pace is named: SNC (red) and CDC (amber, £2,524 behind).
    expect(text).toContain('RAG: Red (from the figures: SNC well behind pace, CDC a little behind)');
    expect(text).toContain(
      'Annual target: Cherwell District Council – £75,000; South Northamptonshire Council – £50,000; combined £125,000.',
    );
    expect(text).toMatch(/Percentages are rounded to the nearest whole percent, halves rounded up/);
    expect(text).not.toMatch(/NaN|Infinity|undefined|\[object/);
  });

  it('builds a document a committee expects: landscape A4, repeating header rows, rows kept whole, real lists and headings', async () => {
    fixture = makeFixture({
      '2.1-beta.yaml':
        'section: "2.1"\ntitle: Beta\nactions:\n  - id: b\n    action: |\n      Intro:\n      - one\n        - one a\n    updates:\n      Q3:\n        status: Onward going\n        rag: green\n        narrative: Fine.\n',
    });
    expect((await runPlanInProcess(['report', '--quarter', 'Q3'], { cwd: fixture.root })).exitCode).toBe(0);
    const parts = docxParts(join(fixture.root, DEFAULT_NAME));
    const doc = parts['word/document.xml']!;
    expect(doc).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    const tables = doc.split('<w:tbl>').length - 1;
    expect(tables).toBe(3); // the savings summary and one table per section
    expect(doc.match(/<w:tblHeader\/>/g)).toHaveLength(tables);
    expect(doc.match(/<w:trPr>/g)!.length).toBe(doc.match(/<w:cantSplit\/>/g)!.length);
    expect(doc).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/); // a sub-bullet
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(doc).toMatch(/<w:pStyle w:val="Title"\/>/);
    expect(doc).toContain('w:fill="D9EAD3"'); // green status cell, beside the words "RAG: Green"
    expect(docxText(join(fixture.root, DEFAULT_NAME))).toContain('RAG: Green');
    const styles = parts['word/styles.xml']!;
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toMatch(/<w:lang w:val="en-GB"\/>/);
    expect(parts['word/footer1.xml']).toMatch(/PAGE[\s\S]*NUMPAGES/);
    const core = parts['docProps/core.xml']!;
    expect(core).toContain('<dc:title>Test Plan 2013/14 Q3 Update – Appendix 1</dc:title>');
    expect(core).toContain('<dc:subject>Test Plan 2013/14: progress at the end of the third quarter (Q3)</dc:subject>');
    expect(core).toContain('<dc:language>en-GB</dc:language>');
    expect(Object.keys(parts)).toContain('word/charts/chart1.xml');
  });

  it('validates first: an invalid plan writes nothing and exits 1', async () => {
    fixture = makeFixture({
      '2.1-beta.yaml':
        'section: "2.1"\ntitle: Beta\nactions:\n  - id: b\n    action: x\n    updates:\n      Q3:\n        status: ok\n        narative: x\n',
    });
    const r = await runPlanInProcess(['report', '--quarter', 'Q3'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/plans\/2.1-beta.yaml:9:9: error: unknown key "narative"/);
    expect(r.stderr).toMatch(/plan: no report written/);
    expect(existsSync(join(fixture.root, 'out'))).toBe(false);
  });

  it('refuses a quarter that some action has no update for, naming each action', async () => {
    fixture = makeFixture({
      '2.1-gamma.yaml': ['section: "2.1"', 'title: Gamma', 'actions:', '  - id: gamma-one', '    action: Started early', '    updates:']
        .concat(['      Q3:', '        status: Not started', '        narrative: Planned.', '      Q4:', '        status: Onward going'])
        .concat(['        narrative: Begun.', ''])
        .join('\n'),
    });
    const r = await runPlanInProcess(['report', '--quarter', 'Q4'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/action "alpha-one" has no Q4 update/);
    expect(r.stderr).toMatch(/action "alpha-savings" has no Q4 update/);
  });

  it('leaves the previous report byte-identical when the plan turns invalid', async () => {
    fixture = makeFixture();
    await runPlanInProcess(['report', '--quarter', 'Q3'], { cwd: fixture.root });
    const before = readFileSync(join(fixture.root, DEFAULT_NAME));
    writeFileSync(join(fixture.plans, '1.1-alpha.yaml'), BASE_FILES['1.1-alpha.yaml']!.replace('CDC: 53726', 'CDC: "£53,726"'));
    expect((await runPlanInProcess(['report', '--quarter', 'Q3'], { cwd: fixture.root })).exitCode).toBe(1);
    expect(readFileSync(join(fixture.root, DEFAULT_NAME)).equals(before)).toBe(true);
  });

  it("refuses a quarter before the plan's first update, which would make a report of a title alone (exit 2)", async () => {
    fixture = makeFixture();
    for (const quarter of ['Q1', 'Q2']) {
      const r = await runPlanInProcess(['report', '--quarter', quarter], { cwd: fixture.root });
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toBe(
        `plan: error: no action has a ${quarter} update: the plan's quarter of 2013/14 is Q3, so a ${quarter} report would hold no action\n  hint: report a quarter the plan has, e.g. plan report --quarter Q3\n`,
      );
      expect(existsSync(join(fixture.root, 'out'))).toBe(false);
    }
  });

  it.each([
    [
      ['--out', 'out/report.pdf'],
      2,
      /--out must name a \.docx file, not out\/report\.pdf\n {2}hint: to write a \.pdf file, add --format pdf\n/,
    ],
    [['--out', 'out/report.txt'], 2, /--out must name a \.docx file, not out\/report\.txt\n {2}hint: e\.g\. --out out\/appendix-1\.docx\n/],
    [['--out', 'plans/report.docx'], 2, /--out points into the plans folder/],
    [['--out', 'missing-folder/report.docx'], 2, /the folder for --out does not exist: missing-folder\//],
    [['--template', 'no-such.yaml'], 2, /template no-such.yaml does not exist/],
    [[], 2, /required option '--quarter <Qn>' not specified/],
  ])('refuses %j before any work (exit %i)', async (args, code, message) => {
    fixture = makeFixture();
    const r = await runPlanInProcess(['report', ...(args.length ? ['--quarter', 'Q3'] : []), ...args], { cwd: fixture.root });
    expect(r.exitCode).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(fixture.root, 'out'))).toBe(false);
  });

  it('says so when the folder named for --out is a file (exit 2)', async () => {
    fixture = makeFixture();
    writeFileSync(join(fixture.root, 'notes'), 'a file, not a folder\n');
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'notes/report.docx'], { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'plan: error: the folder for --out is a file, not a folder: notes\n  hint: choose a folder, or a file name in one\n',
    );
  });

  it('exits 3 with one line naming the file when the target is a folder', async () => {
    fixture = makeFixture();
    mkdirSync(join(fixture.root, 'out', 'x.docx'), { recursive: true });
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'out/x.docx'], { cwd: fixture.root });
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toBe('plan: error: cannot write out/x.docx: it is a folder\n  hint: choose a file name ending .docx with --out\n');
  });

  it('exits 3 when the file system refuses the write, and leaves no temporary file', async () => {
    fixture = makeFixture();
    // /sys refuses new files even for root; a read-only folder does the same for other users.
    const target = process.getuid?.() === 0 ? '/sys/plan-report.docx' : join(fixture.root, 'ro', 'x.docx');
    if (process.getuid?.() !== 0) {
      mkdirSync(join(fixture.root, 'ro'));
      chmodSync(join(fixture.root, 'ro'), 0o500);
    }
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--out', target], { cwd: fixture.root });
    expect(r.exitCode).toBe(3);
    expect(r.stderr).toMatch(
      new RegExp(
        `^plan: error: cannot write ${target.replace(/[/.]/g, '\\$&')}: permission denied; the previous report, if any, is unchanged\n`,
      ),
    );
  });

  it('reads the look from --template, validated like a plan', async () => {
    fixture = makeFixture();
    const template = readFileSync(join(ROOT, 'templates', 'default.yaml'), 'utf8');
    writeFileSync(
      join(fixture.root, 'one-decimal.yaml'),
      template.replace('percentDecimals: 0', 'percentDecimals: 1').replace('heading: Narrative', 'heading: Commentary'),
    );
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--template', 'one-decimal.yaml'], { cwd: fixture.root });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/CDC £53,726 of £75,000 \(71\.6%\), SNC £26,796 of £50,000 \(53\.6%\)/);
    const text = docxText(join(fixture.root, DEFAULT_NAME));
    expect(text).toContain('Commentary');
    expect(text).toMatch(/rounded to 1 decimal place, halves rounded up/);
  });

  it.each([
    ['percentDecimals: 0', 'percentDecimals: 7', /templates?\.yaml:\d+:\d+: error: .*(7|too big|at most)/i],
    ['widthPercent: 52', 'widthPercent: 57', /error: the column widths add up to 105%, not 100%/],
    ['{appendix}"\nsubtitle', '{apendix}"\nsubtitle', /error: unknown placeholder \{apendix\}/],
    ['headerFill: "1F3864"', 'headerFill: 1F3864x', /error: a colour is six hexadecimal digits/],
    ['orientation: landscape', 'orientation: sideways', /use one of landscape, portrait/],
    [
      'chartExpected: "767676"',
      'chartExpected: "A5A5A5"',
      /error: the chart colour A5A5A5 has 2\.46:1 contrast against white; a chart's bars need at least 3:1/,
    ],
  ])('reports a bad template (%s → %s) at its position and exits 1', async (from, to, message) => {
    fixture = makeFixture();
    const template = readFileSync(join(ROOT, 'templates', 'default.yaml'), 'utf8');
    expect(template).toContain(from);
    writeFileSync(join(fixture.root, 'template.yaml'), template.replace(from, to));
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--template', 'template.yaml'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(fixture.root, 'out'))).toBe(false);
  });
});

describe('actions that ended earlier in the year', () => {
  // One section whose only action was completed in Q1, and a target dropped in Q2.
  const files = {
    '1.1-alpha.yaml': [
      'section: "1.1"',
      'title: Alpha',
      'actions:',
      '  - id: alpha-savings',
      '    action: Save money',
      '    target:',
      '      measure: savings',
      '      amounts:',
      '        CDC: 75000',
      '        SNC: 50000',
      '    updates:',
      '      Q1:',
      '        achieved:',
      '          CDC: 10000',
      '          SNC: 5000',
      '      Q2:',
      '        status: Contract ended early',
      '        ended: dropped',
      '        achieved:',
      '          CDC: 20000',
      '          SNC: 5000',
      '',
    ].join('\n'),
    '1.2-beta.yaml': [
      'section: "1.2"',
      'title: Beta',
      'actions:',
      '  - id: beta-policy',
      '    action: Adopt the policy',
      '    updates:',
      '      Q1:',
      '        status: Adopted by both councils',
      '        rag: green',
      '        ended: completed',
      '        narrative: Signed off in June.',
      '  - id: beta-later',
      '    action: Something added later',
      '    updates:',
      '      Q4:',
      '        status: Started',
      '',
    ].join('\n'),
    '2-gamma.yaml': [
      'section: "2"',
      'title: Gamma',
      'actions:',
      '  - id: gamma-one',
      '    action: Keep going',
      '    updates:',
      '      Q1: { status: Onward going }',
      '      Q2: { status: Onward going }',
      '      Q3: { status: Onward going }',
      '      Q4: { status: Onward going }',
      '',
    ].join('\n'),
  };

  it('stay in the later quarters, marked how and when they ended, with their last status; the summary is unchanged', async () => {
    fixture = makeFixture(files);
    const r = await runPlanInProcess(['report', '--quarter', 'Q4', '--out', 'q4.docx'], { cwd: fixture.root });
    expect(r.exitCode, r.stderr).toBe(0);
    const text = docxText(join(fixture.root, 'q4.docx'));
    // Every section of the year is there, and every action in it, in plan order.
    expect(text).toMatch(/1\.1 Alpha[\s\S]*1\.2 Beta[\s\S]*2 Gamma/);
    expect(text).toContain(
      'Save money\nAnnual target: Cherwell District Council – £75,000; South Northamptonshire Council – £50,000; combined £125,000.\nContract ended early\n',
    );
    expect(text).toContain('Dropped in Q2');
    // Its figures as they stood when it ended, at the end of the second quarter.
    expect(text).toContain('CDC – £20,000 achieved – i.e. 27% of the £75,000 annual target at the end of the second quarter');
    expect(text).toContain('Adopt the policy\nAdopted by both councils\nRAG: Green\nCompleted in Q1\nSigned off in June.');
    expect(text).toContain('Something added later\nStarted');
    // The target ended in Q2: the Q4 summary has no table for it, as before.
    expect(text).not.toContain('Savings summary');
    // In the quarter it ended, it says so as before.
    expect((await runPlanInProcess(['report', '--quarter', 'Q2', '--out', 'q2.docx'], { cwd: fixture.root })).exitCode).toBe(0);
    const q2 = docxText(join(fixture.root, 'q2.docx'));
    expect(q2).toContain('Dropped: no further updates');
    expect(q2).toContain('Savings summary');
    expect(q2).toContain('Completed in Q1');
  });

  it('are left out when the template says endedActions: show: false', async () => {
    fixture = makeFixture(files);
    const template = readFileSync(join(ROOT, 'templates', 'default.yaml'), 'utf8');
    expect(template).toContain('endedActions:\n  show: true');
    writeFileSync(join(fixture.root, 'no-ended.yaml'), template.replace('endedActions:\n  show: true', 'endedActions:\n  show: false'));
    const r = await runPlanInProcess(['report', '--quarter', 'Q4', '--out', 'q4.docx', '--template', 'no-ended.yaml'], {
      cwd: fixture.root,
    });
    expect(r.exitCode, r.stderr).toBe(0);
    const text = docxText(join(fixture.root, 'q4.docx'));
    expect(text).not.toContain('Save money');
    expect(text).not.toContain('Adopt the policy');
    expect(text).not.toContain('1.1 Alpha');
    expect(text).toContain('Something added later');
  });
});

describe('a template that is not a mapping', () => {
  it('gets the same message as a plan file that is not one', async () => {
    fixture = makeFixture();
    writeFileSync(join(fixture.root, 'list.yaml'), '- a\n- b\n');
    const r = await runPlanInProcess(['report', '--quarter', 'Q3', '--template', 'list.yaml'], { cwd: fixture.root });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^list.yaml:1:1: error: the file must be made of "key: value" lines, but it is a list\n {2}hint: start from a copy of templates\/default.yaml/m,
    );
  });
});

describe('a plan too large for one report', () => {
  it('is refused up front, naming the limit, before anything is parsed', async () => {
    const actions = Array.from({ length: 10_001 }, (_, i) => `  - id: a${i}\n    action: x\n    updates: {Q3: {status: ok}}`).join('\n');
    fixture = makeFixture({ '2.1-huge.yaml': `section: "2.1"\ntitle: Huge\nactions:\n${actions}\n` });
    const r = await runPlanInProcess(['report', '--quarter', 'Q3'], { cwd: fixture.root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      'plan: error: the plan has about 10,003 actions; plan report writes at most 10,000 in one document\n  hint: report part of the plan: point --plans at a folder with fewer sections\n',
    );
    expect(existsSync(join(fixture.root, 'out'))).toBe(false);
  });
});

describe("text that looks like the renderer's own placeholders", () => {
  it('is shown as text, and every table and chart still lands in its place', async () => {
    fixture = makeFixture({
      '1.1-alpha.yaml': BASE_FILES['1.1-alpha.yaml']!.replace('title: Alpha', 'title: plan-block-placeholder-0')
        .replace('Do the first thing', 'plan-block-placeholder-1')
        .replace('Going well.', 'plan-block-placeholder-2'),
    });
    const run = await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'a.docx'], { cwd: fixture.root });
    expect(run.exitCode).toBe(0);
    const text = docxText(join(fixture.root, 'a.docx'));
    for (const n of [0, 1, 2]) expect(text).toContain(`plan-block-placeholder-${n}`);
    const xml = docxParts(join(fixture.root, 'a.docx'))['word/document.xml']!;
    // Two tables (savings summary, section 1.1) and one chart, each exactly once.
    expect(xml.match(/<w:tbl>/g)).toHaveLength(2);
    expect(xml.match(/<c:chart /g)).toHaveLength(1);
  });
});

describe('reproducible bytes', () => {
  it('gives a byte-identical .docx at different times and in different time zones', async () => {
    fixture = makeFixture();
    const a = runPlan(['report', '--quarter', 'Q3', '--out', 'a.docx'], { cwd: fixture.root, env: { TZ: 'UTC' } });
    await new Promise((done) => setTimeout(done, 2100)); // zip times have a two-second resolution
    const b = runPlan(['report', '--quarter', 'Q3', '--out', 'b.docx'], { cwd: fixture.root, env: { TZ: 'Pacific/Auckland' } });
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect(readFileSync(join(fixture.root, 'a.docx')).equals(readFileSync(join(fixture.root, 'b.docx')))).toBe(true);
    // The date inside is the end of the quarter, not the clock.
    expect(docxParts(join(fixture.root, 'a.docx'))['docProps/core.xml']).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2013-12-31T00:00:00Z</dcterms:created>',
    );
  });

  it('honours SOURCE_DATE_EPOCH', async () => {
    fixture = makeFixture();
    const env = { SOURCE_DATE_EPOCH: '1700000000', TZ: 'America/New_York' };
    runPlan(['report', '--quarter', 'Q3', '--out', 'a.docx'], { cwd: fixture.root, env });
    runPlan(['report', '--quarter', 'Q3', '--out', 'b.docx'], { cwd: fixture.root, env: { ...env, TZ: 'Asia/Kolkata' } });
    const core = docxParts(join(fixture.root, 'a.docx'))['docProps/core.xml']!;
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:modified>');
    expect(readFileSync(join(fixture.root, 'a.docx')).equals(readFileSync(join(fixture.root, 'b.docx')))).toBe(true);
  });

  it('changes when the plan changes', async () => {
    fixture = makeFixture();
    await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'a.docx'], { cwd: fixture.root });
    copyFileSync(join(fixture.root, 'a.docx'), join(fixture.root, 'before.docx'));
    writeFileSync(join(fixture.plans, '1.1-alpha.yaml'), BASE_FILES['1.1-alpha.yaml']!.replace('53726', '53727'));
    await runPlanInProcess(['report', '--quarter', 'Q3', '--out', 'a.docx'], { cwd: fixture.root });
    expect(readFileSync(join(fixture.root, 'a.docx')).equals(readFileSync(join(fixture.root, 'before.docx')))).toBe(false);
  });
});

describe("docx's files", () => {
  it("come from docx's compiler, the same files in the same order as through its zip", async () => {
    const [{ planAt }, { computePlanFigures }, { docxCompiler, docxFiles }, { buildAppendix }, { loadPlan }, { buildReportModel }, tpl] =
      await Promise.all([
        import('../src/compute/quarter.js'),
        import('../src/compute/savings.js'),
        import('../src/docx/pack.js'),
        import('../src/docx/render.js'),
        import('../src/plan/load-plan.js'),
        import('../src/report/build-report.js'),
        import('../src/template/load.js'),
      ]);
    const whole = (await loadPlan({ plansDir: SHIPPED_PLANS, quarter: 'Q3', cwd: ROOT })).plan!;
    const template = (await tpl.loadTemplate(tpl.DEFAULT_TEMPLATE)).template!;
    const plan = planAt(whole, 'Q3');
    const appendix = buildAppendix(buildReportModel({ plan, quarter: 'Q3', figures: computePlanFigures(plan, 'Q3'), template }));
    // The pinned docx has the compiler: without it every report would zip and unzip the shell again.
    expect(docxCompiler()).toBeDefined();
    const bytes = (files: Map<string, Uint8Array | string>) =>
      [...files].map(([path, data]) => [path, Buffer.from(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).toString('hex')]);
    const compiled = await docxFiles(appendix.document, 'compiler');
    const zipped = await docxFiles(appendix.document, 'zip');
    expect(compiled.has('word/document.xml')).toBe(true);
    expect(bytes(compiled)).toEqual(bytes(zipped));
  });
});

describe('the zip writer', () => {
  it('writes entries any unzip reads back exactly, deflated or stored, with UTF-8 names and one fixed date', async () => {
    const { zip } = await import('../src/docx/zip.js');
    const { unzipSync } = await import('fflate');
    const xml = Buffer.from(`<w:document>${'<w:p>text – £75,000</w:p>'.repeat(5000)}</w:document>`, 'utf8');
    const raw = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256);
    const mtime = new Date(2013, 11, 31, 0, 0, 0);
    const bytes = zip(
      [
        { path: 'word/document.xml', data: xml, deflate: true },
        { path: 'word/embeddings/Ünïcode.xlsx', data: raw, deflate: false },
        { path: 'empty.xml', data: new Uint8Array(0), deflate: true },
      ],
      mtime,
    );
    const back = unzipSync(bytes);
    expect(Object.keys(back)).toEqual(['word/document.xml', 'word/embeddings/Ünïcode.xlsx', 'empty.xml']);
    expect(Buffer.from(back['word/document.xml']!).equals(xml)).toBe(true);
    expect(Buffer.from(back['word/embeddings/Ünïcode.xlsx']!).equals(Buffer.from(raw))).toBe(true);
    expect(back['empty.xml']).toHaveLength(0);
    // Deflated: the repetitive XML shrinks; stored: the raw bytes are in the file as they are.
    expect(bytes.length).toBeLessThan(xml.length / 10 + raw.length + 500);
    expect(bytes.includes(Buffer.from(raw))).toBe(true);
    // Same entries, same bytes; and the date fields hold 31 Dec 2013 00:00 in every entry.
    expect(
      zip([{ path: 'a.xml', data: xml, deflate: true }], mtime).equals(zip([{ path: 'a.xml', data: xml, deflate: true }], new Date(mtime))),
    ).toBe(true);
    expect(bytes.readUInt16LE(10)).toBe(0);
    expect(bytes.readUInt16LE(12)).toBe(((2013 - 1980) << 9) | (12 << 5) | 31);
  });

  it('refuses more entries than a zip without ZIP64 can list', async () => {
    const { zip } = await import('../src/docx/zip.js');
    const many = Array.from({ length: 65536 }, (_, i) => ({ path: `${i}.xml`, data: new Uint8Array(0), deflate: false }));
    expect(() => zip(many, new Date(2013, 0, 1))).toThrow(/65,535/);
  });

  it('deflates a part given in pieces to the same bytes as the part in one piece', async () => {
    const { zip, zipStreamed } = await import('../src/docx/zip.js');
    const xml = Buffer.from(`<w:document>${'<w:p>text – £75,000 and more</w:p>'.repeat(20000)}</w:document>`, 'utf8');
    // Cut at uneven places, one of them inside a multi-byte character.
    const cuts = [0, 1, 700, 701, 65_537, 200_001, 400_003, xml.length];
    const pieces = cuts.slice(1).map((end, i) => xml.subarray(cuts[i], end));
    const raw = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256);
    const mtime = new Date(2013, 11, 31, 0, 0, 0);
    const whole = zip(
      [
        { path: 'word/document.xml', data: xml, deflate: true },
        { path: 'word/embeddings/a.xlsx', data: raw, deflate: false },
      ],
      mtime,
    );
    const streamed = await zipStreamed(
      [
        { path: 'word/document.xml', pieces },
        { path: 'word/embeddings/a.xlsx', data: raw, deflate: false },
      ],
      mtime,
    );
    expect(streamed.equals(whole)).toBe(true);
  });

  it("deflates a workbook's fixed parts once for many charts, to the same bytes as each on its own", async () => {
    const { workbookFiles, workbookXlsx } = await import('../src/docx/chart.js');
    const mtime = new Date(2013, 11, 31, 0, 0, 0);
    const charts: ColumnChart[] = [1, 2, 3].map((n) => ({
      title: `Chart ${n}`,
      categories: ['CDC', 'SNC'],
      series: [
        { name: 'Target', values: [75000 * n, 50000], color: '1F4E79' },
        { name: 'Achieved', values: [1000 * n, 2000 * n], color: 'C55A11' },
      ],
      numberFormat: '"£"#,##0',
      font: 'Arial',
      width: 600,
      height: 300,
      altName: `Chart ${n}`,
      altDescription: `Savings ${n}`,
    }));
    const memo = new Map();
    const shared = charts.map((c) => Buffer.from(workbookXlsx(c, mtime, memo)));
    const alone = charts.map((c) => Buffer.from(workbookXlsx(c, mtime)));
    expect(shared.map((b, i) => b.equals(alone[i]!))).toEqual([true, true, true]);
    // The charts differ, so do their workbooks; the parts that are the same in each were packed once.
    expect(alone[0]!.equals(alone[1]!)).toBe(false);
    const fixed = workbookFiles(charts[0]!).filter(([path]) => !/sheet1|sharedStrings/.test(path));
    expect(memo.size).toBe(fixed.length);
  });

  it("keeps no pool of Node's alive: each zip, and each small part kept for it, owns its bytes", async () => {
    // A large report keeps a workbook and two small parts for each of its charts until the package is
    // zipped; a 2 KB slice of a shared 64 KB pool kept all 64 KB (60 MB at 10,000 actions).
    const { ownBytes, utf8Bytes, zip } = await import('../src/docx/zip.js');
    const { deflateRawSync } = await import('node:zlib');
    const small = zip([{ path: 'a.xml', data: Buffer.from('<a>small</a>', 'utf8'), deflate: true }], new Date(2013, 0, 1));
    expect(small.buffer.byteLength).toBe(small.length);
    const text = utf8Bytes('<c:chart>– £1</c:chart>');
    expect(text.buffer.byteLength).toBe(text.length);
    expect(text.toString('utf8')).toBe('<c:chart>– £1</c:chart>');
    const deflated = deflateRawSync(Buffer.from('<a>x</a>'));
    const own = ownBytes(deflated);
    expect(own.buffer.byteLength).toBe(own.length);
    expect(Buffer.from(own).equals(deflated)).toBe(true);
  });
});
