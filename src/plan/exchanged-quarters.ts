import { asDict, numberEntries } from '../input/check-yaml.js';
import { formatMoney } from '../shared/numbers.js';
import { QUARTERS, type Quarter } from './quarters.js';

/**
 * Two quarters' achieved totals typed into each other's lines: writing Q3, the officer finds the Q2
 * "achieved:" lines first and types Q3's totals there, leaving in Q3 the Q2 figures carried forward.
 * Each council's total then falls at the later quarter, while exchanged back every council's totals
 * grow quarter by quarter. Read so only when every council with both figures falls, and there are two
 * councils or more or a quarter before both to show the order. One finding for the pair of quarters:
 * a fall of each council would send the officer to add the figures, making the later one wrong.
 */

type Dict = Record<string, unknown>;

export interface QuarterSwap {
  first: Quarter;
  second: Quarter;
  /** The councils, each with its figures as written at the first and the second quarter. */
  councils: Array<[string, number, number]>;
}

function achieved(updates: Dict, q: Quarter | undefined): Map<string, number> {
  if (!q) return new Map();
  return new Map(numberEntries(asDict(updates[q])?.achieved));
}

/** Every pair of consecutive quarters whose achieved figures look exchanged. */
export function exchangedQuarters(updates: Dict): QuarterSwap[] {
  const out: QuarterSwap[] = [];
  for (let i = 0; i + 1 < QUARTERS.length; i++) {
    const [p, q] = [QUARTERS[i]!, QUARTERS[i + 1]!];
    const [before, first, second, after] = [
      achieved(updates, QUARTERS[i - 1]),
      achieved(updates, p),
      achieved(updates, q),
      achieved(updates, QUARTERS[i + 2]),
    ];
    const codes = [...first.keys()].filter((c) => second.has(c));
    if (codes.length === 0) continue;
    const fits = codes.every((c) => {
      const [a, b] = [first.get(c)!, second.get(c)!];
      const [lo, hi] = [before.get(c), after.get(c)];
      return a > b && b > 0 && (lo === undefined || lo <= b) && (hi === undefined || a <= hi);
    });
    const ordered = codes.length >= 2 || codes.every((c) => before.has(c));
    if (fits && ordered) out.push({ first: p, second: q, councils: codes.map((c) => [c, first.get(c)!, second.get(c)!]) });
  }
  return out;
}

/** The figures as written at each quarter ("FDC £9,900, OCC £5,800"), and those to write ("FDC: 5100, OCC: 3100"). */
export function swapFigures(swap: QuarterSwap): { firstNow: string; secondNow: string; firstMeant: string; secondMeant: string } {
  const list = (i: 1 | 2, money: boolean) =>
    swap.councils.map((c) => (money ? `${c[0]} ${formatMoney(c[i])}` : `${c[0]}: ${c[i]}`)).join(', ');
  return { firstNow: list(1, true), secondNow: list(2, true), firstMeant: list(2, false), secondMeant: list(1, false) };
}
