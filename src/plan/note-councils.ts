import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { escapeRegExp } from '../shared/words.js';
import { wordsOf } from './narrative-rules.js';
import { QUARTERS } from './quarters.js';
import { type ActionRef, at, eachAction, problem, type Rule } from './rule-context.js';

/**
 * A note under one council's code that is about another council: the notes lines copied from another
 * update and their text typed over, but not their code. The report prints the note beside the wrong
 * council's figures. A note is taken to be about another council when it names that council as the
 * owner of something ("LVCC's contract", "the county's school catering contract") and never names its own.
 */

/** The kinds of council a name can say, as a note refers to one: "the county's". */
const KINDS = ['county', 'district', 'borough', 'city', 'unitary', 'metropolitan', 'town', 'parish'];
const OWNER = `(?:'s|\u2019s)`;

/** The council a note's words make the owner of something, by its code, its name, or "the county". */
function ownerNamed(text: string, names: ReadonlyMap<string, readonly string[]>): { code: string; words: string } | undefined {
  for (const [code, words] of names) {
    for (const word of [code, ...words]) {
      const found = new RegExp(`\\b${escapeRegExp(word)}${OWNER}`, 'i').exec(text);
      if (found) return { code, words: found[0] };
    }
  }
  const kind = new RegExp(`\\bthe (${KINDS.join('|')})${OWNER}`, 'i').exec(text);
  if (!kind) return undefined;
  const of = [...names].filter(([, words]) => words.some((w) => new RegExp(`\\b${kind[1]}\\b`, 'i').test(w)));
  return of.length === 1 ? { code: of[0]![0], words: kind[0] } : undefined;
}

/**
 * Words that tie the note to its own council while it names another: "its share of the county's
 * contract", "through HCC's framework", "our part of".
 */
const OWN_WORDS = /\b(?:its|our|their|own|share|part|through|via|under|using|with)\b/i;

/** Whether the text names the council itself: its code or one of its names. */
const namesItself = (text: string, code: string, names: ReadonlyMap<string, readonly string[]>) =>
  [code, ...(names.get(code) ?? [])].some((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i').test(text));

function actionNotes(ref: ActionRef, names: ReadonlyMap<string, readonly string[]>): Diagnostic[] {
  const updates = asDict(ref.action.updates) ?? {};
  const out: Diagnostic[] = [];
  for (const q of QUARTERS) {
    const notes = asDict(asDict(updates[q])?.notes) ?? {};
    for (const [code, text] of Object.entries(notes)) {
      if (typeof text !== 'string' || namesItself(text, code, names) || OWN_WORDS.test(text)) continue;
      const owner = ownerNamed(text, names);
      if (!owner || owner.code === code) continue;
      const taken = Object.hasOwn(notes, owner.code);
      const wording = say.noteOfOtherCouncil({ code, other: owner.code, words: owner.words, quarter: q, taken });
      out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'notes', code], true), 'warning', 'note-of-other-council', wording));
    }
  }
  return out;
}

export const notesUnderTheirCouncil: Rule = (ctx) => {
  const { names } = wordsOf(ctx);
  return eachAction(ctx).flatMap((ref) => actionNotes(ref, names));
};
