import { artefacts } from './artefacts.js';
import { carried } from './carried.js';
import { characters } from './characters.js';
import { copiedForms } from './copied-forms.js';
import { copies } from './copies.js';
import type { AnyEntry, Entry, Group, Wording } from './entry.js';
import { evidence } from './evidence.js';
import { files } from './files.js';
import { folder } from './folder.js';
import { indentation, keys, text } from './lines.js';
import { measures } from './measures.js';
import { money } from './money.js';
import { pasted } from './pasted.js';
import { placeholders } from './placeholders.js';
import { planFile } from './plan-file.js';
import { quarterKeys } from './quarter-keys.js';
import { rules } from './rules.js';
import { said } from './said.js';
import { scale } from './scale.js';
import { schedule } from './schedule.js';
import { schema, shapes } from './schema.js';
import { settings } from './settings.js';
import { template } from './template.js';
import { withinLine } from './within-line.js';
import { duplicates, limits, parser, unread } from './yaml.js';

/**
 * Every message plan prints about a plan file, a template or the settings, with its hint: one table, in the order
 * docs/messages.md shows it, so that the wording is reviewed as prose in one place. The modules that
 * find the problems only choose an entry and its parameters (test/wording.test.ts checks that no
 * other module writes a message).
 */
export const TABLE = [
  files,
  folder,
  characters,
  pasted,
  artefacts,
  copiedForms,
  keys,
  quarterKeys,
  withinLine,
  placeholders,
  text,
  indentation,
  unread,
  duplicates,
  parser,
  limits,
  money,
  schema,
  shapes,
  rules,
  planFile,
  scale,
  copies,
  carried,
  evidence,
  said,
  measures,
  schedule,
  template,
  settings,
] as const;

type Entries = (typeof TABLE)[number]['entries'];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type All = UnionToIntersection<Entries>;

/** Each entry of the table as a function: `say.mistypedKey({ written, meant })`. */
export const say = Object.fromEntries(
  (TABLE as readonly Group<Record<string, AnyEntry>>[]).flatMap((g) => Object.entries(g.entries).map(([id, e]) => [id, e.say])),
) as { [K in keyof All]: All[K] extends Entry<infer P> ? ([P] extends [undefined] ? () => Wording : (p: P) => Wording) : never };

export type { ArtefactFamily } from './artefacts.js';
export type { Wording } from './entry.js';
export type { SlipKind } from './scale.js';
