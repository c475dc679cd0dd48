/**
 * Letters typed for the digits they look like, in a figure: the letter O (or o) for a zero, l or I for
 * a one ("1O500", "3l", "2O41/42 Q4"), as a typist's habit or a scanned return gives them. Only a run of
 * digits and such letters with at least one digit in it is a figure; a word ("Oil", "IT") is not. The
 * figure has one reading when every such letter sits between digits ("1O5OO" is 10500 for sure; in
 * "5OO" the last two letters stand after the digits, and could be a stray key); else the hint names
 * the reading and the officer confirms it.
 */

const LOOKALIKE: Readonly<Record<string, string>> = { O: '0', o: '0', l: '1', I: '1' };

/** A run of digits and lookalike letters, with "." "," "/" or "-" inside it (a date), standing as a word of its own. */
const RUN = /(?<![\w.])[0-9OolI]+(?:[.,/-][0-9OolI]+)*(?![\w])/g;

export interface LettersForDigits {
  /** The text with each lookalike letter in a figure written as its digit. */
  text: string;
  /** The first figure so written, as written and as it reads. */
  written: string;
  figure: string;
  /** Where the first such figure starts in `text`. */
  index: number;
  /** The letters met, as the message names them: "O", "l". */
  letters: string[];
  /** Every such letter has a digit before it and one after it, in its figure. */
  certain: boolean;
  /** Where each letter is in `text`, for the edits. */
  at: number[];
}

/** The figures in `text` with letters for digits, read as digits; undefined if there is none. */
export function lettersForDigits(text: string): LettersForDigits | undefined {
  let out = text;
  let first: { written: string; figure: string; index: number } | undefined;
  const letters = new Set<string>();
  const at: number[] = [];
  let certain = true;
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    // "0o14" is how YAML 1.1 wrote a number in base 8, not a slip of the keyboard.
    if (!/\d/.test(run) || !/[OolI]/.test(run) || /^0o/.test(run)) continue;
    const figure = run.replace(/[OolI]/g, (c) => LOOKALIKE[c]!);
    for (const [k, c] of [...run].entries()) {
      if (!(c in LOOKALIKE)) continue;
      letters.add(c);
      at.push(m.index + k);
      if (!/\d/.test(run.slice(0, k)) || !/\d/.test(run.slice(k + 1))) certain = false;
    }
    out = out.slice(0, m.index) + figure + out.slice(m.index + run.length);
    first ??= { written: run, figure, index: m.index };
  }
  if (!first) return undefined;
  return { text: out, ...first, letters: [...letters], certain, at };
}
