import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worded as withHint } from '../src/input/zod-issues.js';
import type { AnyEntry, Group } from '../src/messages/entry.js';
import { TABLE } from '../src/messages/index.js';
import { planFileSchema, sectionFileSchema } from '../src/plan/schema.js';
import { templateSchema } from '../src/template/schema.js';
import { JARGON, ROOT } from './helpers.js';

/**
 * Every message plan prints about a plan file, and its hint, comes from one table (src/messages/),
 * read as prose in docs/messages.md (issue 22). This test says each entry at each of its examples
 * and fails on any word of a schema or a parser, or on a message with no hint; and it reads the
 * modules that find problems, and fails on a message or hint written there instead of in the table.
 */

const ENTRIES = (TABLE as readonly Group<Record<string, AnyEntry>>[]).flatMap((g) =>
  Object.entries(g.entries).flatMap(([id, e]) =>
    e.examples.map((example, k) => ({
      id: `${id}#${k + 1}`,
      wording: (e.say as unknown as (p: unknown) => Record<string, string>)(example),
    })),
  ),
);

describe('the table of messages', () => {
  it('holds the messages of every stage, from slips to rules', () => {
    const ids = new Set(ENTRIES.map((e) => e.id.replace(/#\d+$/, '')));
    for (const id of ['mistypedKey', 'thousandsDot', 'pastedUnderWrongItem', 'unknownKey', 'quarterMissing', 'figureJumps'])
      expect(ids).toContain(id);
    expect(ENTRIES.length).toBeGreaterThan(150);
  });

  it.each(ENTRIES)('$id: a hint, and no word of a schema or a parser', ({ wording }) => {
    expect(wording.hint?.trim()).toBeTruthy();
    expect(wording.hint).not.toBe(wording.message);
    for (const text of [wording.message, wording.hint, wording.fixed ?? '']) expect(text).not.toMatch(JARGON);
  });

  it('is written out as prose in docs/messages.md', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'build', 'docs-messages.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

/** The modules that find problems in plan files, templates and the settings: folders, and single files. */
const PRODUCERS = ['src/input', 'src/plan', 'src/template', 'src/commands/validate', 'src/config-load.ts'];

/** The literals of a TypeScript file with comments taken out, each with its line and what comes before it. */
function literals(source: string): Array<{ line: number; text: string; before: string }> {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/^[ \t]*\/\/.*$/gm, '');
  const out: Array<{ line: number; text: string; before: string }> = [];
  for (const m of code.matchAll(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g)) {
    const before = code.slice(Math.max(0, m.index - 200), m.index);
    out.push({ line: code.slice(0, m.index).split('\n').length, text: m[0], before });
  }
  return out;
}

const FILES = PRODUCERS.flatMap((folder) =>
  folder.endsWith('.ts')
    ? [folder]
    : readdirSync(join(ROOT, folder))
        .filter((n) => n.endsWith('.ts'))
        .map((n) => `${folder}/${n}`),
);

describe('no module that finds problems words a message itself', () => {
  /**
   * A message, hint or --fix note given as a literal, or a literal passed to diagnostic(…) as its text,
   * or to usageError(…): a command's error about the plans folder, a file named or a template.
   */
  const worded = (l: { text: string; before: string }) =>
    /\b(?:message|hint|fixed)\s*:\s*$/.test(l.before) ||
    (/(?:[dD]iagnostic|usageError)\((?:[^;{}]|\{[^}]*\})*$/.test(l.before) && /[a-z] [a-z]/i.test(l.text));
  /**
   * The settings file's problems stop the run (exit 2) instead of being listed, but they are about a
   * file's lines like the others: no words of their own there either, whether passed to usageError(…),
   * given as a schema's error, compared with or assigned to a message.
   */
  const SETTINGS = 'src/config-load.ts';
  const settingsWorded = (l: { text: string; before: string }) =>
    worded(l) ||
    (/[a-z] [a-z]/i.test(l.text) &&
      /(?:usageError\((?:[^;{}]|\{[^}]*\})*|\berror\s*:\s*|\bmessage\s*(?:={1,3}|!==?)[^;]*)$/.test(l.before));

  it.each(FILES)('%s', (file) => {
    const found = literals(readFileSync(join(ROOT, file), 'utf8'))
      .filter(file === SETTINGS ? settingsWorded : worded)
      .map((l) => `${file}:${l.line}: ${l.text}`);
    expect(found).toEqual([]);
  });

  it('finds a message written outside the table', () => {
    const sample =
      "out.push({ code: 'x', message: `the $" +
      "{q} update is empty`, hint: 'fill it' });\nf.file.diagnostic(0, 'error', 'x', 'says so', h);\n" +
      'throw usageError(`$' +
      "{name} is not a folder`, 'pass the folder');";
    expect(literals(sample).filter(worded).length).toBe(5);
  });

  it('and no literal in those modules uses a word of a schema or a parser where an officer could read it', () => {
    const found = FILES.flatMap((file) =>
      literals(readFileSync(join(ROOT, file), 'utf8'))
        .filter((l) => /[a-z] [a-z]/i.test(l.text) && JARGON.test(l.text.replace(/\$\{[^}]*\}/g, '')))
        .map((l) => `${file}:${l.line}: ${l.text}`),
    );
    expect(found).toEqual([]);
  });
});

/**
 * The messages a schema words itself (a section number, a colour, money) reach the officer only with
 * their hint: one without is dropped for a wording from the issue's structure. So every error a
 * schema gives, for every kind of wrong value, must carry its hint (issue 22: no generic "change the
 * value as the message says").
 */
describe('every message a schema words carries its own hint', () => {
  const MARK = withHint({ message: '', hint: '' });
  type Def = Record<string, unknown> & { error?: (issue: unknown) => unknown; checks?: Array<{ _zod: { def: Def } }> };
  const errors: Array<{ where: string; error: (issue: unknown) => unknown }> = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown, where: string): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const def = (node as { _zod?: { def?: Def } })._zod?.def;
    if (!def) {
      for (const [k, v] of Object.entries(node)) walk(v, `${where}.${k}`);
      return;
    }
    if (typeof def.error === 'function') errors.push({ where, error: def.error });
    for (const check of def.checks ?? [])
      if (typeof check._zod.def.error === 'function') errors.push({ where: `${where} (check)`, error: check._zod.def.error });
    for (const k of ['innerType', 'in', 'out', 'element', 'keyType', 'valueType', 'options', 'shape', 'left', 'right'])
      if (def[k] !== undefined) walk(def[k], `${where}.${k}`);
  };
  walk(sectionFileSchema, 'section');
  walk(planFileSchema, 'plan');
  walk(templateSchema, 'template');
  const PROBES = [undefined, null, 1, 8.1, -1, 1.5, 'x', '', ' ', '33%', '£75,000', 'a b', [], ['a'], {}, true];

  it('finds the errors the schemas word', () => {
    expect(errors.length).toBeGreaterThan(20);
  });

  it.each(errors)('$where', ({ error }) => {
    for (const input of PROBES) {
      const said = error({ input, code: 'invalid_type', path: [] });
      if (typeof said === 'string') expect(said, `for ${JSON.stringify(input)}`).toContain(MARK);
    }
  });
});
