import type { Kind } from './kinds.ts';
import type { RawProblem } from './raw-problems.ts';
import { redactText } from './redact.ts';
import type { Rule } from './rule.ts';

/** Where `status` is in the rule's list, when the message can use its precomputed start. */
function headIndex(status: number, kind: Kind, rule: Rule): number {
  if (kind !== rule.kind) return -1;
  // A loop, not indexOf: the lists hold one to three statuses, and indexOf is a call V8 keeps.
  for (let index = 0; index < rule.status.length; index++) {
    if (rule.status[index] === status) return index;
  }
  return -1;
}

/** The API's own text, scrubbed of credentials; a rule remembers the last text that needed no scrub. */
function apiTextOf(rule: Rule | undefined, primary: RawProblem | undefined): string | undefined {
  const text = primary?.message ?? primary?.detail ?? primary?.title;
  if (!text) return undefined;
  const shown = text.length > 300 ? `${text.slice(0, 300)}…` : text;
  if (rule === undefined) return redactText(shown);
  if (rule.cleanText === shown) return shown;
  const redacted = redactText(shown);
  if (redacted === shown) rule.cleanText = shown;
  return redacted;
}

/**
 * The one-line message for logs, `status kind [id]: text`, never holding a secret. The start is
 * precomputed per rule for its own kind and statuses, so most messages cost one concatenation.
 */
export function messageOf(
  status: number,
  kind: Kind,
  rule: Rule | undefined,
  primary: RawProblem | undefined,
): string {
  const text = apiTextOf(rule, primary);
  const index = rule === undefined ? -1 : headIndex(status, kind, rule);
  if (rule !== undefined && index !== -1) {
    return text === undefined ? (rule.heads[index] as string) : (rule.leads[index] as string) + text;
  }
  const head = rule === undefined ? `${status} ${kind}` : `${status} ${kind} [${rule.id}]`;
  return text === undefined ? head : `${head}: ${text}`;
}
