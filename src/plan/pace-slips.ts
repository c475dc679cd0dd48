import { asDict, numberEntries } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say, type Wording } from '../messages/index.js';
import { formatMoney, groupThousands, median } from '../shared/numbers.js';
import { slipMeant } from './figure-slips.js';
import { QUARTERS } from './quarters.js';
import { swappedCouncils } from './swapped-figures.js';

/**
 * Money figures a tenfold or thousandfold out of step with the pace of the other councils: a target
 * with a zero too many (every achieved figure then a tenth of the others' share), an earlier quarter's
 * total with a zero too many (the next quarter then looks like a fall), a figure copied from a column
 * in thousands. Pure functions of an action's data, so that the statuses the figures would rate are
 * left alone while a figure is in doubt (src/compute/check-plan.ts).
 */

type Dict = Record<string, unknown>;
type Found = Array<[PathSegment[], Wording]>;

/** The median share of their targets the other councils' figures of a field make, when all have a target. */
function othersShare(block: unknown, targetOf: ReadonlyMap<string, number>, code: string): number | undefined {
  const others = numberEntries(block).filter(([c, v]) => c !== code && v > 0);
  if (others.length === 0 || !others.every(([c]) => (targetOf.get(c) ?? 0) > 0)) return undefined;
  return median(others.map(([c, v]) => v / targetOf.get(c)!));
}

/**
 * The figure the other councils' figures of a field stand for at `code`'s scale: their median share of
 * their targets times its target, or their median figure when targets are missing.
 */
function othersAtScale(block: unknown, targetOf: ReadonlyMap<string, number>, code: string): number | undefined {
  const target = targetOf.get(code) ?? 0;
  const share = target > 0 ? othersShare(block, targetOf, code) : undefined;
  if (share !== undefined) return share * target || undefined;
  const others = numberEntries(block).filter(([c, v]) => c !== code && v > 0);
  return others.length > 0 ? median(others.map(([, v]) => v)) : undefined;
}

/**
 * A figure copied from a column in thousands of pounds (8 for £8,000), far below both its own figure
 * the quarter before and the other councils' at its scale. An achieved figure that falls from the
 * quarter before is worded by `fall`; one with nothing before is weighed against the others alone.
 */
function thousandsColumn(updates: Dict, targetOf: ReadonlyMap<string, number>): Found {
  return QUARTERS.flatMap((q, i) =>
    (['achieved', 'pending'] as const).flatMap((field) => {
      const p = i > 0 ? QUARTERS[i - 1] : undefined;
      const before = new Map(p ? numberEntries(asDict(updates[p])?.[field]) : []);
      const block = asDict(updates[q])?.[field];
      return numberEntries(block).flatMap(([code, value]): Found => {
        const previous = before.get(code);
        if (field === 'achieved' && previous !== undefined) return [];
        const others = othersAtScale(block, targetOf, code);
        const against = [previous, others].filter((n): n is number => n !== undefined && n > 0);
        // A figure in thousands is short (8, 57.8), and in pounds it must not pass the year's target far.
        const target = targetOf.get(code);
        if (value >= 1000 || (target !== undefined && value * 1000 > 2 * target)) return [];
        if (!slipMeant(value, against, ['thousands'])) return [];
        const meant = value * 1000;
        const wording = say.figureInThousands({
          code,
          field,
          quarter: q,
          now: formatMoney(value),
          was: previous === undefined ? undefined : formatMoney(previous),
          before: previous === undefined ? undefined : p,
          others: others === undefined ? undefined : formatMoney(Math.round(others)),
          meant,
          shown: formatMoney(meant),
        });
        return [[['updates', q, field, code], wording]];
      });
    }),
  );
}

/**
 * How far an action's achieved figures stray from a straight line to their targets: the sum, over
 * every council and quarter, of how many times over or under that line each is (in logarithms).
 */
function strayFromPace(updates: Dict, targetOf: ReadonlyMap<string, number>): number {
  return QUARTERS.reduce((sum, q, i) => {
    const line = (i + 1) / QUARTERS.length;
    const stray = numberEntries(asDict(updates[q])?.achieved).map(([c, v]) => {
      const t = targetOf.get(c) ?? 0;
      return t > 0 && v > 0 ? Math.abs(Math.log(v / t / line)) : 0;
    });
    return sum + stray.reduce((a, b) => a + b, 0);
  }, 0);
}

/** The target each quarter's achieved figure of `code` implies at the other councils' pace. */
function impliedTargets(updates: Dict, targetOf: ReadonlyMap<string, number>, code: string): number[] {
  return QUARTERS.flatMap((q) => {
    const block = asDict(updates[q])?.achieved;
    const value = asDict(block)?.[code];
    const share = othersShare(block, targetOf, code);
    return typeof value === 'number' && value > 0 && share ? [value / share] : [];
  });
}

/**
 * A target with a zero too many (850000 for 85000) or too few, or in pence: quarter after quarter, the council's
 * achieved figures are a tenth (or ten times) of the other councils' share of their targets, and the
 * target one place along would put them in step. Its statuses would all read as far behind. A wrong
 * target skews the others' pace too: of the targets that seem out of step, the one whose reading
 * brings the figures nearest a straight line to their targets is named, and only if it does.
 */
function targetOutOfStep(updates: Dict, targetOf: ReadonlyMap<string, number>): Found {
  const targets = [...targetOf];
  let best: { stray: number; found: Found } = { stray: strayFromPace(updates, targetOf), found: [] };
  for (const [code, target] of targets) {
    const implied = impliedTargets(updates, targetOf, code);
    if (implied.length < 2) continue;
    const reading = slipMeant(target, implied, ['zero-too-many', 'zero-left-out', 'digit-twice', 'pence']);
    const others = targets.filter(([c]) => c !== code).map(([, v]) => v);
    if (!reading || others.length === 0 || reading.meant < Math.min(...others) / 2 || reading.meant > Math.max(...others) * 2) continue;
    const stray = strayFromPace(updates, new Map(targetOf).set(code, reading.meant));
    if (stray >= best.stray) continue;
    const wording = say.targetOutOfStep({
      code,
      target: formatMoney(target),
      bigger: target > reading.meant,
      implied: formatMoney(Math.round(median(implied) / 100) * 100),
      kind: reading.kind,
      meant: reading.meant,
      shown: formatMoney(reading.meant),
    });
    best = { stray, found: [[['target', 'amounts', code], wording]] };
  }
  return best.found;
}

/**
 * An achieved total with a zero too many in an earlier quarter (98000 for 9800): the quarter after
 * then looks like a fall, and a warning there would have the officer change the right figure. Far
 * ahead of the other councils' pace (or its target's), above its own later totals, while the figure
 * one place along sits between the totals before and after it.
 */
function earlierTooBig(updates: Dict, targetOf: ReadonlyMap<string, number>): Found {
  return QUARTERS.flatMap((q, i) => {
    const block = asDict(updates[q])?.achieved;
    return numberEntries(block).flatMap(([code, value]): Found => {
      const figureAt = (l: string) => asDict(asDict(updates[l])?.achieved)?.[code];
      const later = QUARTERS.slice(i + 1).flatMap((l) => (typeof figureAt(l) === 'number' ? [[l, figureAt(l) as number] as const] : []));
      const previous = i > 0 ? figureAt(QUARTERS[i - 1]!) : undefined;
      const target = targetOf.get(code);
      if (later.length === 0 || later[0]![1] >= value || target === undefined) return [];
      const others = othersAtScale(block, targetOf, code);
      const pace = others ?? (target * (i + 1)) / QUARTERS.length;
      // The fall after it backs the reading: the pace of the others is weighed more loosely.
      const reading = slipMeant(value, [pace], ['zero-too-many', 'digit-twice'], 2);
      if (!reading || reading.meant > later[0]![1] || (typeof previous === 'number' && reading.meant < previous)) return [];
      const wording = say.earlierFigureTooBig({
        code,
        quarter: q,
        now: formatMoney(value),
        pace: formatMoney(Math.round(pace / 100) * 100),
        others: others !== undefined,
        target: value > target ? formatMoney(target) : undefined,
        later: later.filter(([, v]) => v < value).map(([l]) => l),
        kind: reading.kind,
        meant: reading.meant,
        shown: formatMoney(reading.meant),
      });
      return [[['updates', q, 'achieved', code], wording]];
    });
  });
}

/** A figure in pence is a hundred times the pounds: at least this far beyond the pace it is read as pence. */
const PENCE_APART = 30;

/**
 * A money figure copied from a system that holds amounts in pence (2910000 for £29,100): far
 * beyond its target and the pace of the other councils (or of its target), while a hundredth of it sits
 * in step with that pace and, for a total of the year so far, between its own totals before and after.
 */
function inPence(updates: Dict, targetOf: ReadonlyMap<string, number>): Found {
  return QUARTERS.flatMap((q, i) =>
    (['achieved', 'pending'] as const).flatMap((field) => {
      const block = asDict(updates[q])?.[field];
      return numberEntries(block).flatMap(([code, value]): Found => {
        const target = targetOf.get(code) ?? 0;
        const figureAt = (l: string | undefined) => (l ? asDict(asDict(updates[l])?.[field])?.[code] : undefined);
        const [previous, next] = [figureAt(QUARTERS[i - 1]), figureAt(QUARTERS[i + 1])];
        const others = othersAtScale(block, targetOf, code);
        const pace = others ?? (field === 'achieved' ? (target * (i + 1)) / QUARTERS.length : undefined);
        const meant = Math.round(value / 100);
        if (target <= 0 || !pace || value < 5 * target || value < PENCE_APART * pace || Math.max(meant / pace, pace / meant) > 2.5)
          return [];
        if (field === 'achieved' && ((typeof previous === 'number' && meant < previous) || (typeof next === 'number' && meant > next)))
          return [];
        const wording = say.figureInPence({
          code,
          field,
          quarter: q,
          now: formatMoney(value),
          target: formatMoney(target),
          times: groupThousands(Math.round(value / target)),
          was: typeof previous === 'number' && previous > 0 ? formatMoney(previous) : undefined,
          before: QUARTERS[i - 1],
          timesWas: typeof previous === 'number' && previous > 0 ? groupThousands(Math.round(value / previous)) : undefined,
          meant,
          shown: formatMoney(meant),
        });
        return [[['updates', q, field, code], wording]];
      });
    }),
  );
}

/** Every money figure of an action out of step with the others' pace, by its path within the action. */
export function outOfPace(action: Dict): Found {
  const targetOf = new Map(numberEntries(asDict(action.target)?.amounts));
  const updates = asDict(action.updates) ?? {};
  return [
    ...inPence(updates, targetOf),
    ...swappedCouncils(updates, targetOf),
    ...targetOutOfStep(updates, targetOf),
    ...earlierTooBig(updates, targetOf),
    ...thousandsColumn(updates, targetOf),
  ];
}
