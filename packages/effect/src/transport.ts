import { causeChain, classifyNetworkError, redactUrl } from '@xapi-errors/core';
import { unsendable, withoutHeaderValue } from '@xapi-errors/core/web';
import { Cause, Effect, Option, Predicate } from 'effect';
import { type HttpClientError, HttpClientRequest } from 'effect/http';
import { fromClassification, type XApiError } from './errors.ts';

/**
 * The platform's own error (undici's `ECONNRESET`, …): the one whose code names what happened;
 * `undefined` when none has a code, as when fetch refused the request before connecting.
 */
function codedError(error: unknown): unknown {
  return causeChain(error).find(
    (current) => Predicate.hasProperty(current, 'code') && Predicate.isString(current.code),
  );
}

/** A character past Latin-1, which no HTTP header value can carry. */
const pastLatin1 = /[\u0100-\uffff]/;

/**
 * Whether a header value holds a character fetch cannot send (a pasted `…` or `€` in a token).
 * Asked of the request rather than read from the error, whose words differ by runtime.
 */
function hasUnsendableHeader(request: HttpClientRequest.HttpClientRequest): boolean {
  return Object.values(request.headers).some((value) => typeof value === 'string' && pastLatin1.test(value));
}

/** The defect of a request that could not be built, named by its redacted URL. */
function unbuildable(why: string, request: { readonly method: string; readonly url: string }) {
  return Effect.die(
    new TypeError(`Request could not be built (${why}): ${request.method} ${redactUrl(request.url)}`),
  );
}

/**
 * A transport failure as a tagged error. A request that could not even be built or sent (an
 * invalid URL, a body that cannot be encoded, a header value fetch refuses, a URL fetch refuses:
 * not HTTP, credentials in it, a blocked port) is a bug in the calling code, not an API answer,
 * and no retry can mend it: it dies, with an error naming the request by its redacted URL, since
 * Effect's own error quotes the URL whole, credential parameters included, and fetch's quotes the
 * refused value (most often a credential pasted with its line break), and a defect is printed
 * wherever it surfaces.
 */
export function fromTransport(
  error: HttpClientError.HttpClientError,
  request: { readonly method: string; readonly url: string },
): Effect.Effect<never, XApiError> {
  const { reason } = error;
  if (reason._tag === 'InvalidUrlError' || reason._tag === 'EncodeError')
    return unbuildable(reason._tag, request);
  const cause = reason.cause ?? reason;
  const refused = withoutHeaderValue(cause);
  if (refused !== cause && refused instanceof TypeError) return unbuildable(refused.message, request);
  const coded = codedError(cause);
  if (reason._tag === 'TransportError') {
    if (coded === undefined && hasUnsendableHeader(reason.request))
      return unbuildable('a header value is not Latin-1, not shown: it may hold a credential', request);
    // The URL the client was given, middleware's changes included, not the call's.
    const url = Option.getOrUndefined(HttpClientRequest.toUrl(reason.request));
    const why = url && unsendable(url, coded !== undefined);
    if (why !== undefined) return unbuildable(why, request);
  }
  const classification = classifyNetworkError(coded ?? cause, request);
  return Effect.fail(fromClassification(classification, { request }));
}

/** The `Timeout` a request that ran past its time limit fails with. */
export function timedOut(
  request: { readonly method: string; readonly url: string },
  why = 'request timed out',
): XApiError {
  const classification = classifyNetworkError(new Cause.TimeoutError(why), request);
  return fromClassification(classification, { request });
}
