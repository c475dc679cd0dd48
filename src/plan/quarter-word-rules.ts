import { endedAsItsWords } from './ended-words.js';
import { lagFiguresUpdated } from './lag-figures.js';
import { pendingNotCarried } from './pending-received.js';
import { quarterKeysMatchMonths } from './quarter-months.js';
import { ragsOfTheirQuarter } from './rag-words.js';
import { reportLinesNotPasted } from './report-lines.js';
import type { Rule } from './rule-context.js';
import { notesOfTheirQuarter } from './stale-notes.js';

/**
 * The rules that hold each update to its own quarter's words: a quarter's key, rating, ending, notes,
 * late figures and pending amounts that the words show were copied from another quarter and left.
 */
export const quarterWordRules: readonly Rule[] = [
  quarterKeysMatchMonths,
  reportLinesNotPasted,
  notesOfTheirQuarter,
  ragsOfTheirQuarter,
  endedAsItsWords,
  lagFiguresUpdated,
  pendingNotCarried,
];
