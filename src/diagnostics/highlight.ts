import { Chalk, type ChalkInstance } from 'chalk';

/**
 * The only module that knows about colour. Everything else asks for a meaning ("error", "path"),
 * so `NO_COLOR`, `FORCE_COLOR=0` and non-TTY output turn colour off everywhere at once.
 */
function pickLevel(stream: NodeJS.WriteStream): 0 | 1 {
  const env = process.env;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return 1;
  return stream.isTTY ? 1 : 0;
}

export interface Highlighter {
  error: (s: string) => string;
  warning: (s: string) => string;
  success: (s: string) => string;
  path: (s: string) => string;
  dim: (s: string) => string;
  strong: (s: string) => string;
  up: (s: string) => string;
  down: (s: string) => string;
}

export function createHighlighter(stream: NodeJS.WriteStream = process.stderr): Highlighter {
  const c: ChalkInstance = new Chalk({ level: pickLevel(stream) });
  return {
    error: (s) => c.red.bold(s),
    warning: (s) => c.yellow.bold(s),
    success: (s) => c.green(s),
    path: (s) => c.cyan(s),
    dim: (s) => c.dim(s),
    strong: (s) => c.bold(s),
    up: (s) => c.green(s),
    down: (s) => c.red(s),
  };
}
