import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What dist/ is built from, as one hash: every file under src/, templates/ and build/, and the files
 * that decide how they are compiled. `npm run build` writes it to dist/source-hash as its last step;
 * test/build-global.ts compares it before any test runs, so the tests, which run the built bundle, never
 * test a dist/ older than the source (issue: a changed message passed its test until the build was rerun).
 */
const INPUTS = ['src', 'templates', 'build', 'package.json', 'package-lock.json', 'tsconfig.json'];

function filesUnder(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The hash of the sources of dist/, in a stable order (paths with / on every system). */
export function sourceHash(root) {
  const hash = createHash('sha256');
  const files = INPUTS.flatMap((path) => filesUnder(root, path))
    .map((file) => file.split('\\').join('/'))
    .sort();
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

export const STAMP = join('dist', 'source-hash');

/** Run as the last step of the build: stamp dist/ with the hash of what it was built from. */
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.cwd();
  writeFileSync(join(root, STAMP), `${sourceHash(root)}\n`);
}
