import type { spawn as Spawn } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * Stands in for node:child_process in the bundle (esbuild --alias, see package.json). commander
 * requires child_process when it loads, for subcommands that are separate programs, which plan does
 * not have; loading it costs about 8 ms of every start-up. This loads it on first use instead.
 */

// A name the bundler does not follow, so this really is Node's module, not this one again.
const NAME = ['node', 'child_process'].join(':');

export const spawn = ((...args: Parameters<typeof Spawn>) =>
  (createRequire(import.meta.url)(NAME) as { spawn: typeof Spawn }).spawn(...args)) as typeof Spawn;

/**
 * commander 15 imports the module's default export and calls its spawn (through the esbuild alias,
 * which knip cannot see).
 * @public
 */
export default { spawn };
