import { asDict, numberEntries } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say, type Wording } from '../messages/index.js';
import { formatMoney, median } from '../shared/numbers.js';
import { QUARTERS } from './quarters.js';

/**
 * Two councils' achieved figures written on each other's lines (a tracker that lists the councils in
 * another order). Each figure is a well-formed total that may even rise from the quarter before, so
 * nothing else is said, and the report shows one council behind and the other far ahead. Read as a swap
 * only when each figure is off its pace (the other councils' share of their targets, at the council's
 * own pace against them in its other quarters), while swapped both sit in step with it and between
 * their own totals before and after.
 */

type Dict = Record<string, unknown>;
type Found = Array<[PathSegment[], Wording]>;

/** Swapped, each figure is within this factor of its pace (the other councils' share, at its own pace). */
const IN_STEP = 1.1;
/** As written, each figure is at least this factor off it. */
const OFF_STEP = 1.2;
/** And the two together at least this many times further off than swapped. */
const BETTER = 4;

const off = (share: number, ref: number) => Math.abs(Math.log(share / ref));

/** A figure lies between its own totals before and after (the year so far only grows). */
function between(updates: Dict, i: number, code: string, value: number): boolean {
  const at = (q: string | undefined) => (q ? asDict(asDict(updates[q])?.achieved)?.[code] : undefined);
  const [before, after] = [at(QUARTERS[i - 1]), at(QUARTERS[i + 1])];
  return !(typeof before === 'number' && value < before) && !(typeof after === 'number' && value > after);
}

interface Pair {
  a: [string, number];
  b: [string, number];
  ref: number;
  /** Each council's own pace: its share over the other councils' in the other quarters. */
  paceA: number;
  paceB: number;
}

/** The median share of their targets the councils other than `a` and `b` achieved by each quarter. */
function sharesOfOthers(updates: Dict, targetOf: ReadonlyMap<string, number>, a: string, b: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const q of QUARTERS) {
    const shares = numberEntries(asDict(updates[q])?.achieved)
      .filter(([c, v]) => c !== a && c !== b && v > 0 && (targetOf.get(c) ?? 0) > 0)
      .map(([c, v]) => v / targetOf.get(c)!);
    if (shares.length > 0) out.set(q, median(shares));
  }
  return out;
}

/** A council's share over the others' in the quarters other than `q`: undefined with no other quarter. */
function ownPace(
  updates: Dict,
  targetOf: ReadonlyMap<string, number>,
  refs: ReadonlyMap<string, number>,
  code: string,
  q: string,
): number | undefined {
  const ratios = [...refs].flatMap(([l, ref]) => {
    const v = asDict(asDict(updates[l])?.achieved)?.[code];
    return l !== q && typeof v === 'number' && v > 0 ? [v / targetOf.get(code)! / ref] : [];
  });
  return ratios.length > 0 ? median(ratios) : undefined;
}

/** Whether the pair's figures fit their pace swapped, and not as written. */
function fitsSwapped({ a, b, ref, paceA, paceB }: Pair, targetOf: ReadonlyMap<string, number>): boolean {
  const [ta, tb] = [targetOf.get(a[0])!, targetOf.get(b[0])!];
  const [ea, eb] = [ref * paceA, ref * paceB];
  const now = [off(a[1] / ta, ea), off(b[1] / tb, eb)];
  const swapped = [off(b[1] / ta, ea), off(a[1] / tb, eb)];
  if (Math.max(...swapped) > Math.log(IN_STEP) || Math.min(...now) < Math.log(OFF_STEP)) return false;
  return now[0]! + now[1]! >= BETTER * (swapped[0]! + swapped[1]!);
}

function wording({ a, b, ref }: Pair, targetOf: ReadonlyMap<string, number>, quarter: string, otherCodes: readonly string[]): Wording {
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  const [ta, tb] = [targetOf.get(a[0])!, targetOf.get(b[0])!];
  return say.figuresSwapped({
    first: a[0],
    second: b[0],
    quarter,
    firstNow: formatMoney(a[1]),
    firstShare: pct(a[1] / ta),
    secondNow: formatMoney(b[1]),
    secondShare: pct(b[1] / tb),
    firstSwapped: pct(b[1] / ta),
    secondSwapped: pct(a[1] / tb),
    others: pct(ref),
    otherCodes,
    firstMeant: b[1],
    secondMeant: a[1],
  });
}

/** Each pair of councils whose achieved figures of one quarter look swapped, at the first one's line. */
export function swappedCouncils(updates: Dict, targetOf: ReadonlyMap<string, number>): Found {
  return QUARTERS.flatMap((q, i) => {
    const shown = numberEntries(asDict(updates[q])?.achieved).filter(([c, v]) => v > 0 && (targetOf.get(c) ?? 0) > 0);
    const found: Found = [];
    shown.forEach((a, n) => {
      for (const b of shown.slice(n + 1)) {
        const refs = sharesOfOthers(updates, targetOf, a[0], b[0]);
        const [ref, paceA, paceB] = [refs.get(q), ownPace(updates, targetOf, refs, a[0], q), ownPace(updates, targetOf, refs, b[0], q)];
        if (ref === undefined || paceA === undefined || paceB === undefined || a[1] === b[1]) continue;
        const pair = { a, b, ref, paceA, paceB };
        if (!fitsSwapped(pair, targetOf) || !between(updates, i, a[0], b[1]) || !between(updates, i, b[0], a[1])) continue;
        const otherCodes = shown.map(([c]) => c).filter((c) => c !== a[0] && c !== b[0]);
        found.push([['updates', q, 'achieved', a[0]], wording(pair, targetOf, q, otherCodes)]);
      }
    });
    return found;
  });
}
