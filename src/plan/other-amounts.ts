/**
 * What a narrative's words make an amount other than a council's figure for the year so far: a
 * forecast ("it forecasts \u00a3118,000 by the year end"), a target ("62% of its \u00a315,000 target"),
 * the value of a thing ("its \u00a384,000 cleaning contract", "worth \u00a32m"), a rounded amount beside
 * the exact one ("just under \u00a372,000 (\u00a371,900)"), another year's amount ("from 2047/48 (CWD
 * \u00a320,000, ...)", "next year"), a percentage, or an amount the words say is not counted ("also
 * avoids \u00a312,500 of price rises, which is cost avoidance and is not counted"). A qualifier governs the amounts of the bracket
 * that follows it, not only the amount beside it. Pure functions of a sentence's text.
 */

type OtherWhat = 'forecast' | 'target' | 'thing' | 'approx' | 'year' | 'percent' | 'uncounted' | 'change' | 'rate';

export interface OtherAmount {
  what: OtherWhat;
  /** The words that make it so, as written: "it forecasts \u00a3118,000 by the year end". */
  words: string;
  /** The year the words give it, for 'year': "2047/48", or "next year". */
  year?: string;
  /** What it is the value of, for 'thing': "grounds maintenance contract". */
  of?: string;
}

const FORECAST =
  /\b(?:forecasts?|forecast(?:ed|ing)|expect(?:s|ed|ing)?|project(?:s|ed|ing|ions?)|anticipat(?:es?|ed|ing)|by (?:the )?(?:year[- ]end|end of (?:the )?(?:financial )?year|end of march)|at (?:the )?year[- ]end|on course for)\b/i;
const TARGET_BEFORE = /\btargets?(?:\s+(?:of|is|was|at|for the year))?\s*:?\s*$/i;
const TARGET_AFTER = /^\s*(?:(?:annual|full[- ]year|yearly|savings?|rebates?|income)\s+)?targets?\b/i;
const REACHED_BEFORE =
  /\b(?:bringing|taking|brings|takes|brought|took)\s+(?:it|them|the total|its total|their total)\s+(?:up\s+)?to\s+(?:its|their|the)\s+$/i;
const THING_BEFORE = /\b(?:its|their|the|a|an|whose|each)\s+$/i;
const THING_AFTER =
  /^\s*((?:(?!(?:from|in|on|at|to|by|for|with|of|and|or|so|this|that|through|saving|savings|saved|is|was|are|were|has|have)\b)[a-z][a-z-]*\s+){0,4}(?:contract|framework|deal|agreement|scheme|programme|project|budget|tender|lot|award|lease|call-off)s?)\b(?!\s+(?:savings?|rebates?|income|reductions?|cuts?)\b)/i;
const VALUE_BEFORE = /\b(?:worth|valued at|(?:contract |total |annual )?value of|value)\s+(?:(?:about|around|some|nearly)\s+)?$/i;
const APPROX_BEFORE =
  /\b(?:(?:just|slightly|a little|well)\s+)?(?:under|over|below|above|short of)\s+$|\b(?:about|around|nearly|almost|approximately|approx\.?|roughly|some|circa|c\.|close to|more than|less than|up to)\s+$/i;
/** A change between two figures, not a figure: "\u00a3500 lower than at Q2", "fell by \u00a3500", "a rise of \u00a31,200". */
const CHANGE_AFTER = /^\s*(?:lower|higher|less|more|fewer|down|up)\s+(?:than|on|from)\b/i;
const CHANGE_BEFORE =
  /\b(?:(?:fell|rose|dropped|grew|went (?:down|up)|reduced|increased|decreased|is (?:down|up)|was (?:down|up))\s+by|a (?:fall|drop|rise|reduction|increase|decrease) of)\s+$/i;
/** An amount by the month, week or day: "\u00a31,150 a month", "\u00a3200 per week". */
const RATE_AFTER = /^\s*(?:a|per|each|every|a calendar)\s+(?:month|week|day|working day)\b|^\s*(?:monthly|weekly|pcm|p\.?m\.?)\b/i;
const YEAR = /\b(20\d\d)\s*[/-]\s*(\d\d)\b/g;
/** "since UWC started claiming in April 2069", "since 2013": an amount counted over years before this one. */
const SINCE =
  /^[^\u00a3.;]{0,60}?\bsince\b[^\u00a3.;]{0,40}?\b((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?20\d\d)\b/;
/** "will count in 2072/73", "counts towards next year": the year an amount is counted in. */
const COUNTS_IN =
  /\b(?:will\s+)?(?:count|counts|counted|be counted|falls?|belongs?)\s+(?:in|to|towards|against)\s+(?:the\s+)?(?:20\d\d\s*[/-]\s*\d\d|next (?:financial )?year)\b/i;
const NEXT_YEAR = /\b(?:next|the following|the coming) (?:financial )?year\b/i;

/** The words before a bracket an amount is inside: "rising to \u00a370,000 from 2047/48" for "(CWD \u00a320,000". */
function bracketLead(sentence: string, start: number): string {
  let depth = 0;
  for (let i = start - 1; i >= 0; i--) {
    const ch = sentence[i];
    if (ch === ')') depth++;
    else if (ch === '(' && depth-- === 0)
      return (
        sentence
          .slice(0, i)
          .replace(/\([^()]*\)/g, ' ')
          .split(/[;:(]|,(?!\d{3})/)
          .pop() ?? ''
      );
  }
  return '';
}

/** Another year the words give: one written that is not the plan's year, or "next year". */
function otherYear(words: string, year: string | undefined): string | undefined {
  if (NEXT_YEAR.test(words)) return words.match(NEXT_YEAR)![0];
  if (!year) return undefined;
  const years = [...words.matchAll(YEAR)].map((m) => `${m[1]}/${m[2]}`);
  return years.find((y) => y !== year) && !years.includes(year) ? years.find((y) => y !== year) : undefined;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 80);

/** Where a clause ends: a bracket, a stop, a comma not inside a number, or "and", "but", "while", "whereas". */
const CLAUSE = /[();:]|,(?!\d{3})|\b(?:and|but|while|whereas)\b/i;

/**
 * The amount's own clause, from the amount or clause before it to the next: "it forecasts
 * \u00a3118,000 by the year end" of "\u00a371,900, and it forecasts \u00a3118,000 by the year end".
 */
function ownClause(sentence: string, start: number, end: number): string {
  const next = sentence.slice(end).search(/\u00a3\s?\d/);
  const after = sentence.slice(end, next === -1 ? undefined : end + next);
  const lead = sentence.slice(0, start);
  const last = [...lead.matchAll(/\u00a3\s?\d[\d,.]*(?:\s*[km]\b)?/gi)].pop();
  const before = last ? lead.slice(last.index + last[0].length) : lead;
  return `${before.split(CLAUSE).pop()}${sentence.slice(start, end)}${after.split(CLAUSE)[0]}`;
}

/** "is not counted", "cost avoidance", "not cashable", "excluded from the target": an amount the figure leaves out. */
const UNCOUNTED =
  /\b(?:(?:is|are|was|were|be|been)\s+(?:not|never)\s+(?:counted|included|cashable)|not counted|cost[- ]avoidance|non[- ]cashable|excluded from|does not count|do not count|not part of the (?:target|figure|savings?))\b/i;

/**
 * The words that say the amount at `start`..`end` is not counted: after it, up to the next amount
 * (and not just before that one: "(cost avoidance \u00a35,000)" is the next amount's), or just before it.
 */
function uncounted(sentence: string, start: number, end: number): string | undefined {
  const rest = sentence.slice(end);
  const next = rest.search(/\u00a3\s?\d/);
  const words = next === -1 ? rest : rest.slice(0, next);
  const m = words.match(UNCOUNTED);
  if (m && (next === -1 || words.length - m.index! - m[0].length > 20)) return words.slice(0, m.index! + m[0].length);
  const lead = sentence
    .slice(Math.max(0, start - 25), start)
    .split(/\u00a3\s?[\d,.]+/)
    .pop()!;
  const b = lead.match(UNCOUNTED);
  return b ? `${b[0]} ` : undefined;
}

/**
 * What the words make the amount at `start`..`end` of `sentence` other than the figure, if anything.
 * `year` is the plan's financial year ("2046/47"), when known.
 */
export function otherAmount(sentence: string, start: number, end: number, year?: string): OtherAmount | undefined {
  const before = sentence.slice(Math.max(0, start - 30), start);
  const after = sentence.slice(end, end + 60);
  const beside = ownClause(sentence, start, end);
  const words = tidy(beside);
  const left = uncounted(sentence, start, end);
  if (left)
    return {
      what: 'uncounted',
      words: tidy(left.endsWith(' ') ? `${left}${sentence.slice(start, end)}` : `${sentence.slice(start, end)}${left}`),
    };
  if (APPROX_BEFORE.test(before)) return { what: 'approx', words };
  if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(after)) return { what: 'change', words };
  if (RATE_AFTER.test(after)) return { what: 'rate', words };
  if (VALUE_BEFORE.test(before)) return { what: 'thing', words };
  // "its \u00a360,000 target after its print contract re-let": the word after it makes it the target;
  // "bringing it to its \u00a312,000 target": the total, which has reached the target.
  if ((TARGET_BEFORE.test(before) || TARGET_AFTER.test(after)) && !REACHED_BEFORE.test(before)) return { what: 'target', words };
  const thing = THING_BEFORE.test(before) ? after.match(THING_AFTER) : null;
  if (thing) return { what: 'thing', words, of: tidy(thing[1]!) };
  const lead = bracketLead(sentence, start);
  const governing = `${beside} ${lead}`;
  if (FORECAST.test(governing)) return { what: 'forecast', words: tidy(FORECAST.test(beside) ? beside : lead) };
  const other = otherYear(governing, year);
  if (other) return { what: 'year', words: tidy(otherYear(beside, year) ? beside : lead), year: other };
  // "\u00a331,450 since UWC started claiming in April 2069": an amount over the years since, not this year's.
  const since = SINCE.exec(after);
  if (since) return { what: 'year', words, year: `the years since ${since[1]}` };
  // "\u00a33,200 from the waste contract starts in April and will count in 2072/73": the year it counts in, later in the sentence.
  const counts = COUNTS_IN.exec(sentence.slice(end));
  const later = counts ? otherYear(counts[0], year) : undefined;
  if (later) return { what: 'year', words: tidy(`${sentence.slice(start, end)} \u2026 ${counts![0]}`), year: later };
  return undefined;
}
