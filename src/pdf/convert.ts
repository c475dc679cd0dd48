import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXIT, ExitError } from '../errors.js';
import { spawn } from '../shared/lazy-child-process.js';
import { readRegularFile } from '../shared/read-regular.js';

/**
 * The PDF is made by LibreOffice from the .docx (the reference document), as a tagged PDF/UA file.
 * LibreOffice runs as a subprocess with a profile of its own in a temporary folder, so it works beside
 * a LibreOffice the officer has open, and leaves nothing behind.
 */

/** writer_pdf_Export with tags (PDF/UA): headings, tables and figures in a structure tree. */
const FILTER =
  'pdf:writer_pdf_Export:' +
  JSON.stringify({
    UseTaggedPDF: { type: 'boolean', value: 'true' },
    PDFUACompliance: { type: 'boolean', value: 'true' },
    ExportBookmarks: { type: 'boolean', value: 'true' },
  });

/** A large plan takes LibreOffice a few seconds a hundred pages; this is far beyond any real report. */
const TIMEOUT_MS = 10 * 60_000;

/** Far beyond the PDF of the largest report plan writes (10,000 actions). */
const MAX_PDF_BYTES = 1024 * 1024 * 1024;

const INSTALL_HINT = 'install LibreOffice (Debian or Ubuntu: sudo apt-get install libreoffice-writer-nogui), or leave pdf out of --format';

function run(command: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    // Not spawn's own timeout option: its timer outlives a program that never started (ENOENT).
    const timer = setTimeout(() => child.kill('SIGKILL'), TIMEOUT_MS);
    timer.unref();
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stderr });
    });
  });
}

/** The .docx as a PDF, made by LibreOffice headless (`soffice`, or the program PLAN_SOFFICE names). */
export async function docxToPdf(docx: Uint8Array): Promise<Uint8Array> {
  const command = process.env.PLAN_SOFFICE || 'soffice';
  const work = await mkdtemp(join(tmpdir(), 'plan-pdf-'));
  try {
    const input = join(work, 'report.docx');
    await writeFile(input, docx);
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      FILTER,
      '--outdir',
      work,
      input,
    ];
    const result = await run(command, args).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'EACCES')
        throw new ExitError(EXIT.usage, `cannot write the PDF: LibreOffice (${command}) is not installed`, INSTALL_HINT);
      throw new ExitError(EXIT.usage, `cannot write the PDF: LibreOffice (${command}) could not start: ${error.message}`, INSTALL_HINT);
    });
    let pdf: Buffer | undefined;
    try {
      // Read without waiting: a converter that left a named pipe (or a link to one) cannot hang plan.
      pdf = readRegularFile(join(work, 'report.pdf'), MAX_PDF_BYTES);
    } catch {
      pdf = undefined;
    }
    if (result.code !== 0 || !pdf || pdf.length === 0) {
      const said = result.stderr
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.includes('javaldx'))
        .pop();
      throw new ExitError(
        EXIT.usage,
        `cannot write the PDF: LibreOffice did not make it${said ? ` (it said: ${said})` : ''}`,
        'check that LibreOffice Writer works (soffice --headless --version), then run plan report again; no file was written',
      );
    }
    return pdf;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
