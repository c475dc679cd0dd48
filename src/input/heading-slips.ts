import { say } from '../messages/index.js';
import { keyAndValue, type LineInfo } from './slip-lines.js';
import type { Slip, SlipContext } from './slips.js';

/**
 * "status: Status: Onward going", "rag: RAG: Green", "narrative: Narrative: ...": a value copied with
 * the heading it had in an email or a tracker's column, which is the key's own name. YAML cannot read
 * the second ": ", and quoting it would print the heading in the report: the heading goes, which
 * --fix does (one right answer: the key already says it).
 */
export function headingBeforeValue(line: LineInfo, context: SlipContext): Slip | undefined {
  const kv = keyAndValue(line, true);
  if (!kv || !context.knownKeys.has(kv.key) || /^["']/.test(kv.value)) return undefined;
  // The key's name in any case, its words apart ("Achieved label"), and "RAG status" or "RAG rating".
  const name = kv.key.replace(/([a-z])([A-Z])/g, '$1[ \\t]*$2');
  const m = new RegExp(`^(${name}(?:[ \\t]+(?:status|rating))?)[ \\t]*:[ \\t]+(?=\\S)`, 'i').exec(kv.value);
  if (!m) return undefined;
  const rest = kv.value.slice(m[0].length);
  return {
    offset: kv.at,
    code: 'heading-before-value',
    ...say.headingBeforeValue({ key: kv.key, heading: m[1]!, rest }),
    edits: [{ at: kv.at, remove: m[0].length, insert: '' }],
  };
}
