import type { Quarter } from '../plan/quarters.js';
import type { DocParagraph } from './doc-body.js';
import type { ImportedUpdate } from './imported-plan.js';
import type { GridCell } from './plan-table.js';

/** A cell's words as plan's text, and the small pieces of text plan import derives from them. */

/** A typed bullet at the start of a line: "•", "◦", "▪", "-", or "o"/"O", then a space or tab, then words. */
const TYPED_BULLET = /^[ \t]*([\u2022\u25e6\u25aa\u25cf\u2023\u2219\u00b7oO-])[ \t]+(?=\S)/;

/**
 * A cell's paragraphs as plan's text: Word lists and typed bullets become "- " bullets, two spaces a
 * level; a blank line between paragraphs; line breaks kept. Leading and trailing spaces of a line are
 * layout and go; a tab inside a line becomes a space.
 */
export function cellText(paragraphs: readonly DocParagraph[], typedBullets = true): string {
  const lines: Array<{ text: string; kind: 'paragraph' | 'bullet' }> = [];
  let previousBulletLevel = -1;
  for (const p of paragraphs) {
    const parts = p.text.split('\n').map((l) => l.replace(/\t/g, ' ').replace(/\s+$/, ''));
    if (parts.every((l) => l.trim() === '')) continue;
    if (p.listLevel !== undefined) {
      const indent = '  '.repeat(p.listLevel);
      const [first, ...more] = parts;
      lines.push({ text: `${indent}- ${first!.trim()}`, kind: 'bullet' });
      for (const m of more) if (m.trim()) lines.push({ text: `${indent}  ${m.trim()}`, kind: 'bullet' });
      previousBulletLevel = p.listLevel;
      continue;
    }
    let inParagraph = false;
    for (const raw of parts) {
      const line = raw.trim();
      if (!line) {
        inParagraph = false;
        continue;
      }
      // In a document plan wrote every bullet is a real Word list: a "· " or "o " there is a word.
      const typed = typedBullets ? TYPED_BULLET.exec(raw) : null;
      if (typed && raw.slice(typed[0].length).trim()) {
        // "o" is the second level of old documents' typed lists; "•" the first.
        const level = /[oO\u25e6\u2023]/.test(typed[1]!) && previousBulletLevel >= 0 ? Math.min(previousBulletLevel + 1, 1) : 0;
        lines.push({ text: `${'  '.repeat(level)}- ${raw.slice(typed[0].length).trim()}`, kind: 'bullet' });
        previousBulletLevel = level;
        inParagraph = false;
        continue;
      }
      // A new paragraph needs a blank line before it, unless it follows a bullet.
      const last = lines[lines.length - 1];
      if (last && !inParagraph && last.kind === 'paragraph') lines.push({ text: '', kind: 'paragraph' });
      lines.push({ text: line, kind: 'paragraph' });
      inParagraph = true;
      previousBulletLevel = -1;
    }
  }
  return lines.map((l) => l.text).join('\n');
}

const MONEY = /\u00a3\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn|million|thousand)\b)?/gi;

export function moneyIn(text: string): string[] {
  return [...text.matchAll(MONEY)].map((m) => m[0]);
}

export function ragOf(text: string): ImportedUpdate['rag'] | undefined {
  const t = text.trim().toLowerCase();
  if (/^(r|red)$/.test(t)) return 'red';
  if (/^(a|amber)$/.test(t)) return 'amber';
  if (/^(g|green)$/.test(t)) return 'green';
  return undefined;
}

export function commentLines(label: string, text: string): string[] {
  const lines = text.split('\n');
  return [`${label}${lines[0]}`, ...lines.slice(1).map((l) => `  ${l}`)];
}

/** The comment beside an action whose text mentions money. */
export function moneyComment(money: readonly string[], q: Quarter): string[] {
  if (money.length === 0) return [];
  return [
    `Money in the text: ${[...new Set(money)].join(', ')}. It stays in the text. If one is a target or an amount achieved,`,
    `record it as a plain number, per council, under target: amounts: or updates: ${q}: achieved: (README "The YAML you edit").`,
  ];
}

/** A row's words, its cells joined by " | ". */
export function rowText(cells: readonly GridCell[]): string {
  return cells
    .filter((g) => g.origin && g.text)
    .map((g) => g.text)
    .join(' | ');
}
