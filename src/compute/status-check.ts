import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Council, Plan } from '../plan/model.js';
import type { Quarter } from '../plan/quarters.js';
import { listAnd } from '../shared/words.js';
import { type ActionFigures, computeActionFigures, DEFAULT_RAG, type Figures, type RagThresholds } from './savings.js';

/**
 * A status the officer wrote that the figures contradict: "On track for WBC and NDC" while NDC is
 * behind pace, or "Behind target" while every council is on pace. A warning at the status line (an
 * error under --strict), so it must not cry wolf: the status is read clause by clause, with its
 * negations ("not", "no longer", "isn't"), exceptions ("except EDC"), hedges ("broadly", "expected to",
 * "at risk of") and the councils each clause names, and a clause that cannot be read with confidence
 * is left alone. Actions the officer rated with `rag:` are left alone too.
 */

/** What a clause says about the money: on or ahead of pace, behind it, or the annual target met. */
type Claim = 'ahead' | 'behind' | 'annual';
/** Who a clause speaks of: the councils it names (all when it names none), or all of them together. */
type Scope = { codes: string[] } | 'combined';
interface Reading {
  claim: Claim;
  /** "Broadly on track": only wrong when every council it speaks of is well behind. */
  hedged: boolean;
  scope: Scope;
}

const AHEAD =
  /\b(?:on (?:track|target|schedule|course|plan|profile|pace)|ahead(?: of (?:\w+ ){0,2}(?:target|schedule|plan|profile|pace|forecast)|(?= *$| for | by | in | on | overall))|above (?:\w+ ){0,2}(?:target|profile|plan|pace|forecast)|exceed(?:ed|ing|s)? (?:\w+ ){0,2}(?:target|profile|plan|forecast)|meet(?:ing|s) (?:\w+ ){0,2}targets?|caught up)\b/g;
const BEHIND =
  /\b(?:behind(?! the scenes)|shortfall|short of|f(?:a|e)ll(?:ing)? short|off (?:track|target|schedule|course|profile)|(?:below|under) (?:\w+ ){0,2}(?:target|profile|plan|pace|forecast)|missed (?:\w+ ){0,2}target|under-?achiev\w*)\b/g;
/** "Met the Q2 target", "annual target achieved": the pace met, or with "annual" the whole year's target. */
const MET =
  /\b(?:(?:met|achieved|reached|hit|beaten|beat|surpassed) (?:\w+ ){0,2}targets?|targets?(?: (?:is|are|was|were|has been|have been|now|already))* (?:met|achieved|exceeded|reached|hit|beaten|surpassed))\b/g;
const ANNUAL = /\b(?:annual|full[- ]year|whole[- ]year|yearly)\b/;

/** Before a claim, these make it a forecast, a risk, a condition or the past: not a claim about now. */
const NOT_NOW =
  /\b(?:expect(?:ed|s)?|should|may|might|could|will|would|likely|forecast|projected|aim(?:ing)?|hop(?:e|ing)|plan(?:ned|s)? to|risk|to (?:be|get|bring|keep)|getting|almost|nearly|close to|approaching|was|were|had been|previously|earlier|last (?:quarter|year))\b/;
/** Anywhere in a clause, these make the whole clause conditional or about another time. */
const CONDITIONAL = /\b(?:if|unless|once|next (?:quarter|year))\b|\?/;
const HEDGE = /\b(?:broadly|largely|mostly|generally|reasonably|fairly|more or less|roughly)\b/;
/** "not", "no longer", "isn't", "never been": a negation right before a claim, perhaps with a few filler words. */
const NEGATED =
  /(?:\bnot|\bno|\bnever|n't)(?: (?:yet|longer|quite|fully|entirely|currently|now|still|so far|been|be|being|is|are|has|have|had|all|every|council|councils|both|fallen|fall|falling|gone|got|slipped|running|performing|looking))* $/;
const COMBINED = /\b(?:overall|combined|in total|together|as a whole|jointly|collectively|across the partnership)\b/;
const EXCEPT = /\b(?:but not|apart from|other than|except(?: for)?|excepting|excluding|save for|with the exception of)\b/g;
const EXCEPT_MARK = ' ⊘ ';
/** Words officers mistype: "trak", "behnd", "traget". */
const KEY_WORDS = ['track', 'target', 'targets', 'behind', 'schedule', 'except', 'exceeded', 'shortfall', 'profile'];

export function checkStatusesAgainstFigures(
  plan: Plan,
  quarters: readonly Quarter[],
  thresholds: RagThresholds = DEFAULT_RAG,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const action of plan.sections.flatMap((s) => s.actions)) {
    if (!action.target) continue;
    for (const quarter of quarters) {
      const update = action.updates[quarter];
      const place = update?.statusPlace;
      if (!update?.status || !place || update.rag) continue;
      const readings = readStatus(update.status, plan.councils, quarter);
      const figures = readings.length ? computeActionFigures(action, quarter, plan.councils, thresholds) : undefined;
      const wrong = figures && readings.map((r) => contradiction(r, figures)).find((m) => m !== undefined);
      if (!wrong) continue;
      out.push({
        file: place.file,
        line: place.line,
        column: place.column,
        severity: 'warning',
        code: 'status-against-figures',
        message: `the status says "${update.status}", but the figures put ${wrong}`,
        hint: 'say so in the status, or give your own rating with "rag:" if the figures do not tell the whole story',
        sourceLine: place.text,
      });
    }
  }
  return out;
}

/** What the figures say against a reading, or undefined when they agree with it. */
function contradiction(reading: Reading, figures: ActionFigures): string | undefined {
  const byEnd = `the pace expected by the end of ${figures.quarter}`;
  const scope = reading.scope;
  const rows: (Figures & { code?: string })[] =
    scope === 'combined' ? [figures.combined] : figures.councils.filter((c) => scope.codes.includes(c.code));
  if (rows.length === 0) return undefined;
  const who = (list: typeof rows) =>
    scope === 'combined'
      ? 'the councils together'
      : list.length > 1 && list.length === figures.councils.length
        ? 'every council'
        : listAnd(list.map((r) => r.code!));
  const behind = rows.filter((r) => r.achieved < r.expected);
  if (reading.claim === 'behind') return behind.length === 0 ? `${who(rows)} on or ahead of ${byEnd}` : undefined;
  if (reading.claim === 'annual') {
    const short = rows.filter((r) => r.achieved < r.target);
    return short.length ? `${who(short)} short of ${short.length === 1 ? 'its' : 'their'} annual target` : undefined;
  }
  if (reading.hedged) return rows.every((r) => r.rag === 'red') ? `${who(rows)} well behind ${byEnd}` : undefined;
  return behind.length ? `${listAnd(behind.map((r) => r.code ?? 'the councils together'))} behind ${byEnd}` : undefined;
}

/**
 * The claims a status makes that can be read with confidence. A clause that names no council speaks
 * for them all, unless another part of the status names some ("On track. EDC figures to follow"):
 * then it may mean the others only, and is left alone.
 */
function readStatus(status: string, councils: readonly Council[], quarter: Quarter): Reading[] {
  const text = fixTypos(status, councils);
  // Most statuses ("Onward going") say nothing about the money: done at once.
  if (text === undefined || ![AHEAD, BEHIND, MET].some((p) => text.search(p) !== -1)) return [];
  const clauses = splitClauses(text, councils);
  const named = clauses.map((clause) => namedIn(clause, councils).length > 0);
  return clauses.flatMap((clause, i) => {
    const [head = '', tail = ''] = clause.split(EXCEPT_MARK.trim());
    const except = namedIn(tail, councils);
    const inHead = namedIn(head, councils);
    const othersNamed = named.some((n, j) => n && j !== i);
    const headScope: Scope | undefined =
      COMBINED.test(head) && inHead.length === 0
        ? 'combined'
        : inHead.length > 0 || (!othersNamed && !COMBINED.test(head))
          ? { codes: (inHead.length ? inHead : councils.map((c) => c.code)).filter((c) => !except.includes(c)) }
          : undefined;
    return [
      ...(headScope ? claimsIn(head, quarter).map((r) => ({ ...r, scope: headScope })) : []),
      ...(except.length ? claimsIn(tail, quarter).map((r) => ({ ...r, scope: { codes: except } })) : []),
    ];
  });
}

/** The claims in one part of a clause, each read with the words before it; none if they disagree. */
function claimsIn(part: string, quarter: Quarter): Omit<Reading, 'scope'>[] {
  // "Behind in Q1", "on track for Q4": another quarter than the one checked. "Since Q1" runs to now.
  if (CONDITIONAL.test(part) || [...part.matchAll(/(?<!since )\bq([1-4])\b/g)].some((m) => `Q${m[1]}` !== quarter)) return [];
  const found: Omit<Reading, 'scope'>[] = [];
  for (const [pattern, claim] of [
    [AHEAD, 'ahead'],
    [BEHIND, 'behind'],
    [MET, 'met'],
  ] as const) {
    for (const m of part.matchAll(pattern)) {
      const before = part.slice(0, m.index);
      if (NOT_NOW.test(before)) continue;
      const negated = NEGATED.test(before);
      // "Not met the target" may mean the year's target, which no one expects met by Q2: unsure.
      if (claim === 'met' && negated) continue;
      const read: Claim =
        claim === 'met'
          ? ANNUAL.test(`${before.split(' ').at(-2) ?? ''} ${m[0]}`)
            ? 'annual'
            : 'ahead'
          : negated
            ? claim === 'ahead'
              ? 'behind'
              : 'ahead'
            : claim;
      found.push({ claim: read, hedged: read === 'ahead' && HEDGE.test(before) });
    }
  }
  const directions = new Set(found.map((f) => (f.claim === 'behind' ? 'behind' : 'ahead')));
  return directions.size > 1 ? [] : found;
}

/**
 * Clauses: sentences, split again at commas, dashes and joining words, where both sides say something
 * about the money ("WBC ahead, EDC behind"). A bare list of councils ("NDC and EDC") or a "which …"
 * joins the clause before it; other words that make no claim ("Overall,") join the next.
 */
function splitClauses(text: string, councils: readonly Council[]): string[] {
  const marked = text.replace(EXCEPT, EXCEPT_MARK);
  return marked.split(/[;.!]+(?:\s|$)/).flatMap((sentence) => {
    const parts = sentence.split(/,\s+|\s+[–—-]\s+|\s+(?:and|but|while|whereas|although|though|however)\s+/).filter((p) => p.trim());
    const clauses: string[] = [];
    let carried = '';
    for (const part of parts) {
      const claims = [AHEAD, BEHIND, MET].some((p) => part.search(p) !== -1);
      const listOnly = part.split(/\s+/).every((w) => w === 'and' || w === 'or' || w === '&' || namedIn(w, councils).length > 0);
      if (clauses.length && (/^(?:which|who|whose|where)\b/.test(part) || (listOnly && !carried)))
        clauses[clauses.length - 1] += `, ${part}`;
      else if (!claims && (listOnly || namedIn(part, councils).length === 0)) carried += `${part} `;
      else {
        clauses.push(carried + part);
        carried = '';
      }
    }
    if (carried) clauses.push(carried.trim());
    return clauses;
  });
}

/** The council codes a piece of text names, by code ("EDC") or by a distinctive word of its name ("Eastmere"). */
function namedIn(text: string, councils: readonly Council[]): string[] {
  const words = text.split(/[^a-z0-9']+/).filter(Boolean);
  return councils
    .filter((c) => words.some((w) => w === c.code.toLowerCase() || distinctiveWords(c.name).some((n) => sharePrefix(w, n))))
    .map((c) => c.code);
}

const PLAIN_NAME_WORDS = new Set('council district borough county city town south north east west the of and'.split(' '));
function distinctiveWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4 && !PLAIN_NAME_WORDS.has(w));
}

/** "Northants" for "Northamptonshire": the same first six letters, or the whole of a shorter word. */
function sharePrefix(word: string, nameWord: string): boolean {
  const n = Math.min(6, nameWord.length);
  return word.length >= n && word.slice(0, n) === nameWord.slice(0, n);
}

/**
 * The status in lower case with single spaces ("on-track" too), its mistyped key words and council
 * codes put right ("trak", "NCD"), or undefined when a code is mistyped past guessing ("EBC" could be
 * WBC or another body altogether): then no clause of it can be read with confidence.
 */
function fixTypos(status: string, councils: readonly Council[]): string | undefined {
  const codes = councils.map((c) => c.code);
  let unsure = false;
  const fixed = status.replace(/\b[A-Za-z]+\b/g, (word) => {
    if (/^[A-Z]{2,}$/.test(word) && !codes.includes(word)) {
      const near = codes.filter((c) => c.length === word.length && oneSlipApart(word, c));
      if (near.length === 1 && transposed(word, near[0]!)) return near[0]!;
      if (near.length > 0) unsure = true;
      return word;
    }
    const lower = word.toLowerCase();
    if (lower.length < 4 || KEY_WORDS.includes(lower)) return word;
    return KEY_WORDS.find((k) => oneSlipApart(lower, k)) ?? word;
  });
  return unsure
    ? undefined
    : fixed
        .toLowerCase()
        .replace(/(?<=[a-z])-(?=[a-z])/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

/** Two letters swapped side by side: "NCD" for "NDC". */
function transposed(a: string, b: string): boolean {
  const i = [...a].findIndex((ch, k) => ch !== b[k]);
  return a.length === b.length && i >= 0 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** One letter wrong, missing, extra, or two swapped. */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diffs = [...a].filter((ch, k) => ch !== b[k]).length;
    return diffs === 1 || transposed(a, b);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return false;
  const i = [...short].findIndex((ch, k) => ch !== long[k]);
  return i === -1 || short.slice(i) === long.slice(i + 1);
}
