import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/**
 * Functions of at most 80 lines and files of at most 500 in src/, enforced by npm run lint (Biome,
 * biome.jsonc). Each case plants a file under src/ in a copy of the settings and lints it there, so
 * the project's own tree is never touched.
 */

const dir = mkdtempSync(join(tmpdir(), 'plan-sizes-'));
copyFileSync(join(ROOT, 'biome.jsonc'), join(dir, 'biome.jsonc'));
mkdirSync(join(dir, 'src'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lint(name: string, text: string): { status: number | null; output: string } {
  writeFileSync(join(dir, 'src', name), text);
  const biome = join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');
  const r = spawnSync(process.execPath, [biome, 'lint', '--colors=off', `src/${name}`], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** A function whose body, between its braces, is `lines` lines long. */
function functionOf(lines: number): string {
  const body = Array.from({ length: lines - 2 }, () => '  total += 1;');
  return ['export function counted(): number {', '  let total = 0;', ...body, '  return total;', '}', ''].join('\n');
}

/** A file of `lines` lines. */
function fileOf(lines: number): string {
  return `${Array.from({ length: lines }, (_, i) => `export const n${i} = ${i};`).join('\n')}\n`;
}

describe('size limits in src/', () => {
  it('a function of 80 lines passes; one of 81 fails lint', () => {
    expect(lint('eighty.ts', functionOf(80)).status).toBe(0);
    const over = lint('eighty-one.ts', functionOf(81));
    expect(over.status).toBe(1);
    expect(over.output).toContain('lint/complexity/noExcessiveLinesPerFunction');
  });

  it('a file of 500 lines passes; one of 501 fails lint', () => {
    expect(lint('five-hundred.ts', fileOf(500)).status).toBe(0);
    const over = lint('five-hundred-one.ts', fileOf(501));
    expect(over.status).toBe(1);
    expect(over.output).toContain('lint/style/noExcessiveLinesPerFile');
  });
});
