import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { measureValue } from './measure-figures.js';
import { QUARTERS } from './quarters.js';
import { at, eachAction, lineOfWords, problem, type RuleContext } from './rule-context.js';

/**
 * A percentage measure given the count its narrative gives: "SKC 9 of 12 (75%)" and "SKC: 9". The
 * report prints 9%, a figure that fits the unit, so nothing else would stop it. Read only when the
 * council's figure is the first number of "N of M" named for it, N is less than M, and the share is
 * another figure: the one the narrative gives in brackets, or N of M worked out.
 */
export const sharesNotCounts = (ctx: RuleContext): Diagnostic[] =>
  eachAction(ctx).flatMap((ref) => {
    const updates = asDict(ref.action.updates) ?? {};
    return Object.entries(asDict(ref.action.measures) ?? {}).flatMap(([id, raw]): Diagnostic[] => {
      if (asDict(raw)?.unit !== 'percent') return [];
      return QUARTERS.flatMap((q): Diagnostic[] => {
        const update = asDict(updates[q]);
        const row = asDict(asDict(update?.measures)?.[id]) ?? {};
        const narrative = typeof update?.narrative === 'string' ? update.narrative.replace(/\s+/g, ' ') : '';
        return Object.entries(row).flatMap(([code, v]): Diagnostic[] => {
          const value = typeof v === 'number' ? measureValue(v) : undefined;
          const m = new RegExp(
            `\\b${code}\\b[^;.\\d]{0,20}?(\\d+) (?:of|out of) (\\d+)(?:[^;.(\\d]{0,30}\\((\\d+(?:\\.\\d+)?) ?%\\))?`,
          ).exec(narrative);
          if (value === undefined || !m || Number(m[1]) !== value || Number(m[1]) >= Number(m[2])) return [];
          const share = m[3] === undefined ? Math.round((100 * Number(m[1])) / Number(m[2])) : Number(m[3]);
          if (share === value) return [];
          const said = m[0].slice(m[0].indexOf(m[1]!)).replace(/\s*\(.*$/, '');
          const wording = say.countForShare({
            id,
            code,
            quarter: q,
            value,
            said: `${code} ${said}`,
            share,
            line: lineOfWords(ref, ['updates', q, 'narrative'], said),
          });
          return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'measures', id, code]), 'warning', 'count-for-share', wording)];
        });
      });
    });
  });
