import { join } from 'node:path';
import { isMap, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import * as z from 'zod';
import { CONFIG_FILE, type ProjectConfig } from './config.js';
import { usageError } from './errors.js';
import { readInputFile } from './input/read-input.js';
import { say, type Wording } from './messages/index.js';

/** Reading and checking the settings (see config.ts); loaded only when a folder has them. */

/** What each setting names, for its messages. */
const WHAT = { plans: 'plans folder', out: 'folder for reports', template: 'template file' } as const;

const path = () => z.string().regex(/\S/);

const configSchema = z
  .strictObject({
    plans: path().optional().meta({ description: 'The plans folder, e.g. "plans".' }),
    out: path().optional().meta({ description: 'The folder plan report writes to, e.g. "out".' }),
    template: path().optional().meta({ description: 'The report template, e.g. "templates/default.yaml".' }),
  })
  .meta({
    title: 'plan configuration',
    description: 'A project\'s default folders for plan: plan.config.yaml, or "plan" in package.json.',
  });

/** A settings file's text, read as plan reads plan files (a named pipe or a huge file is refused, not waited on). */
function readText(file: string): string | undefined {
  const read = readInputFile(file);
  if ('bytes' in read) return new TextDecoder().decode(read.bytes);
  if (read.message === say.noSuchFile().message) return undefined;
  const { message, hint } = say.settingsNotRead({ file, said: read });
  throw usageError(message, hint);
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

/** The table's wording of a problem the schema found in the settings. */
function worded(issue: z.core.$ZodIssue): Wording {
  if (issue.code === 'unrecognized_keys') return say.unknownSetting({ key: issue.keys[0]! });
  const key = issue.path[issue.path.length - 1];
  if (typeof key !== 'string' || !(key in WHAT)) return say.settingsNotLines();
  const what = WHAT[key as keyof typeof WHAT];
  return issue.code === 'invalid_type' ? say.settingNotAPath({ what }) : say.settingEmpty({ what });
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
    const { message, hint } = say.settingsUnreadable();
    throw usageError(`${source}:${line}:${col}: ${message}`, hint);
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
    const { message, hint } = worded(issue);
    throw usageError(`${where(node)}: ${message}`, hint);
  }
  return { ...result.data, source };
}
