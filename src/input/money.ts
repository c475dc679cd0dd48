import { say, type Wording } from '../messages/index.js';
import { groupThousands } from '../shared/numbers.js';
import { type LettersForDigits, lettersForDigits } from './letter-digits.js';

/**
 * Money as officers type it, read from the text as written (never from what YAML made of it: YAML
 * reads `150.000` as the number 150). Plan accepts one form only, a whole number of pounds written
 * plainly (`75000`); every other shape gets a message saying what it is read as and the exact
 * number to write instead, so a mistyped figure can never reach the report unremarked.
 *
 * `fix` is set only when the shape has one right answer (`98 500`, `£75,000`); a shape that could
 * mean two amounts (`150.000`: £150 or £150,000?) gets both in its hint and is left to the officer.
 */

interface Refusal extends Wording {
  ok: false;
  /** The plain number to write instead, when there is only one right answer. */
  fix?: string;
}

export type MoneyReading = { ok: true; pounds: number } | Refusal;

const MAX_DIGITS = 15;
const PLAIN = /^(0|[1-9][0-9]*)$/;
/** A pound sign, "GBP", "pounds" or "sterling", before or after the figure. */
const CURRENCY = /^(?:\u00a3|GBP|gbp)\s*|\s*(?:\u00a3|GBP|gbp|pounds?|sterling|stg)\.?$/gi;
const SPACES = /[ \u00a0\u2007\u2009\u202f]/g;

/**
 * An error value Excel shows in a cell whose formula fails (#N/A, #REF!, #DIV/0! …), copied with the
 * figures. Unquoted in YAML, its "#" starts a note, so the figure would silently be empty.
 */
export const EXCEL_ERROR =
  /#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)/i;
const WHOLE_EXCEL_ERROR = new RegExp(`^${EXCEL_ERROR.source}$`, 'i');

/** The Excel error `text` is, in Excel's own capitals, or undefined. */
export function excelError(text: string): string | undefined {
  const t = text.trim();
  return WHOLE_EXCEL_ERROR.test(t) ? t.toUpperCase() : undefined;
}

/** The words for nothing, as committee reports and spreadsheets write it where a figure goes. */
const ZERO_WORD = /^(?:nil|none|zero|nought|nothing)$/i;

/**
 * A footnote mark after a figure, copied with it from a PDF or a Word table: superscript digits
 * ("61275\u00b9"), an asterisk, a dagger or a section sign. Read as a digit, "\u00b9" would make 612751.
 */
const FOOTNOTE = /^(.*\d)[ \t]*([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+|\*{1,3}|[\u2020\u2021\u00a7])$/;

/** "61275\u00b9", "61,275*": a figure whose own shape has one reading, with a footnote mark after it. */
function footnoteMark(text: string, shown: string): Refusal | undefined {
  const m = FOOTNOTE.exec(text);
  if (!m) return undefined;
  const figure = readMoney(m[1]!);
  const fix = figure.ok ? String(figure.pounds) : figure.fix;
  if (fix === undefined) return undefined;
  return { ok: false, ...say.footnoteMark({ shown, mark: m[2]!, fix }), fix };
}

function grouped(text: string, separator: string): boolean {
  const s = separator === '.' ? '\\.' : separator;
  return new RegExp(`^\\d{1,3}(?:${s}\\d{3})+$`).test(text);
}

/** A whole number of pounds, rounded half up, as a plain figure. */
function wholePounds(value: number): string {
  return String(Math.round(value));
}

type Why = Parameters<typeof say.rewrite>[0]['why'];

/** A shape with one right answer: the message names the figure to write, the hint why. */
function rewrite(shown: string, fix: string, why: Why): Refusal {
  return { ok: false, ...say.rewrite({ shown, fix, why }), fix };
}

function refuse(wording: Wording): Refusal {
  return { ok: false, message: wording.message, hint: wording.hint };
}

/** Read `written`, the money value exactly as it stands in the file (without quotes). */
export function readMoney(written: string): MoneyReading {
  const text = written.trim();
  if (PLAIN.test(text) || /^-[1-9][0-9]*$/.test(text)) {
    if (text.replace(/^0+(?=\d)/, '').length > MAX_DIGITS) return tooLong(text);
    return { ok: true, pounds: Number(text) };
  }
  const shown = `"${text}"`;
  if (text === '') return refuse(say.empty());
  const lookalike = lettersForDigits(text);
  const lettered = lookalike ? lettersInFigure(lookalike) : undefined;
  if (lettered) return lettered;
  // "Nil", "none", "zero": nothing, in the words committee reports use; it has one figure, 0.
  if (ZERO_WORD.test(text)) return { ok: false, ...say.wordForZero({ shown }), fix: '0' };
  const footnote = footnoteMark(text, shown);
  if (footnote) return footnote;
  // "–" or "-" alone: how a spreadsheet or a table shows nothing, not a minus.
  if (/^[-\u2010-\u2015\u2212\ufe63\uff0d]$/.test(text)) return refuse(say.dashForNothing({ shown }));
  // Excel's negative figures: (5,000), and Word's: "–5000" (a dash or minus sign for the hyphen). A
  // plain -5000 is read, and refused by the schema's own minimum.
  if (/^[-\u2010\u2011\u2013\u2014\u2212]|^\(.*\)$/.test(text)) {
    return refuse(say.negative({ shown, figure: text.replace(/[^0-9]/g, '') || '5000' }));
  }
  // "2400+4750", "=2400+4750": the year's total worked out as it was typed. Its sum is the one reading.
  const terms = /^=?\s*\d[\d,]*(?:\s*\+\s*\d[\d,]*)+$/.test(text)
    ? text
        .replace(/^=/, '')
        .split('+')
        .map((s) => readMoney(s))
    : [];
  if (terms.length > 1 && terms.every((r) => r.ok)) {
    const fix = String(terms.reduce((sum, r) => sum + (r.ok ? r.pounds : 0), 0));
    return { ok: false, ...say.sumForFigure({ shown, fix }), fix };
  }
  if (/^=/.test(text)) return refuse(say.formula({ shown }));
  const error = excelError(text.replace(/^["'\u201c\u201d\u2018\u2019]|["'\u201c\u201d\u2018\u2019]$/g, ''));
  if (error) return refuse(say.excelError({ shown, error, kind: 'money' }));
  // "61250" or “61250” pasted from Word: a number in quotes is text.
  const quoted = /^["'\u201c\u201d\u2018\u2019](.*)["'\u201c\u201d\u2018\u2019]$/.exec(text);
  if (quoted) {
    const inner = readMoney(quoted[1]!);
    if (!inner.ok) return inner;
    return rewrite(shown, String(inner.pounds), 'quoted');
  }
  const bare = text.replace(CURRENCY, '').trim();
  const currency = bare !== text;
  // A number in words: 25k, 1.5m, £2bn, 75 thousand, 1.5 million.
  const scaled = /^(\d+(?:[.,]\d+)?)\s*(k|thousand|m|mn|million|bn|billion)$/i.exec(bare);
  if (scaled) {
    const unit = scaled[2]!.toLowerCase();
    const factor = unit === 'k' || unit === 'thousand' ? 1e3 : unit.startsWith('b') ? 1e9 : 1e6;
    const pounds = wholePounds(Number(scaled[1]!.replace(',', '.')) * factor);
    return { ok: false, ...say.inWords({ shown, pounds }), fix: pounds };
  }
  const compact = bare.replace(SPACES, ' ');
  // 1.5E+05, as Excel shows large numbers in a narrow column.
  if (/^\d+(?:\.\d+)?[eE][+-]?\d+$/.test(compact)) {
    const pounds = wholePounds(Number(compact));
    return refuse(say.spreadsheetDisplay({ shown, pounds }));
  }
  return readSeparated(compact, shown, currency) ?? notMoney(shown);
}

/** Figures with thousands separators, decimal points or decimal commas, in any country's habit. */
function readSeparated(text: string, shown: string, currency: boolean): MoneyReading | undefined {
  // 98 500, 1 250 000: a space between thousands has one reading.
  if (grouped(text, ' ')) {
    const pounds = text.replace(/ /g, '');
    return rewrite(shown, pounds, 'spaces');
  }
  // 75,000 and 1'250'000: separators between thousands.
  for (const sep of [',', "'", '_']) {
    if (grouped(text, sep)) {
      const pounds = text.split(sep).join('');
      return rewrite(shown, pounds, 'separators');
    }
  }
  // 2,96,750 (Indian lakh grouping) or 29,67,50,000: commas between groups of two or three digits,
  // ending in three, have one reading; 75,50 (a decimal comma) does not end in three.
  if (/^\d{1,3}(?:,\d{2,3})*,\d{3}$/.test(text)) return rewrite(shown, text.replace(/,/g, ''), 'separators');
  // 75,000.00 / 75.000,00: thousands and pence.
  const both = /^(\d{1,3}(?:([.,' ])\d{3})+)([.,])(\d{1,2})$/.exec(text);
  if (both && both[2] !== both[3]) {
    const whole = both[1]!.replace(/[.,' ]/g, '');
    // Pence are a choice (round up or leave them off): only ".00" has one right answer.
    if (/^0+$/.test(both[4]!)) return rewrite(shown, String(Number(whole)), 'pence');
    return withPence(shown, whole, both[4]!, both[3] === ',');
  }
  if (!currency && text !== '' && grouped(text, '.')) return thousandsDot(text, shown);
  if (currency && grouped(text, '.')) {
    const pounds = text.replace(/\./g, '');
    return rewrite(shown, pounds, 'separators');
  }
  // 75000.50, 75,50: pence, with a decimal point or a decimal comma.
  const pence = /^(\d+)([.,])(\d+)$/.exec(text);
  if (pence) {
    // "75000.00" has one reading; "40.0" may be £40,000 from a "£000" column, so it is left to the officer.
    if (/^0+$/.test(pence[3]!) && Number(pence[1]) >= 1000) return rewrite(shown, wholePounds(Number(pence[1])), 'noDecimals');
    return withPence(shown, pence[1]!, pence[3]!, pence[2] === ',');
  }
  if (/^\d+$/.test(text)) {
    if (currency) return rewrite(shown, text, 'pound');
    // Leading zeros: 075000.
    const pounds = text.replace(/^0+(?=\d)/, '');
    if (pounds.length > MAX_DIGITS) return tooLong(text);
    return rewrite(shown, pounds, 'leadingZero');
  }
  return undefined;
}

/**
 * "75000.50", "15.500,75", "57.8": pounds and pence, which plan does not round for the officer. A
 * figure under £1,000 may also be thousands copied from a "£000" column (57.8 for £57,800): then the
 * hint gives both readings, so that following it cannot turn £57,800 into £58 unremarked.
 */
function withPence(shown: string, whole: string, decimals: string, comma: boolean): Refusal {
  const value = Number(`${whole}.${decimals}`);
  const pounds = wholePounds(value);
  const down = String(Math.trunc(value));
  const reads = `£${groupThousands(Number(whole))}.${`${decimals}0`.slice(0, 2)}${decimals.length > 2 ? '…' : ''}`;
  const thousands = Number(whole) < 1000 && decimals.length <= 3 ? String(Math.round(value * 1000)) : undefined;
  return refuse(say.pence({ shown, comma, reads, pounds, down: down === pounds ? undefined : down, thousands }));
}

/** 150.000: in much of Europe a dot separates thousands; in Britain it starts the pence. */
function thousandsDot(text: string, shown: string): Refusal {
  const written = Number(text);
  return refuse(say.thousandsDot({ shown, written, thousands: text.replace(/\./g, ''), rounded: wholePounds(written) }));
}

function tooLong(text: string): Refusal {
  return refuse(say.tooManyDigits({ text }));
}

/** "1O500": a figure with letters for digits, named with the figure it reads as; one reading only when certain. */
function lettersInFigure(read: LettersForDigits): Refusal | undefined {
  const inner = readMoney(read.text);
  const figure = inner.ok ? String(inner.pounds) : inner.fix;
  if (figure === undefined) return undefined;
  const wording = say.lettersForDigits({
    key: undefined,
    written: read.written,
    value: figure,
    letters: read.letters,
    certain: read.certain,
  });
  return { ok: false, message: wording.message, hint: wording.hint, ...(read.certain ? { fix: figure } : {}) };
}

function notMoney(shown: string): Refusal {
  return refuse(say.notMoney({ shown }));
}

/**
 * What is wrong with a money value as the data holds it: the text as written (the parse keeps any
 * shape but a plain whole number as text), a number in quotes, true/false, or nothing.
 */
export function describeMoney(value: unknown): Wording & { fix?: string } {
  if (value === null || value === undefined) return say.empty();
  if (typeof value === 'boolean') return say.notMoney({ shown: String(value) });
  if (typeof value === 'number') return say.notWholePounds({ value, pounds: wholePounds(value) });
  if (typeof value !== 'string') return say.notMoney({ shown: 'this' });
  const reading = readMoney(value);
  if (reading.ok) return rewrite(`"${value}"`, String(reading.pounds), 'quoted');
  return reading;
}
