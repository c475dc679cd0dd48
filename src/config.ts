import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readRegularFile } from './shared/read-regular.js';

/**
 * A project's own defaults, so daily commands need no flags: `plan.config.yaml` in the folder plan is
 * run from, or a `"plan"` key in its package.json. Paths are relative to that folder. Flags given on the
 * command line always win. A mistake in the file stops plan (exit 2) with file:line:col and a fix.
 */
export interface ProjectConfig {
  /** The plans folder. */
  plans?: string;
  /** The folder reports are written to. */
  out?: string;
  /** The report template (YAML). */
  template?: string;
  /** Where the settings came from, for messages: "plan.config.yaml" or "package.json". */
  source?: string;
}

export const CONFIG_FILE = 'plan.config.yaml';

/**
 * Whether the folder has settings for plan, found cheaply (no YAML or schema library is loaded for a
 * folder without them, so `plan --help` stays fast): plan.config.yaml, or package.json with "plan".
 */
export function hasProjectConfig(cwd: string): boolean {
  if (existsSync(join(cwd, CONFIG_FILE))) return true;
  try {
    // Never waits: a named pipe called package.json is not read (plan --version must answer).
    const pkg = JSON.parse(readRegularFile(join(cwd, 'package.json'), 1024 * 1024).toString('utf8')) as unknown;
    return pkg !== null && typeof pkg === 'object' && 'plan' in pkg;
  } catch {
    return false;
  }
}
