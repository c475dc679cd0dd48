import { dueAsCalendarQuarter, dueAsRangeStart, dueAsTextDate } from './due-calendar.js';
import { endedAsItsWords, endedInItsQuarter } from './ended-words.js';
import { lagFiguresUpdated } from './lag-figures.js';
import { narrativeYearsOfTheirQuarter } from './narrative-years.js';
import { pendingNotCarried, pendingNotLost } from './pending-received.js';
import { quarterKeysMatchMonths } from './quarter-months.js';
import { ragsOfTheirQuarter } from './rag-words.js';
import { reportLinesNotPasted } from './report-lines.js';
import type { Rule } from './rule-context.js';
import { notesOfTheirQuarter } from './stale-notes.js';

/**
 * The rules that hold quarters to the words: an update's key, rating, ending, notes, late figures and
 * pending amounts that its words show were copied from another quarter and left, and a due quarter
 * that the action's own words show is the calendar's.
 */
export const quarterWordRules: readonly Rule[] = [
  quarterKeysMatchMonths,
  reportLinesNotPasted,
  notesOfTheirQuarter,
  ragsOfTheirQuarter,
  endedAsItsWords,
  endedInItsQuarter,
  dueAsCalendarQuarter,
  dueAsTextDate,
  dueAsRangeStart,
  narrativeYearsOfTheirQuarter,
  lagFiguresUpdated,
  pendingNotCarried,
  pendingNotLost,
];
