import { asDict } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say, type Wording } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { slipMeant } from './figure-slips.js';
import { QUARTERS } from './quarters.js';

/**
 * Money figures a tenfold or thousandfold out of step with the pace of the other councils: a target
 * with a zero too many (every achieved figure then a tenth of the others' share), an earlier quarter's
 * total with a zero too many (the next quarter then looks like a fall), a figure copied from a column
 * in thousands. Pure functions of an action's data, so that the statuses the figures would rate are
 * left alone while a figure is in doubt (src/compute/check-plan.ts).
 */

type Dict = Record<string, unknown>;
type Found = Array<[PathSegment[], Wording]>;

function figures(block: unknown): Array<[string, number]> {
  return Object.entries(asDict(block) ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The figure the other councils' figures of a field stand for at `code`'s scale: their median share of
 * their targets times its target, or their median figure when targets are missing.
 */
function othersAtScale(block: unknown, targetOf: ReadonlyMap<string, number>, code: string): number | undefined {
  const others = figures(block).filter(([c, v]) => c !== code && v > 0);
  if (others.length === 0) return undefined;
  const target = targetOf.get(code) ?? 0;
  const scaled = others.every(([c]) => (targetOf.get(c) ?? 0) > 0) && target > 0;
  return median(others.map(([c, v]) => (scaled ? (v / targetOf.get(c)!) * target : v))) || undefined;
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
      const before = new Map(p ? figures(asDict(updates[p])?.[field]) : []);
      const block = asDict(updates[q])?.[field];
      return figures(block).flatMap(([code, value]): Found => {
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

/** Every money figure of an action out of step with the others' pace, by its path within the action. */
export function outOfPace(action: Dict): Found {
  const targetOf = new Map(figures(asDict(action.target)?.amounts));
  const updates = asDict(action.updates) ?? {};
  return [...thousandsColumn(updates, targetOf)];
}
