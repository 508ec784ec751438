import type { Problem } from './classification.ts';
import type { Kind } from './kinds.ts';
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

/** The API's own text, already scrubbed of credentials (see `toProblem`), cut to one line's worth. */
function apiTextOf(primary: Problem | undefined): string | undefined {
  const text = primary?.message ?? primary?.title;
  if (!text) return undefined;
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

/**
 * The one-line message for logs, `status kind [id]: text`, never holding a secret. The start is
 * precomputed per rule for its own kind and statuses, so most messages cost one concatenation.
 */
export function messageOf(
  status: number,
  kind: Kind,
  rule: Rule | undefined,
  primary: Problem | undefined,
): string {
  const index = rule === undefined ? -1 : headIndex(status, kind, rule);
  if (rule !== undefined && index !== -1) {
    const text = apiTextOf(primary);
    return text === undefined ? (rule.heads[index] as string) : (rule.leads[index] as string) + text;
  }
  return lineOf(status, kind, rule?.id, primary);
}

/** `messageOf`'s line built in full, for a kind and entry id given apart (a rejected partial answer's). */
export function lineOf(
  status: number,
  kind: Kind,
  id: string | undefined,
  primary: Problem | undefined,
): string {
  const text = apiTextOf(primary);
  const head = id === undefined ? `${status} ${kind}` : `${status} ${kind} [${id}]`;
  return text === undefined ? head : `${head}: ${text}`;
}
