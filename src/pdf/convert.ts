import { rmSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXIT, ExitError } from '../errors.js';
import { holdInterrupts } from '../shared/interrupt.js';
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

/** What LibreOffice says on stderr is kept to its last lines: one that floods it cannot exhaust plan. */
const STDERR_TAIL = 64 * 1024;

interface Running {
  done: Promise<{ code: number | null; stderr: string }>;
  /** End LibreOffice and everything it started (its process group). */
  stop: () => void;
}

/**
 * LibreOffice runs in a process group of its own (detached), so that plan can end it together with
 * the helpers it starts (oosplash, soffice.bin) on Ctrl-C or a kill, and none is left running.
 */
function run(command: string, args: string[]): Running {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const stop = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already ended.
    }
  };
  const done = new Promise<{ code: number | null; stderr: string }>((resolvePromise, reject) => {
    // Not spawn's own timeout option: its timer outlives a program that never started (ENOENT).
    const timer = setTimeout(stop, TIMEOUT_MS);
    timer.unref();
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL);
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
  return { done, stop };
}

/** Why a temporary folder could not be made or written, in words. */
const TEMP_REASONS: Record<string, string> = {
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'it is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};

function tempFailed(error: unknown): ExitError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new ExitError(
    EXIT.write,
    `cannot make the PDF: plan cannot use the temporary folder ${tmpdir()}: ${TEMP_REASONS[code] ?? (code || String(error))}; no file was written`,
    'set TMPDIR to a folder you may write to, with free space, and run plan report again',
  );
}

/** A whole PDF starts with "%PDF-" and ends with "%%EOF" (and at most a line break or two after it). */
function looksWhole(pdf: Uint8Array): boolean {
  const head = Buffer.from(pdf.subarray(0, 5)).toString('latin1');
  const tail = Buffer.from(pdf.subarray(Math.max(0, pdf.length - 1024))).toString('latin1');
  return head === '%PDF-' && /%%EOF\s*$/.test(tail);
}

function lastWords(stderr: string): string | undefined {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.includes('javaldx'))
    .pop()
    ?.slice(0, 300);
}

/** The .docx as a PDF, made by LibreOffice headless (`soffice`, or the program PLAN_SOFFICE names). */
export async function docxToPdf(docx: Uint8Array): Promise<Uint8Array> {
  const command = process.env.PLAN_SOFFICE || 'soffice';
  const work = await mkdtemp(join(tmpdir(), 'plan-pdf-')).catch((error: unknown) => {
    throw tempFailed(error);
  });
  let running: Running | undefined;
  // Until the folder is removed, Ctrl-C or a kill ends LibreOffice and removes it before plan ends.
  const release = holdInterrupts(() => {
    running?.stop();
    rmSync(work, { recursive: true, force: true });
  });
  try {
    const input = join(work, 'report.docx');
    await writeFile(input, docx).catch((error: unknown) => {
      throw tempFailed(error);
    });
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
    running = run(command, args);
    const result = await running.done.catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'EACCES')
        throw new ExitError(EXIT.usage, `cannot write the PDF: LibreOffice (${command}) is not installed`, INSTALL_HINT);
      throw new ExitError(EXIT.usage, `cannot write the PDF: LibreOffice (${command}) could not start: ${error.message}`, INSTALL_HINT);
    });
    // Helpers LibreOffice started and left behind end with it.
    running.stop();
    let pdf: Buffer | undefined;
    try {
      // Read without waiting: a converter that left a named pipe (or a link to one) cannot hang plan.
      pdf = readRegularFile(join(work, 'report.pdf'), MAX_PDF_BYTES);
    } catch {
      pdf = undefined;
    }
    if (result.code !== 0 || !pdf || pdf.length === 0) {
      const said = lastWords(result.stderr);
      throw new ExitError(
        EXIT.usage,
        `cannot write the PDF: LibreOffice did not make it${said ? ` (it said: ${said})` : ''}`,
        'check that LibreOffice Writer works (soffice --headless --version), then run plan report again; no file was written',
      );
    }
    if (!looksWhole(pdf)) throw damagedPdf();
    return pdf;
  } finally {
    running?.stop();
    await rm(work, { recursive: true, force: true });
    release();
  }
}

/** LibreOffice said it succeeded, but its PDF is cut short or is not a PDF. */
export function damagedPdf(): ExitError {
  return new ExitError(
    EXIT.usage,
    'cannot write the PDF: LibreOffice wrote a damaged PDF; no file was written',
    'run plan report again; if it happens again, check that LibreOffice Writer works (soffice --headless --version) and has disk space',
  );
}
