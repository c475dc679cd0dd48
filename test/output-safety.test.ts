import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_FILES, type Fixture, makeFixture, ROOT, runPlan } from './helpers.js';

/** Import output, long names, templates and file-system messages (issue 21, items 13–17). */

let fixture: Fixture | undefined;
afterEach(() => fixture?.cleanup());

const DEFAULT_TEMPLATE = readFileSync(join(ROOT, 'templates', 'default.yaml'), 'utf8');

describe('template values that reach the web page', () => {
  it.each(['Arial; background: url(https://example.org/beacon.png)', 'Arial}</style><script>alert(1)</script>', '"Arial", x'])(
    'font.family %j is refused at its position, before anything is written',
    (family) => {
      fixture = makeFixture();
      writeFileSync(join(fixture.root, 'look.yaml'), DEFAULT_TEMPLATE.replace('family: Arial', `family: ${JSON.stringify(family)}`));
      const r = runPlan(['report', '--quarter', 'Q3', '--format', 'html', '--template', 'look.yaml'], { cwd: fixture.root });
      expect(r.stderr).toMatch(/look\.yaml:\d+:\d+: error: a font name is letters, digits, spaces and hyphens/);
      expect(r.exitCode).toBe(1);
    },
  );

  it('a font name with spaces still works, quoted in the style sheet', () => {
    fixture = makeFixture();
    writeFileSync(join(fixture.root, 'look.yaml'), DEFAULT_TEMPLATE.replace('family: Arial', 'family: Segoe UI'));
    const r = runPlan(['report', '--quarter', 'Q3', '--format', 'html', '--template', 'look.yaml'], { cwd: fixture.root });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(readFileSync(join(fixture.root, r.stdout.trim()), 'utf8')).toContain('font-family: "Segoe UI", Arial, sans-serif;');
  });
});

describe('names plan derives are kept short enough for the file system', () => {
  const longTitle = `Joint Procurement Action Plan ${'for the councils of the shire '.repeat(8)}`.trim();
  const longNumber = Array.from({ length: 100 }, (_, i) => String((i % 9) + 1)).join('.');

  it(`a ${longTitle.length}-character title and a 100-part section number: report, then import of that report, work`, () => {
    expect(longTitle.length).toBeGreaterThan(255);
    fixture = makeFixture({
      'plan.yaml': BASE_FILES['plan.yaml']!.replace('title: Test Plan', `title: ${longTitle}`),
      '1.1-alpha.yaml': BASE_FILES['1.1-alpha.yaml']!.replace('section: "1.1"', `section: "${longNumber}"`),
    });
    expect(runPlan(['validate'], { cwd: fixture.root }).exitCode).toBe(0);
    const report = runPlan(['report', '--quarter', 'Q3'], { cwd: fixture.root });
    expect(report.stderr).not.toContain('ENAMETOOLONG');
    expect(report.exitCode, report.stderr).toBe(0);
    const name = basename(report.stdout.trim());
    expect(name.length).toBeLessThanOrEqual(160);
    // The year and quarter stay in the name, so quarters do not overwrite each other.
    expect(name).toMatch(/-2013-14-q3-appendix-1\.docx$/);

    const imported = runPlan(['import', report.stdout.trim(), '--plans', 'again'], { cwd: fixture.root });
    expect(imported.stderr).not.toContain('ENAMETOOLONG');
    expect(imported.exitCode, imported.stderr).toBeLessThanOrEqual(1);
    const section = readdirSync(join(fixture.root, 'again')).find((n) => n.startsWith('1.2.3'));
    expect(section).toBeDefined();
    expect(section!.length).toBeLessThanOrEqual(120);
    // The file holds the whole number.
    expect(readFileSync(join(fixture.root, 'again', section!), 'utf8')).toContain(longNumber);
  });
});
