import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { QUARTERS } from './quarters.js';
import { at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A line the report writes itself from the figures, pasted into a narrative: starting the quarter's
 * narrative from last quarter's appendix brings "RDC \u2013 \u00a36,900 achieved (up \u00a34,500 since Q1) \u2013
 * i.e. 46% of the \u00a315,000 annual target at the end of the second quarter" with it. The report would
 * print it in the new narrative, with the old quarter's figures, under the figures it computes anew.
 * Found by the words of src/report/build-report.ts's figure line (a test keeps the two together),
 * with a plain hyphen for the dash as well, as some copies give it.
 */
export const REPORT_LINE =
  /[\u2013-] i\.e\. [\d.]+% of the \u00a3[\d,]+ annual target at the end of the (first|second|third|fourth) quarter/;

const ORDINALS = ['first', 'second', 'third', 'fourth'];

export const reportLinesNotPasted: Rule = (ctx) =>
  eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    return QUARTERS.flatMap((q): Diagnostic[] => {
      const narrative = asDict(updates[q])?.narrative;
      if (typeof narrative !== 'string' || !REPORT_LINE.test(narrative)) return [];
      const start = at(ref.f, [...ref.path, 'updates', q, 'narrative']);
      const text = ref.f.file.text;
      // Each pasted line's place in the file: the lines of the narrative that hold the report's words.
      const found = narrative
        .split('\n')
        .filter((line) => REPORT_LINE.test(line))
        .map((line) => text.indexOf(line.trim(), start))
        .filter((offset) => offset >= 0);
      if (found.length === 0) return [];
      const lines = found.map((offset) => ref.f.file.position(offset).line);
      const from = QUARTERS[ORDINALS.indexOf(REPORT_LINE.exec(narrative)![1]!)]!;
      const wording = say.reportLinePasted({ quarter: q, from, lines });
      return [problem(ref.f, found[0]!, 'warning', 'report-line-pasted', wording)];
    });
  });
