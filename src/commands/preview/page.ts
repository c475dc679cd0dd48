import { resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { esc } from '../../html/escape.js';
import type { Quarter } from '../../plan/quarters.js';
import { plural } from '../../shared/words.js';

/**
 * What `plan preview` adds to the report's web page: a bar to switch quarters and download the
 * Word file (and PDF), a banner listing the plan's problems in plan validate's words, and a small
 * script that follows the server's events and swaps in each new render without reloading. Pure: the
 * page itself comes from the same renderer as `plan report --format html`.
 */

export interface PreviewView {
  quarter: Quarter;
  quarters: readonly Quarter[];
  /** Problems of the last render; with an error among them, the page is the last good one. */
  diagnostics: readonly Diagnostic[];
  /** True when the plan files have errors now, so the page shown (if any) is older than they are. */
  stale: boolean;
  /** Whether there is a page to show under the banner: false until the plan has once been free of errors. */
  hasPage: boolean;
  /** The folder the diagnostics' paths are relative to, for the editor links. */
  cwd: string;
  /** Whether a PDF can be made here (LibreOffice is installed). */
  pdf: boolean;
}

/** An editor link: VS Code (and editors that follow its scheme) opens the file at the line. */
function editorLink(d: Diagnostic, cwd: string): string {
  const path = resolve(cwd, d.file).split('\\').join('/');
  return `vscode://file/${encodeURI(path.startsWith('/') ? path.slice(1) : path)}:${d.line}:${d.column}`;
}

function banner(view: PreviewView): string {
  if (view.diagnostics.length === 0) return '';
  const errors = view.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = view.diagnostics.length - errors;
  const counts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ');
  const lead = !view.stale
    ? `The plan has ${counts}.`
    : view.hasPage
      ? `The plan has ${counts}: the page below is the last one plan could make.`
      : `The plan has ${counts}: plan can make the page once they are fixed.`;
  const items = sortDiagnostics(view.diagnostics).map(
    (d) =>
      `<li class="${d.severity}"><a href="${esc(editorLink(d, view.cwd))}"><code>${esc(`${d.file}:${d.line}:${d.column}`)}</code></a> ${esc(d.severity)}: ${esc(d.message)}${d.hint ? `<br><span class="hint">hint: ${esc(d.hint)}</span>` : ''}</li>`,
  );
  return `<section id="plan-preview-problems" role="alert" aria-labelledby="plan-preview-problems-h"><h2 id="plan-preview-problems-h">Problems in the plan</h2><p>${esc(lead)}</p><ul>${items.join('')}</ul></section>`;
}

function toolbar(view: PreviewView): string {
  const quarters = view.quarters
    .map((q) =>
      q === view.quarter ? `<li><a aria-current="page" href="/?quarter=${q}">${q}</a></li>` : `<li><a href="/?quarter=${q}">${q}</a></li>`,
    )
    .join('');
  const downloads = [
    `<li><a href="/download/report.docx?quarter=${view.quarter}" download>Word (.docx)</a></li>`,
    ...(view.pdf ? [`<li><a href="/download/report.pdf?quarter=${view.quarter}" download>PDF</a></li>`] : []),
  ].join('');
  return `<nav id="plan-preview-bar" aria-label="Preview"><span>Preview of ${view.quarter}</span> <ul aria-label="Quarter">${quarters}</ul> <ul aria-label="Download">${downloads}</ul></nav>`;
}

const STYLE = `<style id="plan-preview-style">
#plan-preview-bar { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: center; padding: 0.4rem 0.6rem; margin: -0.5rem 0 1rem; border-bottom: 1px solid #767676; font-size: 0.95rem; }
#plan-preview-bar ul { display: flex; gap: 0.75rem; list-style: none; margin: 0; padding: 0; }
#plan-preview-bar a[aria-current] { font-weight: bold; text-decoration: none; color: #1a1a1a; }
#plan-preview-problems { border: 2px solid #b00020; background: #fff4f4; color: #1a1a1a; padding: 0.5rem 1rem; margin: 0 0 1rem; }
#plan-preview-problems h2 { margin: 0.2rem 0; font-size: 1.1rem; color: #8a0018; }
#plan-preview-problems li { margin: 0.3rem 0; } #plan-preview-problems .hint { color: #3d3d3d; }
</style>`;

/**
 * Follows the server's events: on each new render, fetch the page again and swap in its body, keeping
 * the scroll position (no reload, no flicker). Reconnects by itself when the server restarts.
 */
const SCRIPT = `<script id="plan-preview-script">
(() => {
  let shown = document.documentElement.dataset.version;
  const events = new EventSource('/events');
  events.addEventListener('render', async (event) => {
    if (event.data === shown) return;
    const response = await fetch(location.pathname + location.search, { cache: 'no-store' });
    if (!response.ok) return;
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    const x = scrollX, y = scrollY;
    document.title = next.title;
    // A change of template changes the page's style sheet too.
    for (const style of document.head.querySelectorAll('style:not(#plan-preview-style)')) style.remove();
    for (const style of next.head.querySelectorAll('style:not(#plan-preview-style)')) document.head.append(document.adoptNode(style));
    document.body.replaceWith(document.adoptNode(next.body));
    shown = next.documentElement.dataset.version;
    document.documentElement.dataset.version = shown;
    scrollTo(x, y);
  });
})();
</script>`;

/** The report page with the preview's bar, banner and script; `version` names this render. */
export function decoratePage(page: string, view: PreviewView, version: number): string {
  return page
    .replace(/<html([^>]*)>/, `<html$1 data-version="${version}">`)
    .replace('</head>', `${STYLE}\n</head>`)
    .replace(/<body>/, `<body>\n${toolbar(view)}\n${banner(view)}`)
    .replace('</body>', `${SCRIPT}\n</body>`);
}

/** Before the plan has ever given a page: the problems alone. */
export function problemsOnlyPage(view: PreviewView, version: number): string {
  const page = `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>Plan preview: ${view.quarter}</title>\n<style>body { font-family: Arial, sans-serif; color: #1a1a1a; margin: 1.5rem; }</style>\n</head>\n<body>\n<main>\n<h1>Plan preview: ${view.quarter}</h1>\n<p>The page appears here once the errors above are fixed.</p>\n</main>\n</body>\n</html>\n`;
  return decoratePage(page, view, version);
}
