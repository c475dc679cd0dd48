import { InvalidArgumentError, Option } from 'commander';
import { financialYearLabel, isQuarter, type Quarter } from '../plan/quarters.js';

/** Options shared by several commands, defined once so their help text and parsing agree. */

export function parseQuarter(value: string): Quarter {
  const upper = value.trim().toUpperCase();
  if (!isQuarter(upper)) {
    throw new InvalidArgumentError('use Q1, Q2, Q3 or Q4 (Q1 is April–June, Q4 January–March).');
  }
  return upper;
}

/** A path option may not be empty: `--plans ''` is a mistake, not the current folder. */
export function parsePath(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('give a path; an empty one is not the current folder (write . for that).');
  return value;
}

/** --year 2016/17 (or 2016-17, 2016/2017): the financial year's label. */
export function parseYear(value: string): string {
  const m = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/.exec(value.trim());
  const label = m ? financialYearLabel(m[1]!, m[2]!) : undefined;
  if (!label) throw new InvalidArgumentError('write the financial year as 2016/17.');
  return label;
}

export const plansOption = () =>
  new Option('--plans <dir>', 'folder holding plan.yaml and one YAML file per section').default('plans').argParser(parsePath);

export const formatOption = () =>
  new Option(
    '--format <format>',
    'how to print problems: text (for people), json (on stdout), github (Actions annotations and job summary), sarif (SARIF 2.1.0 on stdout, for code scanning)',
  )
    .choices(['text', 'json', 'github', 'sarif'])
    .default('text');

export const strictOption = () => new Option('--strict', 'treat warnings as errors (for CI)');
