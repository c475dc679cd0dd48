import { describe, expect, it } from 'vitest';
import {
  financialYearLabel,
  isQuarter,
  previousQuarter,
  quarterEnd,
  quarterIndex,
  quarterMonths,
  quarterOrdinal,
  quartersElapsed,
  yearLabelFrom,
  yearStartDate,
} from '../src/plan/quarters.js';

/** Quarter arithmetic, worked out on a calendar: years that start in April and in other months. */

const APRIL_2013 = { year: 2013, month: 4 };

describe('the months a quarter covers', () => {
  it.each([
    ['Q1', 'April–June 2013'],
    ['Q2', 'July–September 2013'],
    ['Q3', 'October–December 2013'],
    ['Q4', 'January–March 2014'], // after the calendar year's end
  ] as const)('%s of a year starting April 2013 is %s', (q, months) => {
    expect(quarterMonths(q, APRIL_2013)).toBe(months);
  });

  it('names both years when a quarter spans the turn of the year', () => {
    const november = { year: 2013, month: 11 };
    expect(quarterMonths('Q1', november)).toBe('November 2013–January 2014');
    expect(quarterMonths('Q2', november)).toBe('February–April 2014');
    expect(quarterMonths('Q4', november)).toBe('August–October 2014');
    expect(quarterMonths('Q1', { year: 2013, month: 12 })).toBe('December 2013–February 2014');
  });

  it('keeps a calendar year in one year', () => {
    const january = { year: 2014, month: 1 };
    expect(quarterMonths('Q1', january)).toBe('January–March 2014');
    expect(quarterMonths('Q4', january)).toBe('October–December 2014');
  });

  it('moves into the next year for a year starting in October', () => {
    const october = { year: 2013, month: 10 };
    expect(quarterMonths('Q1', october)).toBe('October–December 2013');
    expect(quarterMonths('Q2', october)).toBe('January–March 2014');
    expect(quarterMonths('Q4', october)).toBe('July–September 2014');
  });
});

describe('the last day of a quarter', () => {
  const day = (d: Date) => d.toISOString().slice(0, 10);

  it.each([
    ['Q1', '2013-06-30'],
    ['Q2', '2013-09-30'],
    ['Q3', '2013-12-31'],
    ['Q4', '2014-03-31'],
  ] as const)('%s of a year starting April 2013 ends on %s', (q, end) => {
    expect(day(quarterEnd(q, APRIL_2013))).toBe(end);
  });

  it('ends February on its last day, leap year or not', () => {
    expect(day(quarterEnd('Q1', { year: 2015, month: 12 }))).toBe('2016-02-29');
    expect(day(quarterEnd('Q1', { year: 2014, month: 12 }))).toBe('2015-02-28');
    expect(day(quarterEnd('Q4', { year: 2014, month: 1 }))).toBe('2014-12-31');
  });
});

describe('financial year labels', () => {
  it.each([
    ['2013', '14', '2013/14'],
    ['2013', '2014', '2013/14'],
    ['2099', '2100', '2099/00'],
  ])('%s and %s make %s', (first, second, label) => {
    expect(financialYearLabel(first, second)).toBe(label);
  });

  it.each([
    ['2013', '15'],
    ['2013', '13'],
    ['2013', '2015'],
    ['2014', '13'],
  ])('%s and %s are not consecutive', (first, second) => {
    expect(financialYearLabel(first, second)).toBeUndefined();
  });

  it('writes the label of the year starting in a given year, with the leading zero and across a century', () => {
    expect([2013, 2008, 2099].map(yearLabelFrom)).toEqual(['2013/14', '2008/09', '2099/00']);
  });

  it('writes the first day of a year as plan.yaml does, in April unless told', () => {
    expect(yearStartDate(2013)).toBe('2013-04-01');
    expect(yearStartDate('2014', 10)).toBe('2014-10-01');
  });
});

describe('quarters in order', () => {
  it('numbers, orders and names the four quarters', () => {
    expect((['Q1', 'Q2', 'Q3', 'Q4'] as const).map(quarterIndex)).toEqual([0, 1, 2, 3]);
    expect((['Q1', 'Q2', 'Q3', 'Q4'] as const).map(quartersElapsed)).toEqual([1, 2, 3, 4]);
    expect((['Q1', 'Q2', 'Q3', 'Q4'] as const).map(previousQuarter)).toEqual([undefined, 'Q1', 'Q2', 'Q3']);
    expect((['Q1', 'Q2', 'Q3', 'Q4'] as const).map(quarterOrdinal)).toEqual([
      'first quarter',
      'second quarter',
      'third quarter',
      'fourth quarter',
    ]);
  });

  it('knows a quarter when it sees one', () => {
    expect(['Q1', 'Q4', 'q1', 'Q0', 'Q5', ''].map(isQuarter)).toEqual([true, true, false, false, false, false]);
  });
});
