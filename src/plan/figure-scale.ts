import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict, numberEntries } from '../input/check-yaml.js';
import { locate, type PathSegment } from '../input/yaml-source.js';
import { say, type Wording } from '../messages/index.js';
import { formatMoney, groupThousands, median } from '../shared/numbers.js';
import { doubtfulFigures } from './narrative-figures.js';
import { wordsOf } from './narrative-rules.js';
import { outOfPace } from './pace-slips.js';
import { QUARTERS } from './quarters.js';
import type { CheckedFile, RuleContext, WordsFound } from './rule-context.js';
import { targetsTextGivesOtherwise } from './target-text-other.js';

/**
 * Figures out of scale with their neighbours. A figure can be a well-formed whole number and still
 * be a slip: three zeros too many or too few, a dot typed for a comma in a spreadsheet before it was
 * pasted. Plan cannot know the right figure, so these are warnings that name both figures; they stop
 * a mistyped number reaching committee unremarked.
 */

/** Achieved this many times the target is not an over-achievement but a slip (10,000%). */
const OVER_TARGET = 100;
/** One figure this many times another of the same kind, beside it. */
const JUMP = 1000;

type Dict = Record<string, unknown>;

function offsetOf(f: CheckedFile, path: readonly PathSegment[]): number {
  return locate(f.root, path).node?.start ?? 0;
}

function times(big: number, small: number): string {
  return groupThousands(Math.round(big / small));
}

/**
 * A year-to-date achieved figure a hundredth or less of the quarter before's: not a fall but, most
 * often, a figure copied from a column in thousands (57.8 for £57,800) and rounded to £58.
 */
function fall(code: string, previous: number, before: string, value: number, quarter: string): Wording {
  const meant = value * 1000;
  return say.figureFalls({
    code,
    was: formatMoney(previous),
    before,
    now: formatMoney(value),
    quarter,
    times: times(previous, value),
    meant,
    shown: formatMoney(meant),
  });
}

/** Achieved this many times the year's target, with a tenth of it in line, reads as a digit typed twice. */
const OVER_BY_A_DIGIT = 5;

/**
 * The median share of their targets the other councils have achieved in an update, when two or more
 * of them have a target and a figure: what a council's own share is weighed against.
 */
function shareOfOthers(update: unknown, targetOf: ReadonlyMap<string, number>, code: string): number | undefined {
  const shares = numberEntries(asDict(update)?.achieved)
    .filter(([c]) => c !== code && (targetOf.get(c) ?? 0) > 0)
    .map(([c, v]) => v / targetOf.get(c)!);
  return shares.length >= 2 ? median(shares) : undefined;
}

/**
 * A year-to-date achieved figure with a digit too many at its end (316000 for 31600, or 274002 for 27400
 * with a PDF's footnote mark): more than five times the
 * year's target, and ten times the quarter before or ten times the other councils' share, while a
 * tenth of it is within the target and no less than the quarter before. A council doubling or
 * tripling its figures, or beating its target, is none of these.
 */
function extraDigit(value: number, target: number, previous: number | undefined, others: number | undefined): boolean {
  // The digit too many is the last: a zero typed twice, or a footnote's mark copied from a PDF as a digit ("27,400\u00b2").
  if (target <= 0 || value <= OVER_BY_A_DIGIT * target) return false;
  // A thousandfold jump is a figure in pounds for one in thousands: figureJumps says so.
  const jumped = previous !== undefined && previous > 0 && value >= 10 * previous && value < JUMP * previous;
  const apart = others !== undefined && others > 0 && value / target >= 10 * others;
  const tenth = Math.trunc(value / 10);
  return (jumped || apart) && tenth <= target && (previous === undefined || tenth >= previous);
}

/** Each achieved figure with a digit too many, by its path within the action's updates. */
function digitsTooMany(updates: Dict, targetOf: ReadonlyMap<string, number>): Array<[PathSegment[], Wording]> {
  return QUARTERS.flatMap((q, i) => {
    const p = i > 0 ? QUARTERS[i - 1] : undefined;
    const before = new Map(p ? numberEntries(asDict(updates[p])?.achieved) : []);
    return numberEntries(asDict(updates[q])?.achieved).flatMap(([code, value]): Array<[PathSegment[], Wording]> => {
      const [target, previous] = [targetOf.get(code), before.get(code)];
      if (target === undefined || !extraDigit(value, target, previous, shareOfOthers(updates[q], targetOf, code))) return [];
      return [[['updates', q, 'achieved', code], digitTooMany(code, value, q, target, previous, previous === undefined ? undefined : p)]];
    });
  });
}

function digitTooMany(
  code: string,
  value: number,
  quarter: string,
  target: number,
  previous: number | undefined,
  before: string | undefined,
): Wording {
  const meant = Math.trunc(value / 10);
  return say.figureExtraDigit({
    code,
    now: formatMoney(value),
    quarter,
    target: formatMoney(target),
    times: times(value, target),
    was: previous === undefined ? undefined : formatMoney(previous),
    before,
    meant,
    shown: formatMoney(meant),
  });
}

/**
 * A year-to-date figure that jumps a thousandfold from one quarter to the next, or falls to a hundredth:
 * by its path within the action, leaving the figures already warned of as out of step with the pace.
 */
function jumpsAndFalls(updates: Dict, doubtful: ReadonlySet<string>): Array<[PathSegment[], Wording]> {
  const out: Array<[PathSegment[], Wording]> = [];
  for (let i = 1; i < QUARTERS.length; i++) {
    const q = QUARTERS[i]!;
    const p = QUARTERS[i - 1]!;
    for (const field of ['achieved', 'pending'] as const) {
      const before = new Map(numberEntries(asDict(updates[p])?.[field]));
      for (const [code, value] of numberEntries(asDict(updates[q])?.[field])) {
        const previous = before.get(code);
        if (doubtful.has(['updates', q, field, code].join(' '))) continue;
        if (field === 'achieved' && previous !== undefined && value > 0 && value * OVER_TARGET <= previous) {
          out.push([['updates', q, field, code], fall(code, previous, p, value, q)]);
          continue;
        }
        if (previous === undefined || previous <= 0 || value < JUMP * previous) continue;
        const meant = Math.round(value / 1000);
        out.push([
          ['updates', q, field, code],
          say.figureJumps({
            code,
            field,
            was: formatMoney(previous),
            before: p,
            now: formatMoney(value),
            quarter: q,
            times: times(value, previous),
            meant,
            shown: formatMoney(meant),
          }),
        ]);
      }
    }
  }
  return out;
}

/** The checks for one action of one file. */
function checkAction(f: CheckedFile, action: Dict, path: PathSegment[], words: WordsFound): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A figure the words of its own update explain is worded there (carried-figures.ts,
  // narrative-figures.ts), not as a scale slip.
  const explained = new Set((words.said.get(action) ?? []).map((s) => ['updates', s.quarter, 'achieved', s.code].join(' ')));
  for (const slip of words.slips.get(action) ?? []) for (const p of doubtfulFigures(slip)) explained.add(p.slice(-4).join(' '));
  // A target the action's own text gives otherwise is worded there (target-text-other.ts).
  for (const [code] of targetsTextGivesOtherwise(action, words.names) ?? [])
    explained.add(`${path[path.length - 1]} target amounts ${code}`);
  const warn = (at: readonly PathSegment[], code: string, { message, hint }: Wording) => {
    if (!explained.has(at.slice(-4).join(' '))) out.push(f.file.diagnostic(offsetOf(f, at), 'warning', code, message, hint));
  };
  const targets = numberEntries(asDict(action.target)?.amounts);
  const updates = asDict(action.updates) ?? {};

  // A target beside the other councils' targets: with three or more, the odd one is the one far
  // from the middle of the others; with two, plan cannot tell which, and names both.
  targets.forEach(([code, value], i) => {
    const others = targets.filter((_, j) => j !== i).map(([, v]) => v);
    if (value <= 0 || others.length === 0 || (others.length === 1 && i === 0)) return;
    const middle = others.length === 1 ? others[0]! : median(targets.map(([, v]) => v));
    if (middle <= 0) return;
    const ratio = Math.max(value / middle, middle / value);
    if (ratio < JUMP) return;
    const bigger = value > middle;
    const meant = bigger ? Math.round(value / 1000) : value * 1000;
    const p = {
      code,
      target: formatMoney(value),
      times: times(Math.max(value, middle), Math.min(value, middle)),
      bigger,
      other: formatMoney(middle),
      meant,
      shown: formatMoney(meant),
    };
    warn([...path, 'target', 'amounts', code], 'figure-out-of-scale', others.length === 1 ? say.targetOffOther(p) : say.targetOffOthers(p));
  });
  // A target a hundredth or less of everything achieved against it.
  for (const [code, target] of targets) {
    const achieved = QUARTERS.flatMap((q) =>
      numberEntries(asDict(updates[q])?.achieved)
        .filter(([c, v]) => c === code && v > 0)
        .map(([, v]) => v),
    );
    const least = Math.min(...achieved);
    if (target <= 0 || achieved.length === 0 || least < OVER_TARGET * target) continue;
    const latest = achieved[achieved.length - 1]!;
    warn(
      [...path, 'target', 'amounts', code],
      'figure-out-of-scale',
      say.achievedFarAboveTarget({
        code,
        target: formatMoney(target),
        achieved: formatMoney(latest),
        times: times(latest, target),
        meant: target * 1000,
        shown: formatMoney(target * 1000),
      }),
    );
  }
  // A figure out of step with the pace is worded there (an amount in pence), not read a second way here.
  const paced = outOfPace(action);
  const doubtful = new Set(paced.map(([at]) => at.join(' ')));
  for (const [at, wording] of digitsTooMany(updates, new Map(targets)))
    if (!doubtful.has(at.join(' '))) warn([...path, ...at], 'figure-out-of-scale', wording);
  for (const [at, wording] of paced) warn([...path, ...at], 'figure-out-of-scale', wording);
  for (const [at, wording] of jumpsAndFalls(updates, doubtful)) warn([...path, ...at], 'figure-out-of-scale', wording);
  return out;
}

/** Figures a thousandfold out of scale with the target or the quarter before: see above. */
export function figuresInScale(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const words = wordsOf(ctx);
  for (const f of ctx.sectionFiles) {
    const actions = asDict(f.data)?.actions;
    if (!Array.isArray(actions)) continue;
    actions.forEach((a, i) => {
      const action = asDict(a);
      if (action) out.push(...checkAction(f, action, ['actions', i], words));
    });
  }
  return out;
}
