import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Fixture, makeFixture, ROOT, runPlan } from './helpers.js';

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
