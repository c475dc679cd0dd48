import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run docs`: write docs/cli.md, the reference of every command and flag, from the commands' own
 * --help (the commander definitions in src/commands/<name>/index.ts), so it cannot drift from them.
 * With --check, write nothing and exit 1 when docs/cli.md (or --file <path>) is out of date
 * (test/docs-cli.test.ts).
 * It runs the built plan (dist/) in an empty folder, so that no plan.config.yaml changes the defaults.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fileFlag = process.argv.indexOf('--file');
const target = fileFlag > 0 ? process.argv[fileFlag + 1] : join(root, 'docs', 'cli.md');
const scratch = mkdtempSync(join(tmpdir(), 'plan-docs-'));
const help = (args) => {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'bin.cjs'), ...args, '--help'], {
    cwd: scratch,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', COLUMNS: '100' },
  });
  if (r.status !== 0) throw new Error(`plan ${args.join(' ')} --help failed: ${r.stderr}`);
  return r.stdout.trimEnd();
};

try {
  const top = help([]);
  const commands = [
    ...top
      .split('\nCommands:\n')[1]
      .split('\n\n')[0]
      .matchAll(/^ {2}([a-z-]+) /gm),
  ]
    .map((m) => m[1])
    .filter((c) => c !== 'help');
  const page = [
    '# Command reference',
    '',
    "<!-- Made by `npm run docs` from the commands' own --help; do not edit: test/docs-cli.test.ts fails when it is stale. -->",
    '',
    'Every command and flag, as `plan <command> --help` prints them. What each command does, in more',
    'words, is in [commands.md](commands.md).',
    '',
    `Commands: ${commands.map((c) => `[${c}](#plan-${c})`).join(', ')}.`,
    '',
    '## plan',
    '',
    '```text',
    top,
    '```',
    ...commands.flatMap((c) => ['', `## plan ${c}`, '', '```text', help([c]), '```']),
    '',
  ].join('\n');
  const current = (() => {
    try {
      return readFileSync(target, 'utf8');
    } catch {
      return undefined;
    }
  })();
  if (process.argv.includes('--check')) {
    if (current !== page) {
      process.stderr.write('docs/cli.md is out of date: run npm run docs\n');
      process.exitCode = 1;
    }
  } else if (current !== page) {
    writeFileSync(target, page);
    process.stderr.write('wrote docs/cli.md\n');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
