import { isScalar } from 'yaml';
import { financialYearLabel } from '../../plan/quarters.js';
import { readDue } from '../../plan/schedule.js';
import type { NextYear } from './new-year.js';
import { replaceScalar, type TextEdit } from './text-edit.js';

/**
 * A due quarter written without its year ("due: Q3") meant the year that is finishing: carried into
 * the new year as it is, it would quietly move a year later. The roll writes the finished year into
 * it ("due: 2014/15 Q3"), so that `plan validate` says it is before the new year and the officer
 * sets a new one. A date, or a quarter with its year, is kept as written.
 */
export function datedDue(text: string, due: unknown, next: NextYear): TextEdit | undefined {
  if (!isScalar(due) || typeof due.value !== 'string') return undefined;
  const read = readDue(due.value);
  if (!('value' in read) || read.value.kind !== 'quarter' || read.value.year !== undefined) return undefined;
  const first = Number(next.label.slice(0, 4)) - 1;
  const finished = financialYearLabel(String(first), String(first + 1));
  if (!finished || due.range === undefined || due.range === null) return undefined;
  // Written as the officer wrote it, in the same quotes if any.
  const written = text.slice(due.range[0], due.range[1]);
  const quote = /^["']/.test(written) ? written[0]! : '';
  return replaceScalar(due, `${quote}${finished} ${read.value.quarter}${quote}`);
}
