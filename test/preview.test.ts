import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runPlan, tempFolders } from './helpers.js';

/**
 * `plan preview`, as an officer uses it: the built command started on a plan that is not the shipped
 * one, the page opened in Debian's Chromium (playwright-core, never a downloaded browser), the plan
 * files edited on disk, and the page watched as it follows. Under CI=true a missing browser fails.
 */

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => spawnSync(p, ['--version'], { stdio: 'ignore' }).status === 0,
);
const SKIP = CHROMIUM === undefined && process.env.CI !== 'true';
if (SKIP) process.stderr.write('\nSKIPPING the preview tests: no chromium (apt-get install chromium). Run bash .ci/run to install it.\n\n');

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WESTBROOK = join(ROOT, 'test', 'fixtures', 'westbrook', 'plans');
const temp = tempFolders('plan-preview-');
let browser: Browser;
let server: ChildProcess | undefined;

beforeAll(async () => {
  if (SKIP) return;
  if (!CHROMIUM) throw new Error('the preview tests need chromium (apt-get install chromium)');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
});
afterEach(() => {
  server?.kill('SIGKILL');
  server = undefined;
});
afterAll(async () => {
  await browser?.close();
  temp.removeAll();
});

/** Start `plan preview` on a copy of the Westbrook plan; resolves with its address once it prints it. */
function startPreview(
  args: string[] = [],
  prepare?: (folder: string) => void,
): Promise<{ url: string; folder: string; child: ChildProcess }> {
  const folder = temp.make();
  cpSync(WESTBROOK, join(folder, 'plans'), { recursive: true });
  prepare?.(folder);
  const child = spawn(process.execPath, [BIN, 'preview', '--plans', 'plans', ...args], {
    cwd: folder,
    env: { ...process.env, NO_COLOR: '1' },
  });
  server = child;
  return new Promise((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      if (url) done({ url, folder, child });
    });
    child.on('exit', (code) => fail(new Error(`plan preview ended with ${code} before printing its address`)));
  });
}

/** A GET with any Host header (fetch cannot set one). */
function get(url: string, host?: string): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const req = request(url, { headers: host ? { Host: host } : {} }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => {
        body += c.toString();
      });
      res.on('end', () => done({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

const section = (folder: string) => join(folder, 'plans', '2-savings.yaml');
const edit = (folder: string, from: string, to: string) => {
  const text = readFileSync(section(folder), 'utf8');
  expect(text).toContain(from);
  writeFileSync(section(folder), text.replace(from, to));
};

/** Marks the page so that a reload (which would lose the mark) can be told from an update in place. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { planMark: number }).planMark = 42;
  });
}
const stillMarked = (page: Page) => page.evaluate(() => (window as unknown as { planMark?: number }).planMark === 42);

describe.skipIf(SKIP)('plan preview, in Chromium', () => {
  it('follows an edit without reloading, shows a problem at its line, and clears it when fixed', async () => {
    const { url, folder } = await startPreview(['--quarter', 'Q2']);
    const page = await browser.newPage();
    await page.goto(url);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Q2');
    await markPage(page);

    // A narrative changed on disk appears on the page, in place.
    edit(folder, "EDC's share of the fleet contract slips to Q3.", "EDC's share of the fleet contract now lands in Q4.");
    await page.getByText('now lands in Q4').waitFor({ timeout: 15_000 });
    expect(await stillMarked(page)).toBe(true);

    // An error: the banner names the file, line and column as plan validate does, and the page stays.
    edit(folder, '          WBC: 61250', '          WBC: £61,250');
    const validate = runPlan(['validate', '--plans', 'plans'], { cwd: folder });
    expect(validate.exitCode).toBe(1);
    const where = /(plans\/2-savings\.yaml:\d+:\d+): error: ([^\n]+)/.exec(validate.stderr)!;
    expect(where, validate.stderr).not.toBeNull();
    const banner = page.locator('#plan-preview-problems');
    await banner.waitFor({ timeout: 15_000 });
    const shown = (await banner.textContent()) ?? '';
    expect(shown).toContain(where[1]!);
    expect(shown).toContain(where[2]!.trim());
    expect(await banner.locator('a').first().getAttribute('href')).toMatch(
      new RegExp(`^vscode://file/.*2-savings\\.yaml:${where[1]!.split(':')[1]}:`),
    );
    expect(await page.getByText('now lands in Q4').isVisible()).toBe(true);
    expect(await stillMarked(page)).toBe(true);

    // Fixed: the banner goes.
    edit(folder, '          WBC: £61,250', '          WBC: 61250');
    await banner.waitFor({ state: 'detached', timeout: 15_000 });
    expect(await stillMarked(page)).toBe(true);

    // The page with the preview's parts is still accessible.
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run({ runOnly: ['wcag2a', 'wcag2aa'] })).violations.map((v) => v.id);
    });
    expect(violations).toEqual([]);
  }, 120_000);

  it('switches quarters and downloads the Word file of what is shown', async () => {
    const { url } = await startPreview();
    const page = await browser.newPage();
    await page.goto(url);
    // The latest quarter the plan has is shown first.
    expect(await page.locator('h1').textContent()).toContain('Q2');
    await page.locator('#plan-preview-bar').getByRole('link', { name: 'Q1' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toContain('Q1');
    const download = await get(`${url}download/report.docx?quarter=Q1`);
    expect(download.status).toBe(200);
    expect(download.body.startsWith('PK')).toBe(true);
  }, 120_000);
});

describe('plan preview, the server', () => {
  it('serves only loopback, refuses a foreign Host header, and serves no files by path', async () => {
    const { url } = await startPreview();
    expect(url.startsWith('http://127.0.0.1:')).toBe(true);
    expect((await get(url)).status).toBe(200);
    const foreign = await get(url, 'attacker.example');
    expect(foreign.status).toBe(403);
    expect(foreign.body).not.toContain('Westbrook');
    expect((await get(`${url}plans/plan.yaml`)).status).toBe(404);
    expect((await get(`${url}../plans/plan.yaml`)).status).toBe(404);
    expect((await get(`${url}?quarter=Q9`)).status).toBe(400);
  }, 60_000);

  it('renders once for a save that writes twice, and keeps running when the plans folder goes', async () => {
    const { url, folder } = await startPreview(['--quarter', 'Q2']);
    const version = async () => Number(/data-version="(\d+)"/.exec((await get(url)).body)![1]);
    const before = await version();
    const text = readFileSync(section(folder), 'utf8');
    writeFileSync(section(folder), text.replace('slips to Q3.', 'slips to Q4.'));
    writeFileSync(section(folder), text.replace('slips to Q3.', 'slips to Q4, says the supplier.'));
    await expect.poll(async () => (await get(url)).body, { timeout: 15_000 }).toContain('says the supplier');
    expect(await version()).toBe(before + 1);

    renameSync(join(folder, 'plans'), join(folder, 'plans-moved'));
    await expect.poll(async () => (await get(url)).body, { timeout: 15_000 }).toContain('plans folder plans does not exist');
    renameSync(join(folder, 'plans-moved'), join(folder, 'plans'));
    await expect
      .poll(async () => /<section id="plan-preview-problems".*?<\/section>/s.exec((await get(url)).body)?.[0], { timeout: 15_000 })
      .toBeUndefined();
  }, 60_000);

  it('starts on a plan with errors: the problems alone, then the page once they are fixed', async () => {
    const { url, folder } = await startPreview(['--quarter', 'Q2'], (f) => edit(f, '          WBC: 61250', '          WBC: 61,250'));
    const first = (await get(url)).body;
    expect(first).toContain('plan can make the page once they are fixed');
    expect(first).toMatch(/plans\/2-savings\.yaml:\d+:\d+/);
    edit(folder, '          WBC: 61,250', '          WBC: 61250');
    await expect
      .poll(async () => (await get(url)).body, { timeout: 15_000 })
      .toContain('Deliver cashable savings through joint contracts.');
  }, 60_000);

  it("refuses last year's quarter after the year roll as plan report does, naming the archive (exit 2)", () => {
    const root = temp.make();
    cpSync(join(ROOT, 'plans'), join(root, 'plans'), { recursive: true });
    expect(runPlan(['new-quarter', 'Q4'], { cwd: root }).exitCode).toBe(0);
    expect(runPlan(['new-quarter', 'Q1', '--new-year'], { cwd: root }).exitCode).toBe(0);
    const r = runPlan(['preview', '--quarter', 'Q3'], { cwd: root });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^plan: error: no action has a Q3 update yet: the plan's last quarter of 2014\/15 is Q1\n/);
    expect(r.stderr).toContain('hint: 2013/14 is in the archive: plan preview --plans plans/archive/2013-14 --quarter Q3;');
  });

  it('stops on Ctrl-C', async () => {
    const { child } = await startPreview();
    // Ended by the signal itself (nothing to undo while serving), as a shell shows it: exit 130.
    const ended = new Promise<number | string | null>((done) => child.on('exit', (code, signal) => done(code ?? signal)));
    child.kill('SIGINT');
    expect([130, 'SIGINT']).toContain(await ended);
  }, 30_000);
});
