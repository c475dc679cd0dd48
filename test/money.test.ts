import { describe, expect, it } from 'vitest';
import { readMoney } from '../src/input/money.js';
import { applyMistake, type Mistake } from './mistakes.js';
import { diagnoseWestbrook } from './westbrook-copy.js';

/**
 * Money is read from the text as written: every shape but a plain whole number of pounds is an error
 * whose hint names the exact figure to write (or both figures, when the shape has two readings), and
 * a figure far out of scale with its neighbours is warned about. No shape reaches the report silently.
 */

describe('readMoney: every shape of money officers type', () => {
  it.each([
    ['75000', 75000],
    ['0', 0],
    ['-5', -5],
  ])('reads %s as a figure', (written, pounds) => {
    expect(readMoney(written)).toEqual({ ok: true, pounds });
  });

  // [as written, the figure the hint must name (or undefined when the shape has two readings), the --fix figure]
  it.each([
    ['150.000', /write 150000 if the dot separates the thousands, or 150 if you meant £150/, undefined],
    ['1.250.000', /write 1250000 if the dot separates the thousands/, undefined],
    ['98 500', /replace "98 500" with 98500/, '98500'],
    ['1 250 000', /with 1250000/, '1250000'],
    ['98\u00a0500', /with 98500/, '98500'],
    ['25k', /replace "25k" with 25000/, '25000'],
    ['1.5m', /replace "1.5m" with 1500000/, '1500000'],
    ['£2bn', /with 2000000000/, '2000000000'],
    ['75 thousand', /with 75000/, '75000'],
    ['£75,000', /replace "£75,000" with 75000/, '75000'],
    ['GBP 75,000', /with 75000/, '75000'],
    ['75000 pounds', /with 75000/, '75000'],
    ["1'250'000", /with 1250000/, '1250000'],
    ['75.000,00', /with 75000/, '75000'],
    ['75,000.00', /with 75000/, '75000'],
    ['75000.00', /with 75000/, '75000'],
    ['75,50', /write 75500; if it is £75\.50, write 76 \(rounded to the nearest pound\)/, undefined],
    ['15.500,75', /with 15501 \(rounded to the nearest pound\) or 15500 \(the pence left off\)/, undefined],
    ['57.8', /thousands of pounds .*write 57800; if it is £57\.80, write 58/, undefined],
    ['40.0', /write 40000; if it is £40\.00, write 40/, undefined],
    ['75000.50', /with 75001 \(rounded/, undefined],
    ['(5,000)', /without brackets or minus sign, e\.g\. 5000/, undefined],
    // A narrow column shows the figure rounded: the figure itself is asked for.
    ['1.2E+05', /type the figure itself in place of "1\.2E\+05"; write 120000 only if that is the exact amount/, undefined],
    ['1O500', /^write 10500$/, '10500'],
    ['£1O,5OO', /^if the figure is 10500, write 10500; if not, type the figure itself, in digits$/, undefined],
    ['6l250', /^write 61250$/, '61250'],
    ['“61250”', /with 61250/, '61250'],
    ['075000', /with 75000/, '75000'],
    ['=SUM(B2:B4)', /write the figure the formula gives/, undefined],
    ['about 5000', /plain number of pounds/, undefined],
  ])('refuses %s with the exact fix', (written, hint, fix) => {
    const reading = readMoney(written);
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.hint).toMatch(hint);
    expect(reading.fix).toBe(fix);
  });
});

const SAV = '2-savings.yaml';
const slip = (line: number, lineText: string): Mistake => ({ name: lineText, file: SAV, line, lineText, message: /./ });

describe('money in a plan: decided from the text, never from what YAML made of it', () => {
  it('a target typed 150.000 is an error at the figure, though YAML reads it as 150', async () => {
    const d = await diagnoseWestbrook(SAV, applyMistake(slip(10, '        WBC: 150.000')));
    expect(d.map((x) => `${x.line}:${x.column} ${x.severity} ${x.message} | ${x.hint}`)).toEqual([
      expect.stringMatching(/^10:14 error "150\.000" has a dot between the digits, which reads it as £150, not 150000 \| write 150000/),
    ]);
  });

  it.each([
    ['        WBC: 98 500', /98500/],
    ['        WBC: 25k', /25000/],
    ['        WBC: 75,50', /76/],
    ['        WBC: 75000 pounds', /75000/],
    ['        WBC: 120000.00', /120000/],
  ])('"%s" is an error with the figure to write', async (lineText, figure) => {
    const d = await diagnoseWestbrook(SAV, applyMistake(slip(10, lineText)));
    expect(d[0]!.line).toBe(10);
    expect(d[0]!.severity).toBe('error');
    expect(d[0]!.hint).toMatch(figure);
  });

  it('warns when a target is a hundredth or less of what is achieved against it', async () => {
    const d = await diagnoseWestbrook(SAV, applyMistake(slip(10, '        WBC: 150')));
    expect(d.map((x) => `${x.line} ${x.severity} ${x.message} | ${x.hint}`)).toEqual([
      "10 warning WBC's target is £150, but £61,250 is achieved: 408 times the target | check the target: if it is £150,000, write 150000",
    ]);
  });

  it('warns when a year-to-date figure jumps a thousandfold from one quarter to the next', async () => {
    const d = await diagnoseWestbrook(SAV, applyMistake(slip(26, '          WBC: 61250000')));
    expect(d.map((x) => `${x.line} ${x.severity} ${x.message} | ${x.hint}`)).toEqual([
      "26 warning WBC's achieved amount jumps from £25,000 at Q1 to £61,250,000 at Q2, 2,450 times as much | check the figure for extra zeros: if it is £61,250, write 61250",
    ]);
  });

  it('warns when a year-to-date achieved figure falls to a hundredth or less (57.8 from a £000 column, rounded to 58)', async () => {
    const d = await diagnoseWestbrook(SAV, applyMistake(slip(26, '          WBC: 61')));
    expect(d.filter((x) => x.code === 'figure-out-of-scale').map((x) => `${x.line} ${x.severity} ${x.message} | ${x.hint}`)).toEqual([
      "26 warning WBC's achieved amount falls from £25,000 at Q1 to £61 at Q2, 410 times less, though it counts the year so far | check the figure: if it was copied from a column in thousands of pounds and is £61,000, write 61000",
    ]);
  });

  it("warns when one council's target is a thousandfold out of line with the others'", async () => {
    const d = await diagnoseWestbrook(SAV, applyMistake(slip(10, '        WBC: 120000000')));
    expect(d.map((x) => `${x.line} ${x.severity} ${x.hint}`)).toEqual([
      "10 warning check the figure: if WBC's target is £120,000, write 120000",
    ]);
  });

  it('says nothing about figures in scale (the Westbrook plan as it is)', async () => {
    expect(await diagnoseWestbrook(SAV, applyMistake({ ...slip(10, '        WBC: 120000') }))).toEqual([]);
  });
});
