import { hexCode, spaceName } from './characters.js';
import { entry, group, lineList, lineRange } from './entry.js';

/**
 * The families of text that another program left in what an officer pasted: not the officer's words,
 * and printed by the report as written. src/input/artefact-slips.ts finds them; each family's plain
 * name and its hint are here.
 */
export type ArtefactFamily =
  | 'invisible'
  | 'separator'
  | 'objectMark'
  | 'lostCharacter'
  | 'cellEscape'
  | 'htmlEntity'
  | 'htmlTag'
  | 'literalEscape'
  | 'wordFieldError'
  | 'spreadsheetError'
  | 'columnHashes'
  | 'quoteMarks'
  | 'cellQuotes'
  | 'imagePlaceholder'
  | 'emailHeader'
  | 'signOff'
  | 'replyHeader'
  | 'hashInText'
  | 'textTwice'
  | 'balloonText'
  | 'pageHeader'
  | 'appSignature'
  | 'chatHeader'
  | 'chatEdited'
  | 'formCounter'
  | 'clipSource'
  | 'mailto'
  | 'mailBanner'
  | 'timeStamp'
  | 'linkInBrackets'
  | 'hashForPound'
  | 'keyHeading'
  | 'dotLeader'
  | 'commentMark'
  | 'commentText'
  | 'ligature'
  | 'mojibake'
  | 'brokenWord'
  | 'quarterHeading'
  | 'checkBox'
  | 'nameAddress'
  | 'trackedChange';

export interface ArtefactParams {
  family: ArtefactFamily;
  /** The artefact as written (the first one, when the text holds several of its family). */
  found: string;
  /** The key of the text: "narrative", "status", "title". */
  key: string;
  /** The lines it stands on. */
  lines: readonly number[];
  /** What stands in its place once mended ("&", "fi", a line break), when there is one right answer. */
  meant?: string;
  /** The text as it should read, for a text of one line: "status: Onward going". */
  written?: string;
  /** The words just before and after it, to find an invisible character by. */
  before?: string;
  after?: string;
  /** The first words left on the next line once a broken word is joined up, or "" when none are. */
  rest?: string;
  /** The artefact stands alone on its line, so the line goes. */
  alone?: boolean;
  /** The other artefacts of its family in the text, each with what stands in its place ("ff" for "\ufb00"). */
  also?: ReadonlyArray<{ found: string; meant: string }>;
  /** The words around each further invisible character of the same kind in the text, to find it by. */
  more?: ReadonlyArray<{ before?: string; after?: string }>;
}

const show = (text: string): string => (text.length > 40 ? `${text.slice(0, 36)}\u2026` : text);

/** "\u00a339,800\u00a341,300" as its two figures: the first ends where the second's sign or first digit starts. */
function twoFigures(found: string): string[] {
  const m = /^([^\d]?[\d,.]+(?:k|m|bn)?%?)(.+)$/i.exec(found);
  return m ? [m[1]!, m[2]!] : [found];
}

/** What an artefact that is a line or more of the text is, in plain words; undefined for the others. */
function whatLines(p: ArtefactParams): string | undefined {
  const f = `"${show(p.found)}"`;
  const at = `line ${p.lines[0]}`;
  switch (p.family) {
    case 'quoteMarks':
      return `${p.lines.length === 1 ? `${at} starts` : `${lineList(p.lines)} start`} with "${p.found}", the mark an e-mail reply puts before quoted lines, which the report would print`;
    case 'imagePlaceholder':
      return `${f} is where an e-mail had a picture, not text of the ${p.key}`;
    case 'emailHeader':
      return `${lineRange({ from: p.lines[0]!, to: p.lines[p.lines.length - 1]! })} ("${show(p.found)}" \u2026) are the heading of an e-mail, pasted with its text`;
    case 'signOff':
      return `${lineRange({ from: p.lines[0]!, to: p.lines[p.lines.length - 1]! })} ("${show(p.found)}" \u2026) are the sign-off and signature of an e-mail, copied with its text: the report would print them`;
    case 'pageHeader':
      return `${lineRange({ from: p.lines[0]!, to: p.lines[p.lines.length - 1]! })} ("${show(p.found)}" \u2026) are the title, date and time OneNote puts at the top of a page, copied with its text`;
    case 'appSignature':
      return `${f} is the line an e-mail app adds below each message, not text of the ${p.key}`;
    case 'chatHeader':
      return `${f} is the time and name a Teams or Slack chat copies with a message, not text of the ${p.key}`;
    case 'chatEdited':
      return `${f} at the end of ${at} is the mark Teams or Slack puts on a message edited after it was sent, copied with the text: the report would print it`;
    case 'formCounter':
      return `${f} is the counter a web form shows below its text box, copied with the text written there: the report would print it`;
    case 'clipSource':
      return `${f} is the line OneNote adds below a clip to say where it came from, not text of the ${p.key}`;
    case 'replyHeader':
      return `${f} is the line an e-mail reply puts above the quoted message, pasted with it: the report would print it`;
    case 'hashInText':
      return `${at} starts with "#", but inside the text of the ${p.key} that is printed, not a note: the report would print "${show(p.found.replace(/^#\s*/, ''))}"`;
    case 'cellQuotes':
      return `${lineRange({ from: p.lines[0]!, to: p.lines[p.lines.length - 1]! })} are a spreadsheet cell as Excel copies it: wrapped in quote marks, with each quote mark inside written twice (""), which the report would print`;
    case 'balloonText':
      return `${lineList(p.lines)} ("${show(p.found)}"${p.lines.length === 1 ? '' : ' \u2026'}) ${p.lines.length === 1 ? 'is' : 'are'} what Word shows in the balloons beside tracked changes, copied with the document: the report would print ${p.lines.length === 1 ? 'it' : 'them'}`;
    case 'textTwice':
      return `${lineList(p.lines)} ${p.lines.length === 1 ? 'repeats' : 'repeat'} the ${p.lines.length === 1 ? 'line' : 'lines'} just above word for word: pasted twice`;
  }
  return undefined;
}

/** What the artefact is, in plain words: the first part of the message. */
function what(p: ArtefactParams): string {
  const lines = whatLines(p);
  if (lines !== undefined) return lines;
  const f = `"${show(p.found)}"`;
  const at = `line ${p.lines[0]}`;
  const cp = p.found.codePointAt(0) ?? 0;
  switch (p.family) {
    case 'invisible':
      return `${at} holds ${spaceName(p.found)}, an invisible character pasted with the text from another program`;
    case 'separator':
      return `${at} holds a ${cp === 0x2029 ? 'paragraph' : 'line'} separator (${hexCode(cp)}), the character a web page or form keeps for a line break: the report would show no break there`;
    case 'objectMark':
      return `${at} holds an object replacement character (U+FFFC), which marks where a picture stood in the copied text`;
    case 'lostCharacter':
      return `${at} holds a replacement character (U+FFFD, a question mark in a box): a character of the text was lost when it was copied`;
    case 'cellEscape':
      return `${f} is how a spreadsheet export writes ${p.meant === undefined || /^\s*$/.test(p.meant) ? 'a line break' : `"${p.meant}"`} in a cell, not text`;
    case 'htmlEntity':
      return `${f} is how a web page writes ${p.meant === ' ' ? 'a space' : `"${p.meant}"`} underneath, copied as it is written`;
    case 'htmlTag':
      return `${f} is a mark a web page uses to lay out its text, copied with the words`;
    case 'literalEscape':
      return `${f} is how another program writes a line break in its text: the report would print the backslash and the letter`;
    case 'wordFieldError':
      return `${f} is the message Word shows in place of a broken cross-reference, pasted with the text`;
    case 'spreadsheetError':
      return `${f} is the error a spreadsheet shows in a cell whose formula failed, copied in place of what the cell should say`;
    case 'columnHashes':
      return `${f} is what a spreadsheet shows when its column is too narrow for the figure, not a figure`;
    case 'mailto':
      return `${f} is how an e-mail's plain text writes the link behind an address: the report would print it`;
    case 'mailBanner':
      return `${at} ("${show(p.found)}") is a line a mail system adds to an e-mail (a warning or a notice), copied with the text, not part of the ${p.key}`;
    case 'timeStamp':
      return `${f} at the end of ${at} is the time and date Notepad's F5 key types in, not part of the ${p.key}`;
    case 'linkInBrackets':
      return p.meant === ''
        ? `${f} repeats the address before it, in the form an e-mail's plain text gives a link: the report would print it twice`
        : `${f} is the address of a link, in "<" and ">" as an e-mail's plain text gives it: the report would print the brackets`;
    case 'keyHeading':
      return `"${p.found.trim()}" at the start of ${at} is the heading the text had where it was copied from, not part of the ${p.key}`;
    case 'hashForPound':
      return `"#${p.after ?? ''}" is \u00a3${p.after ?? ''} typed with the keyboard set to US English, where Shift+3 gives "#"${p.written === undefined ? '' : `: as written, " #" starts a note, so the ${p.key} stops before it`}`;
    case 'dotLeader':
      return `the ${p.key} on ${at} ends with a row of dots and a page number, as a contents page shows it`;
    case 'commentMark':
      return `${f} is the mark Word puts where a reviewer's comment was attached, copied with the text`;
    case 'commentText':
      return `${f} starts the text of a Word comment, copied with the document's own`;
    case 'ligature':
      return `${f} is one character a PDF uses for the letters "${p.meant}": a search or a spell-check of the report would miss the word`;
    case 'mojibake':
      return `${f} is "${p.meant}" garbled: the text was saved in one character set and read in another, as happens between Word, Excel and Notepad`;
    case 'brokenWord':
      return `"${p.before}" at the end of ${at} and "${p.after}" at the start of line ${p.lines[0]! + 1} look like one word broken at a line end, as text copied from a PDF is`;
    case 'quarterHeading':
      return `the title ends with ${f}, which the report adds itself for each quarter`;
    case 'checkBox':
      return `${f} at the start of ${at} is a check box copied from a Word form or a to-do list, not part of the ${p.key}: the report would print it`;
    case 'nameAddress':
      return `${f} is the e-mail address Outlook writes after a name it copies: the report would print it in a public committee paper`;
    case 'trackedChange':
      return `${f} is two figures run together, as Word pastes a tracked change (the old figure deleted, the new one typed in): the report would print both`;
  }
  // The families of whole lines, which whatLines has said.
  return `${f} was left by another program`;
}

/** Where the artefact stands, by the words around it: ' (between "supplier." and "Lots")'. */
function between(p: { before?: string; after?: string }): string {
  if (p.before && p.after) return ` (between "${p.before}" and "${p.after}")`;
  if (p.before) return ` (after "${p.before}")`;
  if (p.after) return ` (before "${p.after}")`;
  return '';
}

/** What to do, in words the officer can follow as they stand. */
function todo(p: ArtefactParams): string {
  const f = `"${p.found}"`;
  const line = `line ${p.lines[0]}`;
  switch (p.family) {
    case 'invisible':
    case 'objectMark':
      return `delete it${between(p)}${(p.more ?? []).map((m) => `, and the one${between(m)}`).join('')}`;
    case 'separator':
      return p.meant === ' '
        ? `write a space in its place${between(p)}`
        : `break the line there${between(p)}: put "${p.after ?? ''}" and what follows on a line of its own, lined up with the line above`;
    case 'lostCharacter':
      return `type the character it stood for in its place${between(p)}`;
    case 'htmlTag':
      return /^<br/i.test(p.found) ? `start a new line in place of ${f}` : `delete ${f}; keep the words around it`;
    case 'literalEscape':
      return p.meant === ' ' ? `write a space in place of ${f}` : `start a new line in place of ${f}`;
    case 'wordFieldError':
      return `write the reference it stood for (the rule, section or page number) in place of ${f}`;
    case 'spreadsheetError':
    case 'columnHashes':
      return `type what the cell stood for (the words or the figure) in place of ${f}; never 0 unless it truly is nothing`;
    case 'quoteMarks':
      return `delete "${p.found}" from the start of ${lineList(p.lines)}`;
    case 'imagePlaceholder':
    case 'appSignature':
    case 'chatHeader':
    case 'chatEdited':
    case 'formCounter':
    case 'clipSource':
    case 'replyHeader':
      return p.alone ? `delete ${line}` : `delete ${f}`;
    case 'hashInText':
      return `delete ${line}, or move it out of the text: a line that starts with "#" is a note only when it is indented no further than "${p.key}:"`;
    case 'textTwice':
      return `delete ${lineList(p.lines)}`;
    case 'balloonText':
      return `delete ${lineList(p.lines)}; the text around ${p.lines.length === 1 ? 'it' : 'them'} already has the changes made`;
    case 'cellQuotes':
      return `delete the " at the start of line ${p.lines[0]} and the one at the end of line ${p.lines[p.lines.length - 1]}, and write each "" as "`;
    case 'signOff':
      return `delete ${lineRange({ from: p.lines[0]!, to: p.lines[p.lines.length - 1]! })}; keep the message's own words above them`;
    case 'emailHeader':
    case 'pageHeader':
      return `delete ${lineRange({ from: p.lines[0]!, to: p.lines[p.lines.length - 1]! })}; keep the ${p.family === 'pageHeader' ? "page's" : "message's"} own words below them`;
    case 'commentText':
      return `delete ${f}; keep the comment's own words after it only if they belong in the ${p.key}`;
    case 'brokenWord':
      return `join the two halves: write "${p.meant}" at the end of ${line}, and ${p.rest ? `start line ${p.lines[0]! + 1} at "${p.rest}"` : `delete line ${p.lines[0]! + 1}`}`;
    case 'mailto':
      return p.meant === '' ? `delete ${f}` : `write "${p.meant}" in place of ${f}`;
    case 'mailBanner':
      return p.alone ? `delete ${line}` : `delete ${f}`;
    case 'timeStamp':
      return `delete ${f}${p.before ? ` after "${p.before}"` : ''}`;
    case 'linkInBrackets':
      return p.meant === '' ? `delete ${f}` : `write the address without "<" and ">": ${p.found.slice(1, -1)}`;
    case 'keyHeading':
      return `delete "${p.found.trim()}" and the space after it from the start of ${line}`;
    case 'hashForPound':
      return `write \u00a3${p.after ?? ''} in place of #${p.after ?? ''}`;
    case 'trackedChange':
      return `keep the figure that is right and delete the other: write ${twoFigures(p.found)
        .map((x) => `"${x}"`)
        .join(' or ')} in place of ${f}`;
    default:
      return (
        (p.meant === '' ? `delete ${f}` : `write "${p.meant}" in place of ${f}`) +
        (p.also ?? []).map((a) => `, and "${a.meant}" in place of "${a.found}"`).join('')
      );
  }
}

/** What --fix did, in words: '"&amp;" on line 30 written as "&"'. */
function mended(p: ArtefactParams): string {
  const on = lineList(p.lines);
  const cp = p.found.codePointAt(0) ?? 0;
  const named = ['invisible', 'separator', 'objectMark'].includes(p.family) ? `the character ${hexCode(cp)}` : `"${show(p.found)}"`;
  if (p.family === 'quoteMarks') return `"${p.found}" taken off ${on}`;
  if (p.family === 'cellQuotes') return `the quote marks Excel put around ${on} taken off, and each "" written as "`;
  if (p.family === 'dotLeader') return `the dots and page number at the end of ${on} deleted`;
  if (p.alone) return `${on} ("${show(p.found)}") deleted`;
  if (p.meant === '') return `${named} on ${on} deleted`;
  if (/^\s+$/.test(p.meant ?? '')) return `${named} on ${on} made a ${p.meant === ' ' ? 'space' : 'line break'}`;
  return `${named} on ${on} written as "${p.meant}"`;
}

const E = { key: 'narrative', lines: [30] };

export const artefacts = group(
  'Text left by another program',
  'Text pasted from an e-mail, a chat, Word, a spreadsheet, a web page or a PDF can bring marks of that program with it: invisible characters, escape codes, error messages, quote marks, a time and a name. The report would print them as written. Each text is said once, at the first such mark; `plan validate --fix` mends those with one right answer.',
  {
    lookupId: entry([{ key: 'status', id: '3;#', text: 'Onward going' }], (p) => ({
      message: `"${p.id}" before "${p.text}" is the item number a SharePoint list writes before a looked-up value, copied with it: the report would print it`,
      hint: `write ${p.key}: ${p.text}`,
      fixed: `"${p.id}" deleted before "${p.text}"`,
    })),
    csvQuotes: entry([{ key: 'status', written: '\'Draft "Part 4" with legal\'' }], (p) => ({
      message: `the ${p.key} is written as a spreadsheet's CSV file writes a cell, each quote mark doubled inside quotes: YAML reads only up to the first pair`,
      hint: `write ${p.key}: ${p.written}`,
      fixed: `the ${p.key} copied from a CSV cell written as: ${p.written}`,
    })),
    outlookFace: entry([{ letter: 'J', face: ':)' }], (p) => ({
      message: `the "${p.letter}" after the end of the sentence is the smiley "${p.face}" that Outlook writes as a Wingdings face, which plain text shows as the letter ${p.letter}: the report would print it`,
      hint: `delete " ${p.letter}" at the end of the line`,
      fixed: `" ${p.letter}" (Outlook's "${p.face}" face) deleted at the end of the line`,
    })),
    invertedCase: entry([{ key: 'status', meant: 'Draft with the four legal teams' }], (p) => ({
      message: `this ${p.key} looks typed with Caps Lock on (a small first letter, then capitals): the report would print it as written`,
      hint: `write ${p.key}: ${p.meant}`,
      fixed: `the ${p.key} typed with Caps Lock on written as: ${p.meant}`,
    })),
    pastedArtefact: entry(
      [
        { ...E, family: 'quoteMarks', found: '> ', lines: [30, 31], meant: '' },
        { ...E, family: 'cellQuotes', found: '"', lines: [177, 178], meant: '' },
        { key: 'status', lines: [31], family: 'cellEscape', found: '_x000D_', meant: '', written: 'status: Onward going' },
        { ...E, family: 'separator', found: '\u2028', meant: '\n', before: 'supplier.', after: 'Lots' },
        { key: 'status', lines: [12], family: 'separator', found: '\u2028', meant: ' ', before: 'Draft', after: 'circulated' },
        { ...E, family: 'invisible', found: '\u200b', meant: '', before: 'the', after: 'register' },
        {
          ...E,
          family: 'invisible',
          found: '\u00ad',
          meant: '',
          before: 'occa',
          after: 'sional',
          more: [{ before: 'in', after: 'tranets' }],
        },
        { ...E, family: 'lostCharacter', found: '\ufffd', before: 'Caf', after: 'contract' },
        { ...E, family: 'objectMark', found: '\ufffc', meant: '', after: 'Nine' },
        { ...E, family: 'htmlEntity', found: '&amp;', meant: '&' },
        { ...E, family: 'htmlEntity', found: '&nbsp;', meant: ' ' },
        { ...E, family: 'htmlTag', found: '<br>' },
        { ...E, family: 'htmlTag', found: '<p>' },
        { ...E, family: 'literalEscape', found: '\\n', meant: '\n' },
        { key: 'status', lines: [12], family: 'literalEscape', found: '\\n', meant: ' ', written: 'status: Draft circulated' },
        { key: 'action', lines: [78], family: 'wordFieldError', found: 'Error! Reference source not found.' },
        { ...E, family: 'spreadsheetError', found: '#REF!' },
        { ...E, family: 'columnHashes', found: '########' },
        { ...E, family: 'imagePlaceholder', found: '[cid:image001.png@01D8F3A2.5C7B9E10]', meant: '', alone: true },
        { ...E, family: 'emailHeader', found: 'From: Jo Bloggs', lines: [30, 31, 32, 33] },
        { ...E, family: 'signOff', found: 'Kind regards,', lines: [30, 31, 32, 33] },
        { ...E, family: 'replyHeader', found: 'On 9 Jan 2057, at 11:42, Dev Okafor wrote:', alone: true },
        { ...E, family: 'hashInText', found: '# JM - check the sign-off date with Finance', alone: true },
        { ...E, family: 'balloonText', found: 'Deleted: 13 November', lines: [27, 29], alone: true },
        {
          ...E,
          family: 'textTwice',
          found: 'Framework applied to 11 tenders over \u00a3100,000.',
          lines: [32, 33],
          meant: '',
          alone: true,
        },
        { ...E, family: 'pageHeader', found: 'Meet the Buyer \u2013 debrief', lines: [30, 31, 32] },
        { ...E, family: 'appSignature', found: 'Sent from my iPhone', meant: '', alone: true },
        { ...E, family: 'chatHeader', found: '[14:07] Priya Desai', meant: '', alone: true },
        { ...E, family: 'chatEdited', found: '(edited)', meant: '' },
        { ...E, family: 'formCounter', found: '1,856 characters remaining', meant: '', alone: true },
        {
          ...E,
          family: 'clipSource',
          found: 'Pasted from <https://hmc.sharepoint.com/sites/procurement/Tracker.xlsx>',
          meant: '',
          alone: true,
        },
        { ...E, family: 'mailto', found: '<mailto:jo.bloggs@hmc.gov.uk>', meant: '' },
        {
          ...E,
          family: 'mailBanner',
          found: 'CAUTION: This email originated from outside of the organisation.',
          meant: '',
          alone: true,
        },
        { ...E, family: 'timeStamp', found: '10:12 14/07/2015', meant: '', before: 'July.' },
        { ...E, family: 'linkInBrackets', found: '<https://www.hmc.gov.uk/tenders>', meant: '', before: 'www.hmc.gov.uk/tenders' },
        { ...E, family: 'linkInBrackets', found: '<https://www.hmc.gov.uk/tenders>', before: 'the' },
        { ...E, family: 'hashForPound', found: '#', meant: '\u00a3', after: '12,500' },
        { ...E, family: 'keyHeading', found: 'Narrative: ', meant: '' },
        {
          key: 'status',
          lines: [31],
          family: 'hashForPound',
          found: '#',
          meant: '\u00a3',
          after: '12,500',
          written: 'status: Rebates of \u00a312,500 received',
        },
        { ...E, family: 'mailto', found: '<mailto:jo.bloggs@hmc.gov.uk>', meant: 'jo.bloggs@hmc.gov.uk' },
        { key: 'title', lines: [3], family: 'dotLeader', found: '........ 4', meant: '', written: 'title: Contract Management' },
        { ...E, family: 'commentMark', found: '[JS1]', meant: '' },
        { ...E, family: 'commentText', found: 'Commented [JS1]:' },
        { ...E, family: 'ligature', found: '\ufb01', meant: 'fi' },
        { ...E, family: 'ligature', found: '\ufb03', meant: 'ffi', also: [{ found: '\ufb00', meant: 'ff' }] },
        { ...E, family: 'mojibake', found: '\u00c2\u00a3', meant: '\u00a3' },
        { ...E, family: 'brokenWord', found: 'procure-', before: 'procure-', after: 'ment', meant: 'procurement', rest: 'of the new' },
        { ...E, family: 'brokenWord', found: 'procure-', before: 'procure-', after: 'ment', meant: 'procurement.', rest: '' },
        {
          key: 'title',
          lines: [2],
          family: 'quarterHeading',
          found: '\u2013 Q3 Update',
          meant: '',
          written: 'title: Tri-Council Procurement Action Plan',
        },
        { key: 'status', lines: [12], family: 'checkBox', found: '\u2612', meant: '', written: 'status: Complete' },
        { key: 'lead', lines: [7], family: 'nameAddress', found: '<priya.kaur@brackwater.gov.uk>', meant: '', written: 'lead: Priya Kaur' },
        { ...E, family: 'trackedChange', found: '\u00a339,800\u00a341,300' },
      ] as [ArtefactParams, ...ArtefactParams[]],
      (p) => ({
        message: what(p),
        hint: p.written === undefined ? todo(p) : `write ${p.written}`,
        ...(p.meant === undefined || p.family === 'brokenWord'
          ? {}
          : { fixed: `${mended(p)} (${p.family === 'textTwice' ? 'pasted twice' : 'left by another program'})` }),
      }),
    ),
  },
);
