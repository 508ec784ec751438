import { type RetryBudget, reconnectWait, retryDecision, spendsBudget } from '@xapi-errors/core';
import { Cause, Duration, Effect, Random, Schedule } from 'effect';
import { noteTaken } from './budget-ledger.ts';
import { isXApiError, type XApiError } from './errors.ts';
// `BackoffOptions` is declared in index.ts, in the `XApiSchedule` namespace it belongs to.
import type { XApiSchedule } from './index.ts';

/** A delay in ms for this failure and attempt (1-based), or `undefined` to stop. */
type Policy = (error: XApiError, attempt: number, random: number) => number | undefined;

/**
 * Bounds live in Effect combinators (`Schedule.recurs`, `upTo`, `while`), not in core's
 * defaults, so users see and choose them.
 */
const unbounded = { limit: Number.POSITIVE_INFINITY, maxDelayMs: Number.POSITIVE_INFINITY } as const;

/**
 * A schedule stepping on the error a retry hands it. Anything that is not a tagged X API error
 * stops it: a decode or application error is not ours to retry. Jitter draws from Effect's
 * `Random`, so `Random.withSeed` makes delays reproducible.
 */
function fromPolicy(policy: Policy): Schedule.Schedule<Duration.Duration, unknown> {
  return Schedule.fromStepWithMetadata(
    Effect.succeed((meta: Schedule.InputMetadata<unknown>) =>
      Effect.flatMap(Random.next, (random) => {
        const delayMs = isXApiError(meta.input) ? policy(meta.input, meta.attempt, random) : undefined;
        if (delayMs === undefined) return Cause.done(Duration.zero);
        const delay = Duration.millis(delayMs);
        return Effect.succeed<[Duration.Duration, Duration.Duration]>([delay, delay]);
      }),
    ),
  );
}

/**
 * Core's retry decision as a schedule: waits exactly the classification's `retryAfterMs` when
 * the response gives one (Retry-After, the exhausted window's reset, Sorsa's next second, a
 * refused stream's minimum), X's reconnect timing for a stream URL's failed connection (core's
 * `reconnectWait`), core's capped jittered backoff for other retryable failures without timing,
 * and stops at once for anything not retryable (usage caps, credits, auth, a POST
 * the API may have acted on). It never stops on its own otherwise: bound it with Effect's
 * combinators. Outputs the delay.
 *
 * @example
 * ```ts
 * import { Duration, Effect, Schedule } from 'effect';
 * import { XApiClient, XApiSchedule } from '@xapi-errors/effect';
 *
 * const me = Effect.flatMap(XApiClient, (x) => x.get('/2/users/me')).pipe(
 *   Effect.retry(
 *     Schedule.max([XApiSchedule.rateLimitAware, Schedule.recurs(5)]).pipe(
 *       Schedule.upTo({ duration: Duration.minutes(20) }),
 *     ),
 *   ),
 * );
 * ```
 */
export const rateLimitAware: Schedule.Schedule<Duration.Duration, unknown> = fromPolicy(
  (error, attempt, random) => {
    const decision = retryDecision(error.classification, { ...unbounded, attempt, random: () => random });
    return decision.retry ? decision.delayMs : undefined;
  },
);

/**
 * A retry budget as a schedule (core's `RetryBudget`, in the style of AWS's retry quota): each retry
 * after a retryable transient failure (server error, unavailability, network failure, time-out)
 * takes its cost from `budget`, and once too few tokens are left it stops. Rate limits pass free;
 * a failure that must not be retried (a POST the API may have acted on, a usage cap) stops it. It
 * never delays: combine it with `Schedule.max` so it only ever stops a retry (in `Schedule.min` a
 * rate limit would be retried at once), and give the same budget
 * to the client (`XApiClient.layer({ budget })`): a call that succeeds gives back what its
 * retries took (or the first-try refund), as in the other adapters; the two meet through the
 * fiber `Effect.retry` runs in and the request (method and URL) the failure names, so when the
 * retried effect makes several calls, a healthy one's success never gives back what a failing
 * one's retries took. During an outage every request fails once, the budget drains, and traffic
 * stays near 1× instead of multiplying by the retry limit. One budget is meant to be shared by every
 * call to one API.
 *
 * A combined schedule steps all its parts: on the failure where another part stops (say
 * `Schedule.recurs` is used up), this one has already taken its cost.
 *
 * @example
 * ```ts
 * import { createRetryBudget } from '@xapi-errors/core';
 * import { Effect, Schedule } from 'effect';
 * import { XApiClient, XApiSchedule } from '@xapi-errors/effect';
 *
 * const budget = createRetryBudget(); // 100 tokens, 5 per retry, 1 back per success
 * const XLive = XApiClient.layer({ baseUrl: 'https://api.x.com', budget });
 * const me = Effect.flatMap(XApiClient, (x) => x.get('/2/users/me')).pipe(
 *   Effect.retry(Schedule.max([XApiSchedule.rateLimitAware, Schedule.recurs(3), XApiSchedule.budgeted(budget)])),
 * );
 * ```
 */
export function budgeted(budget: RetryBudget): Schedule.Schedule<Duration.Duration, unknown> {
  return Schedule.fromStepWithMetadata(
    Effect.succeed((meta: Schedule.InputMetadata<unknown>) =>
      Effect.withFiber((fiber) => {
        const error = meta.input;
        // Not ours (a decode or application error): stop, as every XApiSchedule does.
        if (!isXApiError(error)) return Cause.done(Duration.zero);
        // A failure no schedule may retry (a POST the API may have acted on, a usage cap) stops
        // it, so even in a union (`Schedule.min`) it never resends one.
        if (!error.classification.retryable) return Cause.done(Duration.zero);
        // A retryable failure that is not transient (a rate limit) passes free.
        if (!spendsBudget(error.kind)) {
          return Effect.succeed<[Duration.Duration, Duration.Duration]>([Duration.zero, Duration.zero]);
        }
        const taken = budget.tryAcquire(error.kind);
        if (taken === undefined) return Cause.done(Duration.zero);
        // Owed by the call that failed, not by whichever call of the retried effect succeeds next.
        if (error.request !== undefined) noteTaken(fiber, error.request, taken);
        return Effect.succeed<[Duration.Duration, Duration.Duration]>([Duration.zero, Duration.zero]);
      }),
    ),
  );
}

/** Kinds an outage shows as; on a stream URL they are reconnected (with X's timing), not backed off. */
const outageKinds: ReadonlySet<string> = new Set(['server-error', 'unavailable', 'network', 'timeout']);

function isOutage({ retry, kind }: { readonly retry: string; readonly kind: string }): boolean {
  return retry === 'backoff' || (retry === 'reconnect' && outageKinds.has(kind));
}

/**
 * Like {@link transient}, with other backoff steps.
 *
 * @example
 * ```ts
 * import { Schedule } from 'effect';
 * import { XApiSchedule } from '@xapi-errors/effect';
 *
 * const quick = XApiSchedule.transientWith({ baseDelayMs: 100, capDelayMs: 2_000 }).pipe(
 *   Schedule.upTo({ times: 3 }),
 * );
 * ```
 */
export function transientWith(
  options: XApiSchedule.BackoffOptions,
): Schedule.Schedule<Duration.Duration, unknown> {
  return fromPolicy((error, attempt, random) => {
    if (!isOutage(error.classification)) return undefined;
    const decision = retryDecision(error.classification, {
      ...unbounded,
      ...options,
      attempt,
      random: () => random,
    });
    return decision.retry ? decision.delayMs : undefined;
  });
}

/**
 * Capped exponential backoff with full jitter (core's `backoffDelay`: base 300 ms, cap 20 s)
 * for transient failures only: server errors, unavailability, network failures and time-outs
 * that are safe to resend. A `Retry-After` on such a response is honoured exactly, and a stream
 * URL's answered failure waits as X's reconnect guidance says (5 s doubling). Rate limits,
 * caps and every other kind stop it, so it never hammers a window that is used up. Unbounded:
 * add `Schedule.recurs` or `upTo`. Outputs the delay.
 *
 * @example
 * ```ts
 * import { Effect, Schedule } from 'effect';
 * import { XApiClient, XApiSchedule } from '@xapi-errors/effect';
 *
 * const tweet = Effect.flatMap(XApiClient, (x) => x.get('/2/tweets/20')).pipe(
 *   Effect.retry(XApiSchedule.transient.pipe(Schedule.upTo({ times: 4 }))),
 * );
 * ```
 */
export const transient: Schedule.Schedule<Duration.Duration, unknown> = transientWith({});

/**
 * X's reconnect guidance for streams (core's `reconnectWait`): network failures back off
 * linearly by 250 ms up to 16 s, refused connections (any 429 or 420) from one minute doubling,
 * other errors from 5 s doubling up to 320 s; a stream the server dropped (`StreamDisconnect`) at
 * once, then as other errors; never sooner than the response's own wait. Stops
 * for failures reconnecting cannot fix (rules, auth, caps). With
 * `Stream.retry` the attempt count starts over once data flows again, as X advises.
 *
 * @example
 * ```ts
 * import { HttpClientRequest } from 'effect/http';
 * import { Effect, Stream } from 'effect';
 * import { XApiClient, XApiSchedule } from '@xapi-errors/effect';
 *
 * const posts = Stream.unwrap(
 *   Effect.map(XApiClient, (x) => x.stream(HttpClientRequest.get('/2/tweets/search/stream'))),
 * ).pipe(Stream.retry(XApiSchedule.streamReconnect));
 * ```
 */
export const streamReconnect: Schedule.Schedule<Duration.Duration, unknown> = fromPolicy((error, attempt) =>
  error.classification.retryable ? reconnectWait(error.classification, attempt) : undefined,
);
