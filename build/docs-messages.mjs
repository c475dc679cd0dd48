import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run docs`: write docs/messages.md, every message and hint plan prints, from the table in
 * src/messages/ (built into dist/). With --check, write nothing and exit 1 when the page is out of date.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { messagesPage } = await import(join(root, 'dist', 'messages', 'doc.js'));
const target = join(root, 'docs', 'messages.md');
const page = messagesPage();
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== page) {
    process.stderr.write('docs/messages.md is out of date: run npm run docs\n');
    process.exitCode = 1;
  }
} else writeFileSync(target, page);
