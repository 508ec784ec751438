import {
  type FirstAttempt,
  runWithRetry,
  sendsUnpaced,
  settlePlainSuccess,
  XApiError,
  type XApiRuntime,
} from '@xapi-errors/core';
import {
  type AttemptResult,
  BufferedResponse,
  type Received,
  requestSummary,
  toAttempt,
  unsendableRequest,
  urlFacts,
} from '@xapi-errors/core/web';
import type { Input } from 'ky';
import { outcomes, type RecordedOutcome } from './classification-store.ts';
import { plainResponse, receive } from './classify-response.ts';
import { kyTimeoutOf, runtimeFor } from './ky-timeout.ts';

/** The `fetch` signature ky calls. */
export type Fetch = (input: Input, init?: RequestInit) => Promise<Response>;

function record(response: Response, outcome: RecordedOutcome): void {
  if (response instanceof BufferedResponse) outcomes.keep(response, outcome);
  else outcomes.record(response, outcome);
}

/** The fetch each retrying fetch wraps (`undefined` for the global one). */
const wrapped = new WeakMap<Fetch, Fetch | undefined>();

/**
 * The fetch under `fetch`'s retry loop when it is one, else `fetch` itself: `withXApi` on an
 * instance that already has it replaces its loop instead of nesting a second one (whose retries
 * would multiply, each under budgets and pacers of its own).
 */
export function baseOf(fetch: Fetch | undefined): Fetch | undefined {
  return fetch !== undefined && wrapped.has(fetch) ? wrapped.get(fetch) : fetch;
}

/**
 * A `fetch` that runs core's retry loop around `baseFetch` and resolves with the final response.
 * Non-2xx responses are returned for ky to turn into `HTTPError`; failures ky would not reject
 * (network errors, a 2xx without data, partial errors under `partialErrors: 'reject'`) reject
 * here with an `XApiError`. The caller's abort rejects with its reason. ky's timeout caps the
 * loop's total time (see `kyTimeoutOf`).
 */
export function createRetryingFetch(runtime: XApiRuntime, baseFetch: Fetch | undefined): Fetch {
  const send: Fetch = baseFetch ?? ((input, init) => globalThis.fetch(input, init));
  const { onRetry, onRateLimit, onError } = runtime.options;
  const hooked = onRetry !== undefined || onRateLimit !== undefined || onError !== undefined;
  // A method, not an arrow function: ky calls it on an object that holds the call's timeout.
  const retryingFetch: Fetch = async function retryingFetch(this: unknown, input, init) {
    const timeout = kyTimeoutOf(this);
    // ky passes a Request and puts only options Request does not know (e.g. `dispatcher`) in init.
    const template = input instanceof Request ? input : new Request(input, init);
    const extra = input instanceof Request ? init : undefined;
    const { method, url, signal } = template;
    const facts = urlFacts(url, runtime.options.dialect);

    const receiveAttempt = async (): Promise<Received> => {
      let response: Response;
      try {
        // A fresh clone per attempt leaves the template's body unread, so every retry can resend it;
        // a request without a body has nothing to use up and is sent as it is. A clone's signal
        // follows the template's only while the clone lives (Node 20): fetch gets the signal itself.
        response = await send(
          template.body === null ? template : template.clone(),
          template.body === null ? extra : { ...extra, signal },
        );
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        // A request fetch could never send (a scheme typo, a blocked port) is the caller's mistake:
        // retried as a network failure, it would only drain the retry budget.
        const refusal = unsendableRequest(method, url, error);
        if (refusal !== undefined) throw refusal;
        return { error };
      }
      return receive(response, template, facts);
    };

    // Most requests end in a plain success: sent unpaced, it needs neither the loop nor a
    // classification (made later if `getClassification` asks).
    let first: FirstAttempt<AttemptResult> | undefined;
    if (sendsUnpaced(runtime, { url, dialect: facts.dialect })) {
      signal.throwIfAborted();
      const sentAt = Date.now();
      const received = await receiveAttempt();
      const plain = plainResponse(received, template, facts);
      if (plain !== undefined) {
        settlePlainSuccess(runtime);
        return plain;
      }
      first = { ...toAttempt(received, template, facts, outcomes), sentAt };
    }

    const { classification, result, attempts } = await runWithRetry(
      runtimeFor(runtime, timeout),
      {
        url,
        dialect: facts.dialect,
        method,
        headers: template.headers,
        summary: requestSummary(method, url, hooked),
        signal,
      },
      async () => toAttempt(await receiveAttempt(), template, facts, outcomes),
      first,
    );
    const request = { method, url };
    if (result.response === undefined) {
      throw new XApiError(classification, { request, cause: result.error, attempts });
    }
    const { response } = result;
    const unread = response.ok ? undefined : response.clone();
    const outcome = { classification, attempts, ...(unread && { unread }) };
    record(response, outcome);
    if (unread) record(unread, outcome);
    const rejectHere = classification.ok
      ? classification.partial && runtime.options.partialErrors === 'reject'
      : response.ok;
    if (rejectHere) throw new XApiError(classification, { request, response, attempts });
    return response;
  };
  wrapped.set(retryingFetch, baseFetch);
  return retryingFetch;
}
