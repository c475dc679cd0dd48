import { describe, expect, it } from 'vitest';
import { visibleLine } from '../src/diagnostics/text.js';
import { section } from './bad-input-cases.js';
import { makeFixture, runPlan } from './helpers.js';

/** What plan prints can never drive the officer's terminal: code frames show invisible characters as marks. */
describe('code frames on a terminal', () => {
  it.each([
    ['\u00a0status: x', '⍽status: x'],
    ['a\u001b]0;title\u0007b', 'a␛]0;title␇b'],
    ['x\u001b[2A\u001b[0Jy', 'x␛[2A␛[0Jy'],
    ['\u200b\u202e\u2066\ufeffz', '⍽¤¤⍽z'],
    ['tab\there', 'tab here'],
    ['emoji 👍🏽 and \ud800 alone', 'emoji 👍🏽 and ¤ alone'],
  ])('shows %j as %j, one mark per character', (line, shown) => {
    expect(visibleLine(line)).toBe(shown);
    expect(visibleLine(line).length).toBe(line.length);
  });

  it('never prints a control character from a plan file to the terminal', () => {
    const fixture = makeFixture({ '2.1-beta.yaml': section('status: a\u001b]0;pwned\u0007 b\u001b[2A\u001b[0J c') });
    try {
      const r = runPlan(['validate'], { cwd: fixture.root });
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain('status: a␛]0;pwned␇ b␛[2A␛[0J c');
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    } finally {
      fixture.cleanup();
    }
  });
});
