import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { asDict } from '../input/check-yaml.js';
import { say } from '../messages/index.js';
import { at, type CheckedFile, eachAction, problem, type Rule, where } from './rule-context.js';

/** Each section number and each action id is used once across the plan's files. */

export const uniqueSectionNumbers: Rule = ({ sectionFiles }) => {
  const seen = new Map<string, { f: CheckedFile; offset: number }>();
  const out: Diagnostic[] = [];
  for (const f of sectionFiles) {
    const number = asDict(f.data)?.section;
    if (typeof number !== 'string') continue;
    const offset = at(f, ['section']);
    const first = seen.get(number);
    if (first) {
      out.push(
        problem(f, offset, 'error', 'duplicate-section', say.sectionTwice({ section: number, where: where(first.f, first.offset) })),
      );
    } else {
      seen.set(number, { f, offset });
    }
  }
  return out;
};

export const uniqueActionIds: Rule = (ctx) => {
  const seen = new Map<string, { f: CheckedFile; offset: number }>();
  const out: Diagnostic[] = [];
  for (const ref of eachAction(ctx)) {
    const id = ref.action.id;
    if (typeof id !== 'string') continue;
    const offset = at(ref.f, [...ref.path, 'id']);
    const first = seen.get(id);
    if (first) {
      out.push(problem(ref.f, offset, 'error', 'duplicate-id', say.idTwice({ id, where: where(first.f, first.offset) })));
    } else {
      seen.set(id, { f: ref.f, offset });
    }
  }
  return out;
};
