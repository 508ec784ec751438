import type { Problem } from './classification.ts';
import type { Kind } from './kinds.ts';
import type { RawProblem } from './raw-problems.ts';
import { redactText } from './redact-text.ts';
import type { Rule } from './rule.ts';
import { isSecretParam, redacted } from './secret-names.ts';
import { scrubValues } from './secret-values.ts';

/**
 * `text` scrubbed of credentials. A rule remembers the last text (and title) redaction left
 * unchanged, since an API repeats its texts: the same text then needs no second look.
 */
function cleanText(rule: Rule | undefined, text: string): string {
  if (rule !== undefined && rule.cleanText === text) return text;
  const scrubbed = redactText(text);
  if (rule !== undefined && scrubbed === text) rule.cleanText = text;
  return scrubbed;
}

/** `cleanText` for titles, with a slot of their own; not one function taking the slot's name, as a named load is the faster. */
function cleanTitle(rule: Rule | undefined, title: string): string {
  if (rule !== undefined && rule.cleanTitle === title) return title;
  const scrubbed = redactText(title);
  if (rule !== undefined && scrubbed === title) rule.cleanTitle = title;
  return scrubbed;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The problem's string fields, each of which an API may fill with what it was sent. */
const textFields = [
  'type',
  'title',
  'message',
  'detail',
  'resourceType',
  'resourceId',
  'parameter',
  'field',
  'section',
  'reason',
  'scope',
] as const;

/**
 * Replaces the request's own credentials wherever the problem repeats them: in every text field,
 * which no remembered clean text vouches for, and in the offending value (a string scrubbed,
 * anything else replaced whole when its JSON holds one).
 */
function scrubSecrets(problem: Mutable<Problem>, secrets: readonly string[]): void {
  for (const field of textFields) {
    const text = problem[field];
    if (text !== undefined) problem[field] = scrubValues(text, secrets);
  }
  const { value } = problem;
  if (typeof value === 'string') problem.value = scrubValues(value, secrets);
  else if (typeof value === 'object' && value !== null) {
    let json: string | undefined;
    try {
      json = JSON.stringify(value);
    } catch {
      // A value JSON cannot show (circular, say) is not shown at all.
      problem.value = redacted;
      return;
    }
    if (json !== undefined && scrubValues(json, secrets) !== json) problem.value = redacted;
  }
}

/**
 * A matched problem, carrying only the documented fields (never the whole hostile object). Its
 * texts are scrubbed like the classification's message, since an API or a proxy may echo a
 * credential back, and the classification reaches `toJSON` and every hook; so is the value of a
 * parameter that holds a credential (X echoes an unknown query parameter with its value).
 */
export function toProblem(
  raw: RawProblem,
  rule: Rule | undefined,
  kind: Kind,
  secrets?: readonly string[],
): Problem {
  const problem: Mutable<Problem> = { kind };
  if (rule) {
    problem.entry = rule.entry;
    problem.id = rule.id;
  }
  if (raw.code !== undefined) problem.code = raw.code;
  if (raw.type !== undefined) problem.type = raw.type;
  if (raw.title !== undefined) problem.title = cleanTitle(rule, raw.title);
  const detail = raw.detail === undefined ? undefined : cleanText(rule, raw.detail);
  const message = raw.message === undefined ? detail : cleanText(rule, raw.message);
  if (message !== undefined) problem.message = message;
  if (detail !== undefined) problem.detail = detail;
  if (raw.resourceType !== undefined) problem.resourceType = raw.resourceType;
  if (raw.resourceId !== undefined) problem.resourceId = raw.resourceId;
  if (raw.parameter !== undefined) problem.parameter = raw.parameter;
  if (raw.hasValue)
    problem.value = raw.parameter !== undefined && isSecretParam(raw.parameter) ? redacted : raw.value;
  if (raw.field !== undefined) problem.field = raw.field;
  if (raw.section !== undefined) problem.section = raw.section;
  if (raw.reason !== undefined) problem.reason = raw.reason;
  if (raw.scope !== undefined) problem.scope = raw.scope;
  // Apart, so that the usual call, with no credentials to look for, runs none of this.
  if (secrets !== undefined && secrets.length > 0) scrubSecrets(problem, secrets);
  return problem;
}
