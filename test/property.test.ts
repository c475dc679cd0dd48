import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { computePlanFigures } from '../src/compute/savings.js';
import { packDocument } from '../src/docx/pack.js';
import { buildAppendix } from '../src/docx/render.js';
import { loadPlan } from '../src/plan/load-plan.js';
import type { Plan } from '../src/plan/model.js';
import { buildReportModel } from '../src/report/build-report.js';
import { DEFAULT_TEMPLATE, loadTemplate } from '../src/template/load.js';
import { BASE_FILES, expectedLiteral, keepReport, makeFixture, runPlanAsync, SHIPPED_PLANS } from './helpers.js';

/**
 * Property-based tests. `npm test` runs a few hundred cases of each; `npm run fuzz` sets FUZZ_RUNS to
 * 10,000 and prints the counts. A failure prints the smallest input fast-check could shrink it to.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const params = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}) };
const counts: Record<string, number> = {};
const count = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (process.env.FUZZ_RUNS) process.stdout.write(`\nfuzz counts: ${JSON.stringify(counts)}\n`);
});

// Text officers paste: any code point, lone surrogates, controls, noncharacters, bidi marks, emoji,
// right-to-left scripts, XML specials, Markdown specials, line breaks of every kind, very long runs.
const awkward = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
  '\u202e',
  '\u2066',
  '\u200e',
  '\u200f',
  '👍🏽',
  '👨‍👩‍👧',
  'עברית',
  'العربية',
  '&',
  '<',
  '>',
  '"',
  "'",
  ']]>',
  '*',
  '_',
  '`',
  '#',
  '- ',
  '1. ',
  '> ',
  '![x](y)',
  '[a](b)',
  '\\',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '  ',
  ': ',
  ' #',
  '£',
  '–',
  '—',
  '…',
  '\u00a0',
  '\u2028',
);
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 3, arbitrary: fc.array(fc.oneof(awkward, fc.string({ maxLength: 6 })), { maxLength: 12 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 500, maxLength: 3000 }) },
);

interface Field {
  name: string;
  file: 'plan.yaml' | '1.1-alpha.yaml';
  /** The line of the base file whose value is replaced. */
  line: number;
  key: string;
  rich: boolean;
}

const FIELDS: Field[] = [
  { name: 'plan title', file: 'plan.yaml', line: 1, key: 'title', rich: false },
  { name: 'appendix', file: 'plan.yaml', line: 2, key: 'appendix', rich: false },
  { name: 'council name', file: 'plan.yaml', line: 7, key: '  CDC', rich: false },
  { name: 'section title', file: '1.1-alpha.yaml', line: 2, key: 'title', rich: false },
  { name: 'action', file: '1.1-alpha.yaml', line: 5, key: '    action', rich: true },
  { name: 'status', file: '1.1-alpha.yaml', line: 8, key: '        status', rich: false },
  { name: 'narrative', file: '1.1-alpha.yaml', line: 9, key: '        narrative', rich: true },
  { name: 'target measure', file: '1.1-alpha.yaml', line: 13, key: '      measure', rich: false },
];

const withValue = (file: string, line: number, key: string, value: string) =>
  file
    .split('\n')
    .map((l, i) => (i === line - 1 ? `${key}: ${value}` : l))
    .join('\n');

const squash = (s: string) => s.replace(/\s+/g, '');

function docxVisibleText(bytes: Uint8Array): { text: string; malformed: string[] } {
  const files = unzipSync(bytes);
  const malformed: string[] = [];
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const result = XMLValidator.validate(strFromU8(data));
    if (result !== true) malformed.push(`${name}: ${result.err.msg}`);
  }
  const doc = strFromU8(files['word/document.xml']!);
  const text = [...doc.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join('')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
  return { text, malformed };
}

describe('any text in any field', () => {
  const fixture = makeFixture();
  dirs.push(fixture.root);

  it('is refused at its own line, or reaches the Word file intact in well-formed XML', async () => {
    const template = (await loadTemplate(DEFAULT_TEMPLATE)).template!;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIELDS), text, async (field, value) => {
        for (const [name, content] of Object.entries(BASE_FILES)) writeFileSync(join(fixture.plans, name), content);
        const base = BASE_FILES[field.file]!;
        writeFileSync(join(fixture.plans, field.file), withValue(base, field.line, field.key, JSON.stringify(value)));
        const result = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: 'Q3' });
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length > 0) {
          count('text: refused');
          for (const d of errors) expect(`${d.file}:${d.line}`).toBe(`plans/${field.file}:${field.line}`);
          return;
        }
        count('text: rendered');
        const plan = result.plan as Plan;
        const bytes = await packDocument(
          buildAppendix(buildReportModel({ plan, quarter: 'Q3', figures: computePlanFigures(plan, 'Q3'), template })),
          new Date(Date.UTC(2013, 11, 31)),
        );
        if ((counts['text: rendered'] ?? 0) <= 20 || (counts['text: rendered'] ?? 0) % 500 === 0) keepReport(bytes);
        const { text: shown, malformed } = docxVisibleText(bytes);
        expect(malformed).toEqual([]);
        // The documented normalisation: plain text is trimmed where it is a title or status, tabs are
        // spaces, line breaks are Word line breaks; rich text shows every line less indentation and bullet marks.
        // A measure heads its summary table with a capital letter ("Cost and efficiency savings").
        const plain = value.replace(/\t/g, ' ').trim();
        const expected = field.rich
          ? expectedLiteral(value.replace(/\t/g, ' ')).join('')
          : field.key.trim() === 'measure'
            ? plain.charAt(0).toUpperCase() + plain.slice(1)
            : plain;
        expect(squash(shown)).toContain(squash(expected));
      }),
      params,
    );
  }, 600_000);
});

// Mutations of the shipped plan files, as an editor, a bad paste or a crash might leave them.
const SHIPPED: Record<string, string> = Object.fromEntries(
  readdirSync(SHIPPED_PLANS)
    .filter((n) => n.endsWith('.yaml'))
    .map((n) => [n, readFileSync(join(SHIPPED_PLANS, n), 'utf8')]),
);
const NAMES = Object.keys(SHIPPED);

type Mutation = (lines: string[], bytes: Buffer, pick: number, extra: number) => Buffer | string[];
const MUTATIONS: Record<string, Mutation> = {
  flipByte: (_l, b, pick, extra) => {
    const copy = Buffer.from(b);
    if (copy.length) copy[pick % copy.length] = extra % 256;
    return copy;
  },
  deleteLine: (l, _b, pick) => l.filter((_, i) => i !== pick % l.length),
  duplicateLine: (l, _b, pick) => l.flatMap((x, i) => (i === pick % l.length ? [x, x] : [x])),
  indent: (l, _b, pick, extra) => l.map((x, i) => (i === pick % l.length ? ' '.repeat(extra % 7) + x.trimStart() : x)),
  truncate: (_l, b, pick) => b.subarray(0, pick % (b.length + 1)),
  strayChar: (l, _b, pick, extra) =>
    l.map((x, i) => {
      if (i !== pick % l.length) return x;
      const at = extra % (x.length + 1);
      const ch = [`"`, "'", ':', ': ', '#', ' #', '[', '{', '&a', '*a', '!!', '\t', '|', '>', '- ', '%', '@', '`'][extra % 18]!;
      return x.slice(0, at) + ch + x.slice(at);
    }),
  swapLines: (l, _b, pick, extra) => {
    const copy = [...l];
    const a = pick % l.length;
    const b = extra % l.length;
    [copy[a], copy[b]] = [copy[b]!, copy[a]!];
    return copy;
  },
};

const mutation = fc.record({
  file: fc.constantFrom(...NAMES),
  steps: fc.array(fc.record({ kind: fc.constantFrom(...Object.keys(MUTATIONS)), pick: fc.nat(), extra: fc.nat() }), {
    minLength: 1,
    maxLength: 5,
  }),
});

function mutate(m: { file: string; steps: Array<{ kind: string; pick: number; extra: number }> }): Buffer {
  let bytes: Buffer = Buffer.from(SHIPPED[m.file]!);
  for (const step of m.steps) {
    const out = MUTATIONS[step.kind]!(bytes.toString('utf8').split('\n'), bytes, step.pick, step.extra);
    bytes = Array.isArray(out) ? Buffer.from(out.join('\n')) : out;
  }
  return bytes;
}

describe('random damage to the shipped plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-mutate-'));
  dirs.push(dir);
  const plans = join(dir, 'plans');

  it('never throws, and every problem has a file:line:col', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        rmSync(plans, { recursive: true, force: true });
        const { mkdirSync } = await import('node:fs');
        mkdirSync(plans);
        for (const [name, content] of Object.entries(SHIPPED)) writeFileSync(join(plans, name), content);
        writeFileSync(join(plans, m.file), mutate(m));
        const result = await loadPlan({ plansDir: 'plans', cwd: dir, quarter: 'Q3' });
        count(result.diagnostics.some((d) => d.severity === 'error') ? 'mutation: invalid' : 'mutation: still valid');
        for (const d of result.diagnostics) {
          expect(d.file).toMatch(/^plans\/[^:]+$/);
          expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
          expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
          expect(d.message.length).toBeGreaterThan(0);
        }
      }),
      params,
    );
  }, 600_000);

  it('the built binary exits 0 or 1 on damaged plans, never with a stack trace', async () => {
    const samples = fc.sample(mutation, { numRuns: Math.max(12, Math.round(RUNS / 25)), ...(SEED !== undefined ? { seed: SEED } : {}) });
    const fixtures = samples.map((m) => {
      const f = makeFixture({ ...SHIPPED, [m.file]: mutate(m) }, {});
      dirs.push(f.root);
      return f;
    });
    const results = await Promise.all(fixtures.map((f) => runPlanAsync(['validate', '--quarter', 'Q3'], { cwd: f.root })));
    for (const r of results) {
      count(`binary: exit ${r.exitCode}`);
      expect([0, 1]).toContain(r.exitCode);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at .*:\d+:\d+\)?\n/);
      for (const line of r.stderr.split('\n').filter((l) => /: (error|warning): /.test(l)))
        expect(line).toMatch(/^plans\/[^:]+:\d+:\d+: (error|warning): /);
    }
  }, 600_000);
});
