import type { RequestSummary } from '@xapi-errors/core';

/**
 * The tokens `XApiSchedule.budgeted` took for the retries of each call a fiber makes, so that a
 * call's success gives back what its own retries took, as core's loop does
 * (`RetryBudget.recordSuccess(taken)`). `Effect.retry` steps its schedule and reruns the effect in
 * one fiber, and the client knows a first attempt by `Schedule.CurrentMetadata`: that is how the
 * two meet without shared state of their own. Within the fiber, a call is known by the request its
 * error names (method and redacted URL), since a retried effect may make several calls and only
 * the one that failed owes the tokens. Keyed weakly, so a fiber that ends takes its entries along.
 */
const takenByFiber = new WeakMap<object, Map<string, number>>();

function keyOf(request: RequestSummary): string {
  return `${request.method} ${request.url}`;
}

/** Records tokens taken for a retry of the call `request` names, made by `fiber`. */
export function noteTaken(fiber: object, request: RequestSummary, tokens: number): void {
  let taken = takenByFiber.get(fiber);
  if (taken === undefined) {
    taken = new Map();
    takenByFiber.set(fiber, taken);
  }
  const key = keyOf(request);
  taken.set(key, (taken.get(key) ?? 0) + tokens);
}

/** A new call starts: what a previous call that gave up had taken is not this call's to return. */
export function forgetTaken(fiber: object): void {
  takenByFiber.delete(fiber);
}

/**
 * The tokens taken for the retries of the call `request` names, cleared: its success returns them.
 * `request` is asked for only when the fiber owes anything, so a success without retries builds no key.
 */
export function takeTaken(fiber: object, request: () => RequestSummary | undefined): number {
  const taken = takenByFiber.get(fiber);
  if (taken === undefined) return 0;
  const summary = request();
  if (summary === undefined) return 0;
  const key = keyOf(summary);
  const tokens = taken.get(key) ?? 0;
  taken.delete(key);
  if (taken.size === 0) takenByFiber.delete(fiber);
  return tokens;
}
