import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { type ActionRef, actionName, at, type Dict, eachAction, lineOfWords, problem, type RuleContext, where } from './rule-context.js';

/**
 * A target's name copied from the action above with its "target:" lines, and not typed over: the
 * report then names this action's money as the other's ("cashable savings" for the rebates), and a
 * reader may add the two up. Two actions may count the same thing, so the name is said to be another
 * action's only when nothing of this action (its text, labels, statuses, narratives, notes) uses a
 * word of it, and its text says what its money is: "£60,000 of supplier rebates", or the thing its
 * first verb names ("Collect supplier rebates from ...") when its id or its updates use that word too.
 */

/** Words too common to tell two names apart. */
const COMMON: ReadonlySet<string> = new Set(['from', 'with', 'this', 'that', 'year', 'each', 'over', 'under', 'total', 'value', 'amount']);

/** The words of a name that tell it apart, each cut to a stem ("savings" to "saving"). */
function stems(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4 && !COMMON.has(w))
    .map((w) => w.replace(/s$/, ''));
}

/** All the words of an action but its target's name: text, labels, statuses, narratives, notes. */
function ownWords(action: Dict): { text: string; updates: string } {
  const target = asDict(action.target) ?? {};
  const updates = Object.values(asDict(action.updates) ?? {}).flatMap((u) => {
    const update = asDict(u) ?? {};
    return [update.status, update.narrative, ...Object.values(asDict(update.notes) ?? {})];
  });
  const labels = [target.achievedLabel, target.pendingLabel];
  const text = typeof action.action === 'string' ? action.action : '';
  return { text, updates: [...labels, ...updates].filter((s) => typeof s === 'string').join('\n') };
}

/** Where a phrase of what is counted ends: a preposition, a figure, a comma or the sentence's end. */
const PHRASE_END =
  /\s+(?:from|to|by|in|across|through|for|on|at|with|via|due|under|over|a|an|each|this|per|of|that|which|who|and\s+(?:to|by|from))\b|[,.;:()\d\u00a3]|$/i;

/** A text that starts by getting money in ("Collect", "Claim", "Earn"), and what it gets. */
const GAIN =
  /^(?:collect|claim|earn|generate|recover|secure|raise|recoup|receive|obtain|bring in|win)\s+(?:the\s+|our\s+|all\s+|any\s+)?(.*)/i;

/**
 * What the text says its money is: "£60,000 of supplier rebates", else the first verb's object when
 * the action's id or updates use its last word ("Claim the energy rebate on ..." of "energy-rebate").
 */
function textNames(text: string, updates: string): string | undefined {
  const first = text
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
  const of = /\u00a3\s?\d[\d,.]*\s*(?:k|m|million)?\s+(?:a year\s+)?of\s+(?:the\s+)?(.*)/i.exec(first);
  const verb = of ? undefined : GAIN.exec(first);
  const rest = (of ?? verb)?.[1];
  if (rest === undefined) return undefined;
  const phrase = rest.slice(0, PHRASE_END.exec(rest)!.index).trim();
  const words = phrase.split(' ');
  if (phrase === '' || words.length > 5 || !/^[a-z][a-z -]*$/.test(phrase)) return undefined;
  const head = stems(words[words.length - 1]!)[0];
  if (!of && (head === undefined || !updates.toLowerCase().includes(head))) return undefined;
  return phrase;
}

/** Kinds of money, by the words that speak of them: a text of one kind does not count a name of another. */
const MONEY_KINDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['saving', /\bsav(?:e|es|ed|ing|ings)\b|\bcheaper\b/i],
  // Not "charges": a supplier's charges are what a saving cuts ("no longer charges for ...").
  ['income', /\bearn(?:s|ed|ing)?\b|\bsell(?:s|ing)?\b|\bincome\b/i],
  ['rebate', /\brebates?\b/i],
];
const kindsOf = (text: string) => MONEY_KINDS.filter(([, re]) => re.test(text)).map(([kind]) => kind);

/**
 * What an action's id names it ("shared-services-income"), when its text names no money: only when the
 * name copied is the other action's own, its words using the name, the id shares no word with it, and
 * the text speaks of money of another kind than the name ("earning £32,000" beside "framework rebates").
 */
function idNames(id: string, name: string, text: string, source: { text: string; updates: string }): string | undefined {
  const nameStems = stems(name);
  const theirs = `${source.text}\n${source.updates}`.toLowerCase();
  if (!nameStems.some((s) => theirs.includes(s)) || stems(id).some((s) => nameStems.includes(s))) return undefined;
  const [named, said] = [kindsOf(name), kindsOf(text)];
  if (named.length !== 1 || said.length === 0 || said.includes(named[0]!)) return undefined;
  const words = id.split('-').filter((w) => /^[a-z]+$/.test(w));
  return words.length >= 2 && words.length <= 5 ? words.join(' ') : undefined;
}

export const targetNamesOwn = (ctx: RuleContext): Diagnostic[] => {
  const out: Diagnostic[] = [];
  const seen = new Map<string, ActionRef>();
  for (const ref of eachAction(ctx)) {
    const raw = asDict(ref.action.target)?.measure;
    if (typeof raw !== 'string' || raw.trim() === '') continue;
    const name = raw.trim().toLowerCase();
    const source = seen.get(name);
    if (!source) {
      seen.set(name, ref);
      continue;
    }
    const words = ownWords(ref.action);
    const all = `${words.text}\n${words.updates}`.toLowerCase();
    const nameStems = stems(name);
    if (nameStems.length === 0 || nameStems.some((s) => all.includes(s))) continue;
    const id = typeof ref.action.id === 'string' ? ref.action.id : '';
    const said = textNames(words.text, `${words.updates}\n${id}`);
    const meant = said ?? idNames(id, name, words.text, ownWords(source.action));
    if (meant === undefined || stems(meant).length === 0) continue;
    const path = [...ref.path, 'target', 'measure'];
    const sourceAt = at(source.f, [...source.path, 'target', 'measure']);
    const wording = say.targetNameOfOther({
      name: raw.trim(),
      other: actionName(source),
      otherAt: source.f === ref.f ? `line ${source.f.file.position(sourceAt).line}` : where(source.f, sourceAt),
      textLine: said === undefined ? undefined : lineOfWords(ref, ['action'], meant.split(' ')[0]!),
      meant,
    });
    out.push(problem(ref.f, at(ref.f, path), 'warning', 'target-name-of-other', wording));
  }
  return out;
};
