import type { EntryId } from './catalogue/index.ts';
import type { Problem } from './classification.ts';
import type { EntryRule } from './entry.ts';
import type { Kind } from './kinds.ts';
import type { RawProblem } from './raw-problems.ts';
import { stringField } from './record.ts';

const reasonFields = ['reason', 'period', 'scope', 'connection_issue', 'disconnect_type'] as const;

/** A matched problem, carrying only the documented fields (never the whole hostile object). */
export function toProblem(raw: RawProblem, entry: EntryRule | undefined, kind: Kind): Problem {
  const problem: { -readonly [K in keyof Problem]: Problem[K] } = { kind };
  if (entry) {
    problem.entry = entry;
    problem.id = entry.id as EntryId;
  }
  if (raw.code !== undefined) problem.code = raw.code;
  if (raw.type !== undefined) problem.type = raw.type;
  if (raw.title !== undefined) problem.title = raw.title;
  const message = raw.message ?? raw.detail;
  if (message !== undefined) problem.message = message;
  if (raw.detail !== undefined) problem.detail = raw.detail;
  const fields = raw.fields;
  if (fields) {
    const resourceType = stringField(fields, 'resource_type');
    if (resourceType !== undefined) problem.resourceType = resourceType;
    const resourceId = stringField(fields, 'resource_id');
    if (resourceId !== undefined) problem.resourceId = resourceId;
    const parameter = stringField(fields, 'parameter');
    if (parameter !== undefined) problem.parameter = parameter;
    if (Object.hasOwn(fields, 'value')) problem.value = fields['value'];
    const field = stringField(fields, 'field');
    if (field !== undefined) problem.field = field;
    const section = stringField(fields, 'section');
    if (section !== undefined) problem.section = section;
    for (const name of reasonFields) {
      const reason = stringField(fields, name);
      if (reason !== undefined) {
        problem.reason = reason;
        break;
      }
    }
  }
  return problem;
}
