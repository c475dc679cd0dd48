import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkStatusesAgainstFigures } from '../src/compute/status-check.js';
import type { Plan } from '../src/plan/model.js';
import { type Fixture, makeFixture, ROOT, runPlanInProcess } from './helpers.js';
import { COUNCIL_NAMES, STATUS_CORPUS, type StatusCase } from './status-corpus.js';

const FILE = 'plans/1-savings.yaml';

/** A one-action plan holding the case's figures and, in the case's quarter, its status. */
function planOf(c: StatusCase): Plan {
  const codes = Object.keys(c.figures);
  const column = (n: 0 | 1) => Object.fromEntries(codes.map((code) => [code, c.figures[code]![n]]));
  return {
    title: 'Status corpus',
    appendix: 'Appendix 1',
    financialYear: { label: '2015/16', startYear: 2015, startMonth: 4 },
    councils: codes.map((code) => ({ code, name: COUNCIL_NAMES[code]! })),
    sections: [
      {
        number: '1',
        title: 'Savings',
        file: FILE,
        actions: [
          {
            id: 'savings',
            text: [],
            source: `${FILE}:4`,
            target: { measure: 'savings', amounts: column(0), achievedLabel: 'achieved', pendingLabel: 'pending' },
            updates: {
              [c.quarter]: {
                status: c.status,
                statusPlace: { file: FILE, line: 12, column: 17, text: `        status: ${c.status}` },
                achieved: column(1),
                pending: {},
                notes: {},
              },
            },
          },
        ],
      },
    ],
  };
}

const check = (c: StatusCase) => checkStatusesAgainstFigures(planOf(c), [c.quarter]);

describe('the status corpus: what a careful reader says, the check says', () => {
  it('holds at least 60 statuses, both verdicts among them', () => {
    expect(STATUS_CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(STATUS_CORPUS.filter((c) => c.contradicts).length).toBeGreaterThanOrEqual(15);
  });

  it.each(STATUS_CORPUS.map((c) => [c.status, c.quarter, c.contradicts ? 'contradicts' : 'does not contradict', c] as const))(
    '"%s" at %s %s the figures',
    (_status, _quarter, _verdict, c) => {
      const found = check(c);
      const expected = c.contradicts && !c.tooLoose ? 1 : 0;
      expect(found.length, `${c.why}: ${found.map((d) => d.message).join('; ')}`).toBe(expected);
    },
  );

  it('gives no false warning, and misses only the contradictions worded too loosely to check', () => {
    const warned = (c: StatusCase) => check(c).length > 0;
    const falseWarnings = STATUS_CORPUS.filter((c) => !c.contradicts && warned(c));
    const missed = STATUS_CORPUS.filter((c) => c.contradicts && !warned(c));
    expect(falseWarnings.map((c) => c.status)).toEqual([]);
    expect(missed.map((c) => c.status)).toEqual(STATUS_CORPUS.filter((c) => c.tooLoose).map((c) => c.status));
    expect(missed.length).toBeLessThanOrEqual(STATUS_CORPUS.filter((c) => c.contradicts).length / 10);
  });
});

describe('what the warning says', () => {
  const westbrookQ1 = STATUS_CORPUS.find((c) => c.status === 'Exceeded target for EDC')!;

  it('names the council the figures put behind, the quarter, and how to fix it', () => {
    const [d] = check(westbrookQ1);
    expect(d).toMatchObject({ file: FILE, line: 12, column: 17, severity: 'warning', code: 'status-against-figures' });
    expect(d!.message).toBe('the status says "Exceeded target for EDC", but the figures put EDC behind the pace expected by the end of Q1');
    expect(d!.hint).toMatch(/rag:/);
  });

  it('names the councils said to be behind that the figures put on pace', () => {
    const c = STATUS_CORPUS.find((x) => x.status === 'Not on track for EDC' && x.contradicts)!;
    expect(check(c)[0]!.message).toBe(
      'the status says "Not on track for EDC", but the figures put EDC on or ahead of the pace expected by the end of Q2',
    );
  });

  it('speaks of the councils together when the status speaks of them together', () => {
    const c = STATUS_CORPUS.find((x) => x.status === 'On track overall' && x.contradicts)!;
    expect(check(c)[0]!.message).toBe(
      'the status says "On track overall", but the figures put the councils together behind the pace expected by the end of Q2',
    );
  });

  it('says which annual target is not yet met', () => {
    const c = STATUS_CORPUS.find((x) => x.status === 'Annual target met')!;
    expect(check(c)[0]!.message).toBe('the status says "Annual target met", but the figures put SNC short of its annual target');
  });

  it('leaves alone a status the officer rated with rag:', () => {
    const plan = planOf(westbrookQ1);
    plan.sections[0]!.actions[0]!.updates.Q1!.rag = 'green';
    expect(checkStatusesAgainstFigures(plan, ['Q1'])).toEqual([]);
  });
});

describe("plan validate --strict (the README's CI workflow) and plan report", () => {
  let fixture: Fixture | undefined;
  afterEach(() => fixture?.cleanup());

  // The base plan's Q3 figures put CDC and SNC both behind pace.
  const withStatus = (status: string) =>
    makeFixture({
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
        '      Q3:',
        `        status: ${status}`,
        '        achieved:',
        '          CDC: 53726',
        '          SNC: 26796',
        '',
      ].join('\n'),
    });

  it("passes a negated status that agrees with the figures, run as the README's workflow runs it", async () => {
    fixture = withStatus('No longer on track for CDC or SNC');
    const r = await runPlanInProcess(['validate', '--format', 'github', '--strict'], { cwd: fixture.root });
    expect(`${r.stdout}${r.stderr}`).not.toContain('the status says');
    expect(r.exitCode).toBe(0);
  });

  it('annotates the pull request when the status and the figures disagree', async () => {
    fixture = withStatus('On track');
    const r = await runPlanInProcess(['validate', '--format', 'github', '--strict'], { cwd: fixture.root });
    expect(`${r.stdout}${r.stderr}`).toMatch(/::error file=plans\/1\.1-alpha\.yaml,line=13,col=17[^\n]*the status says "On track"/);
    expect(r.exitCode).toBe(1);
  });

  it('writes the report without a warning for the same status', async () => {
    fixture = withStatus('No longer on track for CDC or SNC');
    const r = await runPlanInProcess(['report', '--quarter', 'Q3'], { cwd: fixture.root });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('the status says');
  });

  it('fails on a status the figures contradict', async () => {
    fixture = withStatus('On track for CDC and SNC');
    const r = await runPlanInProcess(['validate', '--strict'], { cwd: fixture.root });
    expect(r.stderr).toContain(
      'plans/1.1-alpha.yaml:13:17: error: the status says "On track for CDC and SNC", but the figures put CDC and SNC behind the pace expected by the end of Q3',
    );
    expect(r.exitCode).toBe(1);
  });
});

describe('its patterns are compiled for speed (docs/speed.md)', () => {
  it("compiles the claim patterns straight to machine code, skipping V8's slow first compile", () => {
    // V8 says when a pattern's first use is on a text long enough to compile it to machine code at
    // once (shared/regexps.ts); without that, each large claim pattern cost 4–8 ms of a run.
    const exceeded = STATUS_CORPUS.find((c) => c.status === 'Exceeded target for EDC')!;
    const script = [
      `const { checkStatusesAgainstFigures } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'dist', 'compute', 'status-check.js')).href)});`,
      `const plan = ${JSON.stringify(planOf(exceeded))};`,
      `checkStatusesAgainstFigures(plan, [${JSON.stringify(exceeded.quarter)}]);`,
    ].join('\n');
    const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.match(/Forcing tier-up for very long strings/g)?.length ?? 0).toBe(4);
  });
});
