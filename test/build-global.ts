import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STAMP, sourceHash } from '../build/source-hash.mjs';

/**
 * The tests run the built bundle (dist/), as officers run it. Before any test, this makes sure dist/
 * was built from the source as it is now: when the hash npm run build stamped into dist/ differs from
 * the source's, it rebuilds, and says so; a failed build fails the run. So `npx vitest run` after an
 * edit tests the edit, never an old build.
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  const stamp = join(root, STAMP);
  const built = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : undefined;
  if (built === sourceHash(root)) return;
  process.stdout.write(`dist/ ${built ? 'is older than the source' : 'has not been built'}: running npm run build first\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error('npm run build failed: the tests need a build of the current source');
}
