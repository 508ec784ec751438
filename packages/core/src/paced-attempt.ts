import type { XApiRuntime } from './client-options.ts';
import { callHook } from './hooks.ts';
import type { Attempt, LoopRequest } from './retry-loop.ts';
import { type RetryDecision, type RetryOptions, waitTooLong } from './retry-policy.ts';

/** A pacer hold too long to wait out, and which limit it breaks: what `acquire` rejects with. */
export class Held {
  readonly waitMs: number;
  readonly reason: NonNullable<ReturnType<typeof waitTooLong>>;

  constructor(waitMs: number, reason: Held['reason']) {
    this.waitMs = waitMs;
    this.reason = reason;
  }
}

/** The retry limits a wait is put to; `retry: false` keeps only the default `maxDelayMs`. */
function limitsOf(runtime: XApiRuntime): RetryOptions {
  return runtime.retry === false ? {} : runtime.retry;
}

/**
 * How long the pacer surely holds an X `key` from now (a spent window until its reset);
 * `undefined` when it does not, and for a Sorsa key, whose waits are provisional.
 */
function surePauseMs(runtime: XApiRuntime, key: string): number | undefined {
  if (key.startsWith('sorsa:')) return undefined;
  const until = runtime.pacer.pausedUntil(key);
  return until === undefined ? undefined : until - Date.now();
}

/**
 * Refuses a pacer hold longer than the retry limits allow (`maxDelayMs`, what is left of
 * `maxTotalMs`): a request must not hang on a window spent for 15 minutes (or a 24-hour family)
 * any more than on a `Retry-After` that long. Only X's pauses are put to it: a Sorsa key's wait
 * is provisional (an in-flight request frees its slot once it completes) and a window long.
 *
 * The time this attempt has already spent queued counts towards `maxDelayMs`: a request behind
 * many others would otherwise pass from window to window, each pause short enough, and wait
 * several times the bound in all.
 */
function holdLimit(runtime: XApiRuntime, started: number): (pauseMs: number) => Held | undefined {
  const limits = limitsOf(runtime);
  const queuedAt = Date.now();
  return (pauseMs) => {
    const now = Date.now();
    const queuedMs = now - queuedAt;
    // `elapsedMs` less the queued time, which the wait now includes: `maxTotalMs` counts it once.
    const context = { ...limits, elapsedMs: now - started - queuedMs };
    const reason = waitTooLong(queuedMs + pauseMs, context);
    return reason === undefined ? undefined : new Held(pauseMs, reason);
  };
}

/**
 * One attempt, holding the pacer's slot (when paced) until it is classified. The response's
 * rate-limit state is fed back before the slot is freed, so the request that freeing wakes sees it.
 * Rejects with a `Held` when the pacer would hold the attempt too long.
 */
export async function sendPaced<T>(
  runtime: XApiRuntime,
  key: string,
  request: LoopRequest,
  send: (attempt: number) => Promise<Attempt<T>>,
  attempt: number,
  started: number,
): Promise<Attempt<T>> {
  const hooks = runtime.options;
  // An abort comes first: the caller gets its own reason, never a refusal of a wait it cancelled.
  request.signal?.throwIfAborted();
  const limit = holdLimit(runtime, started);
  // Asked before queueing too: a pacer of the caller's own making may not take `refuse`.
  const pauseMs = surePauseMs(runtime, key);
  const held = pauseMs === undefined ? undefined : limit(pauseMs);
  if (held !== undefined) throw held;
  const ticket = await runtime.pacer.acquire(key, request.signal ?? undefined, limit);
  if (ticket.waitedMs > 0)
    callHook(hooks.onRateLimit, { request: request.summary, source: 'pacer', waitMs: ticket.waitedMs });
  if (request.signal?.aborted) {
    (ticket.release ?? ticket.done).call(ticket);
    throw request.signal.reason;
  }
  try {
    const sent = await send(attempt);
    runtime.pacer.observe(key, sent.classification.rateLimit);
    return sent;
  } finally {
    ticket.done();
  }
}

/**
 * `decision` once the X pacer has had its say: a retry whose endpoint is paused past the retry
 * limits (a 503 that also reported the window spent) is given up now, before any budget is spent or
 * `onRetry` announces it, rather than refused by the pacer after the backoff.
 */
export function pacerAllowsRetry(
  runtime: XApiRuntime,
  key: string | undefined,
  decision: RetryDecision,
  elapsedMs: number,
): RetryDecision {
  if (!decision.retry || key === undefined) return decision;
  const pauseMs = surePauseMs(runtime, key) ?? 0;
  if (!(pauseMs > decision.delayMs)) return decision;
  const reason = waitTooLong(pauseMs, { ...limitsOf(runtime), elapsedMs });
  return reason === undefined ? decision : { retry: false, delayMs: pauseMs, reason };
}
