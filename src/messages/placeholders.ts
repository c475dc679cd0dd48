import { entry, group } from './entry.js';

export const placeholders = group(
  'Placeholders left by plan new-quarter',
  'plan new-quarter writes a placeholder where the officer writes the new quarter ("TODO: write the Q3 narrative", "TODO: Q3 figure (was 11)"). Written beside, or left in part, it would reach the report: it is said at its line, with the line as it must be written.',
  {
    placeholderBesideText: entry(
      [{ placeholder: 'TODO: write the Q3 narrative', line: 'narrative: Rules adopted by EDC in October.' }],
      (p) => ({
        message: `the placeholder "${p.placeholder}" is still on this line, beside the text you wrote: the report would print it`,
        hint: `delete the placeholder (and any quotes), so that the line reads: ${p.line}`,
        fixed: `the placeholder "${p.placeholder}" deleted`,
      }),
    ),
    placeholderBesideFigure: entry(
      [
        { placeholder: 'TODO: Q3 figure (was 11)', figure: '10', line: 'WBC: 10' },
        { placeholder: '(was 11)', figure: '10', line: 'WBC: 10' },
      ],
      (p) => ({
        message: `the placeholder "${p.placeholder}" is still on this line, beside the figure ${p.figure}`,
        hint: `delete the placeholder (and any quotes), so that the line reads: ${p.line}`,
        fixed: `the placeholder "${p.placeholder}" deleted, leaving ${p.figure}`,
      }),
    ),
    placeholderBesideFigures: entry([{ placeholder: 'TODO: Q3 figure (was 11)', figures: ['10', '12'], code: 'WBC' }], (p) => ({
      message: `the placeholder "${p.placeholder}" is still on this line, with ${p.figures.length} figures beside it: ${p.figures.join(', ')}`,
      hint: `write the ${p.code} figure for this quarter alone, as a plain number, e.g. ${p.code}: ${p.figures[0]}`,
    })),
    checkLeftOnNote: entry([{ code: 'KBC', note: 'two parish councils paid late', written: 'check:' }], (p) => ({
      message: `"${p.written}" is what is left of the "TODO check:" plan new-quarter put before the ${p.code} note it carried forward: the report would print it`,
      hint: `delete "${p.written} " from the start of the note, so that it reads "${p.note}" (if the note no longer holds, rewrite it or delete the line)`,
      fixed: `"${p.written}" deleted from the start of the ${p.code} note`,
    })),
    confirmAnswered: entry([{ answer: 'checked 14/04/2031: these are the 2031/32 targets', line: 17 }], (p) => ({
      message: `the "confirm:" line the new year wrote here has been answered ("${p.answer}"): the target is confirmed, so the line is no longer needed`,
      hint: `delete line ${p.line} (your note of the check is not part of the plan; the target amounts above it stay as they are)`,
      fixed: `line ${p.line} "confirm: …" deleted: the target is confirmed`,
    })),
    officePlaceholder: entry([{ written: 'Choose an item.', what: 'Q2 status' }], (p) => ({
      message: `"${p.written}" is what a Word form shows in a box where nothing was typed or chosen, copied with the rest: the report would print it as the ${p.what}`,
      hint: `write the ${p.what} in its place`,
    })),
    officePlaceholderBeside: entry([{ written: 'Click or tap here to enter text.', line: 'status: Draft with legal' }], (p) => ({
      message: `"${p.written}" is what a Word form shows in a box where nothing was typed, copied with your text: the report would print it`,
      hint: `delete it, so that the line reads: ${p.line}`,
      fixed: `"${p.written}" deleted`,
    })),
    placeholderLeft: entry(
      [
        { written: 'write the Q3 narrative', quarter: 'Q3', what: 'narrative' },
        { written: 'Q3 figure (was 11)', quarter: 'Q3', what: 'figure' },
      ],
      (p) => ({
        message: `"${p.written}" is what is left of the placeholder plan new-quarter wrote here: the ${p.quarter} ${p.what} is not written yet`,
        hint:
          p.what === 'figure'
            ? `write the ${p.quarter} figure in its place, as a plain number; delete the line if there is none`
            : `write the ${p.quarter} ${p.what} in its place`,
      }),
    ),
  },
);
