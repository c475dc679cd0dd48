import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineWindow } from '../src/diagnostics/text.js';
import { makeFixture, runPlanInProcess } from './helpers.js';

/** Code frames fit the terminal and always show the caret's spot, however long the line. */
describe('the code frame', () => {
  it('fits the room and keeps the caret under the character it points at', () => {
    // Every character of the line is different, so the caret's character names its place.
    const lineOf = (length: number) => Array.from({ length }, (_, i) => String.fromCharCode(0x100 + i)).join('');
    fc.assert(
      fc.property(fc.nat(400), fc.nat(400), fc.integer({ min: 3, max: 200 }), (length, at0, room) => {
        const line = lineOf(length);
        const at = Math.min(at0, line.length);
        const { text, caret } = lineWindow(line, at, room);
        expect(text.length).toBeLessThanOrEqual(Math.max(room, Math.min(line.length, room)));
        if (at < line.length) expect(text[caret]).toBe(line[at]);
        else expect(caret).toBe(text.length);
        // What is shown is the line itself, with "…" only where it was cut.
        expect(line).toContain(text.replace(/^…/, '').replace(/…$/, ''));
      }),
      { numRuns: 3000 },
    );
    // Found by the property above: a narrow room once put the caret under the "…".
    expect(lineWindow('abcd', 2, 3)).toEqual({ text: '…cd', caret: 1 });
  });

  it('in a 50-column terminal, cuts a long line around a problem far along it', async () => {
    const written = `        status: ${'word '.repeat(30)}and then: more`;
    const fixture = makeFixture({
      '2.1-beta.yaml': `section: "2.1"\ntitle: Beta\nactions:\n  - id: beta-one\n    action: Do it\n    updates:\n      Q3:\n${written}\n`,
    });
    try {
      const r = await runPlanInProcess(['validate', '--plans', 'plans'], { cwd: fixture.root, env: { COLUMNS: '50' } });
      const at = Number(/2\.1-beta\.yaml:8:(\d+): (?:error|warning)/.exec(r.stderr)?.[1]);
      expect(at, r.stderr).toBeGreaterThan(100);
      const frame = r.stderr.split('\n').filter((l) => /^ {2}8 \| /.test(l) || /^ {4}\| +\^$/.test(l));
      expect(frame, r.stderr).toHaveLength(2);
      for (const l of frame) expect(l.length).toBeLessThanOrEqual(50);
      // The caret stands under the character the message's column names.
      expect(frame[0]![frame[1]!.length - 1]).toBe(written[at - 1]);
    } finally {
      fixture.cleanup();
    }
  });
});
