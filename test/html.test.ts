import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../src/shared/contrast.js';
import { accessibilityProblems, htmlOutline } from './accessibility.js';
import { BASE_FILES, makeFixture, ROOT, runPlanInProcess, SHIPPED_PLANS } from './helpers.js';

/**
 * The web page, checked in a real browser: Debian's Chromium, driven by playwright-core (never a
 * downloaded browser), with axe-core run on the page. .ci/run installs chromium; under CI=true a
 * missing browser fails these tests rather than skip them.
 */

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => spawnSync(p, ['--version'], { stdio: 'ignore' }).status === 0,
);
const SKIP = CHROMIUM === undefined && process.env.CI !== 'true';
if (SKIP) process.stderr.write('\nSKIPPING the browser tests: no chromium (apt-get install chromium). Run bash .ci/run to install it.\n\n');

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'plan-html-'));
let browser: Browser;

beforeAll(async () => {
  if (SKIP) return;
  if (!CHROMIUM) throw new Error('the browser tests need chromium (apt-get install chromium)');
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * The pages written so far, by plans folder and quarter: several tests open the same page (the shipped
 * plan at Q3), which is written once, in this process.
 */
const written = new Map<string, string>();

/** Write the page for a plan (once) and open it in Chromium. */
async function openReport(plans: string, quarter: string, name: string, viewport?: { width: number; height: number }) {
  // A plans folder a test changes is written under the test's own name each time.
  const key = plans === SHIPPED_PLANS ? `${plans}|${quarter}` : `${plans}|${quarter}|${name}`;
  let out = written.get(key);
  if (out === undefined) {
    out = join(dir, `${name}.html`);
    const r = await runPlanInProcess(['report', '--plans', plans, '--quarter', quarter, '--format', 'html', '--out', out], { cwd: dir });
    expect(r.exitCode, r.stderr).toBe(0);
    written.set(key, out);
  }
  const page = await browser.newPage(viewport ? { viewport } : {});
  await page.goto(pathToFileURL(out).href);
  return { page, out };
}

/** axe-core's violations on an open page, for WCAG 2.2 AA and best practice. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations;
  })) as Array<{ id: string; nodes: unknown[] }>;
  return violations.map((v) => `${v.id} (${v.nodes.length})`);
}

describe.skipIf(SKIP)('the report as a web page, in Chromium with axe-core', () => {
  it('has no accessibility violations for the shipped plan', async () => {
    const { page } = await openReport(SHIPPED_PLANS, 'Q3', 'shipped');
    expect(await axeViolations(page)).toEqual([]);
    // The checks the .docx and the PDF share, on the page as the browser shows it.
    const outline = await htmlOutline(page);
    expect(accessibilityProblems(outline)).toEqual([]);
    expect(outline.tables.length).toBeGreaterThanOrEqual(10);
    expect(outline.colours.length).toBeGreaterThan(50);
    // Each target's chart is inline SVG, named by its title and described with every figure.
    expect(outline.figures).toEqual([
      'Cost and efficiency savings: achieved against target, end of Q3',
      'Departmental salary cost recovered: identified against target, end of Q3',
    ]);
    expect(await page.locator('svg.chart desc').first().textContent()).toBe(
      'Cherwell District Council: £53,726 achieved of a £75,000 target (£56,250 expected by end of Q3). South Northamptonshire Council: £26,796 achieved of a £50,000 target (£37,500 expected by end of Q3).',
    );
    expect(await page.locator('svg.chart text', { hasText: '£53,726' }).count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('en-GB');
    expect(await page.title()).toBe('Joint Procurement Action Plan 2013/14 Q3 Update – Appendix 1');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h2').allTextContents()).toContain('8.2 Value for Money and Transparency');
    expect(await page.locator('table caption').count()).toBe(await page.locator('table').count());
    expect(await page.locator('th[scope]').count()).toBeGreaterThan(20);
    await page.close();
  }, 60_000);

  it('has no accessibility violations for the three-council plan, with lists, links and RAG in words', async () => {
    const plans = join(dir, 'westbrook');
    cpSync(join(ROOT, 'test', 'fixtures', 'westbrook', 'plans'), plans, { recursive: true });
    const { page } = await openReport(plans, 'Q2', 'westbrook');
    expect(await axeViolations(page)).toEqual([]);
    expect(accessibilityProblems(await htmlOutline(page))).toEqual([]);
    expect(await page.locator('ul li').allTextContents()).toEqual(expect.arrayContaining(['WBC 21', 'NDC 15', 'EDC 10']));
    expect(await page.locator('a[href="https://www.westbrook.gov.uk/procurement"]').count()).toBe(1);
    expect(await page.locator('text=RAG: Red').first().isVisible()).toBe(true);
    if (process.env.PLAN_SCREENSHOT) await page.screenshot({ path: process.env.PLAN_SCREENSHOT });
    await page.close();
  }, 60_000);

  it('can fail: axe finds the faults of a page made badly on purpose', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<html><body><p style="color:#aaa;background:#fff">faint</p><img src="x.png"><table><tr><td>a</td></tr></table></body></html>',
    );
    await page.addScriptTag({ content: AXE });
    const ids = (await page.evaluate(async () =>
      (
        await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string }> }> } }).axe.run()
      ).violations.map((v) => v.id),
    )) as string[];
    expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'color-contrast', 'image-alt']));
    await page.close();
  }, 60_000);

  it('fits a 320 px wide screen: wide tables scroll in a labelled region of their own, long addresses break', async () => {
    const plans = join(dir, 'narrow-plans');
    cpSync(join(ROOT, 'test', 'fixtures', 'westbrook', 'plans'), plans, { recursive: true });
    // An address far wider than the screen, in a narrative.
    const file = join(plans, '3-local-suppliers.yaml');
    const line = 'narrative: Added at the July board after the Social Value Act review.';
    const long = 'https://www.westbrook.gov.uk/procurement/social-value/policy-consultation-responses-2015-final-version';
    writeFileSync(file, readFileSync(file, 'utf8').replace(line, `${line} See ${long}`));
    const { page } = await openReport(plans, 'Q2', 'narrow', { width: 320, height: 800 });
    expect(await axeViolations(page)).toEqual([]);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(clientWidth).toBe(320);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    // The summary tables are wider than the screen: each scrolls inside a region a keyboard can reach, named by its caption.
    const regions = await page.evaluate(() =>
      [...document.querySelectorAll('table')].map((t) => {
        const region = t.parentElement!;
        return {
          scrolls: region.scrollWidth > region.clientWidth,
          role: region.getAttribute('role'),
          tabindex: region.getAttribute('tabindex'),
          name: document.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent ?? '',
          caption: t.caption?.textContent ?? '',
        };
      }),
    );
    expect(regions.filter((r) => r.scrolls).length).toBeGreaterThanOrEqual(2);
    for (const r of regions.filter((x) => x.scrolls)) expect(r).toMatchObject({ role: 'region', tabindex: '0', name: r.caption });
    // The long address wraps within the page.
    const link = page.locator(`a[href="${long}"]`);
    const box = (await link.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await page.close();
  }, 60_000);

  it('right-aligns money in tabular figures', async () => {
    const { page } = await openReport(SHIPPED_PLANS, 'Q3', 'money');
    const cells = await page.evaluate(() =>
      [...document.querySelectorAll('td')]
        .filter((td) => /^[–+]?£[\d,]+$|^\d+%$/.test(td.textContent?.trim() ?? ''))
        .map((td) => ({ text: td.textContent, align: getComputedStyle(td).textAlign, figures: getComputedStyle(td).fontVariantNumeric })),
    );
    expect(cells.length).toBeGreaterThanOrEqual(30);
    for (const c of cells) expect(c, c.text ?? '').toMatchObject({ align: 'right', figures: 'tabular-nums' });
    await page.close();
  }, 60_000);

  it.each(['light', 'dark'] as const)(
    'draws each chart legibly in forced colours (%s), with a scale',
    async (colorScheme) => {
      const { page } = await openReport(SHIPPED_PLANS, 'Q3', `forced-${colorScheme}`);
      await page.emulateMedia({ forcedColors: 'active', colorScheme });
      const charts = await page.evaluate(() => {
        const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
        return [...document.querySelectorAll('svg.chart')].map((svg) => ({
          canvas: rgba(getComputedStyle(document.body).backgroundColor),
          texts: [...svg.querySelectorAll('text')].map((t) => rgba(getComputedStyle(t).fill)),
          bars: [...svg.querySelectorAll('rect')].map((r) => ({
            series: r.getAttribute('class'),
            fill: rgba(getComputedStyle(r).fill),
            stroke: getComputedStyle(r).stroke === 'none' ? undefined : rgba(getComputedStyle(r).stroke),
          })),
          ticks: [...svg.querySelectorAll('text.tick')].map((t) => t.textContent ?? ''),
          amounts: [...svg.querySelectorAll('text:not(.tick)')].map((t) => t.textContent ?? '').filter((t) => t.startsWith('£')),
        }));
      });
      expect(charts).toHaveLength(2);
      // A colour with alpha, as the reader sees it over the page (six-digit hex).
      const hex = (c: number[], under: number[]) =>
        [0, 1, 2]
          .map((i) =>
            Math.round(c[i]! * (c[3] ?? 1) + under[i]! * (1 - (c[3] ?? 1)))
              .toString(16)
              .padStart(2, '0'),
          )
          .join('');
      const ratios: Record<string, number> = {};
      for (const chart of charts) {
        const canvas = hex(chart.canvas, [255, 255, 255]);
        // The system's own background: white in the light scheme, black in the dark.
        expect(canvas).toBe(colorScheme === 'light' ? 'ffffff' : '000000');
        expect(chart.texts.length).toBeGreaterThan(10);
        for (const t of chart.texts) expect(contrastRatio(hex(t, chart.canvas), canvas)).toBeGreaterThanOrEqual(4.5);
        for (const bar of chart.bars) {
          // A bar is seen by its fill, or by its outline where it is filled with the background.
          const fill = hex(bar.fill, chart.canvas);
          const seen = fill === canvas && bar.stroke ? hex(bar.stroke, chart.canvas) : fill;
          ratios[bar.series!] = contrastRatio(seen, canvas);
          expect(ratios[bar.series!], `${bar.series} bar`).toBeGreaterThanOrEqual(3);
        }
        // The three series stay apart: each drawn differently.
        const looks = new Set(chart.bars.map((b) => `${b.fill.join()}/${b.stroke?.join() ?? ''}`));
        expect(looks.size).toBe(3);
        // A scale: tick amounts from £0, evenly spaced, reaching past the largest bar.
        const ticks = chart.ticks.map((t) => Number(t.replace(/[£,]/g, '')));
        expect(ticks.length).toBeGreaterThanOrEqual(3);
        expect(ticks[0]).toBe(0);
        for (let i = 2; i < ticks.length; i++) expect(ticks[i]! - ticks[i - 1]!).toBe(ticks[1]! - ticks[0]!);
        expect(Math.max(...ticks)).toBeGreaterThanOrEqual(Math.max(...chart.amounts.map((a) => Number(a.replace(/[£,]/g, '')))));
      }
      process.stdout.write(`forced colours (${colorScheme}): bars ${JSON.stringify(ratios)}\n`);
      await page.close();
    },
    60_000,
  );

  it('never leaves a heading at the foot of a printed page', async () => {
    const { page } = await openReport(SHIPPED_PLANS, 'Q3', 'print-headings');
    const path = join(dir, 'print-headings.pdf');
    await page.pdf({ path, preferCSSPageSize: true });
    // Each heading with the first words of what follows it: the next heading, or its table's first row.
    const pairs = await page.evaluate(() =>
      [...document.querySelectorAll('h2, h3')].map((h) => {
        const section = h.closest('section')!;
        const after = [...section.querySelectorAll('h3, tbody tr')].find(
          (e) => e !== h && h.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
        // The first words of the row's first cell (pdftotext reads a row's cells side by side).
        const first = after?.matches('tr') ? after.querySelector('th, td') : after;
        const walker = document.createTreeWalker(first ?? h, NodeFilter.SHOW_TEXT);
        let line = '';
        while (!line && walker.nextNode()) line = walker.currentNode.textContent?.trim() ?? '';
        return { heading: h.textContent!.trim(), next: line.split(/\s+/).slice(0, 3).join(' ') };
      }),
    );
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
    const texts = Array.from({ length: pages }, (_, i) =>
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    );
    for (const { heading, next } of pairs) {
      const at = texts.findIndex((t) => t.includes(heading));
      expect(at, heading).toBeGreaterThan(-1);
      expect(texts[at], `"${heading}" is on page ${at + 1} without "${next}"`).toContain(next);
    }
    await page.close();
  }, 60_000);

  it('shows text as typed: runs of spaces are kept, and the line can still wrap at them', async () => {
    const fixture = makeFixture({
      '1.1-alpha.yaml': BASE_FILES['1.1-alpha.yaml']!.replace('status: Onward going', 'status: "Two  spaces,   three"').replace(
        'narrative: Going well.',
        'narrative: See  the notes at www.example.gov.uk/notes today.',
      ),
    });
    try {
      const { page } = await openReport(fixture.plans, 'Q3', 'spaces');
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered, spaces collapsed or not, is what is checked
      const shown = await page.locator('td p', { hasText: 'Two' }).innerText();
      expect(shown.replace(/\u00a0/g, ' ')).toBe('Two  spaces,   three');
      // A normal space starts each run, so a narrow cell can break the line there.
      expect(shown).toMatch(/^Two \u00a0spaces, \u00a0\u00a0three$/);
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered is what is checked
      const narrative = await page.locator('td p', { hasText: 'notes at' }).innerText();
      expect(narrative.replace(/\u00a0/g, ' ')).toBe('See  the notes at www.example.gov.uk/notes today.');
      // The single spaces around a link are ordinary ones: the address can start a new line.
      expect(await page.locator('td p', { hasText: 'notes at' }).innerHTML()).toMatch(
        /notes at <a [^>]+>www\.example\.gov\.uk\/notes<\/a> today\./,
      );
      await page.close();
    } finally {
      fixture.cleanup();
    }
  }, 60_000);

  it('prints on A4 landscape', async () => {
    const { page } = await openReport(SHIPPED_PLANS, 'Q3', 'print');
    const path = join(dir, 'print.pdf');
    await page.pdf({ path, preferCSSPageSize: true });
    // A4 landscape, as poppler reads the printed page: 842 × 595 points.
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    await page.close();
  }, 60_000);
});
