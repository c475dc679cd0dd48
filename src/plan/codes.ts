import { closest } from '../shared/words.js';

/** A council code: 2–10 capital letters or digits, starting with a letter (CDC, WBC). No library needed, so commands' flag parsers can use it without loading the schemas. */
export const COUNCIL_CODE_PATTERN = '[A-Z][A-Z0-9]{1,9}';
/** A whole text that is a council code; the pattern above is for building larger patterns (import's sentences). */
export const COUNCIL_CODE = new RegExp(`^${COUNCIL_CODE_PATTERN}$`);

/** Whether `short` is `long` with letters left out and its first letter kept: TDC of TDBC, WB of WBC. */
function abbreviates(short: string, long: string): boolean {
  if (short.length >= long.length || short[0] !== long[0]) return false;
  let k = 0;
  for (const ch of long) if (ch === short[k]) k++;
  return k === short.length;
}

/**
 * The declared council an undeclared code most likely stands for, in a part that has figures for
 * `present`: an old or short form of a council with no figure there (TDC for TDBC); the one council
 * with no figure there, when this is the one code plan does not know; a form of any council; a near
 * spelling. `missing` says it is the one council with no figure in the part: writing it loses nothing.
 */
export function councilMeant(
  code: string,
  declared: readonly string[],
  present: readonly string[],
): { code: string; missing: boolean } | undefined {
  const missing = declared.filter((c) => !present.includes(c));
  const shortOf = (list: readonly string[]) => {
    const fits = list.filter((c) => abbreviates(code, c) || abbreviates(c, code));
    return fits.length === 1 ? fits[0] : undefined;
  };
  // The one council with no figure, for the one code plan does not know: nothing else claims it.
  const alone = missing.length === 1 && present.filter((c) => !declared.includes(c)).length === 1 ? missing[0] : undefined;
  const guess = shortOf(missing) ?? alone ?? closest(code, missing) ?? shortOf(declared) ?? closest(code, declared);
  return guess === undefined ? undefined : { code: guess, missing: missing.length === 1 && guess === missing[0] };
}
