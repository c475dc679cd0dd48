import type { Command } from 'commander';
import type { ExitCode } from '../errors.js';

/**
 * How a command's action hands its exit code to runCli (src/cli.ts): commander ignores what an action
 * returns, so the action records it on the program here, and runCli reads it once the command is done.
 */
const codes = new WeakMap<Command, ExitCode>();

function programOf(command: Command): Command {
  let top = command;
  while (top.parent) top = top.parent;
  return top;
}

export function finish(command: Command, code: ExitCode): void {
  codes.set(programOf(command), code);
}

export function exitCodeOf(program: Command): ExitCode {
  return codes.get(program) ?? 0;
}
