import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { closest } from '../shared/words.js';
import { COUNCIL_CODE } from './codes.js';
import { QUARTERS } from './quarters.js';
import { at, declaredCouncils, eachAction, problem, type Rule, type RuleContext } from './rule-context.js';

/**
 * A council's code retyped wrong in plan.yaml ("FNY" for "FYN", letters swapped while a name was
 * corrected): the code plan.yaml declares is used in no section, and the sections all use one it does
 * not declare. As written, every figure of that council is refused section by section; the slip is
 * one line of plan.yaml, said there once, and the sections' lines are not said again.
 */

/** How many times each council code is written in the sections' targets, figures, notes and measures. */
function codesUsed(ctx: RuleContext): Map<string, number> {
  const used = new Map<string, number>();
  const add = (part: unknown) => {
    for (const code of Object.keys(asDict(part) ?? {})) used.set(code, (used.get(code) ?? 0) + 1);
  };
  for (const ref of eachAction(ctx)) {
    add(asDict(ref.action.target)?.amounts);
    for (const m of Object.values(asDict(ref.action.measures) ?? {})) add(asDict(m)?.target);
    const updates = asDict(ref.action.updates) ?? {};
    for (const q of QUARTERS) {
      const update = asDict(updates[q]);
      for (const field of ['achieved', 'pending', 'notes']) add(update?.[field]);
      for (const row of Object.values(asDict(update?.measures) ?? {})) add(row);
    }
  }
  return used;
}

/** Each undeclared code the sections use in place of a declared one no section uses, with that one and its count. */
export function retypedCouncils(ctx: RuleContext): Map<string, { declared: string; times: number }> {
  const declared = declaredCouncils(ctx);
  const out = new Map<string, { declared: string; times: number }>();
  if (!declared) return out;
  const used = codesUsed(ctx);
  const unused = declared.filter((d) => !used.has(d));
  const stray = [...used.keys()].filter((c) => !declared.includes(c) && COUNCIL_CODE.test(c));
  const sameLetters = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('');
  for (const d of unused) {
    const near = stray.filter((u) => sameLetters(u, d) || closest(u, [d]) !== undefined);
    const claimed = near.length === 1 ? unused.filter((o) => sameLetters(near[0]!, o) || closest(near[0]!, [o]) !== undefined) : [];
    if (near.length === 1 && claimed.length === 1) out.set(near[0]!, { declared: d, times: used.get(near[0]!)! });
  }
  return out;
}

export const councilsDeclaredAsUsed: Rule = (ctx) => {
  const plan = ctx.planFile;
  if (!plan) return [];
  const out: Diagnostic[] = [];
  for (const [code, { declared, times }] of retypedCouncils(ctx)) {
    const offset = at(plan, ['councils', declared], true);
    const line = plan.file.position(offset).line;
    const written = plan.file.lineText(line).trim();
    const wording = say.councilRetyped({ declared, used: code, times, line, meant: written.replace(declared, code) });
    out.push(problem(plan, offset, 'error', 'council-retyped', wording));
  }
  return out;
};
