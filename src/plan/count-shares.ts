import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { measureValue } from './measure-figures.js';
import { sentencesOf } from './narrative-amounts.js';
import { QUARTERS } from './quarters.js';
import { at, eachAction, lineOfWords, problem, type Rule, type RuleContext } from './rule-context.js';

/**
 * A percentage measure given the count its narrative gives: "SKC 9 of 12 (75%)" and "SKC: 9". The
 * report prints 9%, a figure that fits the unit, so nothing else would stop it. Read only when the
 * council's figure is the first number of "N of M" named for it, N is less than M, and the share is
 * another figure: the one the narrative gives in brackets, or N of M worked out.
 */
const sharesNotCounts: Rule = (ctx: RuleContext): Diagnostic[] =>
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
          // The narrative giving the figure as a percentage too ("9%") writes the count of something else.
          if (new RegExp(`\\b${value} ?(?:%|per ?cent)`).test(narrative)) return [];
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

/**
 * A money measure given a percentage its narrative gives the council: "HLD: 10" from "let with a 10%
 * social value weighting, ... taking HLD to £14,200". Read only when the figure falls below the
 * council's figure of the quarter before, and the same sentence takes the council to a sum above it.
 */
const moneyNotPercents: Rule = (ctx: RuleContext): Diagnostic[] =>
  eachAction(ctx).flatMap((ref) => {
    const updates = asDict(ref.action.updates) ?? {};
    return Object.entries(asDict(ref.action.measures) ?? {}).flatMap(([id, raw]): Diagnostic[] => {
      if (asDict(raw)?.unit !== 'money') return [];
      return QUARTERS.slice(1).flatMap((q, k): Diagnostic[] => {
        const update = asDict(updates[q]);
        const row = asDict(asDict(update?.measures)?.[id]) ?? {};
        const before = asDict(asDict(asDict(updates[QUARTERS[k]!])?.measures)?.[id]) ?? {};
        return Object.entries(row).flatMap(([code, v]): Diagnostic[] => {
          const [value, then] = [typeof v === 'number' ? v : undefined, measureValue(before[code])];
          if (value === undefined || then === undefined || value >= then) return [];
          const sentence = sentencesOf(update ?? {}).find(
            (s) => new RegExp(`\\b${code}\\b`).test(s) && new RegExp(`\\b${value} ?(?:%|per ?cent)`).test(s),
          );
          // "taking HLD to £14,200": the council's total so far; not a sum of another kind, nor a figure the sentence gives in pounds.
          const to =
            sentence === undefined || new RegExp(`\u00a3\\s?${value}\\b`).test(sentence)
              ? undefined
              : /\btaking (?:it|them|its total|[A-Z]{2,5}) to \u00a3\s?(\d{1,3}(?:,\d{3})+|\d+)\b/.exec(sentence);
          const meant = to ? Number(to[1]!.replace(/,/g, '')) : undefined;
          if (meant === undefined || meant <= then) return [];
          const said = to![0].slice(to![0].indexOf('\u00a3'));
          const wording = say.percentForMoney({
            id,
            code,
            quarter: q,
            value,
            meant,
            said,
            line: lineOfWords(ref, ['updates', q, 'narrative'], said),
          });
          return [problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'measures', id, code]), 'warning', 'percent-for-money', wording)];
        });
      });
    });
  });

/**
 * A count's targets typed as 100 for every council, as "all of them" would be a percentage, where the
 * action's text gives each council its count ("AVB's 6, PMD's 4, SKC's 8 and HLD's 3"). Every council
 * is rated far behind a target it can never reach. Said at the target, with the text's counts.
 */
const countTargetsNotHundred: Rule = (ctx: RuleContext): Diagnostic[] =>
  eachAction(ctx).flatMap((ref) =>
    Object.entries(asDict(ref.action.measures) ?? {}).flatMap(([id, raw]): Diagnostic[] => {
      const measure = asDict(raw);
      const target = Object.entries(asDict(measure?.target) ?? {});
      const text = typeof ref.action.action === 'string' ? ref.action.action : '';
      if (measure?.unit !== 'count' || target.length < 2 || target.some(([, v]) => v !== 100)) return [];
      const counts = target.map(([code]) => new RegExp(`\\b${code}(?:['\u2019]s)?\\s*:?\\s*(\\d+)\\b(?!\\s?%)`).exec(text));
      if (counts.some((m) => m === null || Number(m[1]) >= 100)) return [];
      const wording = say.countTargetsAsAll({
        id,
        counts: target.map(([code], n) => `${code} ${counts[n]![1]}`).join(', '),
        write: target.map(([code], n) => `${code}: ${counts[n]![1]}`).join(', '),
      });
      return [problem(ref.f, at(ref.f, [...ref.path, 'measures', id, 'target']), 'warning', 'count-targets-as-all', wording)];
    }),
  );

/** The rules that hold a measure's figures to the form of the unit its narrative writes them in. */
export const figureFormRules: readonly Rule[] = [sharesNotCounts, moneyNotPercents, countTargetsNotHundred];
