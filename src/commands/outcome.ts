import type { ProjectConfig } from '../config.js';
import type { ExitCode } from '../errors.js';

/**
 * One run of plan, made by runCli (src/cli.ts) and given to each command it builds: the project's
 * settings (the defaults of --plans and --template, and plan report's out folder), and the exit code
 * the command's action hands back, since commander ignores what an action returns. A new run, a new
 * object: nothing of one run is left for the next in the same process.
 */
export interface Run {
  readonly settings: ProjectConfig;
  code: ExitCode;
}
