import { COUNCIL_CODE, COUNCIL_CODE_PATTERN } from '../plan/codes.js';
import { financialYearLabel, type Quarter } from '../plan/quarters.js';
import { normaliseText } from '../shared/words.js';
import type { DocBody, DocParagraph } from './doc-body.js';
import type { ImportOptions } from './imported-plan.js';
import { cellPlain } from './plan-table.js';
import { headingByPlace, sectionHeading } from './section-headings.js';

/** What the document's title says: "Joint Procurement Action Plan 2013/14 Q3 Update – Appendix 1". */
export interface TitleParts {
  title?: string;
  appendix?: string;
  year?: string;
  quarter?: Quarter;
}

const ORDINAL_QUARTERS: Record<string, Quarter> = { first: 'Q1', second: 'Q2', third: 'Q3', fourth: 'Q4' };

export function parseTitle(text: string): TitleParts {
  const out: TitleParts = {};
  let rest = ` ${normaliseText(text)} `;
  const year = /\b(\d{4})\s*[/\-\u2013]\s*(\d{2}|\d{4})\b/.exec(rest);
  if (year) {
    const label = financialYearLabel(year[1]!, year[2]!);
    if (label) {
      out.year = label;
      rest = rest.replace(year[0], ' ');
    }
  }
  const quarter = /\b(?:Q([1-4])|quarter\s+([1-4])|(first|second|third|fourth)\s+quarter)\b/i.exec(rest);
  if (quarter) {
    out.quarter = (quarter[1] ? `Q${quarter[1]}` : quarter[2] ? `Q${quarter[2]}` : ORDINAL_QUARTERS[quarter[3]!.toLowerCase()]) as Quarter;
    rest = rest.replace(quarter[0], ' ');
  }
  const appendix = /\b(Appendix|Annex)\s+([A-Z0-9]{1,3})\b/i.exec(rest);
  if (appendix) {
    out.appendix = `${appendix[1]![0]!.toUpperCase()}${appendix[1]!.slice(1).toLowerCase()} ${appendix[2]}`;
    rest = rest.replace(appendix[0], ' ');
  }
  const title = rest
    .replace(/\b(update|progress report|position statement)\b/gi, ' ')
    .replace(/\s*[\u2013\u2014:|-]\s*(?=[\u2013\u2014:|-]|\s*$)/g, ' ')
    .replace(/^\s*[\u2013\u2014:|-]\s*|\s*[\u2013\u2014:|-]\s*$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/[\p{L}]/u.test(title)) out.title = title;
  return out;
}

/** Capital-letter codes that are not councils. */
const NOT_COUNCILS: ReadonlySet<string> = new Set(
  'RAG SME SMES PO POS VAT ICT IT HR FM UK EU NHS TBC TBA KPI KPIS FOI CEO FAQ PDF URL ID OJEU PQQ ITT RFQ MFD MFDS SLA FSB OK Q1 Q2 Q3 Q4 FY CCS ESPO ROI IFRS GDPR DPA N/A NA LED'.split(
    ' ',
  ),
);

/** "Cherwell District Council (CDC)": a name the document gives a code. */
const NAMED_CODE = new RegExp(String.raw`((?:[A-Z][\p{L}'\u2019&-]*\s+){1,6}Council)\s*\((${COUNCIL_CODE_PATTERN})\)`, 'gu');

/** Council codes the text uses, most used first, with the full name where the text gives one. */
export function findCouncils(texts: readonly string[]): Array<{ code: string; name?: string; count: number }> {
  const counts = new Map<string, number>();
  /** Codes with a name, in the order the document names them (the savings table's order). */
  const names = new Map<string, string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\b[A-Z]{2,6}\b/g)) {
      const code = m[0];
      if (NOT_COUNCILS.has(code) || !COUNCIL_CODE.test(code)) continue;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    for (const m of text.matchAll(NAMED_CODE)) {
      const name = normaliseText(m[1]!);
      if (!names.has(m[2]!) && /\s/.test(name)) names.set(m[2]!, name);
    }
  }
  const named = [...names.keys()];
  const rank = ([code]: [string, number]) => (names.has(code) ? named.indexOf(code) : named.length);
  // A code used once, with no name given for it, is more likely an abbreviation than a council.
  return [...counts]
    .filter(([code, n]) => names.has(code) || (n >= 2 && code.length >= 3))
    .sort((a, b) => rank(a) - rank(b) || b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code, count]) => ({ code, count, ...(names.has(code) ? { name: names.get(code)! } : {}) }));
}

/** A line that names a year or a quarter reads as the document's title, even right above a table. */
function titleLike(text: string): boolean {
  const parts = parseTitle(text);
  return parts.year !== undefined || parts.quarter !== undefined;
}

/** The title, quarter, year and councils: what the document says about the plan as a whole. */
export function readFrontMatter(body: DocBody, options: ImportOptions) {
  const beforeFirstTable: DocParagraph[] = [];
  for (const item of body.items) {
    if (item.kind === 'table') break;
    beforeFirstTable.push(item);
  }
  // The title: a paragraph styled Title, else the first paragraph with words that is not a section heading.
  const titleParagraph =
    body.items.find((i): i is DocParagraph => i.kind === 'paragraph' && /^title$/i.test(i.styleName) && /\S/.test(i.text)) ??
    beforeFirstTable.find((p, i) => /\S/.test(p.text) && !sectionHeading(p) && (titleLike(p.text) || !headingByPlace(body, i)));
  const titled = titleParagraph ? parseTitle(titleParagraph.text) : {};
  const planComments = [`Imported by plan import from ${options.source}.`];
  // The title's words that are not the plan's title (the quarter, "Update") are kept here.
  if (titleParagraph) planComments.push(`The document's title: ${normaliseText(titleParagraph.text)}`);
  if (options.quarter && titled.quarter && options.quarter !== titled.quarter)
    planComments.push(`The document's title says ${titled.quarter}; --quarter ${options.quarter} was used.`);
  if (options.year && titled.year && options.year !== titled.year)
    planComments.push(`The document's title says ${titled.year}; --year ${options.year} was used.`);
  // Councils named in the savings summary or the target sentences ("Cherwell District Council (CDC)").
  const allText = body.items.flatMap((item) =>
    item.kind === 'paragraph' ? [item.text] : item.rows.flatMap((row) => row.cells.map(cellPlain)),
  );
  const inText = findCouncils(allText);
  // plan report lists exactly the plan's council codes, in the plan's order, in the document's keywords
  // (a plan without targets names its councils nowhere else); other documents are read for codes.
  const keywordCodes = body.madeByPlan ? body.keywords.filter((k) => COUNCIL_CODE.test(k) && !/^Q[1-4]$/.test(k)) : [];
  const found = keywordCodes.length > 0 ? keywordCodes.map((code) => inText.find((c) => c.code === code) ?? { code, count: 0 }) : inText;
  return {
    titleParagraph,
    titled,
    quarter: options.quarter ?? titled.quarter,
    year: options.year ?? titled.year,
    planComments,
    found,
  };
}
