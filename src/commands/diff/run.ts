import { diffQuarters, type QuarterDiff } from '../../compute/diff.js';
import { countBySeverity } from '../../diagnostics/diagnostic.js';
import { createHighlighter, type Highlighter } from '../../diagnostics/highlight.js';
import { formatText } from '../../diagnostics/text.js';
import { EXIT, type ExitCode, type ExitError, usageError } from '../../errors.js';
import { loadPlan } from '../../plan/load-plan.js';
import type { Plan, Rag } from '../../plan/model.js';
import { type Quarter, quarterIndex } from '../../plan/quarters.js';
import { longDate } from '../../plan/schedule.js';
import { formatMoney, formatMoneyChange } from '../../shared/numbers.js';
import { plural } from '../../shared/words.js';
import { lastYearArchive, plansOption, quartersOf } from '../quarter-reached.js';
import { measureDiffLines } from './measures.js';

/**
 * `plan diff --from Q2 --to Q3`: what changed between two quarters, readable at a glance. The
 * comparison is pure (compute/diff.ts); this prints it, as text or JSON, on stdout.
 */

/** A change in money, signed, and coloured by its direction. */
function signed(delta: number, hl: Highlighter): string {
  const text = formatMoneyChange(delta);
  return delta === 0 ? hl.dim(text) : delta > 0 ? hl.up(text) : hl.down(text);
}

function formatDiffText(diff: QuarterDiff, hl: Highlighter): string {
  const lines: string[] = [hl.strong(`${diff.from} → ${diff.to} (${diff.year})`), ''];
  const section = (title: string, rows: string[]) => {
    if (rows.length === 0) return;
    lines.push(hl.strong(`${title} (${rows.length})`), ...rows.map((r) => `  ${r}`), '');
  };
  const rag = (r: Rag | null) => r ?? 'not rated';
  section(
    'Status or RAG changed',
    diff.statusChanges.map((c) => {
      const status = c.from === c.to ? `${c.to} ${hl.dim('(status unchanged)')}` : `${hl.dim(c.from)} → ${c.to}`;
      return `${c.section} ${c.id}: ${status}${c.ragFrom !== c.ragTo ? `; RAG ${hl.dim(rag(c.ragFrom))} → ${rag(c.ragTo)}` : ''}`;
    }),
  );
  section(
    `New in ${diff.to}`,
    diff.added.map((a) => `${a.section} ${a.id}: ${a.status}`),
  );
  section(
    `Ended by ${diff.to}`,
    diff.ended.map((e) => `${e.section} ${e.id}: ${e.how} in ${e.quarter}`),
  );
  section(
    `No ${diff.to} update`,
    diff.dropped.map((d) => `${d.section} ${d.id} (was: ${d.status})`),
  );
  section(
    `Overdue by ${diff.to}`,
    diff.overdue.map((o) => `${o.section} ${o.id}: due ${o.due} (by ${longDate(o.dueBy)})${o.lead ? `; lead: ${o.lead}` : ''}`),
  );
  const savings: string[] = [];
  for (const s of diff.savings) {
    savings.push(`${s.section} ${s.measure}:`);
    for (const c of s.councils)
      savings.push(
        `  ${c.code}: ${formatMoney(c.from)} → ${formatMoney(c.to)} (${signed(c.delta, hl)}); ${c.percentFrom} → ${c.percentTo} of ${formatMoney(c.target)}`,
      );
    if (s.combined)
      savings.push(
        `  combined: ${formatMoney(s.combined.from)} → ${formatMoney(s.combined.to)} (${signed(s.combined.delta, hl)}) of ${formatMoney(s.combined.target)}`,
      );
  }
  if (savings.length) lines.push(hl.strong('Savings'), ...savings.map((r) => `  ${r}`), '');
  const measures = measureDiffLines(diff);
  if (measures.length) lines.push(hl.strong('Measures'), ...measures.map((r) => `  ${r}`), '');
  lines.push(hl.dim(`${plural(diff.unchanged, 'action')} unchanged`));
  return `${lines.join('\n')}\n`;
}

/** Two quarters this plan has, as an example to compare; or which it has, when fewer than two. */
function twoOf(reported: readonly Quarter[], where: { plansDir: string; cwd: string }): string {
  if (reported.length < 2) return `this plan has updates for ${reported.join(', ') || 'no quarter yet'}, and plan diff needs two`;
  return `e.g. plan diff${plansOption(where)} --from ${reported.at(-2)} --to ${reported.at(-1)}`;
}

/**
 * Quarters plan diff cannot compare: the same one twice, the wrong way round, or one no action has (not yet, or no
 * longer). Last year's quarters, after new-quarter --new-year, are in the archive: said with the
 * command for them when the archive has two.
 */
async function notComparable(
  options: { from: Quarter; to: Quarter; plans: string },
  plan: Plan | undefined,
  reported: readonly Quarter[],
): Promise<ExitError> {
  const where = { plansDir: options.plans, cwd: process.cwd() };
  const archived = plan && (await lastYearArchive(plan, where));
  const two = archived?.quarters.slice(-2) ?? [];
  const there =
    archived && two.length === 2 ? `${archived.year} is in the archive: plan diff${archived.option} --from ${two[0]} --to ${two[1]}; ` : '';
  if (options.from === options.to) return usageError('--from and --to are the same quarter', `${there}${twoOf(reported, where)}`);
  if (quarterIndex(options.from) > quarterIndex(options.to)) {
    const swapped = reported.includes(options.from) && reported.includes(options.to);
    return usageError(
      `--from ${options.from} comes after --to ${options.to}: plan diff compares two quarters of one financial year`,
      `${there}${swapped ? `e.g. plan diff${plansOption(where)} --from ${options.to} --to ${options.from}` : twoOf(reported, where)}`,
    );
  }
  const missing = [options.from, options.to].find((q) => !reported.includes(q))!;
  return usageError(
    `no action has a ${missing} update, so there is nothing to compare`,
    `${there}this plan has updates for ${reported.join(', ') || 'no quarter yet'}`,
  );
}

export async function runDiff(options: { from: Quarter; to: Quarter; plans: string; format: 'text' | 'json' }): Promise<ExitCode> {
  const result = await loadPlan({ plansDir: options.plans });
  const plan = result.plan;
  const reported = plan ? quartersOf(plan) : [];
  const unordered = quarterIndex(options.from) >= quarterIndex(options.to);
  if (unordered || (plan && ![options.from, options.to].every((q) => reported.includes(q)))) {
    throw await notComparable(options, plan, reported);
  }
  if (countBySeverity(result.diagnostics).errors > 0 || !result.plan) {
    process.stderr.write(formatText(result.diagnostics, createHighlighter(process.stderr), result.files.length));
    return EXIT.invalid;
  }
  const diff = diffQuarters(result.plan, options.from, options.to);
  if (options.format === 'json') process.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
  else process.stdout.write(formatDiffText(diff, createHighlighter(process.stdout)));
  return EXIT.ok;
}
