import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { normaliseText, STANDSTILL, UNWRITTEN } from '../shared/words.js';
import { actionsWithCopiedAchieved } from './copied-figures.js';
import { exchangedQuarters, type QuarterSwap, swapFigures } from './exchanged-quarters.js';
import { AMOUNT, plainText, pounds } from './narrative-amounts.js';
import { doubtfulFigures, type OtherActionSlip } from './narrative-figures.js';
import { wordsOf } from './narrative-rules.js';
import { outOfPace } from './pace-slips.js';
import { previousQuarter, QUARTERS, type Quarter, quarterIndex } from './quarters.js';

import { type ActionRef, actionName, at, type CheckedFile, eachAction, own, problem, type Rule, type RuleContext } from './rule-context.js';

/**
 * Rules about what the officer has written: text still marked TODO, targets not confirmed for a new
 * year, an ending said in a status but not marked, a narrative copied or a figure that went down.
 */

/**
 * Text still marked TODO (as `plan new-quarter` leaves it) is not finished: an error for the quarter
 * being reported or validated with --quarter, a warning otherwise.
 */
export const textIsWritten: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const updates = asDict(ref.action.updates) ?? {};
    for (const q of QUARTERS) {
      const update = asDict(updates[q]);
      if (!update) continue;
      for (const field of ['status', 'narrative']) {
        const value = update[field];
        if (typeof value !== 'string' || !UNWRITTEN.test(value)) continue;
        const wording = say.textUnwritten({ quarter: q, field, action: actionName(ref) });
        out.push(
          problem(ref.f, at(ref.f, [...ref.path, 'updates', q, field]), ctx.quarter === q ? 'error' : 'warning', 'unwritten', wording),
        );
      }
      out.push(...notesChecked(ctx, ref, q, update.notes));
    }
  }
  return out;
};

/**
 * Notes carried forward by `plan new-quarter` start with this, so that the officer checks each one still
 * holds (keep in sync with new-quarter's carriedUpdate).
 */
export const NOTE_TO_CHECK = 'TODO check: ';

/** A council's note still marked TODO: carried forward and not yet checked, or left to write. */
function notesChecked(ctx: RuleContext, ref: ActionRef, q: Quarter, notes: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [code, note] of Object.entries(asDict(notes) ?? {})) {
    if (typeof note !== 'string' || !UNWRITTEN.test(note)) continue;
    const p = { quarter: q, code, action: actionName(ref), mark: NOTE_TO_CHECK.trim() };
    const wording = note.trimStart().startsWith(NOTE_TO_CHECK) ? say.noteUnchecked(p) : say.noteUnwritten(p);
    out.push(
      problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'notes', code]), ctx.quarter === q ? 'error' : 'warning', 'unwritten', wording),
    );
  }
  return out;
}

/**
 * Text that `plan import` or `plan init` left as TODO in plan.yaml or a section (a title, a council's
 * name, an action): an error for a report (it would reach committee), a warning otherwise.
 */
export const placeholdersFilled: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const severity = ctx.quarter ? 'error' : 'warning';
  const check = (f: CheckedFile, path: PathSegment[], value: unknown, what: string) => {
    if (typeof value !== 'string' || !UNWRITTEN.test(value)) return;
    out.push(problem(f, at(f, path), severity, 'unwritten', say.placeholder({ what })));
  };
  const plan = asDict(ctx.planFile?.data);
  if (ctx.planFile && plan) {
    check(ctx.planFile, ['title'], plan.title, "the plan's title");
    check(ctx.planFile, ['appendix'], plan.appendix, "the report's label (e.g. Appendix 1)");
    for (const [code, name] of Object.entries(asDict(plan.councils) ?? {}))
      check(ctx.planFile, ['councils', code], name, `the full name of ${code}`);
  }
  for (const f of ctx.sectionFiles) {
    const section = asDict(f.data);
    if (section)
      check(f, ['title'], section.title, `the title of section ${typeof section.section === 'string' ? section.section : ''}`.trim());
  }
  for (const ref of eachAction(ctx)) check(ref.f, [...ref.path, 'action'], ref.action.action, `the text of action ${actionName(ref)}`);
  return out;
};

/**
 * A target carried into a new financial year is last year's until the officer has checked it: `plan
 * new-quarter Q1 --new-year` writes a "confirm" line into each one, which the officer deletes. Until
 * then it is a placeholder like a TODO: a warning, and an error for a report or --quarter.
 */
export const targetsConfirmed: Rule = (ctx) => {
  const severity = ctx.quarter ? 'error' : 'warning';
  const label = asDict(asDict(ctx.planFile?.data)?.financialYear)?.label;
  const year = typeof label === 'string' ? label : 'this year';
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const target = asDict(ref.action.target);
    if (!target || !own(target, 'confirm')) continue;
    const wording = say.targetUnconfirmed({ action: actionName(ref), year });
    out.push(problem(ref.f, at(ref.f, [...ref.path, 'target', 'confirm'], true), severity, 'target-unconfirmed', wording));
  }
  return out;
};

/**
 * A status that says the action is over: "Complete", "Completed in Q3", "Dropped.", "Action complete –
 * event held". Only the first clause counts, and a clause that qualifies it ("but", "except", "phase")
 * means the words are not read as an ending: a hint that is wrong would be worse than none.
 */
const ENDING_WORDS =
  /^(?:(?:action|project|work|event|now|fully)\s+)?(complete|completed|finished|dropped|withdrawn|cancell?ed|abandoned)(?:\s+(?:in|on)\s+q[1-4])?[.!]*$/;
const QUALIFIED = /\b(?:but|except|apart|not|partly|partially|phase|stage|part|until|unless)\b/;

/** Where a status's clauses part: a spaced dash, a colon, semicolon or comma, a full stop. */
export const STATUS_CLAUSES = /\s[\u2013\u2014-]\s|[:;,]\s|\.\s/;

export function endingSaid(status: string): 'completed' | 'dropped' | undefined {
  const words = normaliseText(status).toLowerCase();
  const [first = '', ...rest] = words.split(STATUS_CLAUSES);
  const found = ENDING_WORDS.exec(first.trim());
  if (!found || QUALIFIED.test(rest.join(' '))) return undefined;
  return /^(?:complete|completed|finished)$/.test(found[1] ?? '') ? 'completed' : 'dropped';
}

/**
 * Words that make an action recurring ("each half year", "every month"): there "Complete" means this
 * round is done, not that the action is over, so no hint is given.
 */
const RECURRING =
  /\b(?:each|every|monthly|quarterly|annually|yearly|weekly|regular|regularly|ongoing|on-going|continuous|continuously|half-yearly|twice a year)\b/i;

/**
 * An action whose status says it is complete or dropped, with no `ended:`, would be carried into every
 * later quarter and the next year: a hint to mark it, at the quarter the status first said so.
 */
export const endingIsMarked: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    if (typeof ref.action.action === 'string' && RECURRING.test(ref.action.action)) continue;
    const updates = asDict(ref.action.updates) ?? {};
    const reported = QUARTERS.filter((q) => asDict(updates[q]) !== undefined);
    if (reported.some((q) => own(asDict(updates[q]) ?? {}, 'ended'))) continue;
    const saying = (q: Quarter) => {
      const status = asDict(updates[q])?.status;
      return typeof status === 'string' ? endingSaid(status) : undefined;
    };
    const last = reported[reported.length - 1];
    const how = last ? saying(last) : undefined;
    if (!last || !how) continue;
    // The first quarter of the run of updates at the end that all say so: where it ended.
    let first = reported.length - 1;
    while (first > 0 && saying(reported[first - 1]!) === how) first--;
    const endedIn = reported[first]!;
    const later = reported.slice(first + 1);
    const status = normaliseText(String(asDict(updates[endedIn])?.status));
    const wording = say.endingNotMarked({ quarter: endedIn, action: actionName(ref), status, how, later });
    out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', endedIn, 'status']), 'warning', 'ending-not-marked', wording));
  }
  return out;
};

/**
 * Whether the two figures exchanged would rise quarter by quarter, so that they may have been typed
 * in each other's lines: 'narrated' when the later quarter's narrative gives the earlier quarter's
 * figure ("has now received \u00a37,900"), 'fits' when a quarter before both shows the rise.
 */
function narratesEarlier(
  narrative: string,
  previous: number,
  value: number,
  updates: Record<string, unknown>,
  p: Quarter,
  q: Quarter,
  code: string,
): 'narrated' | 'fits' | undefined {
  const figure = (quarter: Quarter | undefined) => (quarter ? asDict(asDict(updates[quarter])?.achieved)?.[code] : undefined);
  const earlier = figure(previousQuarter(p));
  const later = figure(QUARTERS[quarterIndex(q) + 1]);
  if (!((typeof earlier !== 'number' || earlier <= value) && (typeof later !== 'number' || later >= previous))) return undefined;
  if (narrative.includes(formatMoney(previous)) || new RegExp(`\\b${previous}\\b`).test(narrative)) return 'narrated';
  // With a quarter before both to rise from, the exchange is one reading among the others.
  return typeof earlier === 'number' ? 'fits' : undefined;
}

/**
 * A status whose first words say the action goes on ("Onward going", "In progress", "On track") or is
 * still to come ("Course booked for February", "Awaiting sign-off").
 */
const GOING_ON =
  /^(?:(?:course|training|meeting|event|session|workshop|tender|review|audit|visit|launch|go-live)s? )?(?:onward\s*going|ongoing|on-going|in progress|on track|under\s*way|continuing|progressing|not (?:yet )?started|delayed|behind(?: target| schedule)?|booked|planned|scheduled|arranged|awaiting|to be|out to tender|being)\b/;

export function goingOnSaid(status: unknown): boolean {
  if (typeof status !== 'string') return false;
  const [first = ''] = normaliseText(status).toLowerCase().split(STATUS_CLAUSES);
  return GOING_ON.test(first.trim());
}

/**
 * An update marked "ended:" whose own status says the action goes on (a quarter typed over a copy of
 * an ended one keeps its "ended:" line): the report would show it finished. The reverse of
 * endingIsMarked; the later updates it would stop are said here, not again by nothingAfterEnding.
 */
export const endingAgreesWithStatus: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const updates = asDict(ref.action.updates) ?? {};
    for (const q of QUARTERS) {
      const update = asDict(updates[q]);
      if (!update || typeof update.ended !== 'string' || !goingOnSaid(update.status)) continue;
      const line = ref.f.file.position(at(ref.f, [...ref.path, 'updates', q, 'ended'], true)).line;
      const later = QUARTERS.filter((l) => quarterIndex(l) > quarterIndex(q) && asDict(updates[l]) !== undefined);
      const status = normaliseText(String(update.status));
      const wording = say.endingContradicted({ quarter: q, action: actionName(ref), status, how: update.ended, line, later });
      out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'ended'], true), 'warning', 'ending-contradicted', wording));
    }
  }
  return out;
};

/** Words that say a year-to-date figure went down, and so explain a real fall. */
const FALL_WORDS =
  /\b(?:fell|falls?|fallen|down|lower|less|reduc\w*|decreas\w*|restat\w*|correct\w*|revis\w*|adjust\w*|claw\w*|refund\w*|revers\w*|withdr[ae]wn?|overstated|dropp?\w*|lost|cancel\w*)\b/i;

/**
 * Whether a fall in a council's achieved amount is explained: the quarter's new narrative or the
 * council's note says that it went down. A narrative about something else leaves the figure in doubt:
 * a quarter's own figure written where the year's total belongs looks just like a fall.
 */
function fallExplained(narrative: string, note: unknown): boolean {
  return FALL_WORDS.test(narrative) || (typeof note === 'string' && FALL_WORDS.test(note));
}

/**
 * Direction of travel, checked: a narrative copied unchanged from the previous quarter, and achieved
 * figures that went down with no new narrative to say why, are warnings (errors under --strict).
 */
function quartersSwapped(ref: ActionRef, swap: QuarterSwap): Diagnostic {
  const path = (q: Quarter) => [...ref.path, 'updates', q, 'achieved'];
  const lines = (q: Quarter) => {
    const [from, to] = [swap.councils[0]![0], swap.councils[swap.councils.length - 1]![0]].map(
      (c) => ref.f.file.position(at(ref.f, [...path(q), c], true)).line,
    );
    return { from: from!, to: to! };
  };
  const wording = say.quartersExchanged({
    first: swap.first,
    second: swap.second,
    codes: swap.councils.map(([c]) => c),
    firstLines: lines(swap.first),
    secondLines: lines(swap.second),
    ...swapFigures(swap),
  });
  return problem(ref.f, at(ref.f, [...path(swap.first), swap.councils[0]![0]]), 'warning', 'quarters-exchanged', wording);
}

/** The amounts in pounds a narrative gives ("\u00a371,900", "\u00a352.6k"). */
function amountsIn(narrative: unknown): Set<number> {
  return new Set([...plainText(narrative).matchAll(AMOUNT)].map(pounds));
}

/** The councils whose achieved figure of an update a narrative's amounts give. */
function figuresGiven(update: Record<string, unknown>, amounts: ReadonlySet<number>): Array<[string, number]> {
  return Object.entries(asDict(update.achieved) ?? {}).flatMap(([code, v]) =>
    typeof v === 'number' && amounts.has(v) ? [[code, v] as [string, number]] : [],
  );
}

/**
 * A quarter's narrative the same as the quarter before's. Most often the new one was not written
 * (said at it); but when the text gives the new quarter's achieved figures, two councils or more, and
 * none of the earlier quarter's, it is the new text pasted over the earlier one: said there, with the
 * lines it was copied from and the figures that show it, so the earlier text is written back.
 */
function narrativeRepeated(
  ref: ActionRef,
  p: Quarter,
  q: Quarter,
  before: Record<string, unknown>,
  now: Record<string, unknown>,
): Diagnostic {
  const amounts = amountsIn(now.narrative);
  const given = figuresGiven(now, amounts);
  if (given.length < 2 || figuresGiven(before, amounts).length > 0) {
    const wording = say.narrativeUnchanged({ quarter: q, action: actionName(ref), before: p });
    return problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'narrative']), 'warning', 'narrative-unchanged', wording);
  }
  const line = (path: PathSegment[], key = false) => ref.f.file.position(at(ref.f, [...ref.path, 'updates', ...path], key)).line;
  const textLines = (quarter: Quarter) => {
    const opener = line([quarter, 'narrative']);
    const count = String(now.narrative).replace(/\n+$/, '').split('\n').length;
    const block = /^[ \t]*narrative:[ \t]*[|>]/.test(ref.f.file.lineText(opener));
    return { from: opener + (block ? 1 : 0), to: opener + (block ? count : 0) };
  };
  const codes = Object.keys(asDict(before.achieved) ?? {});
  const wording = say.narrativePastedOver({
    quarter: p,
    from: q,
    action: actionName(ref),
    copied: textLines(q),
    figures: given.map(([code, v]) => `${code} ${formatMoney(v)}`),
    figureLines: { from: line([q, 'achieved', given[0]![0]], true), to: line([q, 'achieved', given[given.length - 1]![0]], true) },
    ownLines:
      codes.length > 0
        ? { from: line([p, 'achieved', codes[0]!], true), to: line([p, 'achieved', codes[codes.length - 1]!], true) }
        : undefined,
    lines: textLines(p),
  });
  return problem(ref.f, at(ref.f, [...ref.path, 'updates', p, 'narrative']), 'warning', 'narrative-pasted-over', wording);
}

export const quarterMoves: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  // Figures pasted from another action fall for that reason: the warning about the copy says so.
  const copies = new Map<Quarter, ReadonlySet<unknown>>();
  const copiedIn = (q: Quarter) => copies.get(q) ?? copies.set(q, actionsWithCopiedAchieved(ctx, q)).get(q)!;
  const words = wordsOf(ctx);
  // Each action's quarters whose achieved figures were typed under it from another action.
  const underOther = new Map<unknown, OtherActionSlip[]>();
  for (const [f, slips] of words.underOther) {
    if (slips.length === 0) continue;
    const actions = eachAction(ctx).filter((r) => r.f === f);
    for (const slip of slips) underOther.set(actions[slip.index]!.action, [...(underOther.get(actions[slip.index]!.action) ?? []), slip]);
  }
  for (const ref of eachAction(ctx)) {
    const updates = asDict(ref.action.updates) ?? {};
    // A total before the fall already warned of as out of step (a zero too many): the fall is that slip.
    const doubtful = new Set(outOfPace(ref.action).map(([path]) => path.join(' ')));
    // A figure the words give otherwise is warned of as such: a fall to it or from it is that slip.
    for (const slip of words.slips.get(ref.action) ?? []) for (const path of doubtfulFigures(slip)) doubtful.add(path.join(' '));
    for (const slip of underOther.get(ref.action) ?? [])
      for (const f of slip.fixes) doubtful.add(`updates ${slip.quarter} achieved ${f.code}`);
    for (const slip of words.oneUnderOther.get(ref.f) ?? [])
      if (eachAction(ctx).filter((r) => r.f === ref.f)[slip.index] === ref)
        doubtful.add(`updates ${slip.quarter} achieved ${slip.fix.code}`);
    for (const q of QUARTERS) {
      const p = previousQuarter(q);
      const now = asDict(updates[q]);
      const before = p ? asDict(updates[p]) : undefined;
      if (!p || !now || !before) continue;
      const narrative = typeof now.narrative === 'string' && !UNWRITTEN.test(now.narrative) ? normaliseText(now.narrative) : '';
      const unchanged = narrative !== '' && typeof before.narrative === 'string' && narrative === normaliseText(before.narrative);
      // "No change this quarter" twice running says so twice, by right.
      if (unchanged && !STANDSTILL.test(narrative)) out.push(narrativeRepeated(ref, p, q, before, now));
      const achievedNow = asDict(now.achieved) ?? {};
      const achievedBefore = asDict(before.achieved) ?? {};
      const notes = asDict(now.notes) ?? {};
      const explained = (code: string) => fallExplained(unchanged ? '' : narrative, notes[code]) || copiedIn(q).has(ref.action);
      // Two quarters' figures typed into each other's lines: said once, for every council, at the first.
      const inDoubt = (c: string) => doubtful.has(`updates ${q} achieved ${c}`) || doubtful.has(`updates ${p} achieved ${c}`);
      const swap = exchangedQuarters(updates).find((s) => s.second === q && !s.councils.every(([c]) => explained(c) || inDoubt(c)));
      if (swap) out.push(quartersSwapped(ref, swap));
      for (const [code, value] of Object.entries(achievedNow)) {
        const previous = achievedBefore[code];
        if (typeof value !== 'number' || typeof previous !== 'number' || value >= previous) continue;
        if (explained(code) || swap?.councils.some(([c]) => c === code)) continue;
        if (doubtful.has(`updates ${p} achieved ${code}`) || doubtful.has(`updates ${q} achieved ${code}`)) continue;
        const lineOf = (quarter: string) => ref.f.file.position(at(ref.f, [...ref.path, 'updates', quarter, 'achieved', code], true)).line;
        const exchanged = narratesEarlier(narrative, previous, value, updates, p, q, code);
        const wording = say.figureDown({
          code,
          was: formatMoney(previous),
          before: p,
          now: formatMoney(value),
          quarter: q,
          total: String(previous + value),
          noted: typeof notes[code] === 'string',
          ...(exchanged
            ? { exchanged: { beforeLine: lineOf(p), line: lineOf(q), was: previous, now: value, narrated: exchanged === 'narrated' } }
            : {}),
        });
        out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'achieved', code]), 'warning', 'figure-down', wording));
      }
    }
  }
  return out;
};
