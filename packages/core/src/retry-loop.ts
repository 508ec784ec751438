import { spendsBudget } from './budget.ts';
import type { Classification } from './classification.ts';
import type { XApiRuntime } from './client-options.ts';
import { dialectFromUrl } from './dialect.ts';
import { type RequestSummary, XApiError } from './errors.ts';
import { callHook, type XApiHooks } from './hooks.ts';
import type { Dialect, Kind } from './kinds.ts';
import { type PaceRequest, paceKey } from './pace-key.ts';
import { Held, pacerAllowsRetry, sendPaced } from './paced-attempt.ts';
import { classifyHeld } from './pacer-hold.ts';
import { type RetryDecision, retryDecision, serverWaitMs } from './retry-policy.ts';
import { sleep } from './sleep.ts';

/** One attempt's outcome, as the adapter saw it: its classification and whatever it wants back. */
export interface Attempt<T> {
  /** What the attempt's response (or failure) classified as. */
  readonly classification: Classification;
  /** The adapter's own record of the attempt (its response or error), handed back in the outcome. */
  readonly result: T;
}

/** The final outcome of a request after every retry. */
export interface Outcome<T> extends Attempt<T> {
  /** How many attempts were sent, the first included. */
  readonly attempts: number;
  /** Why the loop stopped: `succeeded`, or why no further attempt was made. */
  readonly decision: RetryDecision;
}

/** The request being sent, as the loop needs it. */
export interface LoopRequest extends PaceRequest {
  /** Method and redacted URL, for hooks. */
  readonly summary: RequestSummary;
  /** The caller's signal: its abort ends any wait at once and rejects with its reason. */
  readonly signal?: AbortSignal | null | undefined;
}

/** The dialect `request` is paced under, or `undefined` when this runtime does not pace it. */
function pacedDialect(runtime: XApiRuntime, request: PaceRequest): Dialect | undefined {
  const dialect = request.dialect ?? runtime.options.dialect ?? dialectFromUrl(request.url);
  return (dialect === 'sorsa' ? runtime.pace.sorsa : runtime.pace.x) ? dialect : undefined;
}

function shouldPace(runtime: XApiRuntime, request: PaceRequest): string | undefined {
  const dialect = pacedDialect(runtime, request);
  return dialect === undefined ? undefined : paceKey(request, dialect);
}

/**
 * Whether `runWithRetry` would send `request` without pacing. Then an adapter may send the first
 * attempt itself, settle a plain success (`isPlainSuccess`) at once with `settlePlainSuccess`, and
 * enter the loop (passing that attempt as `first`) only when the attempt needs deciding on. On a
 * fast API most requests end there, and the loop costs a plain success more than the adapter's
 * every other step. It answers from the dialect alone, without working out the pacing key: a
 * request whose URL gives no key is sent unpaced by the loop all the same.
 */
export function sendsUnpaced(runtime: XApiRuntime, request: PaceRequest): boolean {
  return pacedDialect(runtime, request) === undefined;
}

/** Does for a first-try success settled outside the loop what the loop would: credit the retry budget. */
export function settlePlainSuccess(runtime: XApiRuntime): void {
  runtime.budget?.recordSuccess();
}

/** A first attempt an adapter sent itself, before the loop (see `sendsUnpaced`). */
export interface FirstAttempt<T> extends Attempt<T> {
  /** When it was sent, in epoch ms: the loop's `maxTotalMs` counts from there. */
  readonly sentAt: number;
}

/**
 * The error for a request the pacer would hold too long before anything was sent: with no
 * response, the adapter has nothing to hand over, so the loop rejects instead (and tells onError).
 */
function unsent(runtime: XApiRuntime, request: LoopRequest, held: Held): XApiError {
  const classification = classifyHeld(held.waitMs, pacedDialect(runtime, request));
  callHook(runtime.options.onError, {
    request: request.summary,
    attempts: 0,
    reason: held.reason,
    classification,
  });
  const { method = 'GET', url } = request;
  return new XApiError(classification, { request: { method, url: String(url) }, attempts: 0 });
}

/** Both ways a request ends in failure (a final error, a partial response rejected by option) tell onError. */
function giveUp<T>(
  hooks: XApiHooks,
  request: LoopRequest,
  attempts: number,
  { classification, result }: Attempt<T>,
  decision: RetryDecision,
): Outcome<T> {
  callHook(hooks.onError, { request: request.summary, attempts, reason: decision.reason, classification });
  return { classification, result, attempts, decision };
}

const limitKinds: ReadonlySet<Kind> = new Set([
  'rate-limited',
  'usage-capped',
  'credits-exhausted',
  'too-many-connections',
]);

/**
 * The one retry loop every promise-based adapter shares: wait for the pacer, send, feed the
 * rate-limit state back, ask `retryDecision`, spend budget on transient retries, call hooks,
 * and sleep (abortable). The adapter supplies `send` and turns the outcome into its idiom.
 *
 * An X pacer hold is bounded like a retry wait: when the endpoint is paused for longer than
 * `maxDelayMs` (or what is left of `maxTotalMs`), the loop gives up with the last attempt's
 * outcome, or, when nothing was sent yet, rejects with an `XApiError` (`rate-limited`, status 0,
 * `retryAfterMs` the remaining pause, `attempts` 0).
 *
 * A request that is not paced has its first `send` called before `runWithRetry` returns, so an
 * adapter that must hand its HTTP client the go-ahead (axios's request interceptor) can do so
 * without waiting a turn. `first` is an attempt the adapter already sent (unpaced requests only):
 * it counts as attempt 1 and `send` starts at 2.
 */
export async function runWithRetry<T>(
  runtime: XApiRuntime,
  request: LoopRequest,
  send: (attempt: number) => Promise<Attempt<T>>,
  first?: FirstAttempt<T>,
): Promise<Outcome<T>> {
  const hooks = runtime.options;
  const key = shouldPace(runtime, request);
  const started = first?.sentAt ?? Date.now();
  const signal = request.signal ?? undefined;
  let tokensTaken = 0;
  let previous: Attempt<T> | undefined;
  for (let attempt = 1; ; attempt++) {
    // Unpaced requests (every X request by default) skip the pacer's promises altogether.
    let sent: Attempt<T>;
    if (attempt === 1 && first !== undefined) {
      sent = first;
    } else if (key === undefined) {
      signal?.throwIfAborted();
      sent = await send(attempt);
    } else {
      try {
        sent = await sendPaced(runtime, key, request, send, attempt, started);
      } catch (error) {
        if (!(error instanceof Held)) throw error;
        callHook(hooks.onRateLimit, { request: request.summary, source: 'pacer', waitMs: error.waitMs });
        const decision = { retry: false, delayMs: error.waitMs, reason: error.reason };
        if (previous !== undefined) return giveUp(hooks, request, attempt - 1, previous, decision);
        throw unsent(runtime, request, error);
      }
    }
    const { classification, result } = sent;
    if (classification.ok) {
      runtime.budget?.recordSuccess(tokensTaken);
      const rejected = classification.partial && runtime.options.partialErrors === 'reject';
      if (rejected)
        return giveUp(
          hooks,
          request,
          attempt,
          { classification, result },
          { retry: false, delayMs: 0, reason: 'not-retryable' },
        );
      return {
        classification,
        result,
        attempts: attempt,
        decision: { retry: false, delayMs: 0, reason: 'succeeded' },
      };
    }
    if (limitKinds.has(classification.kind)) {
      const event = { request: request.summary, source: 'response' as const, classification };
      // A refused stream connection must wait longer each attempt, as X's reconnect guidance says.
      const waitMs = serverWaitMs(classification, attempt);
      callHook(hooks.onRateLimit, waitMs === undefined ? event : { ...event, waitMs });
    }
    // `retry: false` is a limit of no retries: a failure no retry could mend still says so.
    const elapsedMs = Date.now() - started;
    let decision: RetryDecision = retryDecision(classification, {
      ...(runtime.retry === false ? { limit: 0 } : runtime.retry),
      attempt,
      method: request.method ?? 'GET',
      elapsedMs,
    });
    decision = pacerAllowsRetry(runtime, key, decision, elapsedMs);
    if (decision.retry && runtime.budget && spendsBudget(classification.kind)) {
      const cost = runtime.budget.tryAcquire(classification.kind);
      if (cost === undefined)
        decision = { retry: false, delayMs: decision.delayMs, reason: 'budget-exhausted' };
      else tokensTaken += cost;
    }
    if (!decision.retry) return giveUp(hooks, request, attempt, { classification, result }, decision);
    callHook(hooks.onRetry, {
      request: request.summary,
      attempt,
      delayMs: decision.delayMs,
      reason: decision.reason,
      classification,
    });
    previous = sent;
    await sleep(decision.delayMs, signal);
  }
}
