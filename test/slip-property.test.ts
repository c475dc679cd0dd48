import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { JARGON } from './helpers.js';
import { WESTBROOK_FILES } from './mistakes.js';
import { diagnoseWestbrook } from './westbrook-copy.js';

/**
 * Mutations of a valid plan, the way officers slip: a line deleted, duplicated, indented or outdented,
 * a key retyped with a capital, a space or "-" replaced by its Word lookalike. Whatever plan says about
 * the result, every message has a hint and no schema or parser word.
 *
 * Not asserted (issue 22 asks for it; measured and printed instead, not yet met for every class):
 * that the first message is at the mutated line. Deleting or duplicating a line often yields another
 * valid plan (a rag or narrative line less), which no tool can tell from an intended edit.
 */

const LEFT_TO_YEARROLL = new Set(['figures-without-target', 'missing-quarter', 'update-after-end']);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const FILE = '2-savings.yaml';
const LINES = WESTBROOK_FILES[FILE]!.split('\n');
const tally = { runs: 0, messages: 0, atLine: 0 };
afterAll(() => {
  if (process.env.FUZZ_RUNS) process.stdout.write(`\nslip mutations: ${JSON.stringify(tally)}\n`);
});

const mutation = fc.tuple(
  fc.integer({ min: 1, max: LINES.length - 2 }),
  fc.constantFrom('delete', 'duplicate', 'indent', 'outdent', 'capital', 'nbsp', 'dash'),
);

function mutate(index: number, kind: string): string {
  const lines = [...LINES];
  const line = lines[index]!;
  if (kind === 'delete') lines.splice(index, 1);
  else if (kind === 'duplicate') lines.splice(index, 0, line);
  else if (kind === 'indent') lines[index] = ` ${line}`;
  else if (kind === 'outdent') lines[index] = line.replace(/^ {1,2}/, '');
  else if (kind === 'capital') lines[index] = line.replace(/[a-z]/, (c) => c.toUpperCase());
  else if (kind === 'nbsp') lines[index] = line.replace(/ (?=\S)/, '\u00a0');
  else lines[index] = line.replace('- ', '– ');
  return lines.join('\n');
}

describe('mutated plans: every message has a hint and plain words', () => {
  it('holds for random slips in the Westbrook savings section', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async ([index, kind]) => {
        const text = mutate(index, kind);
        if (text === WESTBROOK_FILES[FILE]) return;
        const diagnostics = await diagnoseWestbrook(FILE, text);
        tally.runs++;
        if (diagnostics.length > 0) tally.messages++;
        if (diagnostics[0]?.line === index + 1) tally.atLine++;
        for (const d of diagnostics) {
          expect(d.hint, `${kind} line ${index + 1}: ${d.message}`).toBeTruthy();
          // Hints of src/plan/rules.ts left to the yearroll branch (see wording.test.ts) still say "block".
          if (!LEFT_TO_YEARROLL.has(d.code)) expect(`${d.message} ${d.hint}`).not.toMatch(JARGON);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
