import type { Diagnostic, Severity } from '../diagnostics/diagnostic.js';
import { say, type Wording } from '../messages/index.js';

/** A plan file is a page or two of YAML; anything this large is a mistake, refused before parsing. */
export const MAX_FILE_BYTES = 1024 * 1024;

/**
 * A decoded input file with the means to turn an offset into `line:col`. Columns count UTF-16 code
 * units from 1, as VS Code and most editors do.
 */
export class SourceFile {
  private readonly lineStarts: number[];

  constructor(
    /** Absolute path. */
    readonly path: string,
    /** Path as shown to the officer (relative to the working folder). */
    readonly displayPath: string,
    /** The text, with any byte-order mark removed so line 1's columns are right. */
    readonly text: string,
  ) {
    this.lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - (this.lineStarts[lo] ?? 0) + 1 };
  }

  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, '');
  }

  /** Offset of the start of a 1-based line (the end of the text when past the last line). */
  lineStart(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  diagnostic(offset: number, severity: Severity, code: string, message: string, hint?: string): Diagnostic {
    const { line, column } = this.position(offset);
    return {
      file: this.displayPath,
      line,
      column,
      severity,
      code,
      message,
      ...(hint ? { hint } : {}),
      sourceLine: this.lineText(line),
    };
  }
}

/** A diagnostic for a file that could not be decoded, positioned by line and column directly. */
function fileDiagnostic(displayPath: string, line: number, column: number, code: string, { message, hint }: Wording): Diagnostic {
  return { file: displayPath, line, column, severity: 'error', code, message, hint };
}

/** What kind of document a file is when its first bytes are a word processor's or a ZIP's, not text. */
function documentKind(bytes: Uint8Array): 'rtf' | 'zip' | 'pdf' | undefined {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, 8)).replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '');
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (start.startsWith('PK\u0003\u0004')) return 'zip';
  if (start.startsWith('%PDF')) return 'pdf';
  return undefined;
}

/**
 * UTF-16 saved without its byte-order mark (PowerShell's `Out-File`, some exports): plain text then
 * has a NUL byte beside every letter, all at even offsets (big-endian) or all at odd ones (little).
 * Told as UTF-16, never as "not a text file", whose hint would have the section deleted.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 4) return false;
  const nuls = [0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nuls[i % 2]!++;
  const half = n / 2;
  return (nuls[0]! >= half * 0.9 && nuls[1] === 0) || (nuls[1]! >= half * 0.9 && nuls[0] === 0);
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (in characters) of a byte offset, counting only the valid text before it. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lastNewline = before.lastIndexOf('\n');
  const line = before.split('\n').length;
  return { line, column: before.length - lastNewline };
}

/**
 * Decode a file strictly. YAML libraries happily read Windows-1252, UTF-16 or a renamed picture as
 * text and produce nonsense without an error, so every byte is checked here first.
 */
export function decodeSource(bytes: Uint8Array, path: string, displayPath: string): { file: SourceFile } | { diagnostic: Diagnostic } {
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      diagnostic: fileDiagnostic(
        displayPath,
        1,
        1,
        'file-too-large',
        say.fileTooLarge({ size: (bytes.length / 1024 / 1024).toFixed(1), most: MAX_FILE_BYTES / 1024 / 1024 }),
      ),
    };
  }
  const kind = documentKind(bytes);
  if (kind) return { diagnostic: fileDiagnostic(displayPath, 1, 1, 'not-plain-text', say.savedAsDocument({ kind })) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || looksUtf16(bytes)) {
    return {
      diagnostic: fileDiagnostic(displayPath, 1, 1, 'not-utf8', say.utf16()),
    };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const { line, column } = positionOfByte(bytes, nul);
    return {
      diagnostic: fileDiagnostic(displayPath, line, column, 'binary-file', say.nulByte({ line, column })),
    };
  }
  let text: string;
  try {
    // The native decoder is the check; the byte-by-byte search below only finds where it failed.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const bad = Math.max(firstInvalidUtf8(bytes), 0);
    const { line, column } = positionOfByte(bytes, bad);
    return { diagnostic: fileDiagnostic(displayPath, line, column, 'not-utf8', say.notUtf8({ byte: bytes[bad]!, line, column })) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Lines ended by a carriage return alone (classic Mac OS) read as one long line: say so once.
  if (text.includes('\r') && !text.includes('\n') && text.indexOf('\r') < text.length - 1) {
    return {
      diagnostic: fileDiagnostic(displayPath, 1, 1, 'old-line-endings', say.oldMacLineEndings()),
    };
  }
  // "\r\r\n": Windows line endings converted again; each line would end with a stray carriage return.
  const doubled = text.split('\r\r\n').length - 1;
  if (doubled > 0) {
    const line = text.slice(0, text.indexOf('\r\r\n')).split('\n').length;
    const said = fileDiagnostic(displayPath, line, 1, 'doubled-line-endings', say.doubledLineEndings({ lines: doubled }));
    return { diagnostic: { ...said, fixable: true } };
  }
  return { file: new SourceFile(path, displayPath, text) };
}
