import { runCli } from './cli.js';
import { EXIT } from './errors.js';
import { Interrupts } from './shared/interrupt.js';

/**
 * The entry point, and the only code that ends the process. Everything else returns an exit code
 * (runCli) or throws ExitError; here the code becomes the process's, and three things that happen to
 * the process from outside are handled: a closed or failing output stream, and Ctrl-C or a kill.
 */

/**
 * `plan diff | head` closes the pipe early: not an error, so stop quietly. Any other failure to write
 * the output (a full disk behind `> file`, /dev/full) is one line on stderr and exit 3.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout) {
      const reason = error.code === 'ENOSPC' ? 'the disk is full' : (error.code ?? error.message);
      process.stderr.write(`plan: error: cannot write the output: ${reason}\n  hint: send it somewhere with room, or to a terminal\n`);
    }
    process.exit(EXIT.write);
  });
}

/**
 * Ctrl-C or a kill while something must be undone (a write, LibreOffice): undo it (remove half-written
 * temporary files, keep the previous files), then end. The rest of the time no handler is set, so the
 * signal ends plan at once even in the middle of long work (see shared/interrupt.ts).
 */
const interrupts = new Interrupts();
const onSignal = (code: number) => () => {
  // Never wait long: whatever is being cleaned up, the run ends within a second.
  setTimeout(() => {
    interrupts.undoNow();
    process.exit(code);
  }, 900).unref();
  void interrupts.undoAll().then((stopped) => {
    process.stderr.write(`\nplan: interrupted${stopped > 0 ? '; nothing was written: every file is as it was' : ''}\n`);
    process.exit(code);
  });
};
const handlers = [
  ['SIGINT', onSignal(130)],
  ['SIGTERM', onSignal(143)],
  ['SIGHUP', onSignal(129)],
] as const;
interrupts.watch((armed) => {
  for (const [signal, handler] of handlers) {
    if (armed) process.once(signal, handler);
    else process.removeListener(signal, handler);
  }
});

void runCli(process.argv, undefined, interrupts).then((code) => {
  process.exitCode = code;
});
