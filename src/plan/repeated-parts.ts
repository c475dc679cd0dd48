import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { type ActionRef, actionName, at, type CheckedFile, eachAction, problem, type Rule, where } from './rule-context.js';

/**
 * Parts of the plan written twice over: a section file started as a copy of another keeps that one's
 * title, and an action added by a colleague repeats one the plan has. Neither changes a figure, but
 * the report would head two sections alike or list one action twice.
 */

/** Text as it reads, whatever its capitals, spaces and final full stop. */
const asRead = (text: string) =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s.]+$/, '')
    .trim();

/** The words a section file's name gives after its number: "4.5-skills-and-capacity.yaml" gives "skills and capacity". */
function titleInFileName(path: string): string | undefined {
  const name = /([^/\\]+)\.ya?ml$/i.exec(path)?.[1];
  const words = name
    ?.replace(/^[\d.]+[-_ ]*/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words ? words : undefined;
}

/** Words that stay small inside a title ("Skills and Capacity"). */
const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** Words as a title writes them: each capitalised, but for small words after the first. */
const asTitle = (words: string) =>
  words
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');

/** Whether a file's name speaks of the title: every word of its name is in the title. */
function nameFits(f: CheckedFile, title: string): boolean {
  const words = titleInFileName(f.file.displayPath)?.split(' ') ?? [];
  return words.length > 0 && words.every((w) => asRead(title).includes(w.toLowerCase()));
}

/**
 * Two sections with one title: said at the one whose file name does not fit that title (the copy
 * whose title was not typed over), or at the later one when both or neither fit.
 */
export const sectionTitlesOwn: Rule = ({ sectionFiles }) => {
  const out: Diagnostic[] = [];
  const seen = new Map<string, CheckedFile>();
  for (const f of sectionFiles) {
    const title = asDict(f.data)?.title;
    if (typeof title !== 'string' || asRead(title) === '') continue;
    const first = seen.get(asRead(title));
    if (!first) {
      seen.set(asRead(title), f);
      continue;
    }
    const copy = nameFits(f, title) && !nameFits(first, title) ? first : f;
    const other = copy === f ? first : f;
    const own = titleInFileName(copy.file.displayPath);
    const wording = say.titleTwice({
      title,
      section: String(asDict(copy.data)?.section ?? ''),
      where: where(other, at(other, ['title'])),
      fromName: own && !nameFits(copy, title) ? asTitle(own) : undefined,
    });
    out.push(problem(copy, at(copy, ['title']), 'warning', 'title-twice', wording));
  }
  return out;
};

/** An action's text long enough to be its own: a few words ("Savings") may well recur. */
const MIN_WORDS = 5;

/** Two actions with the same text, word for word: said at the later one's text. */
export const actionTextsOwn: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const seen = new Map<string, ActionRef>();
  for (const ref of eachAction(ctx)) {
    const text = ref.action.action;
    if (typeof text !== 'string' || asRead(text).split(' ').length < MIN_WORDS) continue;
    const first = seen.get(asRead(text));
    if (!first) {
      seen.set(asRead(text), ref);
      continue;
    }
    const wording = say.actionTextTwice({ other: actionName(first), where: where(first.f, at(first.f, [...first.path, 'action'])) });
    out.push(problem(ref.f, at(ref.f, [...ref.path, 'action']), 'warning', 'action-twice', wording));
  }
  return out;
};
