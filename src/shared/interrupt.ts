/**
 * Ctrl-C, a kill or a closed terminal must end plan at once, in every phase: also while it computes
 * for seconds (a big import or report), when no JavaScript can run to handle a signal. So plan handles
 * those signals itself only while something must be undone first (a write in progress, LibreOffice
 * running with its temporary folder). That work waits on the disk or on a child process, so the event
 * loop turns and the handler in src/index.ts runs at once. The rest of the time no handler is set, and
 * the operating system's default ends the process immediately (a plans-folder lock left that way is
 * taken over by the next run, see plans-lock.ts).
 */

type Undo = () => unknown;

/** What to undo on a signal, with how many holders each has. */
const undos = new Map<Undo, number>();
const watchers = new Set<(armed: boolean) => void>();

/** src/index.ts: told when plan starts (true) and stops (false) needing to undo something on a signal. */
export function watchInterrupts(watcher: (armed: boolean) => void): void {
  watchers.add(watcher);
}

/** Until the returned function is called, a signal runs `undo` (once) before plan ends. */
export function holdInterrupts(undo: Undo): () => void {
  const armedBefore = undos.size > 0;
  undos.set(undo, (undos.get(undo) ?? 0) + 1);
  if (!armedBefore) for (const watcher of watchers) watcher(true);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (undos.get(undo) ?? 1) - 1;
    if (left > 0) undos.set(undo, left);
    else undos.delete(undo);
    if (undos.size === 0) for (const watcher of watchers) watcher(false);
  };
}

/** Run every undo now (a signal came); resolves with how many there were, once all have finished. */
export async function undoAll(): Promise<number> {
  const all = [...undos.keys()];
  await Promise.allSettled(all.map(async (undo) => undo()));
  return all.length;
}
