import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STAMP, sourceHash } from '../build/source-hash.mjs';
import { ROOT, tempFolders } from './helpers.js';

const temp = tempFolders('plan-build-');
afterAll(temp.removeAll);

describe('the tests never run an old build', () => {
  it('dist/ is stamped with the hash of the source it was built from, and that is the source as it is now', () => {
    expect(readFileSync(join(ROOT, STAMP), 'utf8').trim()).toBe(sourceHash(ROOT));
  });

  it('the hash changes when a source file or a template changes, or a file is added', () => {
    const root = temp.make();
    mkdirSync(join(root, 'src'));
    mkdirSync(join(root, 'templates'));
    writeFileSync(join(root, 'src', 'a.ts'), "export const message = 'old';\n");
    writeFileSync(join(root, 'templates', 'default.yaml'), 'font: Arial\n');
    const first = sourceHash(root);
    expect(sourceHash(root)).toBe(first);
    writeFileSync(join(root, 'src', 'a.ts'), "export const message = 'new';\n");
    const second = sourceHash(root);
    expect(second).not.toBe(first);
    writeFileSync(join(root, 'templates', 'default.yaml'), 'font: Calibri\n');
    const third = sourceHash(root);
    expect(third).not.toBe(second);
    writeFileSync(join(root, 'src', 'b.ts'), '');
    expect(sourceHash(root)).not.toBe(third);
  });
});
