import { plural } from '../shared/words.js';
import type { DocBody } from './doc-body.js';
import type { Attention, ImportedSection } from './imported-plan.js';
import type { RowContext } from './plan-table.js';

/** What plan import tells the officer about a row and about the whole document, beside the plan it writes. */

/** Where plan import's notes go: what needs the officer's eye, what was left out on purpose, plan.yaml's comments. */
export interface Notes {
  attention: Attention[];
  leftOut: string[];
  planComments: string[];
}

/** What the officer must check about a row: merged-down cells, tables in cells, tracked changes, images. */
export function rowNotes({ table, r, cells, header, where }: RowContext, comments: string[], attention: Attention[]): void {
  const row = table.rows[r]!;
  cells.forEach((g, c) => {
    if (g.mergedFrom === undefined || !g.text) return;
    const name = header.names[c] || `column ${c + 1}`;
    attention.push({
      where,
      message: `the "${name}" cell is merged with the one above (row ${g.mergedFrom + 1}); this action was given its text`,
      hint: 'check that the text is right for each of the actions it covers',
    });
  });
  if (row.cells.some((c) => c.nestedTables > 0)) {
    attention.push({
      where,
      message: 'has a table inside a cell; its rows were put in the cell\'s text, one a line, with " | " between its cells',
      hint: 'check the text, and make it bullets if that reads better',
    });
  }
  const tracked = row.cells.reduce((n, c) => n + c.trackedChanges, 0);
  if (tracked > 0) {
    attention.push({
      where,
      message: 'has tracked changes; the text was read as if they were accepted',
      hint: 'check the action against the document, or accept or reject the changes in Word (Review → Accept) and import again',
    });
    comments.push('This row had tracked changes in Word: it was read as if they were accepted. Check it.');
  }
  const images = row.cells.reduce((n, c) => n + c.images, 0);
  if (images > 0) {
    const what = imageCount(images);
    attention.push({ where, message: `has ${what}, which plan cannot import`, hint: 'describe what it shows in the narrative' });
    comments.push(`This row had ${what} in Word, not imported: describe it in the narrative.`);
  }
}

/** Hidden and deleted text (left out on purpose), and what plan could not read (needs the officer's eye). */
export function listLeftOut(body: DocBody, notes: Notes): void {
  for (const item of body.leftOut) {
    const shown = item.text.replace(/\s+/g, ' ');
    const quoted = `"${shown.length > 80 ? `${shown.slice(0, 77)}…` : shown}"`;
    if (item.what === 'hidden text' || item.what === 'deleted text')
      notes.leftOut.push(
        `${item.what} in ${item.where}: ${quoted} (${item.what === 'hidden text' ? 'hidden in Word' : 'a tracked deletion'}; not imported)`,
      );
    else
      notes.attention.push({
        where: item.where,
        message:
          item.what === 'unknown symbol' ? `a symbol plan cannot turn into a character (${item.text}); it was kept as it is` : item.text,
        hint:
          item.what === 'unknown symbol' ? 'replace it with a word or an ordinary character' : 'copy what it holds into the plan by hand',
      });
  }
}

/** What is true of the whole document: plan's own text, charts, images and tracked changes outside tables, empty sections. */
export function listDocumentNotes(body: DocBody, sections: readonly ImportedSection[], reportText: number, notes: Notes): void {
  if (reportText > 0) notes.leftOut.push(`${plural(reportText, 'paragraph')} outside the tables that plan report writes itself`);
  const charts = body.charts === 1 ? 'a chart' : `${body.charts} charts`;
  if (body.charts > 0 && body.madeByPlan) notes.leftOut.push(`${charts}: plan report draws its own from the figures`);
  else if (body.charts > 0)
    notes.attention.push({
      where: 'the document',
      message: `${charts}, not imported`,
      hint: 'record the figures it shows as target and achieved amounts; plan report draws the charts from them',
    });
  if (body.outside.images > 0)
    notes.attention.push({
      where: 'outside the tables',
      message: `${imageCount(body.outside.images)}, not imported`,
      hint: 'nothing to do unless it carried plan content',
    });
  if (body.outside.trackedChanges > 0)
    notes.attention.push({
      where: 'outside the tables',
      message: 'tracked changes; headings were read as if they were accepted',
      hint: 'check the section numbers and titles',
    });
  for (const s of sections.filter((s) => s.actions.length === 0)) {
    // A heading over other headings ("3. Procurement" above 3.1 and 3.2) gets no file: its words are kept in plan.yaml.
    if (s.comments.length === 0) notes.planComments.push(`A heading with no actions under it: ${s.number} ${s.title}`);
    notes.attention.push({
      where: `section ${s.number} "${s.title}"`,
      message:
        s.comments.length === 0
          ? 'has no table of actions under it; it is kept as a comment in plan.yaml'
          : 'has no table of actions under it',
      hint: 'add its actions by hand, or delete its file if it is not part of the plan',
    });
  }
}

/** "an image", "3 images". */
function imageCount(n: number): string {
  return n === 1 ? 'an image' : `${n} images`;
}
