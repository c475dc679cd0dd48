import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import type { SourceFile } from '../input/source-file.js';
import { type LocNode, locate, type PathSegment } from '../input/yaml-source.js';
import { say, type Wording } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { closest, normaliseText } from '../shared/words.js';
import { COUNCIL_CODE } from './codes.js';
import { figuresInScale } from './figure-scale.js';
import { previousQuarter, QUARTERS, type Quarter, quarterIndex } from './quarters.js';

/**
 * Cross-field and cross-file rules. They run as a pass of their own, after the schema, over whatever
 * data could be read, so an officer sees every problem in one run rather than one layer at a time.
 * Each rule reads the raw data defensively: a file that failed the schema may still have good parts.
 */

export interface CheckedFile {
  file: SourceFile;
  kind: 'plan' | 'section';
  data: unknown;
  root: LocNode | undefined;
}

export interface RuleContext {
  planFile: CheckedFile | undefined;
  sectionFiles: readonly CheckedFile[];
  quarter: Quarter | undefined;
}

type Rule = (ctx: RuleContext) => Diagnostic[];

type Dict = Record<string, unknown>;
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const own = (d: Dict, k: string) => Object.hasOwn(d, k);

function at(f: CheckedFile, path: readonly PathSegment[], key = false): number {
  const { node } = locate(f.root, path);
  if (!node) return 0;
  return key && node.keyStart !== undefined ? node.keyStart : node.start;
}

/** A problem at `offset` in `f`, worded by the table. */
function problem(f: CheckedFile, offset: number, severity: 'error' | 'warning', code: string, { message, hint }: Wording): Diagnostic {
  return f.file.diagnostic(offset, severity, code, message, hint);
}

function where(f: CheckedFile, offset: number): string {
  const { line } = f.file.position(offset);
  return `${f.file.displayPath}:${line}`;
}

interface ActionRef {
  f: CheckedFile;
  index: number;
  action: Dict;
  path: PathSegment[];
}

function eachAction(ctx: RuleContext): ActionRef[] {
  const out: ActionRef[] = [];
  for (const f of ctx.sectionFiles) {
    asList(asDict(f.data)?.actions).forEach((a, index) => {
      const action = asDict(a);
      if (action) out.push({ f, index, action, path: ['actions', index] });
    });
  }
  return out;
}

function actionName(ref: ActionRef): string {
  return typeof ref.action.id === 'string' ? `"${ref.action.id}"` : `number ${ref.index + 1}`;
}

function declaredCouncils(ctx: RuleContext): string[] | undefined {
  const councils = asDict(asDict(ctx.planFile?.data)?.councils);
  return councils ? Object.keys(councils) : undefined;
}

const financialYearMatchesStart: Rule = ({ planFile }) => {
  const fy = asDict(asDict(planFile?.data)?.financialYear);
  if (!planFile || !fy || typeof fy.label !== 'string' || typeof fy.starts !== 'string') return [];
  const label = /^(\d{4})\/(\d{2})$/.exec(fy.label);
  const starts = /^(\d{4})-/.exec(fy.starts);
  if (!label || !starts) return [];
  const first = Number(label[1]);
  const second = String((first + 1) % 100).padStart(2, '0');
  const out: Diagnostic[] = [];
  if (Number(label[2]) !== (first + 1) % 100)
    out.push(
      problem(
        planFile,
        at(planFile, ['financialYear', 'label']),
        'error',
        'financial-year',
        say.yearLabelSecondPart({ label: fy.label, first, second }),
      ),
    );
  if (Number(starts[1]) !== first)
    out.push(
      problem(
        planFile,
        at(planFile, ['financialYear', 'starts']),
        'error',
        'financial-year',
        say.yearStartDisagrees({ label: fy.label, starts: starts[1]!, first, second }),
      ),
    );
  return out;
};

/**
 * The report's title adds the financial year after the plan's title, so a title that ends with the
 * year would show it twice ("… Plan 2015/16 2015/16 Q2 Update").
 */
const titleLeavesOutTheYear: Rule = ({ planFile }) => {
  const plan = asDict(planFile?.data);
  const label = /^(\d{4})\/(\d{2})$/.exec(String(asDict(plan?.financialYear)?.label ?? ''));
  if (!planFile || !label || typeof plan?.title !== 'string') return [];
  const [, first = '', second = ''] = label;
  // 2015/16, 2015-16, 2015–16, 2015/2016, 2015-2016, written anywhere in the title.
  const year = new RegExp(`\\b${first}\\s*[/–-]\\s*(?:${second}|${first.slice(0, 2)}${second})\\b`);
  const found = year.exec(plan.title);
  if (!found) return [];
  const offset = at(planFile, ['title']);
  return [
    problem(
      planFile,
      offset + (offsetIsExact(planFile, ['title']) ? found.index : 0),
      'warning',
      'title-repeats-year',
      say.titleRepeatsYear({ year: found[0], atEnd: found.index + found[0].length >= plan.title.trimEnd().length }),
    ),
  ];
};

/** Whether the value at `path` is written on one line without quotes, so that a column inside it is exact. */
function offsetIsExact(f: CheckedFile, path: readonly PathSegment[]): boolean {
  const node = locate(f.root, path).node;
  return node?.style === 'PLAIN' && f.file.position(node.start).line === f.file.position(node.valueEnd ?? node.end).line;
}

const uniqueSectionNumbers: Rule = ({ sectionFiles }) => {
  const seen = new Map<string, { f: CheckedFile; offset: number }>();
  const out: Diagnostic[] = [];
  for (const f of sectionFiles) {
    const number = asDict(f.data)?.section;
    if (typeof number !== 'string') continue;
    const offset = at(f, ['section']);
    const first = seen.get(number);
    if (first) {
      out.push(
        problem(f, offset, 'error', 'duplicate-section', say.sectionTwice({ section: number, where: where(first.f, first.offset) })),
      );
    } else {
      seen.set(number, { f, offset });
    }
  }
  return out;
};

const uniqueActionIds: Rule = (ctx) => {
  const seen = new Map<string, { f: CheckedFile; offset: number }>();
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const id = ref.action.id;
    if (typeof id !== 'string') continue;
    const offset = at(ref.f, [...ref.path, 'id']);
    const first = seen.get(id);
    if (first) {
      out.push(problem(ref.f, offset, 'error', 'duplicate-id', say.idTwice({ id, where: where(first.f, first.offset) })));
    } else {
      seen.set(id, { f: ref.f, offset });
    }
  }
  return out;
};

/** Every council code used anywhere must be declared in plan.yaml. */
const councilsAreDeclared: Rule = (ctx) => {
  const declared = declaredCouncils(ctx);
  if (!declared) return [];
  const out: Diagnostic[] = [];
  const check = (ref: ActionRef, path: PathSegment[], record: unknown) => {
    for (const code of Object.keys(asDict(record) ?? {})) {
      // A code that is not even well-formed has already been reported by the schema.
      if (declared.includes(code) || !COUNCIL_CODE.test(code)) continue;
      const wording = say.councilNotDeclared({ code, declared, guess: closest(code, declared) });
      out.push(problem(ref.f, at(ref.f, [...path, code], true), 'error', 'unknown-council', wording));
    }
  };
  for (const ref of eachAction(ctx)) {
    check(ref, [...ref.path, 'target', 'amounts'], asDict(ref.action.target)?.amounts);
    const updates = asDict(ref.action.updates) ?? {};
    for (const q of QUARTERS) {
      const update = asDict(updates[q]);
      if (!update) continue;
      for (const field of ['achieved', 'pending', 'notes']) check(ref, [...ref.path, 'updates', q, field], update[field]);
    }
  }
  return out;
};

/** Figures only make sense against a target, and a target needs figures in every update. */
const figuresMatchTarget: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const target = asDict(ref.action.target);
    // Only councils that are declared count here; the others are reported by councilsAreDeclared.
    const declared = declaredCouncils(ctx);
    const targetCouncils = Object.keys(asDict(target?.amounts) ?? {}).filter((c) => !declared || declared.includes(c));
    const updates = asDict(ref.action.updates) ?? {};
    for (const q of QUARTERS) {
      const update = asDict(updates[q]);
      if (!update) continue;
      const updatePath = [...ref.path, 'updates', q];
      if (!target) {
        for (const field of ['achieved', 'pending', 'notes']) {
          if (own(update, field)) {
            const wording = say.figuresWithoutTarget({ field, action: actionName(ref) });
            out.push(problem(ref.f, at(ref.f, [...updatePath, field], true), 'error', 'figures-without-target', wording));
          }
        }
        continue;
      }
      const achieved = asDict(update.achieved);
      if (!achieved) {
        if (!own(update, 'achieved')) {
          const wording = say.achievedMissing({ quarter: q, action: actionName(ref), councils: targetCouncils });
          out.push(problem(ref.f, at(ref.f, updatePath, true), 'error', 'missing-key', wording));
        }
      } else {
        // A code that is not declared ("EDX") is reported on its own, with the one it is close to.
        const undeclared = Object.keys(achieved).filter((c) => declared !== undefined && !declared.includes(c));
        for (const code of targetCouncils) {
          if (!own(achieved, code) && !closest(code, undeclared)) {
            out.push(
              problem(
                ref.f,
                at(ref.f, [...updatePath, 'achieved'], true),
                'error',
                'missing-figure',
                say.figureMissing({ quarter: q, code }),
              ),
            );
          }
        }
      }
      for (const field of ['achieved', 'pending', 'notes']) {
        for (const code of Object.keys(asDict(update[field]) ?? {})) {
          if (targetCouncils.length > 0 && !targetCouncils.includes(code) && (declared ?? []).includes(code)) {
            const wording = say.figureWithoutTarget({ code, field });
            out.push(problem(ref.f, at(ref.f, [...updatePath, field, code], true), 'error', 'figure-without-target', wording));
          }
        }
      }
    }
  }
  return out;
};

/** Without a target there is nothing to derive a status from, so the officer must write one. */
const statusIsWritten: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    if (asDict(ref.action.target)) continue;
    const updates = asDict(ref.action.updates) ?? {};
    for (const q of QUARTERS) {
      const update = asDict(updates[q]);
      if (update && !own(update, 'status')) {
        const wording = say.statusMissing({ quarter: q, action: actionName(ref) });
        out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q], true), 'error', 'missing-key', wording));
      }
    }
  }
  return out;
};

/** With `--quarter`, every action must say where it stands that quarter. */
/**
 * With --quarter, every action in the plan at that quarter needs an update for it. An action is in the
 * plan from its first update on, until the quarter whose update says it ended: an action added in Q2
 * is not expected in Q1, and one completed in Q2 is not expected in Q3.
 */
const quarterIsReported: Rule = (ctx) => {
  const { quarter } = ctx;
  if (!quarter) return [];
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const updates = asDict(ref.action.updates);
    // "q3:" is reported by the schema as a misspelt quarter; saying "no Q3 update" as well is noise.
    if (updates && Object.keys(updates).some((k) => k.toUpperCase() === quarter)) continue;
    const earlier = QUARTERS.filter((q) => quarterIndex(q) < quarterIndex(quarter) && asDict(updates?.[q]) !== undefined);
    const later = QUARTERS.some((q) => quarterIndex(q) > quarterIndex(quarter) && asDict(updates?.[q]) !== undefined);
    if (updates && earlier.length === 0 && later) continue;
    if (earlier.some((q) => asDict(updates?.[q])?.ended !== undefined)) continue;
    const hasUpdatesKey = own(ref.action, 'updates');
    const offset = at(ref.f, hasUpdatesKey ? [...ref.path, 'updates'] : [...ref.path, 'id'], true);
    out.push(problem(ref.f, offset, 'error', 'missing-quarter', say.quarterMissing({ quarter, action: actionName(ref) })));
  }
  return out;
};

/** Nothing follows the quarter an action ended in. */
const nothingAfterEnding: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const updates = asDict(ref.action.updates);
    const endedIn = QUARTERS.find((q) => asDict(updates?.[q])?.ended !== undefined);
    if (!endedIn) continue;
    const how = String(asDict(updates?.[endedIn])?.ended);
    for (const q of QUARTERS.filter((q) => quarterIndex(q) > quarterIndex(endedIn) && asDict(updates?.[q]) !== undefined)) {
      const wording = say.updateAfterEnd({ quarter: q, action: actionName(ref), how, endedIn });
      out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q], true), 'error', 'update-after-end', wording));
    }
  }
  return out;
};

/** `plan new-quarter` writes this at the start of text it leaves for the officer to write. */
const UNWRITTEN = /^\s*TODO\b/;

/**
 * Text still marked TODO (as `plan new-quarter` leaves it) is not finished: an error for the quarter
 * being reported or validated with --quarter, a warning otherwise.
 */
const textIsWritten: Rule = (ctx) => {
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
const placeholdersFilled: Rule = (ctx) => {
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
const targetsConfirmed: Rule = (ctx) => {
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

export function endingSaid(status: string): 'completed' | 'dropped' | undefined {
  const words = normaliseText(status).toLowerCase();
  const [first = '', ...rest] = words.split(/\s[–—-]\s|[:;,]\s|\.\s/);
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
const endingIsMarked: Rule = (ctx) => {
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
 * Direction of travel, checked: a narrative copied unchanged from the previous quarter, and achieved
 * figures that went down with no new narrative to say why, are warnings (errors under --strict).
 */
const quarterMoves: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const updates = asDict(ref.action.updates) ?? {};
    for (const q of QUARTERS) {
      const p = previousQuarter(q);
      const now = asDict(updates[q]);
      const before = p ? asDict(updates[p]) : undefined;
      if (!p || !now || !before) continue;
      const narrative = typeof now.narrative === 'string' && !UNWRITTEN.test(now.narrative) ? normaliseText(now.narrative) : '';
      const unchanged = narrative !== '' && typeof before.narrative === 'string' && narrative === normaliseText(before.narrative);
      if (unchanged) {
        const wording = say.narrativeUnchanged({ quarter: q, action: actionName(ref), before: p });
        out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'narrative']), 'warning', 'narrative-unchanged', wording));
      }
      const achievedNow = asDict(now.achieved) ?? {};
      const achievedBefore = asDict(before.achieved) ?? {};
      for (const [code, value] of Object.entries(achievedNow)) {
        const previous = achievedBefore[code];
        if (typeof value !== 'number' || typeof previous !== 'number' || value >= previous) continue;
        if (narrative !== '' && !unchanged) continue;
        const wording = say.figureDown({ code, was: formatMoney(previous), before: p, now: formatMoney(value), quarter: q });
        out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q, 'achieved', code]), 'warning', 'figure-down', wording));
      }
    }
  }
  return out;
};

/**
 * "__proto__" is not a council code, wherever a council code goes; the schema's records would drop it
 * in silence, amounts and all.
 */
const noPrototypeKeys: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const check = (f: CheckedFile, block: unknown, path: PathSegment[]) => {
    const record = asDict(block);
    if (record && Object.hasOwn(record, '__proto__'))
      out.push(problem(f, at(f, [...path, '__proto__'], true), 'error', 'invalid-key', say.protoKey()));
  };
  if (ctx.planFile) check(ctx.planFile, asDict(ctx.planFile.data)?.councils, ['councils']);
  for (const ref of eachAction(ctx)) {
    check(ref.f, asDict(ref.action.target)?.amounts, [...ref.path, 'target', 'amounts']);
    const updates = asDict(ref.action.updates) ?? {};
    for (const q of QUARTERS)
      for (const field of ['achieved', 'pending', 'notes']) check(ref.f, asDict(updates[q])?.[field], [...ref.path, 'updates', q, field]);
  }
  return out;
};

/** Combined amounts are added exactly: amounts that add up past 2^53 − 1 pounds are refused. */
const totalsAreExact: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  const check = (f: CheckedFile, block: unknown, path: PathSegment[]) => {
    const total = Object.values(asDict(block) ?? {}).reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
    if (total > Number.MAX_SAFE_INTEGER)
      out.push(
        problem(f, at(f, path, true), 'error', 'total-too-large', say.totalTooLarge({ most: formatMoney(Number.MAX_SAFE_INTEGER) })),
      );
  };
  for (const ref of eachAction(ctx)) {
    check(ref.f, asDict(ref.action.target)?.amounts, [...ref.path, 'target', 'amounts']);
    const updates = asDict(ref.action.updates) ?? {};
    for (const q of QUARTERS)
      for (const field of ['achieved', 'pending']) check(ref.f, asDict(updates[q])?.[field], [...ref.path, 'updates', q, field]);
  }
  return out;
};

const rules: readonly Rule[] = [
  placeholdersFilled,
  targetsConfirmed,
  endingIsMarked,
  noPrototypeKeys,
  totalsAreExact,
  textIsWritten,
  quarterMoves,
  financialYearMatchesStart,
  titleLeavesOutTheYear,
  uniqueSectionNumbers,
  uniqueActionIds,
  councilsAreDeclared,
  figuresMatchTarget,
  statusIsWritten,
  quarterIsReported,
  nothingAfterEnding,
  figuresInScale,
];

export function runRules(ctx: RuleContext): Diagnostic[] {
  return rules.flatMap((rule) => rule(ctx));
}
