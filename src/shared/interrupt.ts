/**
 * Ctrl-C, a kill or a closed terminal must end plan at once, in every phase: also while it computes
 * for seconds (a big import or report), when no JavaScript can run to handle a signal. So plan handles
 * those signals itself only while something must be undone first (a write in progress, LibreOffice
 * running with its temporary folder). That work waits on the disk or on a child process, so the event
 * loop turns and the handler in src/index.ts runs at once. The rest of the time no handler is set, and
 * the operating system's default ends the process immediately (a plans-folder lock left that way is
 * taken over by the next run, see plans-lock.ts).
 */

import { AsyncLocalStorage } from 'node:async_hooks';

type Undo = () => unknown;

/**
 * What one run of plan must undo on a signal, with how many holders each has, and who is told when
 * there starts or stops being something (src/index.ts, which sets the signal handlers). runCli makes
 * one per run, or is given the process's by src/index.ts: two runs in one process (the tests) never
 * see each other's.
 */
export class Interrupts {
  private readonly undos = new Map<Undo, number>();
  private readonly lastly = new Map<Undo, () => void>();
  private readonly watchers = new Set<(armed: boolean) => void>();

  /** Told when plan starts (true) and stops (false) needing to undo something on a signal. */
  watch(watcher: (armed: boolean) => void): void {
    this.watchers.add(watcher);
  }

  /**
   * Until the returned function is called, a signal runs `undo` (once) before plan ends. `now`, if
   * given, is what to do at once, without waiting, should plan have to end before `undo` has finished.
   */
  hold(undo: Undo, now?: () => void): () => void {
    const armedBefore = this.undos.size > 0;
    this.undos.set(undo, (this.undos.get(undo) ?? 0) + 1);
    if (now) this.lastly.set(undo, now);
    if (!armedBefore) for (const watcher of this.watchers) watcher(true);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.undos.get(undo) ?? 1) - 1;
      if (left > 0) this.undos.set(undo, left);
      else {
        this.undos.delete(undo);
        this.lastly.delete(undo);
      }
      if (this.undos.size === 0) for (const watcher of this.watchers) watcher(false);
    };
  }

  /** Run every undo now (a signal came); resolves with how many there were, once all have finished. */
  async undoAll(): Promise<number> {
    const all = [...this.undos.keys()];
    await Promise.allSettled(all.map(async (undo) => undo()));
    return all.length;
  }

  /** Plan must end now, with undos still running: do at once what each said to do in that case. */
  undoNow(): void {
    for (const now of this.lastly.values()) {
      try {
        now();
      } catch {
        // Ending anyway: the next run removes what is left (write-file.ts).
      }
    }
  }

  /** Do `work` as this run: every holdInterrupts in it, however deep, holds here. */
  run<T>(work: () => T): T {
    return thisRun.run(this, work);
  }
}

/**
 * Which run the code now running belongs to, so that the writes deep down need not be handed it through
 * every command. It holds no state of its own: each run's Interrupts lives as long as that run.
 */
const thisRun = new AsyncLocalStorage<Interrupts>();

/** The run's Interrupts; outside a run (a test calling a write directly), a new one nothing watches. */
function current(): Interrupts {
  return thisRun.getStore() ?? new Interrupts();
}

/** Until the returned function is called, a signal runs `undo` (once) before this run of plan ends. */
export function holdInterrupts(undo: Undo, now?: () => void): () => void {
  return current().hold(undo, now);
}

/** Run every undo of this run now; resolves with how many there were, once all have finished. */
export function undoAll(): Promise<number> {
  return current().undoAll();
}
