#!/usr/bin/env node
import { handleInterrupts, runCli } from './cli.js';

// The only place that touches the process: everything else sets exitCode or throws ExitError.
handleInterrupts();
void runCli(process.argv);
