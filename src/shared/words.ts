/** Edit distance, for "did you mean …?" hints. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j]!;
      prev[j] = Math.min(above + 1, prev[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate, if it is close enough to be a plausible typo. Case is ignored. */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  const lower = input.toLowerCase();
  for (const c of candidates) {
    const score = distance(lower, c.toLowerCase());
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  const allowed = Math.max(2, Math.floor(input.length / 3));
  return bestScore <= allowed ? best : undefined;
}

/** "Cost and efficiency savings" from "cost and efficiency savings". */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "1 file", "2 files": a count and its noun, with an s unless the count is 1. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Text `plan new-quarter`, `import` or `init` left for the officer to write: it starts "TODO". */
export const UNWRITTEN = /^\s*TODO\b/;

/**
 * A narrative that says nothing has moved ("No change this quarter; the work is paused"): said of
 * several actions, or of two quarters running, by right.
 */
export const STANDSTILL =
  /\b(?:no change|no progress|no movement|nothing (?:new |further |more )?to report|no (?:further )?update|paused|on hold|not (?:yet )?started)\b/i;

/**
 * Words that keep a thing still to come in a sentence that says it came or passed: "has still not
 * signed off", "will be paid in April", "not yet confirmed", "is due to be paid", "awaiting sign-off".
 */
export const STILL_TO_COME =
  /\b(?:not|nothing|none|no|never|yet|will|shall|should|would|due to|expected|awaiting|awaited|until|once|when)\b/i;

/** "CDC and SNC", "CDC, SNC and WDC". */
export function listAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Runs of white space folded to one space, ends trimmed, case kept: text compared for "unchanged", words read from Word. */
export function normaliseText(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** What a table cell says when there is nothing to say: never an empty cell, which a screen reader cannot tell from a missed one. */
export const NO_TEXT = '–';

/** Text as lower-case ASCII words joined by hyphens, accents dropped: "Value for Money – 2015" → "value-for-money-2015". Empty when there are no words. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A slug short enough to be part of a file name on every system: file systems allow 255 bytes, and
 * plan writes through a temporary file whose name adds about 30. Cut at a hyphen where one is near.
 */
export function clipSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

/** An action id from its words: the first few, lower case, joined by hyphens; unique in the plan. */
export function actionId(text: string, taken: Set<string>): string {
  const words = slugify(text.split('\n')[0]!)
    .split('-')
    .filter((w) => w && !['a', 'an', 'the', 'of', 'and', 'to', 'for', 'with', 'on', 'in', 'via', 'at', 'by'].includes(w));
  let base = '';
  for (const w of words) {
    if (base && (base.length + w.length + 1 > 40 || base.split('-').length >= 5)) break;
    base = base ? `${base}-${w}` : w;
  }
  base ||= 'action';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The months' names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Text as a regular expression that matches it literally: "Fenholt (North)" with its brackets escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
