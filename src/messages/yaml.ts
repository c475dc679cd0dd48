import { entry, group, lineRange } from './entry.js';

type Lines = { from: number; to: number };

export const unread = group(
  'What plan files do not hold',
  'YAML can name a value and repeat it, copy keys, tag values with a type and hold several documents in a file. Plan files do none of these, so that what is written is what the report shows.',
  {
    anchor: entry([{ name: 'base' }], (p) => ({
      message: `"&${p.name}" is not allowed in plan files: they do not name values to repeat them elsewhere`,
      hint: `delete "&${p.name}"; if it is part of the text, put the whole text in quotes`,
    })),
    alias: entry([{ name: 'base' }], (p) => ({
      message: `"*${p.name}" is not allowed in plan files: they do not repeat a value named elsewhere`,
      hint: `write the value out in full here; if "*${p.name}" is text, put it in quotes: "*${p.name}"`,
    })),
    tag: entry([{ tag: '!!binary' }], (p) => ({
      message: `tags (${p.tag}) are not allowed in plan files`,
      hint: 'remove the tag and write the value as plain text or a number',
    })),
    mergeKey: entry([undefined], () => ({
      message: '"<<" is not allowed in plan files: they do not copy keys from elsewhere',
      hint: 'delete the "<<" line and write the keys out in full here',
    })),
    keyNotAWord: entry([undefined], () => ({
      message: 'the part before the colon must be a plain word',
      hint: 'write the key as a word followed by a colon and a space: `key: value`',
    })),
    valueNotPlain: entry([undefined], () => ({
      message: 'this value is not plain text, a number, true or false',
      hint: 'write it as plain text',
    })),
    valueUnreadable: entry([undefined], () => ({
      message: 'plan cannot read this value',
      hint: 'write it as plain text, a list of "- " lines, or "key: value" lines',
    })),
    secondDocument: entry([undefined], () => ({
      message: 'a plan file holds one YAML document, but a second one starts here',
      hint: 'remove the `---` line, or move the second part into a file of its own',
    })),
    yamlVersion: entry([{ version: '1.1' }], (p) => ({
      message: `%YAML ${p.version} is ignored: plan files are always read as YAML 1.2`,
      hint: 'remove the %YAML line (under 1.2, NO and yes are text and 1:20 is not a number)',
    })),
    notKeyLines: entry([{ list: true, start: 'start with "section:", "title:" and "actions:"' }], (p) => ({
      message: `the file must be made of "key: value" lines, but it is ${p.list ? 'a list' : 'a single value'}`,
      hint: p.start,
    })),
    emptyFile: entry([{ start: undefined }, { start: 'a template starts with "colours:"' }], (p: { start: string | undefined }) => ({
      message: 'file is empty',
      hint:
        p.start ??
        'a section file needs section, title and actions; plan.yaml needs title, appendix, financialYear and councils (see README.md)',
    })),
  },
);

export const duplicates = group(
  'Keys written twice',
  'A key written twice is most often a copy and paste: lines pasted twice, or an update pasted under the wrong action. The hint says which lines to delete or move, so that nothing is lost.',
  {
    keyLineTwice: entry([{ key: 'achieved', first: 16, again: 17 }], (p) => ({
      message: `"${p.key}:" is written twice, on lines ${p.first} and ${p.again}, and the first has nothing under it`,
      hint: `delete line ${p.first}`,
      fixed: `the first of the two "${p.key}:" lines deleted`,
    })),
    sectionPastedTwice: entry([{ first: { from: 1, to: 35 }, again: { from: 36, to: 70 } }], (p) => ({
      message: `the whole section is here twice: ${lineRange(p.again)} repeat ${lineRange(p.first)} word for word`,
      hint: `delete ${lineRange(p.again)}`,
      fixed: `the second copy of the section, ${lineRange(p.again)}, deleted`,
    })),
    pastedTwice: entry(
      [
        { key: 'Q4', first: 30, firstLines: { from: 30, to: 33 }, again: { from: 34, to: 37 } },
        { key: 'rag', first: 30, firstLines: { from: 30, to: 30 }, again: { from: 31, to: 31 } },
      ],
      (p) => ({
        message: `"${p.key}:" is here a second time (the first is on line ${p.first}), and plan can read only one`,
        hint: `${lineRange(p.again)} ${p.again.from === p.again.to ? 'repeats' : 'repeat'} ${lineRange(p.firstLines)}: delete ${lineRange(p.again)}`,
      }),
    ),
    pastedUnderWrongItem: entry(
      [
        {
          key: 'Q4',
          first: 30,
          firstLines: { from: 30, to: 33 },
          again: { from: 34, to: 37 } as Lines,
          itemLine: 40,
          itemText: '- id: supplier-days',
          parentKey: 'updates',
          parentLine: 45,
        },
      ],
      (p) => {
        const one = p.again.from === p.again.to;
        return {
          message: `"${p.key}:" is here a second time (the first is on line ${p.first}), and plan can read only one`,
          hint: `the item that starts on line ${p.itemLine} ("${p.itemText}") has no "${p.key}:": if ${lineRange(p.again)} ${one ? 'belongs' : 'belong'} there, move ${one ? 'it' : 'them'} under its "${p.parentKey}:" on line ${p.parentLine}; otherwise ${merge(p.firstLines, p.again)}`,
        };
      },
    ),
    pastedUnderQuarterBefore: entry(
      [
        {
          key: 'waivers',
          first: 57,
          firstLines: { from: 57, to: 57 },
          again: { from: 58, to: 58 } as Lines,
          quarter: 'Q1',
          next: 'Q2',
          part: 'measures',
          partLine: 64,
        },
      ],
      (p) => {
        const one = p.again.from === p.again.to;
        return {
          message: `"${p.key}:" is here a second time in ${p.quarter} (the first is on line ${p.first}), and ${p.next}'s "${p.part}:" (line ${p.partLine}) has none: ${one ? "this line is probably the next quarter's" : "these lines are probably the next quarter's"}, pasted under ${p.quarter}`,
          hint: `if ${lineRange(p.again)} ${one ? 'is' : 'are'} ${p.next}'s, move ${one ? 'it' : 'them'} under ${p.next}'s "${p.part}:" on line ${p.partLine}; otherwise ${merge(p.firstLines, p.again)}`,
        };
      },
    ),
    mergeConflict: entry(
      [
        {
          from: 52,
          middle: 55,
          to: 58,
          ours: 'HEAD',
          theirs: 'priti/q3-update',
          oursLines: { from: 53, to: 54 } as Lines,
          theirsLines: { from: 56, to: 57 } as Lines,
        },
      ],
      (p: { from: number; middle: number; to: number; ours: string; theirs: string; oursLines: Lines; theirsLines: Lines }) => ({
        message: `lines ${p.from}\u2013${p.to} are two versions of the same lines that git could not merge: ${lineRange(p.oursLines)} (${p.ours}) and ${lineRange(p.theirsLines)} (${p.theirs}), between the marker lines ${p.from}, ${p.middle} and ${p.to}`,
        hint: `keep one version: to keep ${p.theirs}'s, delete lines ${p.from}\u2013${p.middle} and line ${p.to}; to keep ${p.ours}'s, delete line ${p.from} and lines ${p.oursLines.to + 1}\u2013${p.to}`,
      }),
    ),
    repeatedLines: entry([{ first: { from: 1, to: 49 }, again: { from: 50, to: 98 } }], (p) => ({
      message: `${lineRange(p.again)} repeat ${lineRange(p.first)} word for word: they are pasted twice`,
      hint: `delete ${lineRange(p.again)}`,
    })),
    copiedForNext: entry([{ key: 'Q3', next: 'Q4', firstLines: { from: 63, to: 69 }, again: { from: 70, to: 74 } }], (p) => ({
      message: `"${p.key}:" is here a second time (the first is on line ${p.firstLines.from}), with other words or figures, and there is no "${p.next}:"`,
      hint: `if ${lineRange(p.again)} are the ${p.next} update, write "${p.next}:" in place of "${p.key}:" on line ${p.again.from}; if they replace ${lineRange(p.firstLines)}, delete ${lineRange(p.firstLines)}`,
    })),
    partLineLost: entry(
      [{ key: 'FYN', part: { name: 'pending', indent: 8 }, first: 97, line: 99, indent: 8 }],
      (p: { key: string; part: { name: string; indent: number }; first: number; line: number; indent: number }) => ({
        message: `"${p.key}:" is here a second time (the first is on line ${p.first}), and this update has no "${p.part.name}:": was the "${p.part.name}:" line above line ${p.line} deleted?`,
        hint: `if line ${p.line} is ${p.key}'s ${p.part.name} figure, put a line "${p.part.name}:" above it, ${p.indent} spaces from the left edge; otherwise merge what line ${p.line} says into line ${p.first}, then delete line ${p.line}`,
      }),
    ),
    councilCopiedForNext: entry([{ key: 'ELM', council: 'FYN', first: 44, line: 45, written: 'FYN: 22750' }], (p) => ({
      message: `"${p.key}:" is here a second time (the first is on line ${p.first}), and ${p.council} has no line here: line ${p.line} was probably copied from line ${p.first} to write ${p.council}'s, its code left as it was`,
      hint: `if line ${p.line} is ${p.council}'s, write ${p.written}; otherwise merge what line ${p.line} says into line ${p.first}, then delete line ${p.line}`,
    })),
    notesInsideList: entry(
      [{ part: 'achieved', moved: { from: 90, to: 91 } as Lines, figures: { from: 92, to: 93 } as Lines, codes: ['FYN', 'OHC'], line: 93 }],
      (p: { part: string; moved: Lines; figures: Lines; codes: readonly string[]; line: number }) => ({
        message: `"notes:" stands in the middle of the "${p.part}:" figures: ${p.codes.map((c) => `${c}'s`).join(' and ')} ${p.codes.length === 1 ? 'figure' : 'figures'} (${lineRange(p.figures)}) ${p.codes.length === 1 ? 'is' : 'are'} read as notes, and "${p.part}:" has none for ${p.codes.length === 1 ? 'it' : 'them'}`,
        hint: `move ${lineRange(p.moved)} below line ${p.line}, so that ${lineRange(p.figures)} ${p.figures.from === p.figures.to ? 'is' : 'are'} under "${p.part}:"`,
      }),
    ),
    writtenTwice: entry([{ key: 'status', first: 30, firstLines: { from: 30, to: 30 }, again: { from: 33, to: 33 } }], (p) => ({
      message: `"${p.key}:" is here a second time (the first is on line ${p.first}), and plan can read only one`,
      hint: merge(p.firstLines, p.again),
    })),
  },
);

function merge(first: Lines, again: Lines): string {
  return `merge what ${lineRange(again)} ${again.from === again.to ? 'says' : 'say'} into ${lineRange(first)}, then delete ${lineRange(again)}`;
}

export const parser = group(
  'Lines plan cannot read',
  'When a line fits none of the slips above, plan says what it could not read there, and what to look for.',
  {
    tabIndentation: entry([undefined], () => ({
      message: 'this line is indented with a tab',
      hint: 'indent with spaces only, two for each level',
    })),
    badBackslash: entry([undefined], () => ({
      message: 'a backslash inside double quotes starts a code that is not valid',
      hint: "use single quotes around text with backslashes, e.g. 'C:\\Temp'",
    })),
    badStart: entry([undefined], () => ({
      message: 'text that starts with this character must be in quotes',
      hint: 'put the whole text in quotes',
    })),
    quoteNotClosed: entry([undefined], () => ({
      message: 'the quoted text that starts here is not closed',
      hint: 'add the closing quote mark at the end of the text, or remove the opening one',
    })),
    bracketNotClosed: entry([undefined], () => ({
      message: 'a "[" or "{" here is not closed',
      hint: 'text that starts with "[" or "{" must be in quotes',
    })),
    notKeyValue: entry([undefined], () => ({
      message: 'plan cannot read this line as "key: value"',
      hint: 'check for a missing colon after the key, or text with ": " in it that needs quotes',
    })),
    keyTooLong: entry([undefined], () => ({
      message: 'the part before the colon on this line is over 1,024 characters long',
      hint: 'a key is one word; put long text after the colon, or in quotes',
    })),
    notLinedUp: entry([undefined], () => ({
      message: 'this line is not lined up with the lines around it',
      hint: 'lines that belong together start in the same column: line this one up with the line above it, using spaces, two for each level',
    })),
    unreadableLine: entry([undefined], () => ({
      message: 'plan cannot read this line',
      hint: 'check this line and the one above: a missing colon after a key, text with ": " or " #" that needs quotes, or indentation that does not line up',
    })),
  },
);

export const limits = group(
  'Files too big to be plan files',
  'Limits that a real plan never meets, so that a file pasted over or opened by mistake is refused at once.',
  {
    tooDeep: entry([{ levels: 32, what: 'the indentation' }], (p) => ({
      message: `nesting is deeper than ${p.levels} levels`,
      hint: `plan files need only a few levels; check ${p.what}`,
    })),
    indentTooDeep: entry([{ levels: 64 }], (p) => ({
      message: `indentation is nested more than ${p.levels} levels deep`,
      hint: 'plan files need only a few levels; check the indentation',
    })),
    lineTooLong: entry([{ line: 3, length: '31,000', most: '30,000' }], (p) => ({
      message: `line ${p.line} is ${p.length} characters long; a line may have at most ${p.most}`,
      hint: 'put "|" after the key and break the text into several lines below it',
    })),
    tooComplex: entry([{ most: '200,000' }], (p) => ({
      message: `the file has more than ${p.most} separate words, numbers and marks; a plan file needs far fewer`,
      hint: 'split it into several section files, or check that it is really a plan file',
    })),
    unclosedAcrossLines: entry(
      [{ open: '{', close: '}', last: 53, written: 'NDC: 8, EDC: 5' }],
      (p: { open: string; close: string; last: number; written: string }) => ({
        message: `the "${p.open}" opened on this line is not closed: its figures go on to line ${p.last}, which must end with "${p.close}"`,
        hint: `put "${p.close}" at the end of line ${p.last}: ${p.written} ${p.close}`,
      }),
    ),
    overclosedAcrossLines: entry(
      [{ open: '{', close: '}', line: 53, written: 'NDC: 8, EDC: 5 } }' }],
      (p: { open: string; close: string; line: number; written: string }) => ({
        message: `the "${p.open}" opened on this line is closed more than once: line ${p.line} has a "${p.close}" too many`,
        hint: `delete one "${p.close}" from the end of line ${p.line}: ${p.written.replace(new RegExp(`\\s*\\${p.close}\\s*$`), '')}`,
      }),
    ),
    wrongClosingBracket: entry(
      [{ open: '{', close: '}', wrong: ')', whole: 'local-contracts: { LCC: 5, FDC: 2 }' }],
      (p: { open: string; close: string; wrong: string; whole: string }) => ({
        message: `the "${p.open}" opened on this line is closed with "${p.wrong}", not "${p.close}"`,
        hint: `write "${p.close}" in place of "${p.wrong}": ${p.whole}`,
        fixed: `"${p.wrong}" written as "${p.close}"`,
      }),
    ),
  },
);
