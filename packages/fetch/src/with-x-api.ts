import {
  createRuntime,
  type FirstAttempt,
  type Outcome,
  runWithRetry,
  sendsUnpaced,
  settlePlainSuccess,
  XApiError,
} from '@xapi-errors/core';
import {
  type AttemptResult,
  BufferedResponse,
  requestSummary,
  toAttempt,
  urlFacts,
} from '@xapi-errors/core/web';
import { classifications } from './classification-store.ts';
import { FetchLoopRequest } from './loop-request.ts';
import type { FetchLike, XApiFetchOptions } from './options.ts';
import { type ResendableRequest, toResendable } from './resendable-request.ts';
import { plainResponse, receive, sendAttempt } from './send-attempt.ts';

function settle(
  outcome: Outcome<AttemptResult>,
  request: ResendableRequest,
  partialErrors: XApiFetchOptions['partialErrors'],
): Response {
  const { classification, result, attempts } = outcome;
  const { response, error } = result;
  if (response instanceof BufferedResponse) classifications.keep(response, classification);
  else if (response) classifications.record(response, classification);
  const rejectPartial = classification.partial && partialErrors === 'reject';
  if (response && classification.ok && !rejectPartial) return response;
  // XApiError redacts the URL itself.
  throw new XApiError(classification, {
    request: { method: request.method, url: request.url },
    response,
    cause: error,
    attempts,
  });
}

/**
 * Wraps `fetch` (the global one by default) so X API v2, v1.1 and Sorsa errors become `XApiError`s
 * with a precise classification, retryable failures are retried with the exact server timing or
 * jittered backoff, and requests are paced instead of collecting 429s.
 *
 * The returned function has fetch's signature. It resolves with 2xx responses (partial errors
 * included, see {@link getClassification}) and rejects with `XApiError` otherwise; the caller's
 * abort rejects with the signal's reason. A response whose body was read for classification is
 * handed back made readable again over the same bytes, so `.json()` still works on the result and
 * on `error.response` (and reuses the parse classification made).
 *
 * One call creates one retry budget and one pacer shared by every request made through the result.
 *
 * @param fetcher The fetch to wrap; defaults to `globalThis.fetch`, looked up on each call.
 * @param options Retry, budget, pacing, partial-error and hook options. They are checked at once,
 *   when `withXApi` is called, not when a request is made.
 * @throws {TypeError} An option has the wrong type, e.g. `retry.limit: '2'` or a hook that is not a
 *   function. The message names the option.
 * @throws {RangeError} An option is out of range, e.g. `retry.limit: NaN`, `pacer.perWindow: 0` or
 *   `partialErrors: 'rejct'`. The message names the option.
 *
 * @example
 * ```ts
 * const xfetch = withXApi(fetch, { retry: { limit: 3, maxDelayMs: 30_000 } });
 * const res = await xfetch('https://api.x.com/2/users/me', { headers: { authorization: `Bearer ${token}` } });
 * ```
 */
export function withXApi(fetcher?: FetchLike, options: XApiFetchOptions = {}): FetchLike {
  const runtime = createRuntime(options);
  const send: FetchLike = fetcher ?? ((input, init) => globalThis.fetch(input, init));
  const hooked =
    options.onRetry !== undefined || options.onRateLimit !== undefined || options.onError !== undefined;
  return async (input, init) => {
    const resendable = toResendable(input, init);
    // A plain GET needs no buffering: awaiting it anyway would cost every request a tick.
    const request = resendable instanceof Promise ? await resendable : resendable;
    const facts = urlFacts(request.url, options.dialect);
    // Most requests end in a plain success: sent unpaced, it needs neither the loop nor a
    // classification (made later if `getClassification` asks).
    let first: FirstAttempt<AttemptResult> | undefined;
    if (sendsUnpaced(runtime, { url: request.url, dialect: facts.dialect })) {
      request.signal?.throwIfAborted();
      const sentAt = Date.now();
      const received = await receive(send, request, facts);
      const plain = plainResponse(received, request, facts);
      if (plain !== undefined) {
        settlePlainSuccess(runtime);
        return plain;
      }
      first = { ...toAttempt(received, request, facts, classifications), sentAt };
    }
    const outcome = await runWithRetry(
      runtime,
      new FetchLoopRequest(request, facts, requestSummary(request.method, request.url, hooked)),
      () => sendAttempt(send, request, facts),
      first,
    );
    return settle(outcome, request, options.partialErrors);
  };
}
