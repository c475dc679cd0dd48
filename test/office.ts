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
  return convertWithLibreOffice([docx], 'pdf')[0]!;
}

/**
 * Convert several .docx files of one folder to PDF with a single LibreOffice start (each start costs
 * seconds, the conversion itself little); returns the PDFs' paths, in order, beside the .docx files.
 */
export function convertAllToPdf(docxs: string[]): string[] {
  if (new Set(docxs.map((d) => dirname(d))).size !== 1) throw new Error('convertAllToPdf: the .docx files must share a folder');
  return convertWithLibreOffice(docxs, 'pdf');
}

/** Convert a .docx to another format (e.g. html) with LibreOffice; returns the converted file's text. */
export function convertTo(docx: string, format: string): string {
  return readFileSync(convertWithLibreOffice([docx], format)[0]!, 'utf8');
}

function convertWithLibreOffice(docxs: string[], format: string): string[] {
  const folder = dirname(docxs[0]!);
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
        folder,
        ...docxs,
      ],
      {
        stdio: 'pipe',
        timeout: 180_000,
      },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxs.map((docx) => join(folder, basename(docx).replace(/\.docx$/i, `.${format}`)));
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

/** The address of each link annotation in a PDF, in page order (poppler's pdfinfo -url). */
export function pdfLinks(pdf: string): string[] {
  return execFileSync('pdfinfo', ['-url', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(1)
    .map((line) => line.trim().split(/\s+/)[2])
    .filter((url): url is string => Boolean(url));
}

export function pdfInfo(pdf: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}
