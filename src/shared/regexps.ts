/**
 * A blank text long enough that V8 compiles a regular expression first used on it straight to machine
 * code (JSRegExp::kTierUpForSubjectLengthValue, 1,000 characters, in V8's regexp.cc).
 */
const LONG_BLANK = ' '.repeat(1000);

/**
 * Compile large regular expressions the fast way, before their first real use. V8 compiles a regular
 * expression when it is first used: on a short text, to bytecode through an optimiser that is slow on
 * large ones (the status check's three claim patterns took 4–8 ms each, a few per cent of a whole
 * `plan validate`), and again to machine code on the next use; on a long text, to machine code at once
 * (about 1 ms). The search on LONG_BLANK is for that alone: what it finds is ignored, and a global
 * pattern's lastIndex is left as it was. Call it once where the patterns are about to be used, not for
 * every text: a second call costs a scan of the blank text.
 */
export function compileForSpeed(patterns: readonly RegExp[]): void {
  for (const pattern of patterns) LONG_BLANK.search(pattern);
}
