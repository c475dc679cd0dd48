import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.js';

/**
 * The published appendix, as extracted from the Word file. The project's shared folder holds the
 * original (../shared/source/); this copy lets a clone anywhere run the tests. A test checks that the
 * two agree whenever the shared folder is there.
 */
const SOURCE_PATH = join(ROOT, 'test', 'fixtures', 'appendix-1-2013-14-q3.txt');
export const SHARED_SOURCE_PATH = join(ROOT, '..', 'shared', 'source', 'appendix-1-2013-14-q3.txt');
export const SOURCE_TEXT = readFileSync(SOURCE_PATH, 'utf8');

/**
 * Glitches of the text extraction, not words of the document: the Greek capital alpha in "Α ction",
 * the stray "8." before "8.3", "8.8Sustainability" without its space, and the bullet glyphs ("•",
 * "O" for sub-bullets).
 */
export function repairExtraction(text: string): string {
  return text
    .replace(/\u0391\s*ction/g, 'Action')
    .replace(/^8\.\t(?=8\.3)/m, '')
    .replace(/^8\.8Sustainability/m, '8.8 Sustainability')
    .replace(/\u2022/g, ' ')
    .replace(/(?<=\s)O(?=\s)/g, ' ');
}

/** Money written in prose, normalised to whole pounds: "£75,000" → 75000, "£50k" → 50000. */
export function moneyIn(text: string): number[] {
  return [...text.matchAll(/£([\d,]+(?:\.\d+)?)(k?)/g)].map((m) => Math.round(Number(m[1]!.replace(/,/g, '')) * (m[2] ? 1000 : 1)));
}

/** Words, lower-cased, without surrounding punctuation; money amounts are compared separately. */
export function wordsIn(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.split(/[\s–—\-/]+/)) {
    if (raw.includes('£')) continue;
    const w = raw
      .toLowerCase()
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}%+!`']+$/gu, '')
      .replace(/^'+|'+$/g, '');
    if (w) words.add(w);
  }
  return words;
}

/** The section headings of the published appendix, in order (8.1 has none there: see plans/8.1-*.yaml). */
export const SECTION_HEADINGS = [
  '8.1 Engagement and Communication',
  '8.2 Value for Money and Transparency',
  '8.3 Local Business and SME Engagement',
  '8.4 Collaboration',
  '8.5 Selling Services',
  '8.6 Transformation',
  '8.7 Contract Management',
  '8.8 Sustainability',
];
