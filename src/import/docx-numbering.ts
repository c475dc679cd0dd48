import { attr, child, childrenOf, tagOf, type XmlNode } from './xml.js';

/**
 * Word's own numbering (word/numbering.xml), evaluated as Word does it, so that a heading Word numbers
 * itself ("3.2" that is not in the paragraph's text) gets its real number. Each list (w:num) points at a
 * definition (w:abstractNum) whose levels say where they start, how they count (decimal, letters,
 * roman) and how the label is written ("%1.%2"). Lists that share a definition share its counters, as
 * in Word; a w:lvlOverride/w:startOverride restarts them.
 */

interface NumberingLevel {
  start: number;
  format: string;
  text: string;
  /** Legal numbering (w:isLgl): every level in the label is written as a decimal. */
  legal: boolean;
  /** The paragraph style linked to this level (w:pStyle), e.g. Heading2. */
  style?: string;
}

export interface NumberingDefinitions {
  /** numId → its abstract definition's id and its start overrides per level. */
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
  abstracts: Map<string, NumberingLevel[]>;
}

const at = attr;
const first = child;

function readLevel(lvl: XmlNode): NumberingLevel {
  const style = at(first(lvl, 'w:pStyle'), 'w:val');
  return {
    start: Number(at(first(lvl, 'w:start'), 'w:val') ?? 1),
    format: at(first(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
    text: at(first(lvl, 'w:lvlText'), 'w:val') ?? '',
    legal: first(lvl, 'w:isLgl') !== undefined,
    ...(style ? { style } : {}),
  };
}

export function readNumbering(root: XmlNode | undefined): NumberingDefinitions {
  const defs: NumberingDefinitions = { nums: new Map(), abstracts: new Map() };
  for (const node of root ? childrenOf(root) : []) {
    if (tagOf(node) === 'w:abstractNum') {
      const levels: NumberingLevel[] = [];
      for (const lvl of childrenOf(node).filter((c) => tagOf(c) === 'w:lvl')) levels[Number(at(lvl, 'w:ilvl') ?? 0)] = readLevel(lvl);
      defs.abstracts.set(at(node, 'w:abstractNumId') ?? '', levels);
    } else if (tagOf(node) === 'w:num') {
      const starts = new Map<number, number>();
      for (const o of childrenOf(node).filter((c) => tagOf(c) === 'w:lvlOverride')) {
        const start = at(first(o, 'w:startOverride'), 'w:val');
        if (start !== undefined) starts.set(Number(at(o, 'w:ilvl') ?? 0), Number(start));
      }
      defs.nums.set(at(node, 'w:numId') ?? '', { abstractId: at(first(node, 'w:abstractNumId'), 'w:val') ?? '', starts });
    }
  }
  return defs;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN)
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: a … z, aa … zz.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter's value as the level's format writes it. */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Counts the numbered paragraphs of one document, in order, and gives each its label. */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(private readonly defs: NumberingDefinitions) {}

  /** The label of the next paragraph in list numId at level ilvl ("3.2."), or undefined for a bullet or unknown list. */
  next(numId: string, ilvl: number): string | undefined {
    const num = this.defs.nums.get(numId);
    const levels = num ? this.defs.abstracts.get(num.abstractId) : undefined;
    const level = levels?.[ilvl];
    if (!num || !levels || !level || level.format === 'bullet') return undefined;
    const counts = this.counters.get(num.abstractId) ?? [];
    const startOf = (l: number) => num.starts.get(l) ?? levels[l]?.start ?? 1;
    // A list instance with start overrides restarts the definition's counters the first time it is used.
    if (num.starts.size > 0 && !this.started.has(numId)) {
      this.started.add(numId);
      counts.length = 0;
    }
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    counts.length = ilvl + 1;
    for (let l = 0; l < ilvl; l++) counts[l] ??= startOf(l);
    this.counters.set(num.abstractId, counts);
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const l = Number(d) - 1;
      return formatNumber(counts[l] ?? startOf(l), level.legal ? 'decimal' : (levels[l]?.format ?? 'decimal'));
    });
  }

  /** The level a paragraph style is linked to in list numId (Word's heading numbering), if any. */
  levelOfStyle(numId: string, styleId: string | undefined): number | undefined {
    const num = this.defs.nums.get(numId);
    const levels = num ? this.defs.abstracts.get(num.abstractId) : undefined;
    const level = styleId ? levels?.findIndex((l) => l?.style === styleId) : -1;
    return level !== undefined && level >= 0 ? level : undefined;
  }
}
