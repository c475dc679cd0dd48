import type { AnyEntry, Group } from './entry.js';
import { TABLE } from './index.js';

/**
 * docs/messages.md: every entry of the table at each of its examples, group by group, so that the
 * whole wording can be read and reviewed as prose. Written by `npm run docs`
 * (build/docs-messages.mjs); test/wording.test.ts fails when the page is out of date.
 */
export function messagesPage(): string {
  const out = [
    '# What plan says',
    '',
    '<!-- Written by `npm run docs` from src/messages/; edit the wording there, not here. -->',
    '',
    'Every message `plan validate` (and every other command) prints about a plan file, with its hint,',
    'as the table in `src/messages/` words it. Each entry is shown at example values; where a message',
    'has several forms, each is shown. "→" starts the hint; "fixed:" is what `plan validate --fix`',
    'says when it makes the repair itself.',
  ];
  for (const g of TABLE as readonly Group<Record<string, AnyEntry>>[]) {
    out.push('', `## ${g.title}`, '', g.intro, '');
    for (const [id, e] of Object.entries(g.entries)) {
      for (const example of e.examples) {
        const w = (e.say as (p: unknown) => { message: string; hint: string; fixed?: string })(example);
        out.push(`- \`${id}\`: ${w.message}  `, `  → ${w.hint}${w.fixed ? `  \n  fixed: ${w.fixed}` : ''}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}
