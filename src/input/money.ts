/**
 * Money as officers type it, read from the text as written (never from what YAML made of it: YAML
 * reads `150.000` as the number 150). Plan accepts one form only, a whole number of pounds written
 * plainly (`75000`); every other shape gets a message saying what it is read as and the exact
 * number to write instead, so a mistyped figure can never reach the report unremarked.
 *
 * `fix` is set only when the shape has one right answer (`98 500`, `£75,000`); a shape that could
 * mean two amounts (`150.000`: £150 or £150,000?) gets both in its hint and is left to the officer.
 */

interface Refusal {
  ok: false;
  message: string;
  hint: string;
  /** The plain number to write instead, when there is only one right answer. */
  fix?: string;
}

export type MoneyReading = { ok: true; pounds: number } | Refusal;

const MAX_DIGITS = 15;
const PLAIN = /^(0|[1-9][0-9]*)$/;
/** A pound sign, "GBP", "pounds" or "sterling", before or after the figure. */
const CURRENCY = /^(?:£|GBP|gbp)\s*|\s*(?:£|GBP|gbp|pounds?|sterling|stg)\.?$/gi;
const SPACES = /[ \u00a0\u2007\u2009\u202f]/g;

function grouped(text: string, separator: string): boolean {
  const s = separator === '.' ? '\\.' : separator;
  return new RegExp(`^\\d{1,3}(?:${s}\\d{3})+$`).test(text);
}

/** A whole number of pounds, rounded half up, as a plain figure. */
function wholePounds(value: number): string {
  return String(Math.round(value));
}

/** A shape with one right answer: the message names the figure to write, the hint why. */
function rewrite(shown: string, fix: string, why: string): Refusal {
  return {
    ok: false,
    message: `write money as a plain number of pounds: ${fix} (not ${shown})`,
    hint: `${why}: replace ${shown} with ${fix}`,
    fix,
  };
}

function refuse(message: string, hint: string, fix?: string): Refusal {
  return fix === undefined ? { ok: false, message, hint } : { ok: false, message, hint, fix };
}

/** Read `written`, the money value exactly as it stands in the file (without quotes). */
export function readMoney(written: string): MoneyReading {
  const text = written.trim();
  if (PLAIN.test(text) || /^-[1-9][0-9]*$/.test(text)) {
    if (text.replace(/^0+(?=\d)/, '').length > MAX_DIGITS) return tooLong(text);
    return { ok: true, pounds: Number(text) };
  }
  const shown = `"${text}"`;
  if (text === '') return refuse('the amount is empty', 'write the amount as a plain number of pounds, e.g. 75000, or 0 for nothing yet');
  // Excel's negative figures: (5,000). A plain -5000 is read, and refused by the schema's own minimum.
  if (/^-|^\(.*\)$/.test(text)) {
    return refuse(
      `${shown} is a negative amount: an amount of money cannot be negative`,
      `write the amount without brackets or minus sign, e.g. ${text.replace(/[^0-9]/g, '') || '5000'}, and explain a fall in the narrative`,
    );
  }
  if (/^=/.test(text)) return refuse(`${shown} is a spreadsheet formula, not an amount`, 'write the figure the formula gives, e.g. 75000');
  // "61250" or “61250” pasted from Word: a number in quotes is text.
  const quoted = /^["'“”‘’](.*)["'“”‘’]$/.exec(text);
  if (quoted) {
    const inner = readMoney(quoted[1]!);
    if (!inner.ok) return inner;
    return rewrite(shown, String(inner.pounds), 'a number in quotes is read as text');
  }
  const bare = text.replace(CURRENCY, '').trim();
  const currency = bare !== text;
  // A number in words: 25k, 1.5m, £2bn, 75 thousand, 1.5 million.
  const scaled = /^(\d+(?:[.,]\d+)?)\s*(k|thousand|m|mn|million|bn|billion)$/i.exec(bare);
  if (scaled) {
    const unit = scaled[2]!.toLowerCase();
    const factor = unit === 'k' || unit === 'thousand' ? 1e3 : unit.startsWith('b') ? 1e9 : 1e6;
    const pounds = wholePounds(Number(scaled[1]!.replace(',', '.')) * factor);
    return {
      ok: false,
      message: `write money in full as a plain number: ${pounds} (not ${shown})`,
      hint: `replace ${shown} with ${pounds}`,
      fix: pounds,
    };
  }
  const compact = bare.replace(SPACES, ' ');
  // 1.5E+05, as Excel shows large numbers in a narrow column.
  if (/^\d+(?:\.\d+)?[eE][+-]?\d+$/.test(compact)) {
    const pounds = wholePounds(Number(compact));
    return refuse(
      `${shown} is not an amount of money: it is how a spreadsheet shows ${pounds} in a narrow column`,
      `replace ${shown} with ${pounds}`,
    );
  }
  return readSeparated(compact, shown, currency) ?? notMoney(shown);
}

/** Figures with thousands separators, decimal points or decimal commas, in any country's habit. */
function readSeparated(text: string, shown: string, currency: boolean): MoneyReading | undefined {
  // 98 500, 1 250 000: a space between thousands has one reading.
  if (grouped(text, ' ')) {
    const pounds = text.replace(/ /g, '');
    return rewrite(shown, pounds, 'spaces between the thousands are not needed');
  }
  // 75,000 and 1'250'000: separators between thousands.
  for (const sep of [',', "'", '_']) {
    if (grouped(text, sep)) {
      const pounds = text.split(sep).join('');
      return rewrite(shown, pounds, 'the report adds the £ sign and the commas itself');
    }
  }
  // 75,000.00 / 75.000,00: thousands and pence.
  const both = /^(\d{1,3}(?:([.,' ])\d{3})+)([.,])(\d{1,2})$/.exec(text);
  if (both && both[2] !== both[3]) {
    const pounds = wholePounds(Number(`${both[1]!.replace(/[.,' ]/g, '')}.${both[4]}`));
    return rewrite(shown, pounds, 'amounts are whole pounds, and the report adds the commas itself');
  }
  if (!currency && text !== '' && grouped(text, '.')) return thousandsDot(text, shown);
  if (currency && grouped(text, '.')) {
    const pounds = text.replace(/\./g, '');
    return rewrite(shown, pounds, 'the report adds the £ sign and the commas itself');
  }
  // 75000.50, 75,50: pence, with a decimal point or a decimal comma.
  const pence = /^(\d+)([.,])(\d+)$/.exec(text);
  if (pence) {
    const value = Number(`${pence[1]}.${pence[3]}`);
    const pounds = wholePounds(value);
    const comma = pence[2] === ',' ? ' written with a decimal comma' : '';
    if (/^0+$/.test(pence[3]!)) return rewrite(shown, pounds, 'amounts are whole pounds, with no decimal part');
    return refuse(
      `${shown} has pence${comma}: write money in whole pounds, without pence`,
      `replace ${shown} with ${pounds} (rounded to the nearest pound)`,
    );
  }
  if (/^\d+$/.test(text)) {
    if (currency) return rewrite(shown, text, 'the report adds the £ sign itself');
    // Leading zeros: 075000.
    const pounds = text.replace(/^0+(?=\d)/, '');
    if (pounds.length > MAX_DIGITS) return tooLong(text);
    return rewrite(shown, pounds, 'a figure does not start with 0');
  }
  return undefined;
}

/** 150.000: in much of Europe a dot separates thousands; in Britain it starts the pence. */
function thousandsDot(text: string, shown: string): Refusal {
  const thousands = text.replace(/\./g, '');
  const asWritten = Number(text);
  return refuse(
    `${shown} has a dot between the digits, which reads it as ${asWritten % 1 === 0 ? `£${asWritten}` : `£${asWritten} (with pence)`}, not ${thousands}`,
    `write ${thousands} if the dot separates the thousands, or ${wholePounds(asWritten)} if you meant £${asWritten}`,
  );
}

function tooLong(text: string): Refusal {
  return refuse(
    `"${text}" has too many digits for an amount of money (at most 15)`,
    'check the figure for extra zeros or digits typed twice',
  );
}

function notMoney(shown: string): Refusal {
  return refuse(
    `${shown} is not an amount of money`,
    'write the amount as a plain number of pounds, e.g. 75000; put any words about it in the narrative or notes',
  );
}

/**
 * What is wrong with a money value as the data holds it: the text as written (the parse keeps any
 * shape but a plain whole number as text), a number in quotes, true/false, or nothing.
 */
export function describeMoney(value: unknown): { message: string; hint: string; fix?: string } {
  if (value === null || value === undefined) {
    return { message: 'the amount is empty', hint: 'write the amount as a plain number of pounds, e.g. 75000, or 0 for nothing yet' };
  }
  if (typeof value === 'boolean') {
    return { message: `${value} is not an amount of money`, hint: 'write the amount as a plain number of pounds, e.g. 75000' };
  }
  if (typeof value === 'number') {
    return { message: `${value} is not a whole number of pounds`, hint: `write ${wholePounds(value)}` };
  }
  if (typeof value !== 'string')
    return { message: 'this is not an amount of money', hint: 'write the amount as a plain number of pounds, e.g. 75000' };
  const reading = readMoney(value);
  if (reading.ok) return rewrite(`"${value}"`, String(reading.pounds), 'a number in quotes is read as text');
  return reading;
}
