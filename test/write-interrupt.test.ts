import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Interrupts } from '../src/shared/interrupt.js';
import { writeFileAtomic } from '../src/shared/write-file.js';

/**
 * A signal during a write whose disk is slow to answer (a loaded machine, a network drive): plan ends
 * within a second of the signal whatever the disk does, so the temporary file must be gone at once,
 * not only when the write's own steps get round to it. Here the flush to disk never answers until the
 * test lets it.
 */

const gate = vi.hoisted(() => ({ release: (): void => undefined, reached: (): void => undefined }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    open: (async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        gate.reached();
        await new Promise<void>((done) => {
          gate.release = done;
        });
        return sync();
      };
      return handle;
    }) as typeof fs.open,
  };
});

const dir = mkdtempSync(join(tmpdir(), 'plan-write-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a signal while the disk is slow', () => {
  it('removes the temporary file at once and keeps the previous file', async () => {
    const target = join(dir, 'report.docx');
    writeFileSync(target, 'the previous report');
    const atSync = new Promise<void>((done) => {
      gate.reached = done;
    });
    // The write runs as one run of plan, as runCli runs a command; the signal undoes that run's writes.
    const run = new Interrupts();
    const write = run.run(() => writeFileAtomic(target, 'the new report, never finished'));
    const outcome = write.then(
      () => 'written',
      (error: Error) => error.message,
    );
    await atSync;
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toHaveLength(1);

    const undone = run.undoAll();
    // The write is still waiting on the disk, and its temporary file is already gone.
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    gate.release();
    await undone;
    expect(await outcome).toBe('interrupted');
    expect(readFileSync(target, 'utf8')).toBe('the previous report');
    expect(readdirSync(dir)).toEqual(['report.docx']);
    expect(existsSync(target)).toBe(true);
  });

  it('when plan must end before the write has stopped, removes the temporary file without waiting', async () => {
    const target = join(dir, 'plan.docx');
    writeFileSync(target, 'the previous plan');
    const atSync = new Promise<void>((done) => {
      gate.reached = done;
    });
    const run = new Interrupts();
    const outcome = run
      .run(() => writeFileAtomic(target, 'never finished'))
      .then(
        () => 'written',
        (error: NodeJS.ErrnoException) => error.code,
      );
    await atSync;
    expect(readdirSync(dir).filter((name) => name.startsWith('.plan.docx.'))).toHaveLength(1);

    // src/index.ts does this when the undo has not finished within its second, just before it exits.
    run.undoNow();
    expect(readdirSync(dir).filter((name) => name.startsWith('.plan.docx.'))).toEqual([]);

    gate.release();
    // The process would have ended; here the write goes on and finds its temporary file gone.
    expect(await outcome).toBe('ENOENT');
    expect(readFileSync(target, 'utf8')).toBe('the previous plan');
  });
});
