import { describe, expect, it } from 'vitest';
import { quarterOfMonths } from '../src/plan/quarter-months.js';

describe('the one quarter whose months a narrative names', () => {
  it.each([
    ['In July to September RDC held 11 reviews.', 4, 'Q2'],
    ['Closed in December after the October award.', 4, 'Q3'],
    ['Signed in February; live in March.', 4, 'Q4'],
    ['Signed in February; live in March.', 1, 'Q1'],
    ['In July to September.', 7, 'Q1'],
    ['From June to July.', 4, undefined],
    ['No month at all, only a mayday.', 4, undefined],
  ])('%s (year from month %i): %s', (text, firstMonth, quarter) => {
    expect(quarterOfMonths(text, firstMonth)).toBe(quarter);
  });
});
