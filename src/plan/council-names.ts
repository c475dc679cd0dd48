import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { at, problem, type Rule, type RuleContext } from './rule-context.js';

/** Words a council's code leaves out, or may: "Royal Borough of Kensington and Chelsea" is RBKC. */
const SMALL_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'upon', 'on', 'in', '&']);

/** Whether `code` is the initials of `name`, with or without its small words ("FDC" of "Fenholt District Council"). */
function codeFitsName(code: string, name: string): boolean {
  const words = name.split(/[\s,]+/).filter((w) => /^[A-Za-z&]/.test(w));
  const initials = (list: readonly string[]) => list.map((w) => w[0]!.toUpperCase()).join('');
  return code === initials(words) || code === initials(words.filter((w) => !SMALL_WORDS.has(w.toLowerCase())));
}

/**
 * Councils' names pasted beside the codes from a list kept in another order: each code is its council's
 * initials but the names are each other's, so the report would put every council's figures under
 * another's name. Said only when the names that do not fit their codes fit each other's exactly, one
 * each: a plan whose codes are not initials at all ("CHW") stays silent.
 */
export const councilNamesFit: Rule = (ctx) => [...namesSwapped(ctx), ...namesRepeated(ctx)];

/** The councils of plan.yaml that have a name, in the order written. */
function namedCouncils(ctx: RuleContext): Array<[string, string]> {
  const councils = asDict(asDict(ctx.planFile?.data)?.councils);
  return Object.entries(councils ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string');
}

/**
 * A council's line made by copying the line above and typing over only the code ("PRD: Lanwick
 * Borough Council" below "LNW: Lanwick Borough Council"): two councils of one name, so the report
 * would show the second's figures under the first's name. Said at the later one.
 */
function namesRepeated({ planFile, ...ctx }: RuleContext): Diagnostic[] {
  if (!planFile) return [];
  const first = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const [code, name] of namedCouncils({ planFile, ...ctx })) {
    const key = name.trim().toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, code);
      continue;
    }
    const line = planFile.file.position(at(planFile, ['councils', earlier], true)).line;
    const wording = say.councilNameRepeated({ code, other: earlier, name: name.trim(), line });
    out.push(problem(planFile, at(planFile, ['councils', code], true), 'warning', 'council-name-repeated', wording));
  }
  return out;
}

function namesSwapped(ctx: RuleContext): Diagnostic[] {
  const { planFile } = ctx;
  if (!planFile) return [];
  const named = namedCouncils(ctx);
  const wrong = named.filter(([code, name]) => !codeFitsName(code, name));
  if (wrong.length < 2) return [];
  const meant = new Map<string, string>();
  for (const [code] of wrong) {
    const fits = wrong.filter(([other, name]) => other !== code && codeFitsName(code, name));
    if (fits.length !== 1) return [];
    meant.set(code, fits[0]![1]);
  }
  // Each name used once: the names are the same ones, in another order.
  if (new Set(meant.values()).size !== wrong.length) return [];
  const offsets = wrong.map(([code]) => at(planFile, ['councils', code], true));
  const wording = say.councilNamesSwapped({
    written: wrong.map(([code, name]) => ({ code, name })),
    meant: wrong.map(([code]) => ({ code, name: meant.get(code)! })),
  });
  return [problem(planFile, Math.min(...offsets), 'warning', 'council-names-swapped', wording)];
}
