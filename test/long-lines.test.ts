import { describe, expect, it } from 'vitest';
import { loadPlan } from '../src/plan/load-plan.js';
import { makeFixture } from './helpers.js';

/**
 * A line as long as plan allows (30,000 characters), made of two words with the spaces of a pasted
 * table between them, must cost no more to check than a line of the same length made of words. Some
 * editing-slip patterns used to try every way of splitting the spaces (a lazy match followed by
 * spaces): 1–6 s of CPU for one such line against 0.2 s for the whole plan. CPU times of the two
 * files are compared in the same process, never against an absolute time (below 25 ms, a time is
 * taken as 25, so that a busy machine's noise cannot fail it).
 */
const SPACES = ' '.repeat(29_000);
const WORDS = 'word '.repeat(5_800);

const section = (line: string) =>
  `section: "9.9"\ntitle: t\nactions:\n  - id: h\n    action: x\n    updates:\n      Q3:\n        ${line}\n        narrative: |\n          Text.\n`;

const SHAPES: Array<[string, (gap: string) => string]> = [
  ['a status with the gap inside', (gap) => `status: a${gap}b`],
  ['a status with a note after the gap', (gap) => `status: a${gap}b # note`],
  ['a status with "#" after the gap', (gap) => `status: a${gap}#b`],
  ['a quarter key with words', (gap) => `Q1 a${gap}b`],
  ['a council and a figure', (gap) => `CDC 1${gap}2`],
  ['a key with the gap inside', (gap) => `a${gap}b: c`],
  ['an item', (gap) => `- a${gap}b`],
];

async function checkCpuMs(line: string): Promise<number> {
  const fixture = makeFixture({ '9.9-long.yaml': section(line) });
  try {
    const before = process.cpuUsage();
    await loadPlan({ plansDir: 'plans', cwd: fixture.root });
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000;
  } finally {
    fixture.cleanup();
  }
}

describe('a 30,000-character line of spaces', () => {
  it.each(SHAPES)('%s: checked in at most 4× the CPU time of a line of words as long', async (_name, shape) => {
    await checkCpuMs(shape(WORDS)); // warm-up: the first run compiles the code
    const words = Math.min(await checkCpuMs(shape(WORDS)), await checkCpuMs(shape(WORDS)));
    const spaces = await checkCpuMs(shape(SPACES));
    expect(spaces / Math.max(words, 25), `${spaces.toFixed(0)} ms against ${words.toFixed(0)} ms`).toBeLessThanOrEqual(4);
  });
});
