import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Notices saves to the plan files, the settings and the template. It compares, a few times a second, the
 * names, sizes and times of those files: unlike fs.watch this works the same on network shares and
 * synced folders, survives the plans folder being deleted and made again, and needs no handle per file.
 * A save that writes twice (editors often write, then rename) is seen as one change: the callback runs
 * once the files have stayed the same for `quietMs`.
 */

const POLL_MS = 150;

/** What the watched paths look like now; a missing folder or file is part of it too. */
function signature(folders: readonly string[], files: readonly string[]): string {
  const parts: string[] = [];
  const stamp = (path: string) => {
    try {
      const s = statSync(path);
      parts.push(`${path}:${s.size}:${s.mtimeMs}`);
    } catch (error) {
      parts.push(`${path}:${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
  };
  for (const folder of folders) {
    try {
      for (const name of readdirSync(folder).sort()) if (/\.ya?ml$/i.test(name)) stamp(join(folder, name));
    } catch (error) {
      parts.push(`${folder}:${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
    }
  }
  for (const file of files) stamp(file);
  return parts.join('\n');
}

export function watchFiles(folders: readonly string[], files: readonly string[], onChange: () => void, quietMs = 120): () => void {
  let seen = signature(folders, files);
  let settling: NodeJS.Timeout | undefined;
  const poll = setInterval(() => {
    const now = signature(folders, files);
    if (now === seen) return;
    seen = now;
    clearTimeout(settling);
    settling = setTimeout(onChange, quietMs);
  }, POLL_MS);
  return () => {
    clearInterval(poll);
    clearTimeout(settling);
  };
}
