import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { fixPlanFiles, repairText } from '../src/commands/validate/fix.js';
import { slipContext } from '../src/input/check-yaml.js';
import { decodeSource } from '../src/input/source-file.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { councilsOfPlan, yearStartOfPlan } from '../src/plan/plan-facts.js';
import { planFileSchema, sectionFileSchema } from '../src/plan/schema.js';
import { runPlanInProcess } from './helpers.js';
import { applyMistake, MISTAKES, type Mistake, PLANS, WESTBROOK_FILES } from './mistakes.js';

/** `plan validate --fix` repairs the mechanical slips in place, changes nothing else, and is all-or-nothing. */

const root = mkdtempSync(join(tmpdir(), 'plan-fix-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
});

let n = 0;
/** A copy of the Westbrook plan (or another of the corpus) with some files replaced; returns its folder. */
function westbrook(files: Record<string, string | Buffer> = {}, plan: keyof typeof PLANS = 'westbrook'): string {
  const dir = join(root, String(n++));
  mkdirSync(join(dir, 'plans'), { recursive: true });
  for (const [name, content] of Object.entries({ ...PLANS[plan], ...files })) writeFileSync(join(dir, 'plans', name), content);
  return dir;
}

const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(join(dir, 'plans')).map((name) => [name, readFileSync(join(dir, 'plans', name)).toString('hex')]));

/** The councils of the mistake's plan, as `plan validate --fix` reads them from its plan.yaml. */
const councilsOf = (m: Mistake) => {
  const decoded = decodeSource(Buffer.from(PLANS[m.plan ?? 'westbrook']['plan.yaml']!), 'plan.yaml', 'plan.yaml');
  return 'file' in decoded ? councilsOfPlan(decoded.file) : undefined;
};
const isFixable = (m: Mistake) => {
  const councils = councilsOf(m);
  const decoded = decodeSource(Buffer.from(PLANS[m.plan ?? 'westbrook']['plan.yaml']!), 'plan.yaml', 'plan.yaml');
  const yearStartMonth = 'file' in decoded ? yearStartOfPlan(decoded.file) : undefined;
  const context =
    m.file === 'plan.yaml'
      ? slipContext(planFileSchema)
      : {
          ...slipContext(sectionFileSchema),
          ...(councils ? { councils } : {}),
          ...(yearStartMonth === undefined ? {} : { yearStartMonth }),
        };
  // Line endings doubled ("\r\r\n") are mended in the bytes, before the text is read.
  return repairText(applyMistake(m), context).repairs.length > 0 || applyMistake(m).includes('\r\r\n');
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
      /key with a capital letter/,
      /Q 2/,
      /"-id:" with no space/,
      /non-breaking space at the end of a line/,
      /space between the thousands/,
      /non-breaking space between the thousands/,
      /key line pasted twice, the first copy left empty/,
      /"- id:" line of an action pasted twice/,
      /due date as Excel shows it/,
      /curly closing one/,
      /quarter key with its months/,
      /rag line joined onto the status line, with the spaces/,
      /council line joined onto "achieved:"/,
      /council written by its name/,
      /council code in small letters/,
      /two spaces after the dash/,
      /"- " of the second action's "- id:" lost/,
      /"narrative: \|" line deleted/,
      /decimal comma in a measure/,
      /semicolon typed for the colon/,
      /whole action pasted 2 spaces to the left/,
      /one space short of/,
      /figure with its unit after it/,
      /"ended: droped"/,
      /"ended: complete"/,
      /letter l typed for a one in an amount/,
      /letter O typed for a zero in the year of a due quarter/,
      /due quarter written before its year/,
      /"Quarter 1 15\/16"/,
      /month and its year/,
      /day before its month/,
      /tracker's letter/,
      /RAG rating written as a short form/,
      /status that starts with "\["/,
      /RAG in capitals/,
      /council's figure outdented by eye/,
      /last council's figure of a quarter outdented/,
      /Nil for nothing yet/,
      /footnote mark copied with a figure/,
      /thousands commas as Excel shows them/,
      /comma left out between two councils/,
      /total row of the spreadsheet pasted/,
      /label written with both years in full/,
      /month an action ended written for "ended:"/,
      /copied with its tracker heading/,
      /pound sign typed as "#"/,
      /address repeated in "<...>"/,
      /quarter key written as its months/,
    ])
      expect(names).toMatch(kind);
    expect(FIXABLE.length).toBeGreaterThanOrEqual(25);
  });

  it('leaves every slip that needs a choice to the officer (150.000: £150 or £150,000? pence: round which way?)', () => {
    const names = NOT_FIXABLE.map((m) => m.name).join('\n');
    for (const kind of [
      /dot between the thousands/,
      /decimal comma/,
      /Excel's brackets/,
      /thousandth/,
      /status with no colon/,
      /never rounded by --fix/,
      /day number .*never fixed by --fix/,
      /"£000" column/,
      /update pasted at the end of a narrative/,
      /grand total that is not the sum/,
    ])
      expect(names).toMatch(kind);
  });

  it.each(FIXABLE.map((m) => [m.name, m] as const))(
    'repairs "%s": the file is the original again, and a second run changes nothing',
    async (_name, m) => {
      const dir = westbrook({ [m.file]: applyMistake(m) }, m.plan);
      const original = PLANS[m.plan ?? 'westbrook'][m.file]!;
      const first = await fixPlanFiles('plans', dir);
      expect(first.changes.map((c) => `${c.file}:${c.line}`)).toContain(`plans/${m.file}:${m.line}`);
      const result = await loadPlan({ plansDir: 'plans', cwd: dir });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      // Curly quotes around text that needs quotes become straight quotes: the same text, written as YAML needs it.
      const fixed = readFileSync(join(dir, 'plans', m.file), 'utf8');
      if (m.repaired) expect(fixed).toBe(m.repaired(original));
      else if (/curly quotes around text/.test(m.name))
        expect(fixed).toBe(original.replace('status: Adopted by WBC and NDC', 'status: "Adopted: WBC and NDC"'));
      // "61k" has one reading, 61000: the figure the officer typed, written plainly.
      // Quotes of which one was curly are made straight: the same text, in straight quotes.
      else if (/mixed quotes around a status/.test(m.name))
        expect(fixed).toBe(original.replace('status: Draft circulated', 'status: "Draft circulated"'));
      else if (/61k/.test(m.name)) expect(fixed).toBe(original.replace('WBC: 61250', 'WBC: 61000'));
      // A profile the plan did not have, added as a spreadsheet row: the same figures, written as a list.
      else if (/profile added to plan.yaml as an Excel row|profile written with commas but no brackets/.test(m.name))
        expect(fixed).toBe(
          applyMistake(m).replace(/(rofile): ([^\n]+)/, (_, key, row: string) => `${key}: [${row.split(/[\s,]+/).join(', ')}]`),
        );
      // A measure's decimal comma becomes a decimal point: the figure the officer typed.
      else if (/figure with its unit after it/.test(m.name)) expect(fixed).toBe(applyMistake(m).replace('9%', '9'));
      else if (/decimal comma in a measure/.test(m.name)) expect(fixed).toBe(applyMistake(m).replace(/(\d),(\d{1,2})\b/, '$1.$2'));
      // Text that had no key is given the one its update lacks.
      else if (/left under "ended: completed"/.test(m.name))
        expect(fixed).toBe(
          original.replace(
            '        ended: completed\n',
            "        ended: completed\n        narrative: |\n          Portal launched at the suppliers' fair.\n",
          ),
        );
      // Two settings joined in the other order are split where they were joined: each keeps its line.
      else if (/lead joined after the due/.test(m.name))
        expect(fixed).toBe(
          original.replace('    lead: Head of Legal Services\n    due: Q2', '    due: Q2\n    lead: Head of Legal Services'),
        );
      else expect(fixed).toBe(original);
      const before = snapshot(dir);
      const second = await fixPlanFiles('plans', dir);
      expect(second).toEqual({ changes: [], files: 0 });
      expect(snapshot(dir)).toEqual(before);
    },
  );

  it.each(NOT_FIXABLE.map((m) => [m.name, m] as const))('never guesses at "%s": every file stays as it was', async (_name, m) => {
    const dir = westbrook({ [m.file]: applyMistake(m) }, m.plan);
    const before = snapshot(dir);
    expect(await fixPlanFiles('plans', dir)).toEqual({ changes: [], files: 0 });
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('plan validate --fix, run as an officer would', () => {
  it('names each amount it rewrote as it was typed, in one pair of quotes', async () => {
    const dir = westbrook({
      '2-savings.yaml': WESTBROOK_FILES['2-savings.yaml']!.replace('WBC: 61250', 'WBC: "61,250"').replace('WBC: 120000', 'WBC: £120,000'),
    });
    const { changes } = await fixPlanFiles('plans', dir);
    expect(changes.map((c) => c.what)).toEqual(['WBC\'s amount "£120,000" written as 120000', 'WBC\'s amount "61,250" written as 61250']);
  });

  it('lists each change as file:line, keeps comments, Windows line endings and the byte-order mark, and then validates', async () => {
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
    const r = await runPlanInProcess(['validate', '--fix'], { cwd: dir });
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
    const again = await runPlanInProcess(['validate', '--fix'], { cwd: dir });
    expect(again.stderr).toMatch(/^nothing to fix\n/);
  });
});

describe('plan validate without --fix', () => {
  it('says how many of the slips --fix would mend, and writes nothing', async () => {
    const tab = WESTBROOK_FILES['1-governance.yaml']!.replace('        status: Draft circulated', '\t\tstatus: Draft circulated');
    const dir = westbrook({
      '1-governance.yaml': tab,
      '3-local-suppliers.yaml': WESTBROOK_FILES['3-local-suppliers.yaml']!.replace('title: ', 'title:'),
    });
    const before = snapshot(dir);
    const r = await runPlanInProcess(['validate'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/\n2 of these slips have one right answer: plan validate --fix mends them by itself\n\n$/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('says nothing of --fix when no slip has one right answer', async () => {
    const dir = westbrook({ '2-savings.yaml': WESTBROOK_FILES['2-savings.yaml']!.replace('WBC: 61250', 'WBC: 61.250') });
    const r = await runPlanInProcess(['validate'], { cwd: dir });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).not.toContain('--fix');
  });
});

describe('plan validate --fix on a line written twice', () => {
  it('deletes the empty first copy of a "key:" line and keeps a note between the two copies', async () => {
    const [line, figure] = ['        achieved:\n', '          WBC: 25000'];
    const note = '        # from the finance return\n';
    const original = WESTBROOK_FILES['2-savings.yaml']!;
    const dir = westbrook({ '2-savings.yaml': original.replace(line + figure, line + note + line + figure) });
    const result = await fixPlanFiles('plans', dir);
    expect(result.changes).toEqual([{ file: 'plans/2-savings.yaml', line: 16, what: 'the first of the two "achieved:" lines deleted' }]);
    expect(readFileSync(join(dir, 'plans', '2-savings.yaml'), 'utf8')).toBe(original.replace(line + figure, note + line + figure));
  });
});

// A failed write at every file (full disk, locked file, Ctrl-C) is tested for --fix with the other
// commands that write several files, in all-or-nothing.test.ts.
