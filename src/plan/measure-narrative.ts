import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { escapeRegExp } from '../shared/words.js';
import { inLine, measureValue, others, rowValues, shown } from './measure-figures.js';
import { figuresAsOtherThings } from './narrative-other.js';
import { figuresInWeeks } from './narrative-units.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { type ActionRef, at, eachAction, problem, type RuleContext } from './rule-context.js';

/**
 * A measure's figure that the narrative of the same update gives otherwise: "FDC 31, GBC 22, OCC 17"
 * under figures 31, 31, 31 (one council's figure filled down), or "GBC (31%)" under 13 (its digits
 * typed the wrong way round). Each still fits its unit, so nothing else would stop it reaching
 * committee. Read only from a line of the narrative that names two or more councils with a figure each,
 * at least one of them the measure's figure as written (so the line is about this measure), and each
 * other one a figure in line with the council's own other quarters and target, and not all of them
 * figures of another quarter or the target (which is what the line may be giving).
 */

/**
 * What follows a council's code or name when a line gives its figure: a bracket, a colon or "is"/"at"/"on",
 * then the figure. A figure with a multiplier after it ("\u00a324k", "\u00a31.2 million") is no figure as written: left unread.
 */
const FIGURE_AFTER = String.raw`\s*(?:\(|:|=|\bis\b|\bat\b|\bon\b|\bwith\b)?\s*(\u00a3)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(%)?(?![\d/-]|\s?(?:k|m|bn|million|thousand)\b)`;

/** A council code, then within a bracket, a colon or "is"/"at"/"on", a figure: "GBC (31%)", "FDC 31", "OCC: £4,000". */
export const MENTION = new RegExp(String.raw`\b([A-Z]{2,5})\b${FIGURE_AFTER}`, 'g');

interface Mention {
  code: string;
  value: number;
  pounds: boolean;
  percent: boolean;
}

/** Each council's names (plan.yaml's, with and without "District Council"), each followed by a figure, as patterns. */
export function namePatterns(names: ReadonlyMap<string, readonly string[]>): ReadonlyMap<string, readonly RegExp[]> {
  return new Map([...names].map(([code, words]) => [code, words.map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b${FIGURE_AFTER}`, 'g'))]));
}

/**
 * The councils a line gives a figure each, by code ("FDC 31") or by name ("Brackwater 3", as
 * plan.yaml names the council, with or without "District Council").
 */
/** A figure of one month of the quarter: "41% in March alone", "12 in January" (not "for January to March"). */
const ONE_MONTH =
  /(\d+(?:\.\d+)?%?)(\s+(?:in|for|during)\s+(?:the month of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?!\s*(?:to|-|\u2013|and|through|till|until)\s)/gi;

export function mentions(text: string, codes: ReadonlySet<string>, patterns: ReadonlyMap<string, readonly RegExp[]>): Mention[] {
  // A month's figure is not the quarter's: its digits are left out, the words kept.
  const line = text.replace(ONE_MONTH, (_, figure: string, rest: string) => `${'#'.repeat(figure.length)}${rest}`);
  // The pound sign, the figure and the percent sign are the groups from `k` on.
  const said = (code: string, m: RegExpMatchArray, k: number) => ({
    at: m.index!,
    code,
    value: Number(m[k + 1]!.replace(/,/g, '')),
    pounds: m[k] !== undefined,
    percent: m[k + 2] !== undefined,
  });
  const byCode = [...line.matchAll(MENTION)].filter((m) => codes.has(m[1]!)).map((m) => said(m[1]!, m, 2));
  const byName = [...codes].flatMap((code) =>
    (patterns.get(code) ?? []).flatMap((p) => [...line.matchAll(p)].map((m) => said(code, m, 1))),
  );
  return [...byCode, ...byName].sort((a, b) => a.at - b.at).map(({ at: _, ...m }) => m);
}

const digitsReversed = (a: number, b: number) =>
  Number.isInteger(a) && a !== b && String(a).length === 2 && String(a).split('').reverse().join('') === String(b);

/** `weeks`: the figures typed in weeks or as another figure ("Q3 days-to-pay SDN"), said by narrative-units.ts and narrative-other.ts, not here. */
function checkUpdate(
  ref: ActionRef,
  q: Quarter,
  weeks: ReadonlySet<string>,
  patterns: ReadonlyMap<string, readonly RegExp[]>,
  out: Diagnostic[],
): void {
  const measures = asDict(ref.action.measures) ?? {};
  const updates = asDict(ref.action.updates) ?? {};
  const update = asDict(updates[q]);
  const rows = asDict(update?.measures);
  if (!rows || typeof update?.narrative !== 'string') return;
  const narrativeAt = at(ref.f, [...ref.path, 'updates', q, 'narrative']);
  const firstLine = ref.f.file.position(narrativeAt).line + (/^[|>]/.test(ref.f.file.text.slice(narrativeAt)) ? 1 : 0);
  update.narrative.split('\n').forEach((line, n) => {
    // A line naming another quarter ("up from Q2") may give that quarter's figures.
    if (QUARTERS.some((l) => l !== q && new RegExp(`\\b${l}\\b`, 'i').test(line))) return;
    for (const [id, rawRow] of Object.entries(rows)) {
      const measure = asDict(measures[id]);
      const row = asDict(rawRow);
      if (!measure || !row) continue;
      const values = rowValues(row);
      const said = mentions(line, new Set(values.keys()), patterns).filter(
        (m) => !(m.percent && measure.unit !== 'percent') && !(m.pounds && measure.unit !== 'money') && !weeks.has(`${q} ${id} ${m.code}`),
      );
      if (said.length < 2 || new Set(said.map((m) => m.code)).size !== said.length) continue;
      const right = said.filter((m) => values.get(m.code) === m.value);
      const wrong = said.filter((m) => values.get(m.code) !== m.value);
      // With no figure as written, the line is about this measure only if the row is the quarter before's, carried.
      const carried = right.length === 0 ? carriedFrom(updates, id, q, values) : undefined;
      if ((right.length === 0 && (carried === undefined || wrong.length < 2)) || wrong.length === 0) continue;
      if (!wrong.every((m) => inLine(measure, updates, id, m.code, q, m.value))) continue;
      if (!carried && wrong.every((m) => others(measure, updates, id, m.code, q).includes(m.value))) continue;
      const nows = wrong.map((m) => values.get(m.code)!);
      const copied = right.find((m) => nows.every((v) => v === m.value));
      const why = carried
        ? 'carried'
        : copied
          ? 'copied'
          : wrong.every((m) => digitsReversed(values.get(m.code)!, m.value))
            ? 'digits'
            : undefined;
      const wording = say.measureNotAsNarrative({
        quarter: q,
        id,
        wrong: wrong.map((m) => ({
          code: m.code,
          now: shown(measure.unit, values.get(m.code)!),
          said: shown(measure.unit, m.value),
          meant: m.value,
        })),
        right: right.map((m) => m.code),
        line: firstLine + n,
        why,
        copiedFrom: carried ?? copied?.code,
      });
      const path = [...ref.path, 'updates', q, 'measures', id, wrong[0]!.code];
      const long = typeof row[wrong[0]!.code] !== 'number';
      out.push(problem(ref.f, at(ref.f, long ? [...path, 'value'] : path), 'warning', 'figure-not-as-narrative', wording));
    }
  });
}

/** The quarter before `q` when its row of measure `id` holds the same figures, council for council (two or more). */
function carriedFrom(updates: Record<string, unknown>, id: string, q: Quarter, values: ReadonlyMap<string, number>): Quarter | undefined {
  const before = QUARTERS[QUARTERS.indexOf(q) - 1];
  const row = before === undefined ? undefined : asDict(asDict(asDict(updates[before])?.measures)?.[id]);
  if (!row || values.size < 2 || Object.keys(row).length !== values.size) return undefined;
  return [...values].every(([code, v]) => measureValue(row[code]) === v) ? before : undefined;
}

/** Measure figures their update's narrative gives otherwise: see above. */
export const measuresAsNarrated = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  const patterns = namePatterns(ctx.words?.names ?? new Map());
  for (const ref of eachAction(ctx)) {
    const weeks = new Set(
      [...figuresInWeeks(ref.action), ...figuresAsOtherThings(ref.action)].map((s) => `${s.quarter} ${s.id} ${s.code}`),
    );
    for (const q of QUARTERS) checkUpdate(ref, q, weeks, patterns, out);
  }
  return out;
};
