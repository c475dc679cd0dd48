/** A council code: 2–10 capital letters or digits, starting with a letter (CDC, WBC). No library needed, so commands' flag parsers can use it without loading the schemas. */
export const COUNCIL_CODE_PATTERN = '[A-Z][A-Z0-9]{1,9}';
/** A whole text that is a council code; the pattern above is for building larger patterns (import's sentences). */
export const COUNCIL_CODE = new RegExp(`^${COUNCIL_CODE_PATTERN}$`);
