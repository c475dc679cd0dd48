/** A council code: 2–10 capital letters or digits, starting with a letter (CDC, WBC). No library needed, so commands' flag parsers can use it without loading the schemas. */
export const COUNCIL_CODE = /^[A-Z][A-Z0-9]{1,9}$/;
