import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { locate, type PathSegment } from '../input/yaml-source.js';
import { say, type Wording } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { measuresOnTheirBasis } from './basis-figures.js';
import { betterAsText } from './better-text.js';
import { figuresNotCarried } from './carried-rules.js';
import { COUNCIL_CODE, councilMeant } from './codes.js';
import { actionsWithCopiedTarget, councilsWithoutFigures, figuresNotCopied, updateSources } from './copied-figures.js';
import { targetNamesOwn } from './copied-names.js';
import { copiedTextRules } from './copied-statuses.js';
import { councilNamesFit } from './council-names.js';
import { figureFormRules } from './count-shares.js';
import { amountsCountedOnce } from './counted-twice.js';
import { councilsDeclaredAsUsed, retypedCouncils } from './declared-codes.js';
import { figuresInScale } from './figure-scale.js';
import { measuresAsHeard } from './heard-numbers.js';
import { jointTargetsShared } from './joint-targets.js';
import { labelsNotSwapped } from './label-swaps.js';
import { lagQuartersKept } from './lag-figures.js';
import { measureRowsNotCopied, measureTargetsNotCopied } from './measure-copies.js';
import { measuresFromTheirList } from './measure-lists.js';
import { measuresAsNarrated } from './measure-narrative.js';
import { measuresAreSound } from './measure-rules.js';
import { measuresInScale } from './measure-scale.js';
import { measureTargetsAsText, measureTargetsOfTheQuarter } from './measure-text.js';
import { measuresAsOtherThings } from './narrative-other.js';
import { withWords } from './narrative-rules.js';
import { measuresInOtherUnits } from './narrative-units.js';
import { targetsOfThisYear } from './next-year-targets.js';
import { notedAmountsCounted } from './note-amounts.js';
import { notesUnderTheirCouncil } from './note-councils.js';
import { missingFigure } from './noted-figures.js';
import { pendingNotTheGap } from './pending-gaps.js';
import { pendingNotExchanged } from './pending-swapped.js';
import { profilesAsText } from './profile-text.js';
import { mislabelledUpdates, quarterLabelsFit } from './quarter-labels.js';
import { quarterWordRules } from './quarter-word-rules.js';
import { QUARTERS, type Quarter, quarterIndex } from './quarters.js';
import { namesRenamedInCopies } from './renamed-lines.js';
import { actionTextsOwn, sectionTitlesOwn } from './repeated-parts.js';
import { figuresAsNarrated } from './rise-words.js';
import {
  type ActionRef,
  actionName,
  at,
  type CheckedFile,
  declaredCouncils,
  eachAction,
  listActions,
  own,
  problem,
  type Rule,
  type RuleContext,
} from './rule-context.js';
import {
  endingAgreesWithStatus,
  endingIsMarked,
  goingOnSaid,
  placeholdersFilled,
  quarterMoves,
  targetsConfirmed,
  textIsWritten,
} from './rules-text.js';
import { quarterCountsOwn, runningTotalsRise } from './running-measures.js';
import { sharesAsFigures } from './said-percents.js';
import { foldSavedOver } from './saved-over.js';
import { dueDatesKept } from './schedule-rules.js';
import { targetsNotAsAchieved } from './target-as-achieved.js';
import { betterAgainstClaims } from './target-claims.js';
import { targetsAsText, targetsAsTextSplit } from './target-text.js';
import { targetsNotAsText } from './target-text-other.js';
import { uniqueActionIds, uniqueSectionNumbers } from './unique-ids.js';
import { unitsAsNamed } from './unit-names.js';
import { figuresWithoutVat } from './vat-figures.js';

/**
 * Cross-field and cross-file rules. They run as a pass of their own, after the schema, over whatever
 * data could be read, so an officer sees every problem in one run rather than one layer at a time.
 * Each rule reads the raw data defensively: a file that failed the schema may still have good parts.
 */

export type { CheckedFile, RuleContext } from './rule-context.js';
export { endingSaid, NOTE_TO_CHECK } from './rules-text.js';

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
        say.yearStartDisagrees({ label: fy.label, starts: starts[1]!, first, date: fy.starts }),
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
/** The council's latest achieved total in a quarter before `q`, when it had one above 0: the least the missing figure can be. */
function totalBefore(updates: Record<string, unknown>, q: Quarter, code: string): { quarter: Quarter; value: number } | undefined {
  for (const p of QUARTERS.slice(0, QUARTERS.indexOf(q)).reverse()) {
    const value = asDict(asDict(updates[p])?.achieved)?.[code];
    if (typeof value === 'number') return value > 0 ? { quarter: p, value } : undefined;
  }
  return undefined;
}

function offsetIsExact(f: CheckedFile, path: readonly PathSegment[]): boolean {
  const node = locate(f.root, path).node;
  return node?.style === 'PLAIN' && f.file.position(node.start).line === f.file.position(node.valueEnd ?? node.end).line;
}

/** Every council code used anywhere must be declared in plan.yaml. */
const councilsAreDeclared: Rule = (ctx) => {
  const declared = declaredCouncils(ctx);
  if (!declared) return [];
  const out: Diagnostic[] = [];
  // A code retyped wrong in plan.yaml is said there once (declared-codes.ts).
  const retyped = retypedCouncils(ctx);
  const check = (ref: ActionRef, path: PathSegment[], record: unknown) => {
    for (const code of Object.keys(asDict(record) ?? {})) {
      // A code that is not even well-formed has already been reported by the schema.
      if (declared.includes(code) || retyped.has(code) || !COUNCIL_CODE.test(code)) continue;
      const meant = councilMeant(code, declared, Object.keys(asDict(record) ?? {}));
      const wording = say.councilNotDeclared({ code, declared, guess: meant?.code, missing: meant?.missing ?? false });
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
  const copied = actionsWithCopiedTarget(ctx);
  const found = new Map<string, ReadonlyMap<unknown, { action: string; where: string }>>();
  const sources = (q: Quarter, field: 'achieved' | 'pending') =>
    found.get(`${q} ${field}`) ?? found.set(`${q} ${field}`, updateSources(ctx, q, field)).get(`${q} ${field}`)!;
  for (const ref of eachAction(ctx)) {
    const target = asDict(ref.action.target);
    // A council that came with a target pasted from another action: the warning about the copy says so.
    const pasted = copied.has(ref.action) ? councilsWithoutFigures(ref.action) : [];
    // Only councils that are declared count here; the others are reported by councilsAreDeclared.
    const declared = declaredCouncils(ctx);
    const amountCodes = Object.keys(asDict(target?.amounts) ?? {});
    const targetCouncils = amountCodes.filter((c) => !declared || declared.includes(c));
    // The councils an undeclared code in the target stands for ("TDC" for TDBC): their figures are
    // explained by that code's message, not a gap of their own.
    const meantInTarget = meantBy(amountCodes, declared);
    const updates = asDict(ref.action.updates) ?? {};
    const repeats: Repeats = new Map();
    for (const q of QUARTERS) {
      const update = asDict(updates[q]);
      if (!update) continue;
      const updatePath = [...ref.path, 'updates', q];
      if (!target) {
        for (const field of ['achieved', 'pending', 'notes']) {
          if (!own(update, field)) continue;
          const lines = linesOf(ref.f, [...updatePath, field]);
          const copied = field === 'notes' ? undefined : sources(q, field as 'achieved' | 'pending').get(ref.action);
          const word = (others: number[]) =>
            say.figuresWithoutTarget({ field, action: actionName(ref), others, lines, copied, quarter: q });
          // Figures pasted from another action are a slip of their own, said where they are.
          if (copied) out.push(problem(ref.f, at(ref.f, [...updatePath, field], true), 'error', 'figures-without-target', word([])));
          else repeat(repeats, '', at(ref.f, [...updatePath, field], true), 'figures-without-target', word);
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
        const meantInAchieved = meantBy(Object.keys(achieved), declared);
        for (const code of targetCouncils) {
          if (!own(achieved, code) && !meantInAchieved.has(code) && !pasted.includes(code)) {
            out.push(missingFigure(ref, updatePath, q, code, totalBefore(updates, q, code)));
          }
        }
      }
      for (const field of ['achieved', 'pending', 'notes']) {
        for (const code of Object.keys(asDict(update[field]) ?? {})) {
          if (targetCouncils.length > 0 && !targetCouncils.includes(code) && (declared ?? []).includes(code) && !meantInTarget.has(code)) {
            const word = (others: number[]) => say.figureWithoutTarget({ code, field, others });
            repeat(repeats, code, at(ref.f, [...updatePath, field, code], true), 'figure-without-target', word);
          }
        }
      }
    }
    out.push(...foldRepeats(ref.f, repeats));
  }
  return out;
};

/** The lines a key and its value take: its first and its last. */
function linesOf(f: CheckedFile, path: readonly PathSegment[]): { from: number; to: number } {
  const node = locate(f.root, path).node;
  const from = f.file.position(at(f, path, true)).line;
  const end = node ? Math.max(node.start, (node.valueEnd ?? node.end) - 1) : 0;
  return { from, to: Math.max(from, node ? f.file.position(end).line : from) };
}

/** The declared councils that the undeclared codes among `codes` stand for. */
function meantBy(codes: readonly string[], declared: readonly string[] | undefined): ReadonlySet<string> {
  if (!declared) return new Set();
  const meant = codes.filter((c) => !declared.includes(c)).map((c) => councilMeant(c, declared, codes)?.code);
  return new Set(meant.filter((c) => c !== undefined));
}

/**
 * The places one gap in an action explains (no target at all, or one council missing from it), by
 * the gap: a council code, or '' for the target. The wording is that of the first place found.
 */
type Repeats = Map<string, { offsets: number[]; code: string; word: (others: number[]) => Wording }>;

function repeat(repeats: Repeats, gap: string, offset: number, code: string, word: (others: number[]) => Wording): void {
  const found = repeats.get(gap);
  if (found) found.offsets.push(offset);
  else repeats.set(gap, { offsets: [offset], code, word });
}

/**
 * One message for each gap, at its first place, naming the lines of the others: they are not
 * separate problems, since filling the gap settles them all (a council deleted from a target would
 * otherwise be reported once for every quarter's figure).
 */
function foldRepeats(f: CheckedFile, repeats: Repeats): Diagnostic[] {
  return [...repeats.values()].map(({ offsets, code, word }) => {
    const [first, ...rest] = [...offsets].sort((a, b) => a - b);
    return problem(f, first!, 'error', code, word(rest.map((o) => f.file.position(o).line)));
  });
}

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
  // An update under a later quarter's label is said by quarterLabelsFit, with its quarter to write.
  const mislabelled = new Set(mislabelledUpdates(ctx).map((m) => m.ref.action));
  for (const ref of eachAction(ctx)) {
    if (mislabelled.has(ref.action)) continue;
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

/**
 * An action's updates run from its first quarter to its last without a gap: a quarter missing between
 * two it has (an update deleted as a copy of the next, or never written) has no status, figures or
 * narrative, and its report cannot be made. Said with or without --quarter, at the update after the gap.
 */
const noQuarterSkipped: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  // An update under a later quarter's label is said by quarterLabelsFit, with its quarter to write.
  const mislabelled = new Set(mislabelledUpdates(ctx).map((m) => m.ref.action));
  for (const ref of eachAction(ctx)) {
    const updates = asDict(ref.action.updates);
    if (!updates || mislabelled.has(ref.action)) continue;
    const has = QUARTERS.filter((q) => asDict(updates[q]) !== undefined);
    const gap = QUARTERS.find((q) => q > has[0]! && q < has.at(-1)! && !has.includes(q));
    // "q3:" is said by the schema as a misspelt quarter.
    if (!gap || Object.keys(updates).some((k) => k.toUpperCase() === gap)) continue;
    const before = has.filter((q) => q < gap).at(-1)!;
    const after = has.find((q) => q > gap)!;
    const wording = say.quarterSkipped({ action: actionName(ref), before, missing: gap, after });
    out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', after], true), 'error', 'skipped-quarter', wording));
  }
  return out;
};

/** Nothing follows the quarter an action ended in. */
const nothingAfterEnding: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const updates = asDict(ref.action.updates);
    const endedIn = QUARTERS.find((q) => asDict(updates?.[q])?.ended !== undefined);
    // An "ended:" its own status contradicts is said by endingAgreesWithStatus, later updates and all.
    if (!endedIn || goingOnSaid(asDict(updates?.[endedIn])?.status)) continue;
    const how = String(asDict(updates?.[endedIn])?.ended);
    for (const q of QUARTERS.filter((q) => quarterIndex(q) > quarterIndex(endedIn) && asDict(updates?.[q]) !== undefined)) {
      const wording = say.updateAfterEnd({ quarter: q, action: actionName(ref), how, endedIn });
      out.push(problem(ref.f, at(ref.f, [...ref.path, 'updates', q], true), 'error', 'update-after-end', wording));
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
      out.push(problem(f, at(f, [...path, '__proto__'], true), 'error', 'invalid-key', say.protoKey({ code: declaredCouncils(ctx)?.[0] })));
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
  endingAgreesWithStatus,
  noPrototypeKeys,
  totalsAreExact,
  textIsWritten,
  quarterMoves,
  ...copiedTextRules,
  financialYearMatchesStart,
  councilNamesFit,
  titleLeavesOutTheYear,
  uniqueSectionNumbers,
  uniqueActionIds,
  sectionTitlesOwn,
  actionTextsOwn,
  councilsAreDeclared,
  councilsDeclaredAsUsed,
  figuresMatchTarget,
  statusIsWritten,
  quarterIsReported,
  noQuarterSkipped,
  quarterLabelsFit,
  nothingAfterEnding,
  figuresInScale,
  pendingNotTheGap,
  pendingNotExchanged,
  targetsNotAsAchieved,
  sharesAsFigures,
  notesUnderTheirCouncil,
  figuresWithoutVat,
  notedAmountsCounted,
  ...quarterWordRules,
  amountsCountedOnce,
  figuresNotCopied,
  targetNamesOwn,
  labelsNotSwapped,
  figuresNotCarried,
  figuresAsNarrated,
  dueDatesKept,
  measuresAreSound,
  measuresInScale,
  runningTotalsRise,
  quarterCountsOwn,
  ...figureFormRules,
  measuresAsNarrated,
  namesRenamedInCopies,
  measuresFromTheirList,
  measuresAsHeard,
  lagQuartersKept,
  targetsAsText,
  targetsAsTextSplit,
  targetsNotAsText,
  jointTargetsShared,
  targetsOfThisYear,
  measureTargetsAsText,
  measureTargetsOfTheQuarter,
  measureTargetsNotCopied,
  measureRowsNotCopied,
  measuresInOtherUnits,
  measuresAsOtherThings,
  measuresOnTheirBasis,
  profilesAsText,
  betterAsText,
  betterAgainstClaims,
  unitsAsNamed,
];

export function runRules(ctx: RuleContext): Diagnostic[] {
  // What the words say of the figures is read by several rules: found once, here.
  const found = withWords({ ...ctx, actions: listActions(ctx) });
  return foldSavedOver(
    found,
    rules.flatMap((rule) => rule(found)),
  );
}
