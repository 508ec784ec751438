import type { Classification } from './classification.ts';
import { type ErrorKind, rankOfKind } from './kinds.ts';
import { lineOf } from './message.ts';

/** What a failed call reports: the kind to act on, and its one-line message. */
export interface Failure {
  /** The kind to act on: the classification's own, or the most actionable problem's. */
  readonly kind: ErrorKind;
  /** `classification.message`, or for a rejected partial answer the line of its primary problem. */
  readonly message: string;
}

/**
 * The error kind and message of a call that fails with this classification. A rejected partial
 * response (`partialErrors: 'reject'`) is classified `ok`; it fails as the most actionable of its
 * problems, by `kindPriority`, and its message names that kind and problem instead of `ok`, so
 * every adapter reports it alike. Any other classification keeps its own kind and message.
 *
 * @example
 * ```ts
 * failureOf(classify({ status: 200, body: { data: {}, errors: [{ type: 'https://api.x.com/2/problems/resource-not-found' }] } }));
 * // { kind: 'not-found', message: '200 not-found [v2/resource-not-found]' }
 * ```
 */
export function failureOf(classification: Classification): Failure {
  if (classification.kind !== 'ok') return { kind: classification.kind, message: classification.message };
  let kind: ErrorKind = 'unknown';
  let best = rankOfKind(kind);
  for (const problem of classification.problems) {
    const rank = rankOfKind(problem.kind);
    if (rank !== -1 && rank < best) {
      kind = problem.kind as ErrorKind;
      best = rank;
    }
  }
  const problem = classification.problems.find((candidate) => candidate.kind === kind);
  return { kind, message: lineOf(classification.status, kind, problem?.id, problem) };
}
