import { InvalidArgumentError, Option } from 'commander';
import type { ProjectConfig } from '../config.js';
import { financialYearLabel, isQuarter, type Quarter } from '../plan/quarters.js';

/** Options shared by several commands, defined once so their help text and parsing agree. */

export function parseQuarter(value: string): Quarter {
  const upper = value.trim().toUpperCase();
  if (!isQuarter(upper)) {
    throw new InvalidArgumentError('use Q1, Q2, Q3 or Q4, the quarters of the financial year.');
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

/**
 * The project's settings (plan.config.yaml, or "plan" in package.json) are the default of --plans and
 * --template: shown in --help, and used when the flag is not given. A flag given always wins.
 */
function withSetting(option: Option, value: string | undefined, settings: ProjectConfig): Option {
  return value === undefined ? option : option.default(value, `${value}, from ${settings.source}`);
}

export const plansOption = (settings: ProjectConfig, description = 'folder holding plan.yaml and one YAML file per section') =>
  withSetting(new Option('--plans <dir>', description).default('plans').argParser(parsePath), settings.plans, settings);

export const templateOption = (settings: ProjectConfig) =>
  withSetting(
    new Option(
      '--template <file>',
      "the look of the report (a YAML file); default: plan's own templates/default.yaml, which docs/template.md explains how to copy",
    ).argParser(parsePath),
    settings.template,
    settings,
  );

export const formatOption = () =>
  new Option(
    '--format <format>',
    'how to print problems: text (for people), json (on stdout), github (Actions annotations and job summary), sarif (SARIF 2.1.0 on stdout, for code scanning)',
  )
    .choices(['text', 'json', 'github', 'sarif'])
    .default('text');

export const strictOption = () => new Option('--strict', 'treat warnings as errors (for CI)');
