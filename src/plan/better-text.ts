import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { at, eachAction, problem, type RuleContext } from './rule-context.js';

/**
 * A measure's "better:" copied from the measure beside it: the lines copied, the name, unit and target
 * changed, the direction left. Every rating and direction of travel of the measure is then inverted.
 * The action's own text says which way it should go ("Reduce waivers …", "raise the share of spend
 * under contract"): the clause whose words are most the measure's, with a verb of one direction.
 */

const LOWER = /\b(?:reduce|reducing|cut|cutting|lower|lowering|decrease|decreasing|fewer|less|shorten|shortening|minimi[sz]e|halve)\b/i;
const HIGHER = /\b(?:raise|raising|increase|increasing|grow|growing|more|maximi[sz]e|boost|boosting|double|expand|expanding)\b/i;
/** A limit the text sets: a ceiling ("no more than 2", "at most 2") means lower is better, a floor higher. */
const CEILING = /\b(?:no|not)\s+(?:more|greater|higher)\s+than\b|\bat\s+most\b|\ba\s+maximum\s+of\b/i;
const FLOOR = /\b(?:no|not)\s+(?:less|fewer|lower)\s+than\b|\bat\s+least\b|\ba\s+minimum\s+of\b/i;
const STOP: ReadonlySet<string> = new Set([
  'the',
  'and',
  'for',
  'with',
  'from',
  'into',
  'under',
  'over',
  'each',
  'every',
  'this',
  'that',
  'year',
  'quarter',
  'number',
  'share',
]);

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 4 && !STOP.has(w))
      .map((w) => w.replace(/s$/, '')),
  );

/**
 * The words of a clause that give a direction: verbs of lowering and raising, and limits. A limit is
 * read as a limit: the "more" of "no more than 2" is no verb of raising but a ceiling, so lower is better.
 */
function directionWords(clause: string): { lower: RegExpExecArray | null; higher: RegExpExecArray | null } {
  const ceiling = CEILING.exec(clause);
  const floor = ceiling ? null : FLOOR.exec(clause);
  const limit = ceiling ?? floor;
  const rest = limit ? clause.slice(0, limit.index) + ' '.repeat(limit[0].length) + clause.slice(limit.index + limit[0].length) : clause;
  return { lower: LOWER.exec(rest) ?? ceiling, higher: HIGHER.exec(rest) ?? floor };
}

/** The direction the action's text gives the measure, and the words that give it; undefined when unclear. */
function saidDirection(text: string, measureWords: ReadonlySet<string>): { better: 'higher' | 'lower'; said: string } | undefined {
  const clauses = text.split(/[.;,\n]|\band\b/i).map((c) => c.trim());
  const scored = clauses.map((c) => ({ c, n: [...words(c)].filter((w) => measureWords.has(w)).length }));
  const best = Math.max(0, ...scored.map((s) => s.n));
  const top = scored.filter((s) => s.n === best);
  if (best === 0 || top.length !== 1) return undefined;
  const { c } = top[0]!;
  const { lower, higher } = directionWords(c);
  if (!lower === !higher) return undefined;
  const verb = (lower ?? higher)!;
  // The verb must govern the measure: one of its words among the five that follow the verb.
  const said = c.slice(verb.index).split(/\s+/).slice(0, 5).join(' ');
  if (![...words(said)].some((w) => measureWords.has(w))) return undefined;
  return { better: lower ? 'lower' : 'higher', said };
}

export const betterAsText = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    if (typeof ref.action.action !== 'string') continue;
    const measures = Object.entries(asDict(ref.action.measures) ?? {});
    const wordsOf = ([id, raw]: [string, unknown]) => words(`${id} ${String(asDict(raw)?.name ?? '')}`);
    for (const entry of measures) {
      const [id, raw] = entry;
      const m = asDict(raw);
      if (!m || (m.better !== 'higher' && m.better !== 'lower')) continue;
      const said = saidDirection(ref.action.action, wordsOf(entry));
      if (!said || said.better === m.better) continue;
      // The words are another measure's of the action as much as this one's ("Reduce the number of invoices paid late"
      // beside "invoices paid within 30 days"): they say nothing of this one.
      const share = (w: ReadonlySet<string>) => [...words(said.said)].filter((x) => w.has(x)).length;
      if (measures.some((other) => other !== entry && share(wordsOf(other)) >= share(wordsOf(entry)))) continue;
      const wording = say.betterAgainstText({ id, better: m.better, meant: said.better, said: said.said });
      out.push(problem(ref.f, at(ref.f, [...ref.path, 'measures', id, 'better']), 'warning', 'better-against-text', wording));
    }
  }
  return out;
};
