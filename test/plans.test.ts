import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildJsonSchemas } from '../src/commands/schema/json-schema.js';
import { loadPlan } from '../src/plan/load-plan.js';
import type { Plan } from '../src/plan/model.js';
import { richTextToPlain } from '../src/plan/rich-text.js';
import { ROOT, SHIPPED_PLANS } from './helpers.js';
import { moneyIn, repairExtraction, SECTION_HEADINGS, SHARED_SOURCE_PATH, SOURCE_TEXT, wordsIn } from './transcription.js';

/** The shipped plan is the real 2013/14 Q3 appendix. These tests hold the transcription to the source. */

let plan: Plan;
beforeAll(async () => {
  const result = await loadPlan({ plansDir: SHIPPED_PLANS, quarter: 'Q3' });
  expect(result.diagnostics).toEqual([]);
  plan = result.plan!;
});

function dataText(p: Plan): string {
  const texts: string[] = [p.title, p.appendix, p.financialYear.label, ...p.councils.flatMap((c) => [c.code, c.name])];
  for (const s of p.sections) {
    texts.push(s.number, s.title);
    for (const a of s.actions) {
      texts.push(richTextToPlain(a.text));
      if (a.target) texts.push(a.target.measure, a.target.achievedLabel, a.target.pendingLabel);
      for (const u of Object.values(a.updates)) {
        texts.push(u.status ?? '', u.narrative ? richTextToPlain(u.narrative) : '', ...Object.values(u.notes));
      }
    }
  }
  return texts.join('\n');
}

describe('the shipped plan (plans/)', () => {
  it('is checked against the same source text as the shared folder holds', () => {
    if (existsSync(SHARED_SOURCE_PATH)) expect(SOURCE_TEXT).toBe(readFileSync(SHARED_SOURCE_PATH, 'utf8'));
    expect(SOURCE_TEXT).toMatch(/^Joint Procurement Action Plan 2013\/14 Q3 Update/);
  });

  it('is valid for Q3 with no warnings', () => {
    expect(plan.sections.length).toBe(8);
  });

  it('has sections 8.1 to 8.8 with their titles', () => {
    expect(plan.sections.map((s) => `${s.number} ${s.title}`)).toEqual(SECTION_HEADINGS);
  });

  it('holds all 23 actions of the source, each with a Q3 update and only Q3', () => {
    const actions = plan.sections.flatMap((s) => s.actions);
    expect(actions).toHaveLength(23);
    expect(plan.sections.map((s) => s.actions.length)).toEqual([3, 4, 6, 4, 2, 1, 2, 1]);
    for (const a of actions) expect(Object.keys(a.updates)).toEqual(['Q3']);
  });

  it('keeps each status as the officer wrote it', () => {
    const statuses = plan.sections.flatMap((s) => s.actions.map((a) => a.updates.Q3!.status));
    expect(statuses.filter((s) => s === 'Onward going')).toHaveLength(17);
    expect(statuses).toContain('Q3 target shortfall for CDC and SNC');
    expect(statuses).toContain('Final figures to be agreed');
    expect(statuses).toContain('Put back to 2014');
    expect(statuses).toContain('Put back to 14/15');
    expect(statuses.filter((s) => s === 'Action to be reviewed in action plan 14/15.')).toHaveLength(2);
  });

  it('has the plan-level facts: title, year, appendix and councils', () => {
    expect(plan.title).toBe('Joint Procurement Action Plan');
    expect(plan.appendix).toBe('Appendix 1');
    expect(plan.financialYear).toEqual({ label: '2013/14', startYear: 2013, startMonth: 4 });
    expect(plan.councils).toEqual([
      { code: 'CDC', name: 'Cherwell District Council' },
      { code: 'SNC', name: 'South Northamptonshire Council' },
    ]);
  });

  it('holds money as numbers per council, and no percentages', () => {
    const vfm = plan.sections.find((s) => s.number === '8.2')!;
    const [savings, salary] = vfm.actions;
    expect(savings!.target!.amounts).toEqual({ CDC: 75000, SNC: 50000 });
    expect(savings!.updates.Q3!.achieved).toEqual({ CDC: 53726, SNC: 26796 });
    expect(salary!.target!.amounts).toEqual({ CDC: 50000, SNC: 50000 });
    expect(salary!.updates.Q3!.achieved).toEqual({ CDC: 20000, SNC: 0 });
    expect(salary!.updates.Q3!.pending).toEqual({ SNC: 25000 });
    // The hand-typed 71% and 54% are computed by the report, never stored.
    for (const f of readdirSync(SHIPPED_PLANS).filter((n) => n.endsWith('.yaml'))) {
      const text = readFileSync(join(SHIPPED_PLANS, f), 'utf8').replace(/^\s*#.*$/gm, '');
      expect(text, f).not.toMatch(/\b(71|54|72)%/);
      expect(text, f).not.toMatch(/£\s?\d/);
    }
  });

  it('writes flattened lists back as lists', () => {
    const text = (number: string, i: number) => richTextToPlain(plan.sections.find((s) => s.number === number)!.actions[i]!.text);
    expect(text('8.1', 1)).toBe(
      "Regular updates and reminders via:\n- Intranet – 'Did you know?' sections, etc\n- In Brief – need to know information\n- Team briefings",
    );
    expect(text('8.3', 1)).toBe(
      'Ensure corporate websites make it easier for local businesses to trade with us:\n- Develop use of engagement forums for all relevant projects\n- Seek and record feedback from local businesses',
    );
    const narrative = (number: string) =>
      richTextToPlain(plan.sections.find((s) => s.number === number)!.actions[0]!.updates.Q3!.narrative!);
    expect(narrative('8.6').split('\n')).toHaveLength(8);
    expect(narrative('8.8')).toMatch(/^Already considered:\n- SNC waste project – particularly vehicle purchasing\n/);
    expect(narrative('8.8')).toMatch(/\nTo be considered:\n- Bicester construction projects\n/);
  });

  it('drops no word of the source, apart from report chrome and the figures the report computes', () => {
    const data = wordsIn(dataText(plan));
    const missing = [...wordsIn(repairExtraction(SOURCE_TEXT))].filter((w) => !data.has(w)).sort();
    expect(missing).toEqual(
      [
        // The report's own title ("… Q3 Update") and column headings, written by the template.
        'update',
        'status',
        'narrative',
        // "SNC - £26,796 - i.e 54% at end of third quarter": computed from achieved and target.
        '54%',
        '71%',
        'i.e',
        'end',
        'third',
        'quarter',
      ].sort(),
    );
  });

  it('holds every amount of money in the source as data', () => {
    const amounts = plan.sections.flatMap((s) =>
      s.actions.flatMap((a) => {
        const own = a.target ? Object.values(a.target.amounts) : [];
        const total = own.reduce((x, y) => x + y, 0);
        const figures = Object.values(a.updates).flatMap((u) => [...Object.values(u.achieved), ...Object.values(u.pending)]);
        return [...own, total, ...figures];
      }),
    );
    for (const amount of moneyIn(SOURCE_TEXT)) expect(amounts, `£${amount}`).toContain(amount);
  });

  it('binds every YAML file to the committed JSON Schema with a modeline', () => {
    for (const f of readdirSync(SHIPPED_PLANS).filter((n) => n.endsWith('.yaml'))) {
      const first = readFileSync(join(SHIPPED_PLANS, f), 'utf8').split('\n')[0];
      expect(first, f).toBe(`# yaml-language-server: $schema=./${f === 'plan.yaml' ? 'plan' : 'section'}.schema.json`);
    }
  });

  it('commits a JSON Schema that matches the zod schema (run `npm run schema` when this fails)', () => {
    for (const { folder, name, text } of buildJsonSchemas()) {
      expect(readFileSync(join(ROOT, folder, name), 'utf8'), name).toBe(text);
    }
  });

  it('exports a JSON Schema that rejects unknown keys and unquoted section numbers', () => {
    const section = JSON.parse(buildJsonSchemas().find((s) => s.name === 'section.schema.json')!.text) as {
      additionalProperties: boolean;
      properties: { section: { type: string } };
    };
    expect(section.additionalProperties).toBe(false);
    expect(section.properties.section.type).toBe('string');
  });
});
