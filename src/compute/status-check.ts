import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Action, Council, Plan } from '../plan/model.js';
import { previousQuarter, type Quarter } from '../plan/quarters.js';
import { compileForSpeed } from '../shared/regexps.js';
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

/** Words that may stand between a verb and what it measures: "met the Q2 target", "short of its annual profile". */
const FILL = `(?:(?:the|its|their|our|this|q[1-4]|quarterly|annual|full year|year end|savings|income|cashable|agreed|revised|stretch) ){0,3}`;
/** "target date", "target sectors", "track record": the word names something else. */
const NOT_NOUN = String.raw`(?! (?:date|deadline|timescale|timetable|record|areas?|groups?|sectors?|audiences?|markets?|list|suppliers?|companies|businesses|organisations|population|prices?|costs?)\b)`;
const GOAL = `(?:target|profile|plan|pace|forecast|schedule)s?${NOT_NOUN}`;
const AHEAD = new RegExp(
  String.raw`\b(?:on (?:track|target|schedule|course|profile|pace)${NOT_NOUN}|(?:ahead of|above|exceed(?:ed|ing|s)?|meet(?:ing|s)) ${FILL}${GOAL}|caught up)\b`,
  'g',
);
/** "WBC ahead", "now well ahead": only after a council, an adverb or nothing ("go ahead", "the year ahead" are not claims). */
const BARE_AHEAD = /\bahead\b(?= *$| for | by | in | on | overall| across)/g;
const AHEAD_AFTER: ReadonlySet<string> = new Set(
  'now still well slightly comfortably remain remains remaining is are running already far just marginally currently significantly'.split(
    ' ',
  ),
);
const BEHIND = new RegExp(
  String.raw`\b(?:(?<!\b(?:left|leave|leaves|leaving|one|nobody|team|reasons?|thinking|people|partners?) )behind(?! the scenes| closed doors)|(?<!\b(?:funding|budget|budgetary|staff|staffing|resource|resourcing|capacity|skills) )shortfall|f[ae]ll(?:ing|s)? short|off (?:track|target|schedule|course|profile|pace)|(?:short of|below|missed) ${FILL}${GOAL}|under-?achiev\w*)\b`,
  'g',
);
/** "Met the Q2 target", "annual target achieved": the pace met, or with "annual" the whole year's target. */
const MET = new RegExp(
  String.raw`\b(?:(?:met|achieved|reached|hit|beaten|beat|surpassed) ${FILL}targets?${NOT_NOUN}|targets?(?: (?:is|are|was|were|has been|have been|now|already))* (?:met|achieved|exceeded|reached|hit|beaten|surpassed))\b`,
  'g',
);
const CLAIMS = [AHEAD, BARE_AHEAD, BEHIND, MET];
const ANNUAL = /\b(?:annual|full[- ]year|whole[- ]year|yearly)\b/;

/**
 * Anywhere in a clause, these make it a forecast, a risk, a condition or another time than the quarter
 * checked ("shortfall expected", "below target last year"): not a claim about now.
 */
const NOT_NOW =
  /\b(?:expect(?:ed|s)?|should|may|might|could|will|would|(?:un)?likely|forecast(?:ing)? to|projected|aim(?:ing)?|hop(?:e|ing)|plan(?:ned|s)? to|risk|to (?:be|get|bring|keep)|getting|almost|nearly|close to|approaching|previously|earlier|(?:last|next) (?:quarter|year)|if|unless|once|subject to|provided|assuming|\d\d\/\d\d)\b|\?/;
/** Just before a claim, the past: "was behind". ("Target was met" holds "was" inside the claim.) */
const PAST = /\b(?:was|were|had been)\b/;
const HEDGE = /\b(?:broadly|largely|mostly|generally|reasonably|fairly|more or less|roughly)\b/;
const NEGATION =
  /^(?:not|no|never|neither|nor|none|cannot|(?:is|are|was|were|has|have|had|does|do|did|ca|wo|could|would|should|need)n'?t)$/;
/** Words that may stand between a negation and its claim: "not yet", "no longer", "none of the councils". */
const NEGATION_FILLER: ReadonlySet<string> = new Set(
  'yet longer quite fully entirely currently now still so far been be being is are has have had all every any of the council councils partners both fallen fall falling gone got slipped running performing looking'.split(
    ' ',
  ),
);
const COMBINED = /\b(?:overall|combined|in total|together|as a whole|jointly|collectively|across the partnership)\b/;
const EXCEPT = /\b(?:but not|apart from|other than|except(?: for)?|excepting|excluding|save for|with the exception of|without)\b/g;
const EXCEPT_MARK = ' ⊘ ';
/** Words officers mistype: "trak", "behnd", "traget". */
const KEY_WORDS = ['track', 'target', 'targets', 'behind', 'schedule', 'except', 'exceeded', 'shortfall', 'profile'];

export function checkStatusesAgainstFigures(
  plan: Plan,
  quarters: readonly Quarter[],
  thresholds: RagThresholds = DEFAULT_RAG,
  /** Updates left alone: their figures are reported as copied from another action. */
  skip: (actionId: string, quarter: Quarter) => boolean = () => false,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const known = knownCouncils(plan.councils);
  let compiled = false;
  for (const action of plan.sections.flatMap((s) => s.actions)) {
    if (!action.target) continue;
    for (const quarter of quarters) {
      const update = action.updates[quarter];
      const place = update?.statusPlace;
      if (!update?.status || !place || update.rag || skip(action.id, quarter) || achievedFell(action, quarter)) continue;
      if (!compiled) compileForSpeed(CLAIMS);
      compiled = true;
      const readings = readStatus(update.status, known, quarter);
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

/**
 * Whether a council's achieved amount is lower than the quarter before's: the figure is in doubt (a
 * quarter's own figure for the year's total), and plan says so at it; the status waits for it.
 */
function achievedFell(action: Action, quarter: Quarter): boolean {
  const before = previousQuarter(quarter);
  const now = action.updates[quarter]?.achieved ?? {};
  const then = before ? (action.updates[before]?.achieved ?? {}) : {};
  return Object.entries(now).some(([code, value]) => then[code] !== undefined && value < then[code]);
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
 * then it may mean the others only, and is left alone. So is a status that argues with itself.
 */
function readStatus(status: string, known: readonly Known[], quarter: Quarter): Reading[] {
  const text = fixTypos(status, known);
  // Most statuses ("Onward going") say nothing about the money: done at once.
  if (text === undefined || !CLAIMS.some((p) => text.search(p) !== -1)) return [];
  const clauses = splitClauses(text, known);
  const named = clauses.map((clause) => namedIn(clause, known).length > 0);
  const readings = clauses.flatMap((clause, i) => {
    const [head = '', tail] = clause.split(EXCEPT_MARK.trim());
    const except = namedIn(tail ?? '', known);
    // "On track except where noted": the exception may be any council.
    if (tail !== undefined && except.length === 0) return [];
    const inHead = namedIn(head, known);
    const othersNamed = named.some((n, j) => n && j !== i);
    const headScope: Scope | undefined =
      COMBINED.test(head) && inHead.length === 0
        ? 'combined'
        : inHead.length > 0 || (!othersNamed && !COMBINED.test(head))
          ? { codes: (inHead.length ? inHead : known.map((c) => c.code)).filter((c) => !except.includes(c)) }
          : undefined;
    return [
      ...(headScope ? claimsIn(head, quarter, known).map((r) => ({ ...r, scope: headScope })) : []),
      ...(except.length ? claimsIn(tail ?? '', quarter, known).map((r) => ({ ...r, scope: { codes: except } })) : []),
    ];
  });
  const overlap = (a: Scope, b: Scope) => (a === 'combined' || b === 'combined' ? a === b : a.codes.some((c) => b.codes.includes(c)));
  const argues = readings.some((a) => readings.some((b) => (a.claim === 'behind') !== (b.claim === 'behind') && overlap(a.scope, b.scope)));
  return argues ? [] : readings;
}

/** The claims in one part of a clause, each read with the words before it; none if they disagree. */
function claimsIn(part: string, quarter: Quarter, known: readonly Known[]): Omit<Reading, 'scope'>[] {
  // "On track for Q4", "behind in Q1": another quarter than the one checked. "Since Q1" runs to now.
  if (NOT_NOW.test(part) || [...part.matchAll(/(?<!since )\bq([1-4])\b/g)].some((m) => `Q${m[1]}` !== quarter)) return [];
  const found: Omit<Reading, 'scope'>[] = [];
  for (const [pattern, claim] of [
    [AHEAD, 'ahead'],
    [BARE_AHEAD, 'ahead'],
    [BEHIND, 'behind'],
    [MET, 'met'],
  ] as const) {
    for (const m of part.matchAll(pattern)) {
      const before = part.slice(0, m.index);
      const words = before.split(/[^a-z0-9']+/).filter(Boolean);
      if (PAST.test(words.slice(-3).join(' '))) continue;
      if (pattern === BARE_AHEAD && words.length && !AHEAD_AFTER.has(words.at(-1)!) && !namedIn(words.at(-1)!, known).length) continue;
      const negated = isNegated(words, known);
      // "Not met the target" may mean the year's target, which no one expects met by Q2: unsure.
      if (claim === 'met' && negated) continue;
      const read: Claim =
        claim === 'met' ? (ANNUAL.test(`${words.at(-1) ?? ''} ${m[0]}`) ? 'annual' : 'ahead') : negated ? opposite(claim) : claim;
      found.push({ claim: read, hedged: read === 'ahead' && HEDGE.test(before) });
    }
  }
  const directions = new Set(found.map((f) => f.claim === 'behind'));
  return directions.size > 1 ? [] : found;
}

const opposite = (claim: 'ahead' | 'behind'): Claim => (claim === 'ahead' ? 'behind' : 'ahead');

/** "Not on track", "no longer behind", "neither WBC nor NDC on track": a negation, then only filler or councils. */
function isNegated(wordsBefore: readonly string[], known: readonly Known[]): boolean {
  for (const word of [...wordsBefore].reverse()) {
    if (NEGATION.test(word)) return true;
    if (!NEGATION_FILLER.has(word) && namedIn(word, known).length === 0) return false;
  }
  return false;
}

/**
 * Clauses: sentences, split again at commas, dashes and joining words, where both sides say something
 * about the money ("WBC ahead, EDC behind"). A bare list of councils ("NDC and EDC") or a "which …"
 * joins the clause before it; other words that make no claim ("Overall,") join the next.
 */
function splitClauses(text: string, known: readonly Known[]): string[] {
  const marked = text.replace(EXCEPT, EXCEPT_MARK);
  return marked.split(/[;.!]+(?:\s|$)/).flatMap((sentence) => {
    const parts = sentence
      .split(/,\s+|\s+[\u2013\u2014-]\s+|\s+(?:and|but|while|whereas|although|though|however)\s+/)
      .filter((p) => p.trim());
    const clauses: string[] = [];
    let carried = '';
    for (const part of parts) {
      const claims = CLAIMS.some((p) => part.search(p) !== -1);
      const listOnly = part.split(/\s+/).every((w) => w === 'and' || w === 'or' || w === '&' || namedIn(w, known).length > 0);
      if (clauses.length && (/^(?:which|who|whose|where)\b/.test(part) || (listOnly && !carried)))
        clauses[clauses.length - 1] += `, ${part}`;
      else if (!claims && (listOnly || namedIn(part, known).length === 0)) carried += `${part} `;
      else {
        clauses.push(carried + part);
        carried = '';
      }
    }
    if (carried) clauses.push(carried.trim());
    return clauses;
  });
}

/** A council's code and the distinctive start of each word of its name, in lower case, to find it in a status. */
interface Known {
  code: string;
  lower: string;
  /** "cherwe" for Cherwell, "northa" for Northamptonshire (so "Northants" names it too). */
  prefixes: string[];
}

const PLAIN_NAME_WORDS: ReadonlySet<string> = new Set(
  'council district borough county city town south north east west mid central greater royal the of and'.split(' '),
);
function knownCouncils(councils: readonly Council[]): Known[] {
  return councils.map((c) => ({
    code: c.code,
    lower: c.code.toLowerCase(),
    prefixes: c.name
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length >= 4 && !PLAIN_NAME_WORDS.has(w))
      .map((w) => w.slice(0, 6)),
  }));
}

/** The council codes a piece of text names, by code ("EDC") or by a distinctive word of its name ("Eastmere"). */
function namedIn(text: string, known: readonly Known[]): string[] {
  const words = text.split(/[^a-z0-9]+/).filter(Boolean);
  return known.filter((k) => words.some((w) => w === k.lower || k.prefixes.some((p) => w.startsWith(p)))).map((k) => k.code);
}

/**
 * The status in lower case with single spaces ("on-track" too), its mistyped key words and council
 * codes put right ("trak", "NCD"), or undefined when a code is mistyped past guessing ("EBC" could be
 * WBC or another body altogether): then no clause of it can be read with confidence.
 */
function fixTypos(status: string, known: readonly Known[]): string | undefined {
  const codes = known.map((k) => k.code);
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
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/(?<=[a-z])-(?=[a-z])/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

/**
 * Two letters swapped side by side: "NCD" for "NDC". Only asked of two different words (so `i` is a
 * position in both); equal tails after the swap make the lengths equal too.
 */
function transposed(a: string, b: string): boolean {
  const i = [...a].findIndex((ch, k) => ch !== b[k]);
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
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
