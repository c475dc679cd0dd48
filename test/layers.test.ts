import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/**
 * Imports point down the data flow: the report model (src/report) reads compute/ and plan/ and words
 * the report; the renderers (docx/, html/, data/) read the model and never each other, so none of
 * them can word a sentence the others lack.
 */

function importsOf(folder: string): Array<{ file: string; from: string }> {
  const dir = join(ROOT, 'src', folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(join(dir, file), 'utf8').matchAll(/^import [^;]*? from '([^']+)';/gms)].map((m) => ({
        file: `${folder}/${file}`,
        from: m[1]!,
      })),
    );
}

const wrongWay = (folder: string, forbidden: readonly string[]) =>
  importsOf(folder).filter(({ from }) => forbidden.some((f) => from.startsWith(`../${f}/`)));

describe('the report model and its renderers', () => {
  it('the model reads only the stages above it', () => {
    expect(wrongWay('report', ['docx', 'html', 'data', 'pdf', 'commands'])).toEqual([]);
  });

  it.each([
    ['docx', ['html', 'data', 'commands']],
    ['html', ['docx', 'data', 'commands']],
    ['data', ['docx', 'html', 'commands']],
  ])('%s/ reads the model, never another renderer', (folder, forbidden) => {
    expect(importsOf(folder).some(({ from }) => from.startsWith('../report/'))).toBe(true);
    expect(wrongWay(folder, forbidden)).toEqual([]);
  });

  it('compute/ and plan/ know nothing of the report model', () => {
    expect([...wrongWay('compute', ['report']), ...wrongWay('plan', ['report'])]).toEqual([]);
  });
});
