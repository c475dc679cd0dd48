import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { listAnd } from '../shared/words.js';
import { measureValue, shown } from './measure-figures.js';
import { mentions } from './measure-narrative.js';
import { QUARTERS, type Quarter } from './quarters.js';
import { at, type Dict, eachAction, problem, type RuleContext } from './rule-context.js';

/**
 * A measure's "better:" the wrong way round, as its own narrative shows: "QDC 18, MBC 23 and GCC 20,
 * so all three are within target" under targets of 20, 25 and 20 and "better: higher" (the line copied
 * from a measure beside it). Every rating of the measure is then inverted, and nothing else would stop it.
 * Read from a clause that says the councils met (or missed) their targets, naming them or "all" of
 * them, with no word turning it: the claim must hold for every council under the other direction, and
 * fail under the one written for most of them.
 */

/** "target" as the end of a claim: not "the target's amber band", "their target of paying within 10 days". */
const TARGET = String.raw`(?:(?:its|their|the|our)\s+)?(?:own\s+)?targets?\b(?!['\u2019]s|\s+(?:of|band|range|tolerance|margin|for|to)\b)`;
const MET = new RegExp(String.raw`\b(?:within|met|meets|meeting|hit|reached|achieved|on|beat|beating|better than)\s+${TARGET}`, 'i');
const MISSED = new RegExp(String.raw`\b(?:missed|outside|short of|worse than)\s+${TARGET}`, 'i');
const TURNED = /\bnot\b|n't\b|\bno longer\b|\bnone\b|\bneither\b|\bnor\b|\bexcept\b|\bapart from\b|\bnearly\b|\balmost\b/i;
/** A clause of another time: "after both missed target in Q2", "last quarter". */
const OTHER_TIME = /\bQ[1-4]\b|\b(?:last|previous|next) (?:quarter|year)\b|\blast year\b|\bby (?:the end of )?[A-Z][a-z]+\b/;
const ALL = /\b(?:all|both|every|each|three|four|five|six)\b/i;

interface Claim {
  met: boolean;
  words: string;
  codes: string[];
  /** Each council's figure as the sentence gives it beside its code: the claim is of this measure only when they are its figures. */
  said: ReadonlyMap<string, number>;
}

/**
 * The claims of a narrative that named councils (or all of them) met or missed their targets. The
 * figures must come before the claim, as a claim of them does ("QDC 18 and MBC 23, both within
 * target"): "Invoices paid within target: WBC 88%" is a measure's name, not a claim.
 */
function claimsOf(text: string, codes: readonly string[]): Claim[] {
  const named = (s: string) => codes.filter((c) => new RegExp(`\\b${c}\\b`).test(s));
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.;!?])\s+/)
    .flatMap((sentence) => {
      const clauses = [...sentence.matchAll(/[^,]+?(?=,|\bbut\b|\bwhile\b|\bwhereas\b|\bthough\b|$)/gi)];
      return clauses.flatMap((clause): Claim[] => {
        const m = MET.exec(clause[0]) ?? MISSED.exec(clause[0]);
        if (!m || TURNED.test(clause[0]) || OTHER_TIME.test(clause[0])) return [];
        const before = sentence.slice(0, clause.index + m.index);
        const own = named(clause[0].slice(0, m.index));
        const all = own.length > 0 ? own : ALL.test(clause[0]) ? named(before) : [];
        const said = new Map(mentions(before, new Set(all), new Map()).map((x) => [x.code, x.value] as const));
        return all.length > 0 ? [{ met: MET.test(m[0]), words: m[0], codes: all, said }] : [];
      });
    });
}

/** Whether `value` meets `target` when `better` is the direction: a tie meets it either way. */
const meets = (better: string, value: number, target: number) => (better === 'higher' ? value >= target : value <= target);

/** The first claim of the measure's narratives that holds only under the other direction. */
function againstClaim(measure: Dict, id: string, updates: Dict) {
  const better = measure.better;
  const target = asDict(measure.target);
  if ((better !== 'higher' && better !== 'lower') || !target) return undefined;
  const other = better === 'higher' ? 'lower' : 'higher';
  for (const q of QUARTERS) {
    const update = asDict(updates[q]);
    const row = asDict(asDict(update?.measures)?.[id]);
    if (!row || typeof update?.narrative !== 'string') continue;
    for (const claim of claimsOf(update.narrative, Object.keys(target))) {
      // A figure marked as another quarter's is not this quarter's: the claim is not of it.
      const pairs = claim.codes.flatMap((c) => {
        const [v, t] = [asDict(row[c]) ? undefined : measureValue(row[c]), measureValue(target[c])];
        return v === undefined || t === undefined ? [] : [{ c, v, t }];
      });
      if (pairs.length !== claim.codes.length || pairs.length === 0 || pairs.some((p) => claim.said.get(p.c) !== p.v)) continue;
      const failing = (direction: string) => pairs.filter((p) => !meets(direction, p.v, p.t)).length;
      const against = claim.met ? failing(other) === 0 && failing(better) * 2 >= pairs.length : failing(other) === pairs.length;
      if (against) return { q, claim, pairs, better, other };
    }
  }
  return undefined;
}

export const betterAgainstClaims = (ctx: RuleContext): Diagnostic[] =>
  eachAction(ctx).flatMap((ref): Diagnostic[] => {
    const updates = asDict(ref.action.updates) ?? {};
    return Object.entries(asDict(ref.action.measures) ?? {}).flatMap(([id, raw]): Diagnostic[] => {
      const measure = asDict(raw);
      const found = measure ? againstClaim(measure, id, updates) : undefined;
      if (!found) return [];
      const wording = say.betterAgainstClaim({
        id,
        better: found.better,
        meant: found.other,
        quarter: found.q as Quarter,
        words: found.claim.words,
        figures: listAnd(found.pairs.map((p) => `${p.c}'s ${shown(measure!.unit, p.v)}`)),
        targets: listAnd(found.pairs.map((p) => shown(measure!.unit, p.t))),
      });
      return [problem(ref.f, at(ref.f, [...ref.path, 'measures', id, 'better']), 'warning', 'better-against-claim', wording)];
    });
  });
