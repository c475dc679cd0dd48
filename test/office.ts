import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The Word file is checked the way a person would check it: opened in a real office suite
 * (LibreOffice, headless), turned into a PDF, and read back with poppler's pdftotext and pdfinfo.
 */

function has(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 }).status === 0;
}

const OFFICE_MISSING = [
  ...(has('soffice', ['--version']) ? [] : ['soffice (apt-get install libreoffice-writer-nogui)']),
  ...(has('pdftotext', ['-v']) ? [] : ['pdftotext/pdfinfo (apt-get install poppler-utils)']),
];

/**
 * Under CI=true these tests must run: a missing tool fails them. Elsewhere they are skipped, loudly.
 * `.ci/run` installs the tools when they are missing.
 */
export const SKIP_OFFICE = OFFICE_MISSING.length > 0 && process.env.CI !== 'true';
if (SKIP_OFFICE) {
  process.stderr.write(`\nSKIPPING the LibreOffice tests: missing ${OFFICE_MISSING.join(', ')}. Run bash .ci/run to install them.\n\n`);
}

export function assertOfficeAvailable(): void {
  if (OFFICE_MISSING.length > 0) throw new Error(`the LibreOffice tests need ${OFFICE_MISSING.join(' and ')}`);
}

/** Convert a .docx to PDF with LibreOffice; returns the PDF's path (beside the .docx). */
export function convertToPdf(docx: string): string {
  return convertWithLibreOffice(docx, 'pdf');
}

/** Convert a .docx to another format (e.g. html) with LibreOffice; returns the converted file's text. */
export function convertTo(docx: string, format: string): string {
  return readFileSync(convertWithLibreOffice(docx, format), 'utf8');
}

function convertWithLibreOffice(docx: string, format: string): string {
  // A profile of its own, so conversions in parallel test files do not share LibreOffice's lock.
  const profile = mkdtempSync(join(tmpdir(), 'plan-lo-profile-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        format,
        '--outdir',
        dirname(docx),
        docx,
      ],
      {
        stdio: 'pipe',
        timeout: 180_000,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(dirname(docx), basename(docx).replace(/\.docx$/i, `.${format}`));
}

export function pdfText(pdf: string, options: { layout?: boolean; page?: number } = {}): string {
  const args = [
    ...(options.layout ? ['-layout'] : []),
    ...(options.page ? ['-f', String(options.page), '-l', String(options.page)] : []),
    '-enc',
    'UTF-8',
    pdf,
    '-',
  ];
  return execFileSync('pdftotext', args, { encoding: 'utf8' });
}

export interface PdfPage {
  width: number;
  height: number;
}

export function pdfPages(pdf: string): PdfPage[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), pdf], { encoding: 'utf8' });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

export function pdfInfo(pdf: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}
