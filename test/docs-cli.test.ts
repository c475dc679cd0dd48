import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runPlanInProcess, tempFolders } from './helpers.js';

/**
 * The docs stay true to the program: docs/cli.md is made from the commands' own help, every section a
 * help text or message sends the officer to exists, every link between the pages lands on a heading,
 * and every help screen fits an 80-column terminal.
 */
const temp = tempFolders('plan-docs-');
afterAll(temp.removeAll);

const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
/** Every command \`plan --help\` lists (but help), read from it so that a new command is never left out. */
async function commands(): Promise<string[]> {
  const help = (await runPlanInProcess(['--help'], { cwd: ROOT })).stdout;
  const listed = help.slice(help.indexOf('Commands:'), help.indexOf('\n\n', help.indexOf('Commands:')));
  return [...listed.matchAll(/^ {2}([a-z][a-z-]*)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
}

/** The headings of a page, as written (backticks dropped), outside code blocks. */
function headingsOf(page: string): string[] {
  const text = readFileSync(join(ROOT, page), 'utf8').replace(/^ *```[\s\S]*?^ *```/gm, '');
  return [...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1]!.replace(/`/g, '').trim());
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slugOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.c?ts$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('docs/cli.md', () => {
  it("is the commands' own --help, up to date (npm run docs)", async () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'build', 'docs-cli.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const page = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');
    const listed = await commands();
    expect(listed).toContain('preview');
    for (const command of listed)
      expect(page).toContain((await runPlanInProcess([command, '--help'], { cwd: temp.make() })).stdout.trimEnd());
  });

  it('is found stale when a help text changes', () => {
    const stale = join(temp.make(), 'cli.md');
    writeFileSync(stale, readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8').replace('start a new plan for your councils', 'start'));
    const check = spawnSync(process.execPath, [join(ROOT, 'build', 'docs-cli.mjs'), '--check', '--file', stale], { encoding: 'utf8' });
    expect(check.stderr).toContain('is out of date: run npm run docs');
    expect(check.status).toBe(1);
  });
});

describe('pointers into the docs', () => {
  it('every section a help text or message names exists in the page it names', () => {
    const pointers: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\\?"([^"\\]+)\\?" in (?:plan's )?(README\.md|docs\/[a-z-]+\.md)/g)) pointers.push(`${m[2]}#${m[1]}`);
      for (const m of text.matchAll(/README \\?"([^"\\]+)\\?"/g)) pointers.push(`README.md#${m[1]}`);
    }
    expect(pointers.length).toBeGreaterThan(4);
    const missing = pointers.filter((p) => {
      const [page, section] = p.split('#') as [string, string];
      return !existsSync(join(ROOT, page)) || !headingsOf(page).includes(section);
    });
    expect(missing).toEqual([]);
  });

  it('every link between the pages lands on a page and a heading that exist', () => {
    const broken: string[] = [];
    let links = 0;
    for (const page of PAGES) {
      // Links in code (blocks and `spans`) are examples, not links.
      const text = readFileSync(join(ROOT, page), 'utf8')
        .replace(/^ *```[\s\S]*?^ *```/gm, '')
        .replace(/`[^`\n]*`/g, '');
      const folder = page.includes('/') ? 'docs' : '';
      for (const m of text.matchAll(/\]\(((?!https?:)[^)#\s]*)(?:#([^)\s]+))?\)/g)) {
        links++;
        const target = m[1] ? join(folder, m[1]) : page;
        if (!existsSync(join(ROOT, target))) broken.push(`${page}: ${m[0]}`);
        else if (m[2] && target.endsWith('.md') && !headingsOf(target).map(slugOf).includes(m[2])) broken.push(`${page}: ${m[0]}`);
      }
    }
    expect(links).toBeGreaterThan(5);
    expect(broken).toEqual([]);
  });
});

describe('help', () => {
  it('fits in 80 columns, for plan and every command', async () => {
    const cwd = temp.make();
    for (const args of [[], ...(await commands()).map((c) => [c])]) {
      const help = (await runPlanInProcess([...args, '--help'], { cwd })).stdout;
      expect(
        help.split('\n').filter((line) => line.length > 80),
        `plan ${args.join(' ')} --help`,
      ).toEqual([]);
    }
  });

  it("says each option's default once", async () => {
    const cwd = temp.make();
    for (const args of [[], ...(await commands()).map((c) => [c])]) {
      const help = (await runPlanInProcess([...args, '--help'], { cwd })).stdout;
      // An option's text runs from its "-" at the start of a line to the next one.
      const options = help.split(/\n(?= {2}-)/).map((o) => o.replace(/\s+/g, ' '));
      expect(
        options.filter((o) => (o.match(/\bdefault\b(?!\.)/gi) ?? []).length > 1),
        `plan ${args.join(' ')} --help`,
      ).toEqual([]);
    }
  });
});
