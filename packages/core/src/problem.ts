import type { Problem } from './classification.ts';
import type { Kind } from './kinds.ts';
import type { RawProblem } from './raw-problems.ts';
import { isSecretParam, redacted, redactText } from './redact.ts';
import type { Rule } from './rule.ts';
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

function cleanTitle(rule: Rule | undefined, title: string): string {
  if (rule !== undefined && rule.cleanTitle === title) return title;
  const scrubbed = redactText(title);
  if (rule !== undefined && scrubbed === title) rule.cleanTitle = title;
  return scrubbed;
}

/** Scrubbed of patterns, then of the request's own credentials, which no remembered text vouches for. */
function scrubbed(clean: string, secrets: readonly string[] | undefined): string {
  return secrets === undefined || secrets.length === 0 ? clean : scrubValues(clean, secrets);
}

/**
 * The offending value an error names: replaced whole when its parameter holds credentials or it
 * holds one of the request's own (a string scrubbed, anything else checked through its JSON).
 */
function shownValue(raw: RawProblem, secrets: readonly string[] | undefined): unknown {
  if (raw.parameter !== undefined && isSecretParam(raw.parameter)) return redacted;
  const { value } = raw;
  if (secrets === undefined || secrets.length === 0) return value;
  if (typeof value === 'string') return scrubValues(value, secrets);
  if (typeof value !== 'object' || value === null) return value;
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    return redacted;
  }
  return json !== undefined && scrubValues(json, secrets) !== json ? redacted : value;
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
  const problem: { -readonly [K in keyof Problem]: Problem[K] } = { kind };
  if (rule) {
    problem.entry = rule.entry;
    problem.id = rule.id;
  }
  if (raw.code !== undefined) problem.code = raw.code;
  if (raw.type !== undefined) problem.type = scrubbed(raw.type, secrets);
  if (raw.title !== undefined) problem.title = scrubbed(cleanTitle(rule, raw.title), secrets);
  const detail = raw.detail === undefined ? undefined : scrubbed(cleanText(rule, raw.detail), secrets);
  const message = raw.message === undefined ? detail : scrubbed(cleanText(rule, raw.message), secrets);
  if (message !== undefined) problem.message = message;
  if (detail !== undefined) problem.detail = detail;
  if (raw.resourceType !== undefined) problem.resourceType = scrubbed(raw.resourceType, secrets);
  if (raw.resourceId !== undefined) problem.resourceId = scrubbed(raw.resourceId, secrets);
  if (raw.parameter !== undefined) problem.parameter = scrubbed(raw.parameter, secrets);
  if (raw.hasValue) problem.value = shownValue(raw, secrets);
  if (raw.field !== undefined) problem.field = scrubbed(raw.field, secrets);
  if (raw.section !== undefined) problem.section = scrubbed(raw.section, secrets);
  if (raw.reason !== undefined) problem.reason = scrubbed(raw.reason, secrets);
  return problem;
}
