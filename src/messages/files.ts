import { entry, group } from './entry.js';

const UTF8 = 're-save the file as UTF-8 (in Notepad: File > Save As > Encoding: UTF-8)';

export const files = group(
  'Files',
  'Before a line is read, the file itself: an ordinary text file, saved as UTF-8, small enough to be a plan file.',
  {
    notAFile: entry([{ what: 'a folder' }, { what: 'a named pipe' }], (p) => ({
      message: `this is ${p.what}, not a file`,
      hint: 'give plan an ordinary text file',
    })),
    fileTooLarge: entry([{ size: '3.2', most: 1 }], (p) => ({
      message: `file is ${p.size} MB; plan files may be at most ${p.most} MB`,
      hint: 'split the section into smaller files, or check that this is really a plan file',
    })),
    noSuchFile: entry([undefined], () => ({ message: 'the file does not exist', hint: 'check the name and the folder' })),
    notAllowedToRead: entry([undefined], () => ({ message: 'permission denied', hint: 'check that you may read the file' })),
    linkInACircle: entry([undefined], () => ({ message: 'it is a link that leads round in a circle', hint: 'point it at a real file' })),
    cannotRead: entry([{ reason: 'EIO' }], (p) => ({
      message: `the file cannot be read (${p.reason})`,
      hint: 'check that the file exists and that you may read it',
    })),
    savedAsDocument: entry([{ kind: 'rtf' }, { kind: 'zip' }, { kind: 'pdf' }], (p) => ({
      message:
        p.kind === 'rtf'
          ? 'this file is saved as rich text (RTF), not plain text'
          : p.kind === 'pdf'
            ? 'this file is a PDF document, not plain text'
            : 'this file is a Word or Excel document (.docx or .xlsx) saved under a .yaml name, not plain text',
      hint:
        p.kind === 'rtf'
          ? 'open it in TextEdit (Format > Make Plain Text) or WordPad (File > Save As > Plain text document) and save it again as plain text under the same .yaml name'
          : 'put the plain-text .yaml file for this section back in the plans folder (from a backup or the last report pack), and keep the document elsewhere',
    })),
    utf16: entry([undefined], () => ({ message: 'file is saved as UTF-16, not UTF-8', hint: UTF8 })),
    nulByte: entry([{ line: 3, column: 7 }], (p) => ({
      message: `file contains a NUL byte at line ${p.line}, column ${p.column}: it is not a text file`,
      hint: 'plan files must be YAML text saved as UTF-8; remove this file from the plans folder if it is not one',
    })),
    notUtf8: entry(
      [
        { byte: 0xa3, line: 3, column: 7 },
        { byte: 0x96, line: 3, column: 7 },
        { byte: 0xff, line: 3, column: 7 },
      ],
      (p) => {
        const guess = p.byte === 0xa3 ? " (0xA3 is '£' in Windows-1252)" : p.byte === 0x96 ? " (0x96 is '–' in Windows-1252)" : '';
        return {
          message: `byte 0x${p.byte.toString(16).toUpperCase().padStart(2, '0')} at line ${p.line}, column ${p.column} is not valid UTF-8${guess}`,
          hint: UTF8,
        };
      },
    ),
    oldMacLineEndings: entry([undefined], () => ({
      message: 'this file uses old Mac line endings (a carriage return alone at the end of each line)',
      hint: 're-save it with Windows (CRLF) or Unix (LF) line endings: most editors offer the choice in the status bar or under Save As',
    })),
    doubledLineEndings: entry([{ lines: 120 }], (p) => ({
      message: `${p.lines === 1 ? 'a line' : `${p.lines} lines`} of this file end with two carriage returns before the line feed: a tool turned its Windows line endings into Windows line endings a second time`,
      hint: 're-save it with Windows (CRLF) or Unix (LF) line endings: most editors offer the choice in the status bar or under Save As; nothing else in the file needs to change',
      fixed: `the second carriage return taken off the end of ${p.lines === 1 ? 'a line' : `${p.lines} lines`}`,
    })),
    bulletTooDeep: entry([{ levels: 5, most: 4 }], (p) => ({
      message: `this bullet is nested ${p.levels} levels deep; Word shows at most ${p.most}`,
      hint: 'indent it less, so that it lines up with a bullet above it',
    })),
    actionIdShape: entry([{ id: 'regular-updates' }], (p) => ({
      message: 'an action id is lower-case words joined by hyphens, e.g. "regular-updates"',
      hint: `write id: ${p.id}`,
    })),
  },
);
