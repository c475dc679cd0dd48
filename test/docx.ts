import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a .docx, by path. */
export function docxParts(path: string): Record<string, string> {
  const files = unzipSync(readFileSync(path));
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) out[name] = strFromU8(data);
  return out;
}

/** The visible text of word/document.xml, paragraph by paragraph. */
export function docxText(path: string): string {
  const xml = docxParts(path)['word/document.xml'] ?? '';
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : m[1])).join(''))
    .map((p) =>
      p
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    )
    .filter((p) => p.length > 0)
    .join('\n');
}
