import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import type { PathSegment } from '../input/yaml-source.js';
import { say } from '../messages/index.js';
import { formatMoney } from '../shared/numbers.js';
import { saidFigures } from './carried-figures.js';
import { labelsTyped } from './label-swaps.js';
import { councilNames } from './narrative-amounts.js';
import {
  ASIDE,
  asideWord,
  type Block,
  doubtfulFigures,
  type Fix,
  figureOfOtherAction,
  figuresOfOtherAction,
  type NarrativeSlip,
  narrativeSlips,
  type OneUnderOther,
  type OtherActionSlip,
} from './narrative-figures.js';
import {
  type ActionRef,
  actionName,
  at,
  type CheckedFile,
  eachAction,
  lineOfWords,
  problem,
  type RuleContext,
  type WordsFound,
} from './rule-context.js';

/**
 * Money figures the plan's own words give otherwise (narrative-figures.ts finds them): one warning
 * per slip, at its first figure, giving the figures to write and the line of the words.
 */

const lineAt = (ref: ActionRef, offset: number) => ref.f.file.position(offset).line;
const figureLine = (ref: ActionRef, block: Block, code: string) => lineAt(ref, at(ref.f, [...ref.path, ...block.path, code], true));

/** The first and last council line of a block, or of its councils in `only`. */
function blockLines(ref: ActionRef, block: Block, only?: readonly Fix[]): { from: number; to: number } {
  const codes = only?.map((f) => f.code) ?? Object.keys(asDict(getIn(ref, block.path)) ?? {});
  const lines = codes.map((c) => figureLine(ref, block, c));
  return { from: Math.min(...lines), to: Math.max(...lines) };
}

function getIn(ref: ActionRef, path: readonly PathSegment[]): unknown {
  return path.reduce<unknown>((v, k) => asDict(v)?.[String(k)], ref.action);
}

/** The line of the words that give `said`: in the quarter's update, or the action's own text. */
function wordsLine(ref: ActionRef, block: Block, said: string): number {
  return lineOfWords(ref, block.quarter ? ['updates', block.quarter] : ['action'], said);
}

/** The block's own word for its figures: the target's labels ("secured"), or the usual ones. */
function labelOf(ref: ActionRef, block: Block): string {
  const target = asDict(ref.action.target);
  const key = block.label === 'achieved' ? 'achievedLabel' : 'pendingLabel';
  const own = target?.[key];
  return block.label !== 'target' && typeof own === 'string' && own.trim() ? own.trim() : block.label;
}

const pair = (f: Fix) => ({ code: f.code, now: formatMoney(f.value), said: f.said, write: f.write });

/** The words beside an aside amount, without the amount: "full-year effect from 2042/43". */
function asideWords(near: string, said: string): string {
  const words = near.replace(said, ' ').replace(/\s+/g, ' ').trim();
  const start = words.search(ASIDE);
  return (start > 20 ? words.slice(start) : words).slice(0, 60);
}

/** A figure the words explain otherwise: what the profile expects by the quarter, or an amount not counted added in. */
function explainedWording(ref: ActionRef, slip: Extract<NarrativeSlip, { kind: 'profiled' | 'uncounted' }>) {
  const { block, fix } = slip;
  const { code, write, said } = fix;
  const common = { quarter: block.quarter, label: labelOf(ref, block), code, now: formatMoney(fix.value), said, write };
  const figure = figureLine(ref, block, code);
  if (slip.kind === 'profiled') {
    const line = wordsLine(ref, block, said);
    return say.figureIsProfileToDate({ ...common, share: slip.share, target: formatMoney(slip.target), line, figure });
  }
  const [line, words] = [wordsLine(ref, block, slip.left.said), slip.left.other?.words ?? slip.left.said];
  const year = slip.left.other?.what === 'year' ? slip.left.other.year : undefined;
  return say.figureCountsUncounted({ ...common, left: slip.left.said, words, line, figure, year });
}

/** A figure that rose by an aside of the words (a contract's value) where they give the quarter's own amount. */
function riseWording(ref: ActionRef, slip: Extract<NarrativeSlip, { kind: 'asideRise' }>) {
  const { block, fix, aside } = slip;
  const words = aside.other?.words ?? asideWords(aside.near ?? '', aside.said);
  return say.figureRoseByAside({
    code: fix.code,
    quarter: block.quarter ?? '',
    label: labelOf(ref, block),
    now: formatMoney(fix.value),
    was: formatMoney(slip.was),
    rise: aside.said,
    words,
    line: wordsLine(ref, block, aside.said),
    said: fix.said,
    figure: figureLine(ref, block, fix.code),
    write: fix.write,
  });
}

/** A figure on another council's line: the line above typed again, or the amount the words give another council. */
function lineWording(ref: ActionRef, slip: Extract<NarrativeSlip, { kind: 'twin' | 'moved' }>) {
  const block = slip.block;
  const common = { quarter: block.quarter, label: labelOf(ref, block) };
  const { code, write, said, value } = slip.fix;
  const line = wordsLine(ref, block, said);
  if (slip.kind === 'moved') return say.figureOfOtherCouncil({ ...common, code, now: formatMoney(write), line, to: slip.to, write });
  const pair = { other: slip.other, otherLine: figureLine(ref, block, slip.other), figure: figureLine(ref, block, code) };
  return say.figureOfCouncilAbove({ ...common, code, now: formatMoney(value), said, line, write, ...pair });
}

function wording(ref: ActionRef, slip: NarrativeSlip) {
  const block = slip.block;
  const common = { quarter: block.quarter, label: labelOf(ref, block) };
  if (slip.kind === 'councils') {
    const line = wordsLine(ref, block, slip.fixes[0]!.said);
    return say.figuresUnderOtherCouncils({ ...common, line, figures: blockLines(ref, block), pairs: slip.fixes.map(pair) });
  }
  if (slip.kind === 'twin' || slip.kind === 'moved') return lineWording(ref, slip);
  if (slip.kind === 'asideRise') return riseWording(ref, slip);
  if (slip.kind === 'nonePending') {
    const line = wordsLine(ref, block, slip.said);
    return say.pendingSaidNone({
      quarter: block.quarter!,
      label: common.label,
      pairs: slip.fixes.map(pair),
      words: slip.said,
      line,
      figures: blockLines(ref, block, slip.fixes),
    });
  }
  if (slip.kind === 'asides') {
    const { what: other, year, words, of } = slip.asides[0]!.other!;
    const line = wordsLine(ref, block, slip.asides[0]!.said);
    return say.figuresAreOther({
      ...common,
      other,
      year,
      of,
      words,
      line,
      figures: blockLines(ref, block, slip.fixes),
      pairs: slip.fixes.map(pair),
    });
  }
  if (slip.kind === 'exchanged') {
    return say.achievedPendingExchanged({
      quarter: block.quarter!,
      achieved: labelOf(ref, block),
      pending: labelOf(ref, slip.other),
      line: wordsLine(ref, block, slip.fixes[0]!.said),
      achievedLines: blockLines(ref, block),
      pendingLines: blockLines(ref, slip.other),
      achievedPairs: slip.fixes.map(pair),
      pendingPairs: slip.otherFixes.map(pair),
    });
  }
  const { code, value, write, said } = slip.fix;
  const figure = figureLine(ref, block, code);
  const now = formatMoney(value);
  if (slip.kind === 'shared') {
    const { before, whole, share, partners, words } = slip.shared;
    const line = wordsLine(ref, block, whole);
    const was = formatMoney(before.value);
    const sh = formatMoney(share);
    return say.figureCountsSharedWhole({
      ...common,
      quarter: block.quarter!,
      code,
      now,
      before: before.quarter,
      was,
      whole,
      share: sh,
      partners,
      words,
      line,
      figure,
      write,
    });
  }
  if (slip.kind === 'profiled' || slip.kind === 'uncounted') return explainedWording(ref, slip);
  if (slip.kind === 'aside' && slip.aside.other && !asideWord(slip.aside, labelsTyped(ref.action))) {
    const { what: other, year, words, of } = slip.aside.other;
    const line = wordsLine(ref, block, slip.aside.said);
    const shown = other === 'percent' ? String(value) : now;
    return say.figureIsOther({ ...common, code, now: shown, other, year, of, words, line, said, figure, write });
  }
  if (slip.kind === 'aside') {
    const line = wordsLine(ref, block, slip.aside.said);
    return say.figureIsAside({
      ...common,
      code,
      now,
      words: asideWords(slip.aside.near ?? '', slip.aside.said),
      line,
      said,
      figure,
      write,
    });
  }
  return say.figureNotAsSaid({ ...common, code, now, said, line: wordsLine(ref, block, said), figure, agree: slip.agree, write });
}

/** Where a slip's warning goes: its first figure to change. */
function firstAt(ref: ActionRef, slip: NarrativeSlip): number {
  const code = 'fixes' in slip ? slip.fixes[0]!.code : slip.fix.code;
  return at(ref.f, [...ref.path, ...slip.block.path, code], true);
}

/** What the plan's words say of its figures: found once per check, for every rule that reads it. */
function findWords(ctx: RuleContext): WordsFound {
  const councils = asDict(ctx.planFile?.data)?.councils;
  const names = councilNames(Object.keys(asDict(councils) ?? {}), councils);
  const label = asDict(asDict(ctx.planFile?.data)?.financialYear)?.label;
  const year = typeof label === 'string' ? label : undefined;
  const refs = eachAction(ctx);
  const underOther = new Map<CheckedFile, OtherActionSlip[]>();
  const oneUnderOther = new Map<CheckedFile, OneUnderOther[]>();
  for (const f of ctx.sectionFiles) {
    const actions = refs.filter((r) => r.f === f).map((r) => r.action);
    underOther.set(f, figuresOfOtherAction(actions, names));
    oneUnderOther.set(f, figureOfOtherAction(actions, names));
  }
  return {
    names,
    said: new Map(refs.map((r) => [r.action, saidFigures(r.action, names)])),
    slips: new Map(refs.map((r) => [r.action, narrativeSlips(r.action, names, year, asDict(ctx.planFile?.data)?.savingsProfile)])),
    underOther,
    oneUnderOther,
  };
}

/** The context with what the words say found, for runRules to hand every rule. */
export function withWords(ctx: RuleContext): RuleContext {
  return ctx.words ? ctx : { ...ctx, words: findWords(ctx) };
}

/** What the words say, as runRules found it (or found now, for a rule run on its own). */
export function wordsOf(ctx: RuleContext): WordsFound {
  return ctx.words ?? findWords(ctx);
}

/**
 * The action's money figures its words give otherwise, less those `explained` holds ("Q3 CDC": a
 * figure carried-figures.ts already explains by its one likely cause).
 */
export function figuresAgainstWords(ref: ActionRef, words: WordsFound, explained: ReadonlySet<string>): Diagnostic[] {
  return (words.slips.get(ref.action) ?? [])
    .filter((slip) => !doubtfulFigures(slip).some((path) => path[0] === 'updates' && explained.has(`${path[1]} ${path[3]}`)))
    .map((slip) => problem(ref.f, firstAt(ref, slip), 'warning', 'figure-against-narrative', wording(ref, slip)));
}

/** Two actions' figures typed under each other: one slip, said once at the first of them. */
function otherActionProblem(refs: readonly ActionRef[], slip: OtherActionSlip, back: OtherActionSlip): Diagnostic {
  const [ref, other] = [refs[slip.index]!, refs[slip.other]!];
  const block: Block = { path: ['updates', slip.quarter, 'achieved'], quarter: slip.quarter, label: 'achieved' };
  const side = (r: ActionRef, s: OtherActionSlip) => ({
    action: actionName(r),
    lines: blockLines(r, block, s.fixes),
    line: wordsLine(r, block, s.fixes[0]!.said),
    pairs: s.fixes.map(pair),
  });
  const wording = say.figuresOfOtherAction({ quarter: slip.quarter, mine: side(ref, slip), theirs: side(other, back) });
  return problem(ref.f, at(ref.f, [...ref.path, ...block.path, slip.fixes[0]!.code], true), 'warning', 'figure-against-narrative', wording);
}

/** Achieved figures typed under each other by two actions of a file (narrative-figures.ts figuresOfOtherAction). */
export function figuresUnderOtherAction(ctx: RuleContext, words: WordsFound): Diagnostic[] {
  const all = eachAction(ctx);
  return [...words.underOther].flatMap(([f, slips]) => {
    const refs = all.filter((r) => r.f === f);
    return slips.flatMap((slip) => {
      const back = slips.find((b) => b.quarter === slip.quarter && b.index === slip.other && b.other === slip.index)!;
      return back.index < slip.index ? [] : [otherActionProblem(refs, slip, back)];
    });
  });
}

/** One council's figure typed from another action's line of the file (figureOfOtherAction), unless said already. */
export function figureUnderOtherAction(ctx: RuleContext, words: WordsFound): Diagnostic[] {
  const all = eachAction(ctx);
  return ctx.sectionFiles.flatMap((f) => {
    const refs = all.filter((r) => r.f === f);
    return (words.oneUnderOther.get(f) ?? []).flatMap((s) => {
      const [ref, other, { code, value, said, write }] = [refs[s.index]!, refs[s.other]!, s.fix];
      const path = ['updates', s.quarter, 'achieved', code].join(' ');
      const slips = words.slips.get(ref.action) ?? [];
      const known =
        slips.some((slip) => doubtfulFigures(slip).some((p) => p.join(' ') === path)) ||
        (words.said.get(ref.action) ?? []).some((x) => x.quarter === s.quarter && x.code === code) ||
        (words.underOther.get(f) ?? []).some((o) => o.index === s.index && o.quarter === s.quarter);
      if (known) return [];
      const block: Block = { path: ['updates', s.quarter, 'achieved'], quarter: s.quarter, label: 'achieved' };
      const wording = say.figureOfOtherAction({
        code,
        quarter: s.quarter,
        now: formatMoney(value),
        other: actionName(other),
        otherLine: figureLine(other, block, code),
        line: wordsLine(ref, block, said),
        said,
        figure: figureLine(ref, block, code),
        write,
      });
      return [problem(ref.f, at(ref.f, [...ref.path, ...block.path, code], true), 'warning', 'figure-against-narrative', wording)];
    });
  });
}
