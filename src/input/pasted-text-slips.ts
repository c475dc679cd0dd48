import { say } from '../messages/index.js';
import { type LineInfo, scanLines } from './slip-lines.js';
import type { Slip } from './slips.js';

/**
 * Text pasted with what another program added to it, which the report would print as typed: a link an
 * email's scanning service wrapped ("Safe Links"), and a PDF's page footer copied across a page break.
 * Warnings. The page's own address inside a wrapped link is its one right reading, which --fix writes
 * (the plan reads the text as written until then); a footer is left for the officer to take out.
 */
export function findPastedTextSlips(text: string, _context: unknown, lines: readonly LineInfo[] = scanLines(text)): Slip[] {
  const slips: Slip[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || line.comment) continue;
    slips.push(...wrappedLinks(line));
    const footer = line.inBlock ? pageFooter(line, i) : undefined;
    if (footer) slips.push(footer);
  }
  return slips;
}

/**
 * The services that wrap a link in an email or a chat with their own address, the real one in a
 * parameter: Outlook's and Teams' Safe Links, Google's and Facebook's redirects.
 */
const WRAPPERS: readonly { host: RegExp; param: string; by: string }[] = [
  { host: /^[a-z0-9-]+\.safelinks\.protection\.outlook\.com$/, param: 'url', by: 'Outlook "Safe Links"' },
  { host: /^statics\.teams\.cdn\.office\.net$/, param: 'url', by: 'Teams "Safe Links"' },
  { host: /^(?:www\.)?google\.[a-z.]+$/, param: 'q', by: 'Google' },
  { host: /^l\.facebook\.com$/, param: 'u', by: 'Facebook' },
];

const LINK = /https?:\/\/[^\s<>"'()]+/g;

/** Each wrapped link on the line, with the address inside it. */
function wrappedLinks(line: LineInfo): Slip[] {
  const slips: Slip[] = [];
  for (const m of line.text.matchAll(LINK)) {
    // A full stop or comma after a link ends the sentence, not the link.
    const written = m[0].replace(/[.,;:!?]+$/, '');
    const found = innerAddress(written);
    if (!found) continue;
    const offset = line.start + m.index;
    slips.push({
      offset,
      code: 'wrapped-link',
      ...say.wrappedLink({ by: found.by, address: found.address, mailbox: /%40|@/.test(written.slice(written.indexOf('?'))) }),
      edits: [{ at: offset, remove: written.length, insert: found.address }],
      severity: 'warning',
    });
  }
  return slips;
}

function innerAddress(written: string): { address: string; by: string } | undefined {
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return undefined;
  }
  const wrapper = WRAPPERS.find((w) => w.host.test(url.hostname.toLowerCase()));
  const inner = wrapper ? url.searchParams.get(wrapper.param) : null;
  if (!wrapper || !inner || !/^https?:\/\/[^\s]+$/i.test(inner)) return undefined;
  return { address: inner, by: wrapper.by };
}

/** "Page 4 of 11" (or "Page 4 / 11"), at the end or the start of a line. */
const PAGE_AT_END = /\bPage\s+(\d{1,4})\s*(?:of|\/)\s*(\d{1,4})\s*$/i;
const PAGE_AT_START = /^Page\s+(\d{1,4})\s*(?:of|\/)\s*(\d{1,4})(?:\s{2,}|\t|\s*$)/i;

/**
 * A line of a text that is a PDF's page footer or header, copied with the text across a page break:
 * "Page 4 of 11" alone, or after the document's running title, set apart by a wide gap or written in
 * capitals as a title is. A sentence that mentions a page ("it is on page 4 of 11") is not one.
 */
function pageFooter(line: LineInfo, i: number): Slip | undefined {
  const said = line.text.trim();
  const end = PAGE_AT_END.exec(said);
  const start = end ? undefined : PAGE_AT_START.exec(said);
  const [page, of] = end ? [end[1], end[2]] : start ? [start[1], start[2]] : [];
  if (page === undefined || Number(page) < 1 || Number(page) > Number(of)) return undefined;
  // What comes before "Page", and whether a wide gap parts them.
  const before = end ? said.slice(0, end.index) : '';
  const gap = /(?:\s{2}|\t)$/.test(before);
  if (before.trim() !== '' && !gap && !titleLike(before.trim())) return undefined;
  return {
    offset: line.start + line.indent,
    code: 'page-footer',
    ...say.pageFooter({ line: i + 1, written: said.replace(/\s{2,}|\t+/g, ' ') }),
    edits: [],
    severity: 'warning',
  };
}

/** A document's title, not a sentence: no full stop, and most words start with a capital or a figure. */
function titleLike(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z0-9]/.test(w));
  if (words.length < 2 || /[.!?:]\s*$/.test(text) || /[.!?]\s/.test(text)) return false;
  return words.filter((w) => /^[A-Z0-9]/.test(w)).length * 3 >= words.length * 2;
}
