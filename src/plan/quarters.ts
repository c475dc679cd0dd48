import { MONTHS } from '../shared/words.js';

/**
 * Quarter arithmetic lives here and nowhere else. A financial year has four quarters of three months
 * each, counted from the month the year starts (April for English councils).
 */
export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
export type Quarter = (typeof QUARTERS)[number];

/** A financial year's two years as its label: ("2013", "14") or ("2013", "2014") → "2013/14"; not consecutive → undefined. */
export function financialYearLabel(first: string, second: string): string | undefined {
  const a = Number(first);
  const b = Number(second.length === 2 ? `${first.slice(0, 2)}${second}` : second);
  return b === a + 1 ? `${first}/${String(b).slice(2)}` : undefined;
}

/** "2013/14": the label of the financial year that starts in `first`. */
export function yearLabelFrom(first: number): string {
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

/** The month English councils' financial years start in: April. */
const APRIL = 4;

/** "2013-04-01": the first day of a financial year, as plan.yaml's `starts:` writes it. */
export function yearStartDate(year: number | string, month = APRIL): string {
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

export function isQuarter(value: string): value is Quarter {
  return (QUARTERS as readonly string[]).includes(value);
}

export function quarterIndex(q: Quarter): number {
  return QUARTERS.indexOf(q);
}

/** The quarter before `q` in the same financial year, or undefined for Q1. */
export function previousQuarter(q: Quarter): Quarter | undefined {
  const i = quarterIndex(q);
  return i === 0 ? undefined : QUARTERS[i - 1];
}

export const QUARTERS_PER_YEAR = 4;

/**
 * Quarters of the year gone by the end of `q` (Q1 1 … Q4 4): a straight-line pace expects that many
 * quarters of the annual target, i.e. quartersElapsed / QUARTERS_PER_YEAR of it.
 */
export function quartersElapsed(q: Quarter): number {
  return quarterIndex(q) + 1;
}

/** The last day of quarter `q`, at midnight UTC: 2013-12-31 for Q3 of a year starting April 2013. */
export function quarterEnd(q: Quarter, yearStart: { year: number; month: number }): Date {
  return new Date(Date.UTC(yearStart.year, yearStart.month - 1 + quartersElapsed(q) * 3, 0));
}

const ORDINALS = ['first', 'second', 'third', 'fourth'] as const;

/** "third quarter" for Q3, as committee papers say it. */
export function quarterOrdinal(q: Quarter): string {
  return `${ORDINALS[quarterIndex(q)]} quarter`;
}

/** The months a quarter covers, e.g. "October–December 2013" for Q3 of a year starting April 2013. */
export function quarterMonths(q: Quarter, yearStart: { year: number; month: number }): string {
  const firstMonth = yearStart.month - 1 + quarterIndex(q) * 3;
  const lastMonth = firstMonth + 2;
  const name = (m: number) => MONTHS[m % 12]!;
  const year = (m: number) => yearStart.year + Math.floor(m / 12);
  const from = year(firstMonth) === year(lastMonth) ? name(firstMonth) : `${name(firstMonth)} ${year(firstMonth)}`;
  return `${from}–${name(lastMonth)} ${year(lastMonth)}`;
}
