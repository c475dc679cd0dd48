import { countBySeverity, formatText } from '../../diagnostics/diagnostic.js';
import { EXIT, usageError } from '../../errors.js';
import { formatMoney, formatPercent } from '../../compute/money.js';
import { createHighlighter, type Highlighter } from '../../diagnostics/highlight.js';
import { loadPlan } from '../../plan/load-plan.js';
import type { Plan } from '../../plan/model.js';
import { computeMovement, type FigureMove } from '../../compute/movement.js';
import { quarterIndex, type Quarter } from '../../plan/quarters.js';
import { computePlanFigures } from '../../compute/savings.js';

/**
 * `plan diff --from Q2 --to Q3`: what changed between two quarters, readable at a glance. The
 * comparison is pure (`diffQuarters`); printing is separate, as text or JSON, on stdout.
 */

export interface ActionRef {
  section: string;
  id: string;
}

export interface QuarterDiff {
  year: string;
  from: Quarter;
  to: Quarter;
  statusChanges: Array<ActionRef & { from: string; to: string }>;
  /** Actions with an update for `to` but none for `from`. */
  added: Array<ActionRef & { status: string }>;
  /** Actions with an update for `from` but none for `to`. */
  dropped: Array<ActionRef & { status: string }>;
  unchanged: number;
  savings: Array<ActionRef & { measure: string; councils: Array<FigureMove & { target: number; percentFrom: string; percentTo: string }>; combined?: FigureMove & { target: number } }>;
}

export function diffQuarters(plan: Plan, from: Quarter, to: Quarter, percentDecimals = 0): QuarterDiff {
  const figuresFrom = computePlanFigures(plan, from);
  const figuresTo = computePlanFigures(plan, to);
  const out: QuarterDiff = { year: plan.financialYear.label, from, to, statusChanges: [], added: [], dropped: [], unchanged: 0, savings: [] };
  for (const section of plan.sections) {
    for (const action of section.actions) {
      const ref = { section: section.number, id: action.id };
      const before = action.updates[from];
      const move = computeMovement(action, from, to, figuresFrom.get(action.id), figuresTo.get(action.id));
      if (!move) {
        if (before) out.dropped.push({ ...ref, status: before.status ?? figuresFrom.get(action.id)?.status ?? '' });
        continue;
      }
      if (move.isNew) {
        out.added.push({ ...ref, status: move.statusTo ?? '' });
        continue;
      }
      if (move.statusChanged) out.statusChanges.push({ ...ref, from: move.statusFrom ?? '', to: move.statusTo ?? '' });
      const moved = move.figures.some((f) => f.delta !== 0);
      if (!move.statusChanged && !moved) out.unchanged++;
      if (action.target && move.figures.length > 0) {
        const targets = action.target.amounts;
        out.savings.push({
          ...ref,
          measure: action.target.measure,
          councils: move.figures.map((f) => ({
            ...f,
            target: targets[f.code] ?? 0,
            percentFrom: formatPercent(f.from, targets[f.code] ?? 0, percentDecimals),
            percentTo: formatPercent(f.to, targets[f.code] ?? 0, percentDecimals),
          })),
          ...(move.combined ? { combined: { ...move.combined, target: Object.values(targets).reduce((a, b) => a + b, 0) } } : {}),
        });
      }
    }
  }
  return out;
}

function signed(delta: number, hl: Highlighter): string {
  if (delta === 0) return hl.dim('no change');
  return delta > 0 ? hl.up(`+${formatMoney(delta)}`) : hl.down(`–${formatMoney(-delta)}`);
}

export function formatDiffText(diff: QuarterDiff, hl: Highlighter): string {
  const lines: string[] = [hl.strong(`${diff.from} → ${diff.to} (${diff.year})`), ''];
  const section = (title: string, rows: string[]) => {
    if (rows.length === 0) return;
    lines.push(hl.strong(`${title} (${rows.length})`), ...rows.map((r) => `  ${r}`), '');
  };
  section('Status changed', diff.statusChanges.map((c) => `${c.section} ${c.id}: ${hl.dim(c.from)} → ${c.to}`));
  section(`New in ${diff.to}`, diff.added.map((a) => `${a.section} ${a.id}: ${a.status}`));
  section(`No ${diff.to} update`, diff.dropped.map((d) => `${d.section} ${d.id} (was: ${d.status})`));
  const savings: string[] = [];
  for (const s of diff.savings) {
    savings.push(`${s.section} ${s.measure}:`);
    for (const c of s.councils) savings.push(`  ${c.code}: ${formatMoney(c.from)} → ${formatMoney(c.to)} (${signed(c.delta, hl)}); ${c.percentFrom} → ${c.percentTo} of ${formatMoney(c.target)}`);
    if (s.combined) savings.push(`  combined: ${formatMoney(s.combined.from)} → ${formatMoney(s.combined.to)} (${signed(s.combined.delta, hl)}) of ${formatMoney(s.combined.target)}`);
  }
  if (savings.length) lines.push(hl.strong('Savings'), ...savings.map((r) => `  ${r}`), '');
  lines.push(hl.dim(`${diff.unchanged} action${diff.unchanged === 1 ? '' : 's'} unchanged`));
  return `${lines.join('\n')}\n`;
}

export async function runDiff(options: { from: Quarter; to: Quarter; plans: string; format: 'text' | 'json' }): Promise<void> {
  if (options.from === options.to) throw usageError('--from and --to are the same quarter', 'e.g. plan diff --from Q2 --to Q3');
  if (quarterIndex(options.from) > quarterIndex(options.to)) throw usageError(`--from ${options.from} comes after --to ${options.to}`, `e.g. plan diff --from ${options.to} --to ${options.from}`);
  const result = await loadPlan({ plansDir: options.plans });
  if (countBySeverity(result.diagnostics).errors > 0 || !result.plan) {
    process.stderr.write(formatText(result.diagnostics, createHighlighter(process.stderr), result.files.length));
    process.exitCode = EXIT.invalid;
    return;
  }
  const diff = diffQuarters(result.plan, options.from, options.to);
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
  else process.stdout.write(formatDiffText(diff, createHighlighter(process.stdout)));
}
