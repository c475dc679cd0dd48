import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { makeFixture, ROOT, runPlanInProcess, SHIPPED_PLANS } from './helpers.js';
import { assertOfficeAvailable, convertTo, SKIP_OFFICE } from './office.js';

/**
 * Parity: the Word appendix, the web page and the JSON are laid out from one report model, so they
 * carry the same facts. Each is read back as a reader gets it (the .docx's paragraphs, the page's
 * visible text, the JSON's figures) and compared: the same paragraphs, the same money amounts and
 * percentages, the same chart descriptions, and the JSON's figures and statuses in both documents.
 */

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) =>
    name.startsWith('#x') || name.startsWith('#X')
      ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (ENTITIES[name] ?? whole),
  );
/** A no-break space reads as a space: the page keeps typed runs of spaces with them. */
const spaces = (s: string) => s.replace(/\u00a0/g, ' ');

interface Facts {
  /** Every paragraph (Word) or block (web page) with text, in order. */
  paragraphs: string[];
  /** The charts' titles and descriptions. */
  charts: string[];
  /** Each chart's scale: the amounts along its value axis, "£0 £20,000 …". */
  scales: string[];
}

/** The paragraphs of word/document.xml as Word shows them, and each chart's alt text. */
function docxFacts(bytes: Uint8Array): Facts {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const body = xml.slice(xml.indexOf('<w:body>'));
  const paragraphs = body
    .split('</w:p>')
    .map((p) =>
      [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : decode(m[1]!))).join(''),
    )
    .map(spaces)
    .filter((p) => p.length > 0);
  // Chart n's title is in its own part; its description is the alt text of the drawing that shows it.
  const charts = [...xml.matchAll(/<wp:docPr id="(\d+)" [^>]*?descr="([^"]*)"/g)].flatMap((m) => {
    const chart = strFromU8(files[`word/charts/chart${m[1]}.xml`]!);
    const title = /<c:title>[\s\S]*?<\/c:title>/.exec(chart)?.[0] ?? '';
    return [[...title.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => decode(t[1]!)).join(''), decode(m[2]!)];
  });
  // Word draws the value axis from 0 to its maximum in its major unit.
  const scales = [...xml.matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => {
    const chart = strFromU8(files[`word/charts/chart${m[1]}.xml`]!);
    const max = Number(/<c:valAx>[\s\S]*?<c:max val="([\d.]+)"/.exec(chart)?.[1]);
    const step = Number(/<c:majorUnit val="([\d.]+)"/.exec(chart)?.[1]);
    return Array.from({ length: Math.round(max / step) + 1 }, (_, k) => `£${(k * step).toLocaleString('en-GB')}`).join(' ');
  });
  return { paragraphs, charts, scales };
}

const BLOCK = /^(?:p|li|ul|ol|td|th|tr|table|thead|tbody|h[1-6]|section|main|body|div|caption)$/;

/**
 * The visible text of the web page, block by block, as a browser shows it: runs of white space
 * collapsed, <br> a line break; the charts (SVG images) give their title and description instead.
 * Table captions are left out: they are the tables' accessible names, which Word has no place for.
 */
function htmlFacts(html: string): Facts {
  const charts: string[] = [];
  const scales: string[] = [];
  const body = html
    .slice(html.indexOf('<body'))
    .replace(/<svg[\s\S]*?<\/svg>/g, (svg) => {
      charts.push(decode(/<title[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? ''), decode(/<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? ''));
      scales.push([...svg.matchAll(/<text class="tick"[^>]*>([^<]*)<\/text>/g)].map((t) => decode(t[1]!)).join(' '));
      return '';
    })
    .replace(/<caption[\s\S]*?<\/caption>/g, '');
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = spaces(current.replace(/ *\n */g, '\n').replace(/^ +| +$/g, ''));
    if (text.length > 0) paragraphs.push(text);
    current = '';
  };
  for (const token of body.split(/(<[^>]*>)/)) {
    if (token.startsWith('<')) {
      const name = /^<\/?([a-z0-9]+)/i.exec(token)?.[1]?.toLowerCase() ?? '';
      if (name === 'br') current += '\n';
      else if (BLOCK.test(name)) flush();
      continue;
    }
    current += decode(token.replace(/[ \t\n\r\f]+/g, ' '));
  }
  flush();
  return { paragraphs, charts, scales };
}

/** Money amounts and percentages, sorted: a multiset to compare. */
function figuresIn(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((p) => [...p.matchAll(/[+–-]?£[\d,]+|\d+(?:\.\d+)?%/g)].map((m) => m[0])).sort();
}

const pounds = (n: number) => `£${n.toLocaleString('en-GB')}`;

interface ReportJson {
  councils: Array<{ code: string; name: string }>;
  targets: Array<{
    councils: Array<{ code: string; target: number; achieved: number; percentOfTarget: string | null; expected: number }>;
    combined: { target: number; achieved: number; percentOfTarget: string | null; expected: number } | null;
  }>;
  quarter: string;
  actions: Array<{
    id: string;
    status: string;
    rag: string | null;
    ended: string | null;
    endedIn: string | null;
    lead: string | null;
    overdue: boolean;
  }>;
  measures: Array<{
    action: string;
    name: string;
    unit: string;
    councils: Array<{ code: string; value: number | null; valueQuarter: string | null; rag: string | null }>;
  }>;
}

/**
 * Each measure's figures as the JSON gives them, in the words both documents must show them in: its
 * name, and per council "CDC 33%" (with the quarter of a figure that lags) and its RAG rating.
 */
function measureFacts(data: ReportJson): Array<{ name: string; said: string[]; rags: string[] }> {
  const shown = (unit: string, v: number) =>
    unit === 'percent' ? `${v}%` : unit === 'days' ? `${v} days` : unit === 'money' ? pounds(v) : `${v}`;
  // An action that ended earlier in the year is shown with its last quarter's figures.
  const at = (action: string) => {
    const endedIn = data.actions.find((a) => a.id === action)?.endedIn;
    return endedIn && endedIn !== data.quarter ? endedIn : data.quarter;
  };
  return data.measures.map((m) => ({
    name: m.name.charAt(0).toUpperCase() + m.name.slice(1),
    said: m.councils.flatMap((c) =>
      c.value === null
        ? []
        : [`${c.code} ${shown(m.unit, c.value)}${c.valueQuarter === at(m.action) ? '' : ` (${c.valueQuarter} figure)`}`],
    ),
    rags: m.councils.flatMap((c) => (c.rag === null ? [] : [`RAG ${c.rag.charAt(0).toUpperCase()}${c.rag.slice(1)}`])),
  }));
}

/** The JSON's figures, row by row as the summary tables show them; its statuses and endings. */
function jsonFacts(data: ReportJson): { rows: string[][]; statuses: string[]; endings: string[] } {
  const name = new Map(data.councils.map((c) => [c.code, `${c.name} (${c.code})`]));
  const row = (label: string, f: { target: number; achieved: number; percentOfTarget: string | null }) => [
    label,
    pounds(f.target),
    pounds(f.achieved),
  ];
  const rows = data.targets.flatMap((t) => [
    ...t.councils.map((c) => row(name.get(c.code)!, c)),
    ...(t.combined ? [row('Combined', t.combined)] : []),
  ]);
  // An action ended this quarter says so; one that ended earlier in the year says when.
  const endings = data.actions.flatMap((a) =>
    a.ended === null
      ? []
      : [`${a.ended === 'completed' ? 'Completed' : 'Dropped'}${a.endedIn === data.quarter ? ': no further updates' : ` in ${a.endedIn}`}`],
  );
  return { rows, statuses: data.actions.map((a) => a.status).filter((s) => s.length > 0), endings };
}

/** The quarters a plan folder has updates for. */
function quartersOf(plans: string): string[] {
  const text = readdirSync(plans)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => readFileSync(join(plans, f), 'utf8'))
    .join('\n');
  return ['Q1', 'Q2', 'Q3', 'Q4'].filter((q) => new RegExp(`^ +${q}:`, 'm').test(text));
}

/** `plan report` writes all three; their facts must agree. Returns the files' paths. */
async function expectParity(root: string, plans: string, quarter: string): Promise<{ docx: string; html: string }> {
  const r = await runPlanInProcess(['report', '--quarter', quarter, '--plans', plans, '--format', 'docx,html,json'], { cwd: root });
  expect(r.exitCode, r.stderr).toBe(0);
  const [docxPath, htmlPath, jsonPath] = ['docx', 'html', 'json'].map((ext) =>
    join(root, r.stdout.split('\n').find((l) => l.endsWith(`.${ext}`))!),
  );
  const word = docxFacts(readFileSync(docxPath!));
  const page = htmlFacts(readFileSync(htmlPath!, 'utf8'));
  const data = jsonFacts(JSON.parse(readFileSync(jsonPath!, 'utf8')) as ReportJson);

  expect(page.paragraphs, 'the web page says what the Word appendix says, paragraph by paragraph').toEqual(word.paragraphs);
  expect(figuresIn(page.paragraphs), 'the same money amounts and percentages').toEqual(figuresIn(word.paragraphs));
  expect(page.charts, 'the same charts, described in the same words').toEqual(word.charts);
  expect(page.scales, 'the same scale on each chart').toEqual(word.scales);
  // A summary row reads label, annual target, achieved, one cell to a paragraph, in both.
  for (const row of data.rows) {
    expect(word.paragraphs.join('\n')).toContain(row.join('\n'));
    expect(page.paragraphs.join('\n')).toContain(row.join('\n'));
  }
  expect(word.paragraphs.filter((p) => /^(?:Completed|Dropped)(?: in Q\d|: no further updates)$/.test(p)).sort()).toEqual(
    [...data.endings].sort(),
  );
  const json = JSON.parse(readFileSync(jsonPath!, 'utf8')) as ReportJson;
  for (const m of measureFacts(json)) {
    for (const paragraphs of [word.paragraphs, page.paragraphs]) {
      // Two actions may track measures of the same name: one of the lines says all of this one's figures.
      const lines = paragraphs.filter((p) => p.startsWith(`${m.name} (`) && p.includes(' is better): '));
      expect(lines.length, `a line for the measure "${m.name}"`).toBeGreaterThan(0);
      const said = [...m.said, ...m.rags];
      expect(
        lines.some((line) => said.every((x) => line.includes(x))),
        `a line for "${m.name}" saying ${said.join(', ')}:\n${lines.join('\n')}`,
      ).toBe(true);
    }
  }
  for (const status of data.statuses) {
    expect(word.paragraphs).toContain(status);
    expect(page.paragraphs).toContain(status);
  }
  // The JSON's leads and due dates, and its overdue actions, are in both documents too.
  for (const paragraphs of [word.paragraphs, page.paragraphs]) {
    for (const a of json.actions) if (a.lead) expect(paragraphs).toContain(`Lead: ${a.lead}`);
    expect(paragraphs.filter((p) => p.endsWith('– overdue'))).toHaveLength(json.actions.filter((a) => a.overdue).length);
  }
  return { docx: docxPath!, html: htmlPath! };
}

describe('the Word appendix, the web page and the JSON carry the same facts', () => {
  const shipped = mkdtempSync(join(tmpdir(), 'plan-parity-'));
  dirs.push(shipped);
  cpSync(SHIPPED_PLANS, join(shipped, 'plans'), { recursive: true });
  const westbrook = mkdtempSync(join(tmpdir(), 'plan-parity-'));
  dirs.push(westbrook);
  cpSync(join(ROOT, 'test', 'fixtures', 'westbrook', 'plans'), join(westbrook, 'plans'), { recursive: true });

  it.each(quartersOf(SHIPPED_PLANS))('for the shipped plan at %s', async (quarter) => {
    await expectParity(shipped, 'plans', quarter);
  });
  it.each(quartersOf(join(westbrook, 'plans')))('for the Westbrook plan at %s', async (quarter) => {
    await expectParity(westbrook, 'plans', quarter);
  });
  const kestrel = mkdtempSync(join(tmpdir(), 'plan-parity-'));
  dirs.push(kestrel);
  cpSync(join(ROOT, 'test', 'fixtures', 'kestrel', 'plans'), join(kestrel, 'plans'), { recursive: true });
  it.each(quartersOf(join(kestrel, 'plans')))('for the Kestrel plan (leads, due dates, profiles) at %s', async (quarter) => {
    await expectParity(kestrel, 'plans', quarter);
  });
  const osprey = mkdtempSync(join(tmpdir(), 'plan-parity-'));
  dirs.push(osprey);
  cpSync(join(ROOT, 'test', 'fixtures', 'osprey', 'plans'), join(osprey, 'plans'), { recursive: true });
  it.each(quartersOf(join(osprey, 'plans')))('for the Osprey plan (measures, leads, due dates, a profile) at %s', async (quarter) => {
    await expectParity(osprey, 'plans', quarter);
  });

  it.skipIf(SKIP_OFFICE)(
    'as LibreOffice reads the .docx: the same lines as the web page',
    async () => {
      assertOfficeAvailable();
      const { docx, html } = await expectParity(westbrook, 'plans', 'Q2');
      // LibreOffice's text export: a line per paragraph or line break, bullets marked "•".
      const office = convertTo(docx, 'txt')
        .replace(/^\ufeff/, '')
        .split(/\r?\n/)
        .map((line) => spaces(line.replace(/^\s*[•◦▪] /, '')))
        .filter((line) => line.length > 0);
      const page = htmlFacts(readFileSync(html, 'utf8')).paragraphs.flatMap((p) => p.split('\n'));
      expect(office).toEqual(page);
      expect(figuresIn(office)).toEqual(figuresIn(page));
    },
    240_000,
  );

  it('for generated plans', async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary, async (generated) => {
        const fixture = makeFixture(generated.files, {});
        dirs.push(fixture.root);
        await expectParity(fixture.root, 'plans', generated.quarter);
        fixture.cleanup();
      }),
      { numRuns: Number(process.env.PARITY_RUNS ?? 25) },
    );
  });
});

// Generated plans: one to three councils and sections, actions with and without targets, statuses
// given or derived, ratings, pending amounts, notes, actions that start late or end early, and text
// with doubled spaces, line breaks, bullets and characters HTML escapes; lead officers, due dates (a
// quarter or a day, some past: overdue), savings profiles, and measures (a percentage where lower is
// better, a count where higher is better) with values missing or for an earlier quarter (lagging).

const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
const CODES = ['AAC', 'BDC', 'CBC'];
const word = fc.constantFrom(
  'review',
  'Contract',
  'suppliers',
  '£1,250',
  '45%',
  'A&B',
  '<tender>',
  '"quoted"',
  'two  spaces',
  'Q2',
  'on track',
  'SME',
);
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const narrative = fc
  .array(
    fc.oneof(
      phrase,
      phrase.map((p) => `- ${p}`),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((lines) => lines.join('\n'));

const actionArbitrary = fc.record({
  text: phrase,
  start: fc.integer({ min: 0, max: 3 }),
  length: fc.integer({ min: 1, max: 4 }),
  ending: fc.option(fc.constantFrom('completed', 'dropped'), { nil: undefined }),
  target: fc.option(
    fc.record({
      amounts: fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 3, maxLength: 3 }),
      labels: fc.boolean(),
    }),
    { nil: undefined },
  ),
  lead: fc.option(fc.constantFrom('Head of Procurement', 'Finance & Audit <lead>', 'Sam  Jones'), { nil: undefined }),
  due: fc.option(fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4', '2013-08-15', '2014-03-31'), { nil: undefined }),
  profile: fc.option(fc.constantFrom('[10, 20, 30, 40]', '[12.5, 12.5, 37.5, 37.5]', '[40, 30, 20, 10]'), { nil: undefined }),
  measures: fc.option(
    fc.record({
      percentTarget: fc.integer({ min: 1, max: 40 }),
      countTarget: fc.integer({ min: 0, max: 60 }),
      amber: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  updates: fc.array(
    fc.record({
      percent: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined, freq: 4 }), { minLength: 3, maxLength: 3 }),
      count: fc.array(fc.option(fc.integer({ min: 0, max: 80 }), { nil: undefined, freq: 4 }), { minLength: 3, maxLength: 3 }),
      /** The first council's percentage is for the quarter before (a return that lags). */
      lagging: fc.boolean(),
      status: fc.option(phrase, { nil: undefined }),
      rag: fc.option(fc.constantFrom('red', 'amber', 'green'), { nil: undefined }),
      narrative: fc.option(narrative, { nil: undefined }),
      achieved: fc.array(fc.integer({ min: 0, max: 250_000 }), { minLength: 3, maxLength: 3 }),
      pending: fc.array(fc.option(fc.integer({ min: 1, max: 90_000 }), { nil: undefined }), { minLength: 3, maxLength: 3 }),
      note: fc.option(phrase, { nil: undefined }),
    }),
    { minLength: 4, maxLength: 4 },
  ),
});

/** An action's two measures: a percentage where lower is better, a count where higher is better. */
function measureLines(m: { percentTarget: number; countTarget: number; amber: number | undefined }, codes: readonly string[]): string[] {
  return [
    '    measures:',
    '      without-po:',
    '        name: spend without a purchase order',
    '        unit: percent',
    '        better: lower',
    `        target: { ${codes.map((c) => `${c}: ${m.percentTarget}`).join(', ')} }`,
    ...(m.amber === undefined ? [] : [`        amberWithinPercent: ${m.amber}`]),
    '      contracts-let:',
    '        name: contracts let',
    '        unit: count',
    '        better: higher',
    `        target: { ${codes.map((c) => `${c}: ${m.countTarget}`).join(', ')} }`,
  ];
}

/** One quarter's measure values: some missing, the first council's percentage lagging a quarter in some. */
function measureValueLines(
  u: { percent: Array<number | undefined>; count: Array<number | undefined>; lagging: boolean },
  codes: readonly string[],
  k: number,
): string[] {
  const percent = codes.flatMap((c, n) => {
    const v = u.percent[n];
    if (v === undefined) return [];
    return [n === 0 && u.lagging && k > 0 ? `            ${c}: { value: ${v}, quarter: ${QUARTERS[k - 1]} }` : `            ${c}: ${v}`];
  });
  const count = codes.flatMap((c, n) => (u.count[n] === undefined ? [] : [`            ${c}: ${u.count[n]}`]));
  if (percent.length === 0 && count.length === 0) return [];
  return [
    '        measures:',
    ...(percent.length > 0 ? ['          without-po:', ...percent] : []),
    ...(count.length > 0 ? ['          contracts-let:', ...count] : []),
  ];
}

const planArbitrary = fc
  .record({
    councils: fc.integer({ min: 1, max: 3 }),
    quarter: fc.integer({ min: 0, max: 3 }),
    sections: fc.array(fc.array(actionArbitrary, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }),
  })
  .map(({ councils, quarter, sections }) => {
    const codes = CODES.slice(0, councils);
    const files: Record<string, string> = {
      'plan.yaml': [
        'title: Generated Plan',
        'appendix: Appendix 1',
        'financialYear:',
        '  label: 2013/14',
        '  starts: 2013-04-01',
        'councils:',
        ...codes.map((c) => `  ${c}: ${c} Council`),
        '',
      ].join('\n'),
    };
    const q = (i: number) => QUARTERS[i]!;
    sections.forEach((actions, s) => {
      const lines = [`section: "${s + 1}"`, `title: ${JSON.stringify(`Section  ${s + 1} & more`)}`, 'actions:'];
      actions.forEach((a, i) => {
        // Every action is in the plan by the reported quarter; one that ends early says so.
        const start = Math.min(a.start, quarter);
        const last = a.ending ? Math.min(start + a.length - 1, 3) : 3;
        lines.push(`  - id: a${s}-${i}`, `    action: ${JSON.stringify(a.text)}`);
        if (a.lead) lines.push(`    lead: ${JSON.stringify(a.lead)}`);
        if (a.due) lines.push(`    due: ${a.due}`);
        if (a.target) {
          lines.push(
            '    target:',
            '      measure: savings',
            '      amounts:',
            ...codes.map((c, k) => `        ${c}: ${a.target!.amounts[k]}`),
          );
          if (a.target.labels) lines.push('      achievedLabel: identified', '      pendingLabel: sought');
          if (a.profile) lines.push(`      profile: ${a.profile}`);
        }
        if (a.measures) lines.push(...measureLines(a.measures, codes));
        lines.push('    updates:');
        for (let k = start; k <= last; k++) {
          const u = a.updates[k]!;
          lines.push(`      ${q(k)}:`);
          if (u.status !== undefined || !a.target) lines.push(`        status: ${JSON.stringify(u.status ?? 'Onward going')}`);
          if (u.rag && (u.status !== undefined || !a.target)) lines.push(`        rag: ${u.rag}`);
          if (u.narrative !== undefined) lines.push(`        narrative: ${JSON.stringify(u.narrative)}`);
          if (a.ending && k === last) lines.push(`        ended: ${a.ending}`);
          if (a.measures) lines.push(...measureValueLines(u, codes, k));
          if (a.target) {
            lines.push('        achieved:', ...codes.map((c, n) => `          ${c}: ${u.achieved[n]}`));
            const pending = codes.flatMap((c, n) => (u.pending[n] ? [`          ${c}: ${u.pending[n]}`] : []));
            if (pending.length > 0) lines.push('        pending:', ...pending);
            if (u.note) lines.push('        notes:', `          ${codes[0]}: ${JSON.stringify(u.note)}`);
          }
        }
      });
      files[`${s + 1}-section.yaml`] = `${lines.join('\n')}\n`;
    });
    return { files, quarter: q(quarter) };
  });
