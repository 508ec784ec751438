import type { Problem } from './classification.ts';
import type { Kind } from './kinds.ts';
import type { RawProblem } from './raw-problems.ts';
import type { Rule } from './rule.ts';

/** A matched problem, carrying only the documented fields (never the whole hostile object). */
export function toProblem(raw: RawProblem, rule: Rule | undefined, kind: Kind): Problem {
  const problem: { -readonly [K in keyof Problem]: Problem[K] } = { kind };
  if (rule) {
    problem.entry = rule.entry;
    problem.id = rule.id;
  }
  if (raw.code !== undefined) problem.code = raw.code;
  if (raw.type !== undefined) problem.type = raw.type;
  if (raw.title !== undefined) problem.title = raw.title;
  const message = raw.message ?? raw.detail;
  if (message !== undefined) problem.message = message;
  if (raw.detail !== undefined) problem.detail = raw.detail;
  if (raw.resourceType !== undefined) problem.resourceType = raw.resourceType;
  if (raw.resourceId !== undefined) problem.resourceId = raw.resourceId;
  if (raw.parameter !== undefined) problem.parameter = raw.parameter;
  if (raw.hasValue) problem.value = raw.value;
  if (raw.field !== undefined) problem.field = raw.field;
  if (raw.section !== undefined) problem.section = raw.section;
  if (raw.reason !== undefined) problem.reason = raw.reason;
  return problem;
}
