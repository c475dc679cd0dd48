import type { SlipKind } from '../messages/index.js';

/**
 * How a figure typed out of scale was most likely meant: a zero too many or too few, a digit typed
 * twice, a decimal point a place out, or a figure copied from a column in thousands. A reading is only
 * taken when the figure is far from every figure it is weighed against and the reading sits among
 * them: a figure that is merely high or low, or that could be read two ways, is left alone.
 */

export type { SlipKind };

export interface SlipReading {
  meant: number;
  kind: SlipKind;
}

/** Within this factor of a figure it is weighed against, a reading is in line with it. */
const IN_LINE = 1.6;
/** At least this factor from every figure it is weighed against, a figure is out of line. */
const OUT_OF_LINE = 4;

function factor(a: number, b: number): number {
  return Math.max(a / b, b / a);
}

/** A figure without the float noise of `* 10` (3.1 * 10 is 31.000000000000004). */
function clean(n: number): number {
  return Number(n.toFixed(9));
}

/** The readings a figure allows, in the order they are preferred. */
function readings(value: number, kinds: readonly SlipKind[]): SlipReading[] {
  const out: SlipReading[] = [];
  const add = (meant: number, kind: SlipKind) => {
    if (kinds.includes(kind) && meant > 0 && !out.some((r) => r.meant === meant)) out.push({ meant: clean(meant), kind });
  };
  const whole = Number.isInteger(value);
  if (whole && value % 10 === 0) add(value / 10, 'zero-too-many');
  // An amount exported in pence: a hundred times the pounds.
  if (whole && value % 100 === 0) add(value / 100, 'pence');
  const digits = String(value);
  if (/^\d+(?:\.\d+)?$/.test(digits)) {
    for (let i = 0; i + 1 < digits.length; i++) {
      if (digits[i] === digits[i + 1] && /\d/.test(digits[i]!)) add(Number(digits.slice(0, i) + digits.slice(i + 1)), 'digit-twice');
    }
  }
  // A single digit ten times too small is as likely a real fall (12 waivers to 1) as a zero left out.
  if (!whole || value >= 10) add(value * 10, whole ? 'zero-left-out' : 'point-slipped');
  if (!whole) add(value / 10, 'point-slipped');
  add(value * 1000, 'thousands');
  return out;
}

/**
 * The reading of `value` that sits in line with every figure of `against` (its own figure the quarter
 * before, its target, the other councils'), when `value` itself is far from every one of them.
 */
export function slipMeant(
  value: number,
  against: readonly number[],
  kinds: readonly SlipKind[],
  /** How far from each figure a reading may be: wider where other evidence backs it. */
  inLine = IN_LINE,
): SlipReading | undefined {
  const refs = against.filter((r) => r > 0);
  if (value <= 0 || refs.length === 0 || refs.some((r) => factor(value, r) < OUT_OF_LINE)) return undefined;
  // A thousandfold slip is plain even when the figures it is weighed against differ among themselves.
  const fits = readings(value, kinds).filter((r) => refs.every((ref) => factor(r.meant, ref) <= (r.kind === 'thousands' ? 3 : inLine)));
  return fits[0];
}
