import { afterAll, describe, expect, it } from 'vitest';
import { JARGON } from './helpers.js';
import { WESTBROOK_FILES } from './mistakes.js';
import { diagnoseWestbrook } from './westbrook-copy.js';

/**
 * Every mutation of a valid plan the way officers slip (a line deleted, duplicated, indented or
 * outdented by one space, its first small letter typed as a capital, its first space pasted as a
 * non-breaking one, its "- " as Word's "– "), on every line of the Westbrook savings section: not a
 * random sample, all of them (issue 22).
 *
 * Required of each mutation that changes the meaning: the first message is at the mutated line, and
 * every message has a hint and no word of a schema or a parser. Where the mutated line is:
 *   - a line changed in place: that line;
 *   - a line duplicated: either copy (they are the same text, so either is the slip);
 *   - a line deleted: no line is left, so the line before or after the gap, a key the deleted line
 *     stood under (where "is missing from" belongs), or any line when the message names the key the
 *     deleted line held ("WBC has no target", when WBC's target was deleted).
 * Excluded, as mutations that leave another valid plan: those after which plan says nothing. They
 * are listed in SILENT, so that a mutation which becomes silent fails the test.
 */

const FILE = '2-savings.yaml';
const ORIGINAL = WESTBROOK_FILES[FILE]!;
const LINES = ORIGINAL.split('\n');
const KINDS = ['delete', 'duplicate', 'indent', 'outdent', 'capital', 'nbsp', 'dash'] as const;
type Kind = (typeof KINDS)[number];

/**
 * Line and kind of the mutations that leave another valid plan: a status or label line deleted (they
 * are optional beside a target), a line of text deleted, repeated or changed, a blank line, the only
 * line under its key moved further in, "narrative: |" deleted (its text then goes on the status).
 */
const SILENT = new Set([
  '15 delete',
  '21 delete',
  '22 delete',
  '23 delete',
  '23 duplicate',
  '23 capital',
  '24 delete',
  '24 duplicate',
  '24 indent',
  '24 capital',
  '30 indent',
  '30 capital',
  '31 delete',
  '31 duplicate',
  '31 indent',
  '39 delete',
  '40 delete',
  '43 delete',
  '48 delete',
  '53 indent',
]);

function mutate(index: number, kind: Kind): string {
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

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The lines (1-based, in the mutated file) a message about the mutation of line `n` may stand at. */
function placesFor(n: number, kind: Kind): Set<number> {
  if (kind === 'duplicate') return new Set([n, n + 1]);
  if (kind !== 'delete') return new Set([n]);
  const places = new Set([n - 1, n]);
  // The keys the deleted line stood under: each line above it further out than the one before.
  let indent = indentOf(LINES[n - 1]!);
  for (let k = n - 2; k >= 0; k--) {
    const text = LINES[k]!;
    if (text.trim() === '' || text.trimStart().startsWith('#') || indentOf(text) >= indent) continue;
    indent = indentOf(text);
    places.add(k + 1);
  }
  return places;
}

const CASES = LINES.slice(1, -1)
  .flatMap((_, k) => KINDS.map((kind) => ({ n: k + 2, kind, text: mutate(k + 1, kind) })))
  .filter((c) => c.text !== ORIGINAL);

/** Mutations that change the meaning and get one message alone (216 of 267 before issue 22's folding). */
const ONE_MESSAGE_FLOOR = 267;

const tally = { mutations: CASES.length, silent: 0, meaningChanged: 0, atLine: 0, oneMessage: 0 };
afterAll(() => process.stdout.write(`\nslip mutations: ${JSON.stringify(tally)}\n`));

describe('every mutation of a valid plan, line by line', () => {
  it.each(CASES)('$kind line $n: the first message at the line, with a hint and plain words', async ({ n, kind, text }) => {
    const diagnostics = (await diagnoseWestbrook(FILE, text)).filter((d) => d.file.endsWith(FILE));
    const name = `${n} ${kind}`;
    if (diagnostics.length === 0) {
      tally.silent++;
      expect(SILENT, `${name} became silent`).toContain(name);
      return;
    }
    expect(SILENT, `${name} is no longer silent: remove it from SILENT`).not.toContain(name);
    tally.meaningChanged++;
    for (const d of diagnostics) {
      expect(d.hint, `${name}: ${d.message}`).toBeTruthy();
      expect(`${d.message} ${d.hint}`).not.toMatch(JARGON);
    }
    const first = diagnostics[0]!;
    const deletedKey = /^\s*(?:- )?([\w-]+):/.exec(LINES[n - 1]!)?.[1];
    const atLine =
      placesFor(n, kind).has(first.line) || (kind === 'delete' && deletedKey !== undefined && first.message.includes(deletedKey));
    if (atLine) tally.atLine++;
    if (diagnostics.length === 1) tally.oneMessage++;
    expect(first.line, `${name}: ${first.code}: ${first.message}`).toSatisfy(() => atLine);
  });

  // Runs after the mutations above (vitest runs a file's tests in order): the consequences of a slip
  // are folded into its message, so most mutations give one message; fewer fails, as a regression.
  it(`gives one message alone for at least ${ONE_MESSAGE_FLOOR} of the mutations`, () => {
    expect(tally.meaningChanged).toBe(CASES.length - SILENT.size);
    expect(tally.oneMessage).toBeGreaterThanOrEqual(ONE_MESSAGE_FLOOR);
  });
});
