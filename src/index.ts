import { handleClosedPipes, handleInterrupts, runCli } from './cli.js';

// The only place that touches the process: everything else sets exitCode or throws ExitError.
handleInterrupts();
handleClosedPipes();
void runCli(process.argv);
