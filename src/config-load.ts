import { join } from 'node:path';
import { isMap, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import * as z from 'zod';
import { CONFIG_FILE, type ProjectConfig } from './config.js';
import { usageError } from './errors.js';
import { readInputFile } from './input/read-input.js';

/** Reading and checking the settings (see config.ts); loaded only when a folder has them. */

const path = (what: string) =>
  z
    .string({ error: `write the ${what} as a path in quotes, e.g. "plans"` })
    .regex(/\S/, { error: `the ${what} is empty: write a path, or remove the line` });

const configSchema = z
  .strictObject({
    plans: path('plans folder').optional().meta({ description: 'The plans folder, e.g. "plans".' }),
    out: path('folder for reports').optional().meta({ description: 'The folder plan report writes to, e.g. "out".' }),
    template: path('template file').optional().meta({ description: 'The report template, e.g. "templates/default.yaml".' }),
  })
  .meta({
    title: 'plan configuration',
    description: 'A project\'s default folders for plan: plan.config.yaml, or "plan" in package.json.',
  });

/** A settings file's text, read as plan reads plan files (a named pipe or a huge file is refused, not waited on). */
function readText(file: string): string | undefined {
  const read = readInputFile(file);
  if ('bytes' in read) return new TextDecoder().decode(read.bytes);
  if (read.message === 'the file does not exist') return undefined;
  throw usageError(`cannot read ${file}: ${read.message}`, read.hint);
}

/** Find the node at `path` in a parsed document, for a message's position. */
function nodeAt(root: YamlNode | null | undefined, path: readonly PropertyKey[]): YamlNode | undefined {
  let node: YamlNode | null | undefined = root;
  for (const key of path) {
    if (!isMap(node)) return node ?? undefined;
    const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
    if (!pair) return node;
    node = (pair.value as YamlNode | null) ?? (pair.key as YamlNode);
  }
  return node ?? undefined;
}

/** The key of `key` in a mapping, for a message about the key itself. */
function keyNode(map: YamlNode | undefined, key: string): YamlNode | undefined {
  if (!isMap(map)) return map;
  return (map.items.find((p) => (p.key as { value?: unknown } | null)?.value === key)?.key as YamlNode | undefined) ?? map;
}

/** Read and check the project's config in `cwd` (empty settings when it has none). */
export function loadConfig(cwd: string): ProjectConfig {
  const current: ProjectConfig = {};
  let source = CONFIG_FILE;
  let text = readText(join(cwd, CONFIG_FILE));
  let base: readonly string[] = [];
  if (text === undefined) {
    const pkg = readText(join(cwd, 'package.json'));
    if (pkg === undefined) return current;
    let parsed: unknown;
    try {
      parsed = JSON.parse(pkg);
    } catch {
      return current; // npm reports a broken package.json; plan does not need it.
    }
    if (!parsed || typeof parsed !== 'object' || !('plan' in parsed)) return current;
    source = 'package.json';
    text = pkg;
    base = ['plan'];
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const where = (node: YamlNode | undefined) => {
    const { line, col } = lines.linePos(node?.range?.[0] ?? 0);
    return `${source}:${line}:${col}`;
  };
  if (doc.errors.length > 0) {
    const { line, col } = lines.linePos(doc.errors[0]!.pos[0]);
    throw usageError(
      `${source}:${line}:${col}: this file cannot be read as settings for plan`,
      'write one setting per line, e.g. plans: plans',
    );
  }
  let data: unknown = doc.toJS();
  for (const key of base) data = (data as Record<string, unknown> | null)?.[key];
  if (data === null || data === undefined) return current;
  const result = configSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const node =
      issue.code === 'unrecognized_keys'
        ? keyNode(nodeAt(doc.contents as YamlNode, [...base, ...issue.path]), issue.keys[0]!)
        : nodeAt(doc.contents as YamlNode, [...base, ...issue.path]);
    const message =
      issue.code === 'unrecognized_keys'
        ? `"${issue.keys[0]}" is not a setting plan knows`
        : issue.code === 'invalid_type' && issue.path.length === 0
          ? 'the settings must be written as plans:, out: and template: lines'
          : issue.message;
    throw usageError(`${where(node)}: ${message}`, 'the settings are plans, out and template (see "Settings" in README.md)');
  }
  return { ...result.data, source };
}
