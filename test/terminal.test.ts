import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { createHighlighter } from '../src/diagnostics/highlight.js';
import { visibleLine } from '../src/diagnostics/text.js';
import { section } from './bad-input-cases.js';
import { makeFixture, runPlanInProcess } from './helpers.js';

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

  it('never prints a control character from a plan file to the terminal', async () => {
    const fixture = makeFixture({ '2.1-beta.yaml': section('status: a\u001b]0;pwned\u0007 b\u001b[2A\u001b[0J c') });
    try {
      const r = await runPlanInProcess(['validate'], { cwd: fixture.root });
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toContain('status: a␛]0;pwned␇ b␛[2A␛[0J c');
      expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    } finally {
      fixture.cleanup();
    }
  });
});

describe('colour', () => {
  // plan writes its eight styles itself (not through chalk, for start-up time): byte for byte as chalk does.
  const chalk = new Chalk({ level: 1 });
  const asChalk = {
    error: chalk.red.bold,
    warning: chalk.yellow.bold,
    success: chalk.green,
    path: chalk.cyan,
    dim: chalk.dim,
    strong: chalk.bold,
    up: chalk.green,
    down: chalk.red,
  };
  const tty = { isTTY: true } as NodeJS.WriteStream;
  const texts = [
    '',
    'plan: error:',
    'two\nlines\r\nand more\n',
    `outer ${chalk.dim('inner')} outer`,
    `${chalk.red('a')}\n${chalk.bold('b')}`,
  ];

  it.each(Object.keys(asChalk) as (keyof typeof asChalk)[])('writes %s as chalk writes it', (name) => {
    const previous = { ...process.env };
    try {
      delete process.env.NO_COLOR;
      delete process.env.FORCE_COLOR;
      const highlight = createHighlighter(tty);
      for (const text of texts) expect(JSON.stringify(highlight[name](text))).toBe(JSON.stringify(asChalk[name](text)));
      expect(highlight[name]('x')).not.toBe('x');
    } finally {
      process.env = previous;
    }
  });

  it('writes none on a stream that is not a terminal', () => {
    const previous = { ...process.env };
    try {
      delete process.env.FORCE_COLOR;
      expect(createHighlighter({ isTTY: false } as NodeJS.WriteStream).error('plan: error:')).toBe('plan: error:');
    } finally {
      process.env = previous;
    }
  });
});
