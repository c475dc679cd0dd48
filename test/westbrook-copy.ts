import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Diagnostic, sortDiagnostics } from '../src/diagnostics/diagnostic.js';
import { loadPlan } from '../src/plan/load-plan.js';
import { PLANS } from './mistakes.js';

/**
 * The Westbrook plan loaded with some files replaced (or added: a name not in the plan), from a
 * temporary folder removed afterwards; the diagnostics come back sorted as plan prints them.
 */
export function diagnoseWestbrook(file: string, text: string, extra: Record<string, string> = {}): Promise<Diagnostic[]> {
  return diagnoseCopy('westbrook', file, text, extra);
}

/** One of the corpus's plans (see PLANS) loaded with some files replaced, as diagnoseWestbrook. */
export async function diagnoseCopy(
  plan: keyof typeof PLANS,
  file: string,
  text: string,
  extra: Record<string, string> = {},
): Promise<Diagnostic[]> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-westbrook-'));
  try {
    const plans = join(dir, 'plans');
    mkdirSync(plans, { recursive: true });
    for (const [name, content] of Object.entries({ ...PLANS[plan], [file]: text, ...extra })) writeFileSync(join(plans, name), content);
    const result = await loadPlan({ plansDir: 'plans', cwd: dir });
    return sortDiagnostics(result.diagnostics);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
