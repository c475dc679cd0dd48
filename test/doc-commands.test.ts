import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runPlan, tempFolders } from './helpers.js';

/**
 * Doc-tests: every shell command shown in README.md and docs/*.md (code blocks marked sh, bash, shell,
 * console or powershell) is run here, in the order the page shows them, so that none goes stale. Each
 * page runs in its own copy of this checkout; `plan` and `npx --no-install plan` are the built command;
 * `cd` moves on for the commands after it, as in a terminal. A page opts a block out only with a reason:
 *
 *   <!-- doc-test: skip why it cannot run here -->    the block is not run (the reason is printed)
 *   <!-- doc-test: exit 1 -->                         every command of the block must exit 1
 *   <!-- doc-test: exit 0,1 -->                       one code per command, in order
 *
 * A new page in docs/ is picked up without any change here. PowerShell blocks hold commands that read the
 * same in PowerShell and sh, so they run here too; one that does not is skipped, with its reason.
 */
const temp = tempFolders('plan-doc-');
afterAll(temp.removeAll);

interface Block {
  page: string;
  line: number;
  commands: string[];
  skip?: string;
  exits: number[];
}

const SHELLS = new Set(['sh', 'bash', 'shell', 'console', 'powershell', 'ps1', 'pwsh']);

/** Commands that the pages show but that another test runs, and where. */
const RUN_ELSEWHERE: Record<string, string> = {
  'npm ci && npx --no-install plan report --quarter Q3': 'test/install.test.ts runs it in a fresh copy',
  'npm ci && npm test': '.ci/run runs it in two parts; test/install.test.ts runs it in a fresh copy on the old Node',
};

/** The shell blocks of a Markdown page, with the doc-test note above each, if any. */
function shellBlocks(page: string, text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let note: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const directive = /^<!-- doc-test: (.*?) -->$/.exec(line);
    if (directive) {
      note = directive[1];
      continue;
    }
    const fence = /^```(\w*)$/.exec(line);
    if (!fence) {
      if (line !== '') note = undefined;
      continue;
    }
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== '```'; i++) body.push(lines[i]!.trim());
    if (!SHELLS.has(fence[1]!)) {
      note = undefined;
      continue;
    }
    const commands = body
      .join('\n')
      .replace(/\\\n/g, ' ')
      .split('\n')
      .map((c) => c.replace(/^\$ /, '').trim())
      .filter((c) => c !== '' && !c.startsWith('#'));
    const skip = note?.startsWith('skip') ? note.slice(4).trim() : undefined;
    const exitList = /^exit ([\d,]+)/
      .exec(note ?? '')?.[1]
      ?.split(',')
      .map(Number) ?? [0];
    const exits = exitList.length === commands.length ? exitList : commands.map(() => exitList[0]!);
    blocks.push({ page, line: start + 1, commands, exits, ...(skip !== undefined ? { skip } : {}) });
    note = undefined;
  }
  return blocks;
}

const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** A copy of this checkout: tracked and new files, nothing ignored. */
function copyOfCheckout(): string {
  const dir = temp.make();
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  for (const file of listed.stdout.split('\0').filter((f) => f && existsSync(join(ROOT, f)))) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(ROOT, file), join(dir, file));
  }
  return dir;
}

/** A folder holding a `plan` that runs the built binary. */
function planOnPath(): string {
  const bin = temp.make();
  writeFileSync(join(bin, 'plan'), `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
  chmodSync(join(bin, 'plan'), 0o755);
  return bin;
}
const PATH = `${planOnPath()}:${process.env.PATH}`;

/** Files the pages name as the officer's own, made here when a command needs them. */
const OWN_FILES: Record<string, (path: string) => void> = {
  // A Word appendix to import: the Q3 report of the shipped plan.
  'Appendix 1 Q3 2013-14.docx': (path) => {
    const out = join(temp.make(), 'report.docx');
    expect(runPlan(['report', '--plans', join(ROOT, 'plans'), '--quarter', 'Q3', '--out', out], { cwd: ROOT }).exitCode).toBe(0);
    copyFileSync(out, path);
  },
};

function runPage(page: string, blocks: Block[]): { ran: number; skipped: string[] } {
  const root = copyOfCheckout();
  let cwd = root;
  let ran = 0;
  const skipped: string[] = [];
  for (const block of blocks) {
    if (block.skip !== undefined) {
      expect(block.skip, `${page}:${block.line}: a skipped block says why`).not.toBe('');
      skipped.push(...block.commands.map((c) => `${page}:${block.line}: ${c} (${block.skip})`));
      continue;
    }
    block.commands.forEach((command, n) => {
      if (RUN_ELSEWHERE[command]) {
        skipped.push(`${page}:${block.line}: ${command} (${RUN_ELSEWHERE[command]})`);
        return;
      }
      const cd = /^cd (\S+)$/.exec(command);
      if (cd) {
        cwd = resolve(cwd, cd[1]!);
        expect(existsSync(cwd), `${page}:${block.line}: ${command}`).toBe(true);
        return;
      }
      for (const [name, make] of Object.entries(OWN_FILES))
        if (command.includes(name) && !existsSync(join(cwd, name))) make(join(cwd, name));
      const line = command.replace(/\bnpx --no-install plan\b/g, 'plan');
      const r = spawnSync('sh', ['-c', `${line} 2>&1`], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, PATH, NO_COLOR: '1', FORCE_COLOR: '0' },
        timeout: 120_000,
      });
      expect(r.status, `${page}:${block.line}: ${command}\n${r.stdout}`).toBe(block.exits[n]);
      ran++;
    });
  }
  return { ran, skipped };
}

describe('every shell command in README.md and docs/', () => {
  const totals = { ran: 0, skipped: [] as string[] };
  afterAll(() => {
    process.stdout.write(`\ndoc-tests: ${totals.ran} commands run, ${totals.skipped.length} not run here:\n`);
    for (const s of totals.skipped) process.stdout.write(`  ${s}\n`);
  });
  for (const page of PAGES) {
    const blocks = shellBlocks(page, readFileSync(join(ROOT, page), 'utf8'));
    it.runIf(blocks.length > 0)(`${page}: runs as shown`, { timeout: 300_000 }, () => {
      const { ran, skipped } = runPage(page, blocks);
      totals.ran += ran;
      totals.skipped.push(...skipped);
    });
  }

  it('finds the commands and the notes (the parser is not a no-op)', () => {
    const blocks = shellBlocks(
      'x.md',
      'a\n\n<!-- doc-test: exit 1 -->\n```sh\nplan validate \\\n  --quarter Q2\n# a comment\n$ plan report\n```\n\n```yaml\nplan: x\n```\n<!-- doc-test: skip not here -->\n   ```powershell\n   npm install -g x.tgz\n   ```\n',
    );
    expect(blocks).toEqual([
      { page: 'x.md', line: 4, commands: ['plan validate  --quarter Q2', 'plan report'], exits: [1, 1] },
      { page: 'x.md', line: 15, commands: ['npm install -g x.tgz'], exits: [0], skip: 'not here' },
    ]);
  });
});
