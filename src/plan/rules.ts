import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import type { SourceFile } from '../input/source-file.js';
import { type LocNode, locate, type PathSegment } from '../input/yaml-source.js';
import { formatMoney } from '../shared/numbers.js';
import { closest, listAnd, normaliseText } from '../shared/words.js';
import { COUNCIL_CODE } from './codes.js';
import { figuresInScale } from './figure-scale.js';
import { measuresAreSound } from './measure-rules.js';
import { previousQuarter, QUARTERS, type Quarter, quarterIndex } from './quarters.js';
import { dueDatesKept } from './schedule-rules.js';

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
  const out: Diagnostic[] = [];
  if (Number(label[2]) !== (first + 1) % 100) {
    out.push(
      planFile.file.diagnostic(
        at(planFile, ['financialYear', 'label']),
        'error',
        'financial-year',
        `"${fy.label}" is not a financial year: the second part should be ${String((first + 1) % 100).padStart(2, '0')}`,
        `write it as "${first}/${String((first + 1) % 100).padStart(2, '0')}"`,
      ),
    );
  }
  if (Number(starts[1]) !== first) {
    out.push(
      planFile.file.diagnostic(
        at(planFile, ['financialYear', 'starts']),
        'error',
        'financial-year',
        `the year starts in ${starts[1]}, but the label says ${fy.label}`,
        `make them agree, e.g. label: "${first}/${String((first + 1) % 100).padStart(2, '0')}" and starts: ${first}-04-01`,
      ),
    );
  }
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
    planFile.file.diagnostic(
      offset + (offsetIsExact(planFile, ['title']) ? found.index : 0),
      'warning',
      'title-repeats-year',
      `the title ${found.index + found[0].length >= plan.title.trimEnd().length ? 'ends with' : 'has'} the financial year ${found[0]}, which the report adds itself: it would show the year twice`,
      `remove "${found[0]}" from the title`,
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
        f.file.diagnostic(
          offset,
          'error',
          'duplicate-section',
          `section "${number}" is already defined at ${where(first.f, first.offset)}`,
          'give each section file its own number',
        ),
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
      out.push(
        ref.f.file.diagnostic(
          offset,
          'error',
          'duplicate-id',
          `action id "${id}" is already used at ${where(first.f, first.offset)}`,
          'action ids must be unique across all plan files: rename one of them',
        ),
      );
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
      const guess = closest(code, declared);
      out.push(
        ref.f.file.diagnostic(
          at(ref.f, [...path, code], true),
          'error',
          'unknown-council',
          `council "${code}" is not declared in plan.yaml: the councils are ${declared.join(', ')}`,
          guess ? `did you mean "${guess}"?` : 'add it under "councils" in plan.yaml, or use one of the codes declared there',
        ),
      );
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
            out.push(
              ref.f.file.diagnostic(
                at(ref.f, [...updatePath, field], true),
                'error',
                'figures-without-target',
                `"${field}" needs a target: action ${actionName(ref)} has none`,
                'add a "target" block to the action, or write the figures in the narrative',
              ),
            );
          }
        }
        continue;
      }
      const achieved = asDict(update.achieved);
      if (!achieved) {
        if (!own(update, 'achieved')) {
          out.push(
            ref.f.file.diagnostic(
              at(ref.f, updatePath, true),
              'error',
              'missing-key',
              `"achieved" is missing from this ${q} update: action ${actionName(ref)} has a target`,
              `add "achieved:" with an amount for each of ${targetCouncils.join(', ')} (0 if nothing yet)`,
            ),
          );
        }
      } else {
        // A code that is not declared ("EDX") is reported on its own, with the one it is close to.
        const undeclared = Object.keys(achieved).filter((c) => declared !== undefined && !declared.includes(c));
        for (const code of targetCouncils) {
          if (!own(achieved, code) && !closest(code, undeclared)) {
            out.push(
              ref.f.file.diagnostic(
                at(ref.f, [...updatePath, 'achieved'], true),
                'error',
                'missing-figure',
                `the ${q} achieved amount for ${code} is missing`,
                `add "${code}: 0" if nothing has been achieved yet`,
              ),
            );
          }
        }
      }
      for (const field of ['achieved', 'pending', 'notes']) {
        for (const code of Object.keys(asDict(update[field]) ?? {})) {
          if (targetCouncils.length > 0 && !targetCouncils.includes(code) && (declared ?? []).includes(code)) {
            out.push(
              ref.f.file.diagnostic(
                at(ref.f, [...updatePath, field, code], true),
                'error',
                'figure-without-target',
                `${code} has no target in this action, so its "${field}" has nothing to count against`,
                `add ${code} under target.amounts, or remove this line`,
              ),
            );
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
        out.push(
          ref.f.file.diagnostic(
            at(ref.f, [...ref.path, 'updates', q], true),
            'error',
            'missing-key',
            `"status" is missing from the ${q} update of action ${actionName(ref)}`,
            'add a line "status: …", e.g. status: Onward going',
          ),
        );
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
    out.push(
      ref.f.file.diagnostic(
        at(ref.f, hasUpdatesKey ? [...ref.path, 'updates'] : [...ref.path, 'id'], true),
        'error',
        'missing-quarter',
        `action ${actionName(ref)} has no ${quarter} update`,
        `add a "${quarter}:" block under "updates" with its status and narrative, or mark the last update "ended: completed" (or dropped) if the action has finished`,
      ),
    );
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
      out.push(
        ref.f.file.diagnostic(
          at(ref.f, [...ref.path, 'updates', q], true),
          'error',
          'update-after-end',
          `action ${actionName(ref)} ended (${how}) in ${endedIn}, so it has no ${q} update`,
          `remove the ${q} block, or remove "ended: ${how}" from ${endedIn} if the action goes on`,
        ),
      );
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
        out.push(
          ref.f.file.diagnostic(
            at(ref.f, [...ref.path, 'updates', q, field]),
            ctx.quarter === q ? 'error' : 'warning',
            'unwritten',
            `the ${q} ${field} of action ${actionName(ref)} is not written yet`,
            `replace the TODO with the ${field} for ${q}`,
          ),
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
    const carried = note.trimStart().startsWith(NOTE_TO_CHECK);
    out.push(
      ref.f.file.diagnostic(
        at(ref.f, [...ref.path, 'updates', q, 'notes', code]),
        ctx.quarter === q ? 'error' : 'warning',
        'unwritten',
        carried
          ? `the ${q} note for ${code} on action ${actionName(ref)} was carried forward from the quarter before and is not checked yet`
          : `the ${q} note for ${code} on action ${actionName(ref)} is not written yet`,
        carried
          ? `if it still holds, delete "${NOTE_TO_CHECK.trim()}" from its start; if not, rewrite it or delete the line`
          : 'replace the TODO with the note, or delete the line',
      ),
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
    out.push(f.file.diagnostic(at(f, path), severity, 'unwritten', `${what} is not written yet`, `replace the TODO with ${what}`));
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
    out.push(
      ref.f.file.diagnostic(
        at(ref.f, [...ref.path, 'target', 'confirm'], true),
        severity,
        'target-unconfirmed',
        `the target of action ${actionName(ref)} is not yet confirmed for ${year}`,
        `check its amounts are the ${year} targets (change any that are not), then delete the line "confirm: …"`,
      ),
    );
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
    out.push(
      ref.f.file.diagnostic(
        at(ref.f, [...ref.path, 'updates', endedIn, 'status']),
        'warning',
        'ending-not-marked',
        `the ${endedIn} status of action ${actionName(ref)} says "${normaliseText(String(asDict(updates[endedIn])?.status))}", but the action is not marked as ended`,
        later.length === 0
          ? `if it has ended, add "ended: ${how}" to its ${endedIn} update, so that new-quarter and the next year leave it out`
          : `if it ended in ${endedIn}, add "ended: ${how}" to its ${endedIn} update and remove its ${listAnd(later)} update${later.length === 1 ? '' : 's'}`,
      ),
    );
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
        out.push(
          ref.f.file.diagnostic(
            at(ref.f, [...ref.path, 'updates', q, 'narrative']),
            'warning',
            'narrative-unchanged',
            `the ${q} narrative of action ${actionName(ref)} is unchanged since ${p}`,
            `write what happened in ${q}, or say that nothing has moved`,
          ),
        );
      }
      const achievedNow = asDict(now.achieved) ?? {};
      const achievedBefore = asDict(before.achieved) ?? {};
      for (const [code, value] of Object.entries(achievedNow)) {
        const previous = achievedBefore[code];
        if (typeof value !== 'number' || typeof previous !== 'number' || value >= previous) continue;
        if (narrative !== '' && !unchanged) continue;
        out.push(
          ref.f.file.diagnostic(
            at(ref.f, [...ref.path, 'updates', q, 'achieved', code]),
            'warning',
            'figure-down',
            `${code}'s achieved amount went down from ${formatMoney(previous)} at ${p} to ${formatMoney(value)} at ${q}, and no new narrative says why`,
            `explain the fall in the ${q} narrative`,
          ),
        );
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
      out.push(
        f.file.diagnostic(
          at(f, [...path, '__proto__'], true),
          'error',
          'invalid-key',
          '"__proto__" is not a council code',
          'write the code of a council declared in plan.yaml, e.g. CDC',
        ),
      );
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
        f.file.diagnostic(
          at(f, path, true),
          'error',
          'total-too-large',
          `these amounts add up to more than ${formatMoney(Number.MAX_SAFE_INTEGER)}, which plan cannot add up exactly`,
          'check the amounts: each is in whole pounds',
        ),
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
  dueDatesKept,
  measuresAreSound,
];

export function runRules(ctx: RuleContext): Diagnostic[] {
  return rules.flatMap((rule) => rule(ctx));
}
