import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeYamlError } from '../src/input/yaml-errors.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { cases } from './bad-input-cases.js';
import { makeFixture, PARSER_WORDS, ROOT } from './helpers.js';

/**
 * No message or hint shown to an officer uses the YAML parser's vocabulary ("implicit key", "mapping",
 * "compact", "block sequence", "scalar", "flow"). The mistake corpus checks its own messages
 * (mistakes.test.ts), and hostile.test.ts those of the hostile files; this file checks every other source.
 */

// Every code the yaml library can report (its ErrorCode type, in yaml/dist/errors.d.ts).
const YAML_ERROR_CODES = [
  ...readFileSync(join(ROOT, 'node_modules', 'yaml', 'dist', 'errors.d.ts'), 'utf8').matchAll(/'([A-Z_0-9]+)'/g),
].map((m) => m[1]!);

describe('plain words, never the parser vocabulary', () => {
  it('knows every error code of the yaml library', () => {
    expect(YAML_ERROR_CODES.length).toBeGreaterThan(15);
    for (const code of YAML_ERROR_CODES) {
      for (const message of [
        'Missing closing "quote',
        'Missing , or : between flow map items',
        'Implicit keys need to be on a single line',
      ]) {
        const plain = describeYamlError(code, message);
        expect(`${plain.message} ${plain.hint}`).not.toMatch(PARSER_WORDS);
        expect(plain.message.length).toBeGreaterThan(10);
      }
    }
  });

  // The hostile files' messages are checked where they are read, in hostile.test.ts.
  it.each(cases.map((c) => ({ name: c.name, files: c.files })))('says "$name" in plain words', async ({ files }) => {
    const fixture = makeFixture(files);
    try {
      const { diagnostics } = await loadPlan({ plansDir: 'plans', cwd: fixture.root, quarter: 'Q3' });
      for (const d of diagnostics) expect(`${d.message} | ${d.hint ?? ''}`).not.toMatch(PARSER_WORDS);
    } finally {
      fixture.cleanup();
    }
  });

  it('has no parser vocabulary in any sentence of the source', () => {
    const found: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.c?ts$/.test(entry.name)) {
          // Comments are for programmers; strings are what people read.
          const code = readFileSync(path, 'utf8')
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
          for (const m of code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)) {
            // Sentences only: a literal with a space in it. Single words are identifiers and node kinds.
            if (/\s/.test(m[0]) && PARSER_WORDS.test(m[0])) found.push(`${path}: ${m[0].slice(0, 120)}`);
          }
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(found).toEqual([]);
  });
});
