import type { Classification } from '../classification.ts';
import { classify } from '../classify.ts';
import { classifyNetworkError } from '../network.ts';
import { isPlainSuccess } from '../plain-success.ts';
import type { Attempt } from '../retry-loop.ts';
import { secretValues } from '../secret-values.ts';
import { handOut, interpret, type ReadBody } from './read-body.ts';
import type { UrlFacts } from './request-url.ts';
import type { ResponseStore } from './response-store.ts';

/** The request a response answered, as classification reads it. */
export interface AnsweredRequest {
  /** The HTTP method: it decides whether a failure may be retried. */
  readonly method: string;
  /** The full URL, unredacted: its host and path tell the dialect; it is never shown as is. */
  readonly url: string;
  /** The headers it was sent with: their credentials are scrubbed from what the body echoes. */
  readonly headers?: Headers | undefined;
}

/** The request's credentials; none when its headers cannot be read (a request fetch refused to send). */
function secretsOf(request: AnsweredRequest): string[] {
  try {
    return secretValues(request.headers, request.url);
  } catch {
    return secretValues(undefined, request.url);
  }
}

/**
 * Classifies a fetch `Response`: its status and headers, `body` as read (see `interpret`), and the
 * request's method and URL, with the dialect `urlFacts` already found (sparing classify another
 * reading of the URL). `now` is when it arrived, when that was earlier than now.
 */
export function classifyResponse(
  response: Response,
  request: AnsweredRequest,
  facts: UrlFacts,
  body: unknown,
  now?: number,
): Classification {
  return classify({
    status: response.status,
    headers: response.headers,
    body,
    method: request.method,
    url: request.url,
    dialect: facts.dialect,
    now,
    secrets: () => secretsOf(request),
  });
}

/** What one attempt received: a response and its body when classification reads it, or the error instead. */
export type Received =
  | {
      /** The response, any status. */
      readonly response: Response;
      /** Its body, decoded and parsed once; `undefined` when classification did not need it. */
      readonly read: ReadBody | undefined;
      readonly error?: undefined;
    }
  | {
      readonly response?: undefined;
      readonly read?: undefined;
      /** Why no response came (refused, reset, timed out), or why a 2xx body could not be read. */
      readonly error: unknown;
    };

/**
 * What was received when a response's body could not be read (it broke off, or does not decode as
 * its `content-encoding` says): for a 2xx, the error, since its data is lost and the answer never
 * arrived whole; for an error status, the response as if its body were empty, whose status and
 * headers still tell what happened and when to retry (handed on readable, and clonable, as empty).
 */
export function unreadBody(response: Response, error: unknown): Received {
  if (response.ok) return { error };
  return { response, read: interpret(new ArrayBuffer(0)) };
}

/** What one attempt produced: a response (any status), or the error of a request that got none. */
export type AttemptResult =
  | {
      /** The response, any status: handed on readable again when its body was read. */
      readonly response: Response;
      readonly error?: undefined;
    }
  | {
      readonly response?: undefined;
      /** What the request failed with instead of a response. */
      readonly error: unknown;
    };

/**
 * Classifies what an attempt received, for the retry loop: an HTTP error is a result, not an
 * exception, and a failure without a response a network classification. A response whose body was
 * read is handed on readable again over the same bytes, its slot in `store` ready for the value the
 * adapter keeps about it.
 */
export function toAttempt(
  received: Received,
  request: AnsweredRequest,
  facts: UrlFacts,
  store: ResponseStore<unknown>,
): Attempt<AttemptResult> {
  const { response, read, error } = received;
  if (response === undefined) {
    return { classification: classifyNetworkError(error, { method: request.method }), result: { error } };
  }
  const classification = classifyResponse(response, request, facts, read?.body);
  const handed = read === undefined ? response : handOut(response, read, classification, store);
  return { classification, result: { response: handed } };
}

const noProblems = { problems: [] } as const;

/**
 * Hands on a plain success (see `isPlainSuccess`) without classifying it: made readable again
 * when its body was read, with `store` holding what `make` gives, made only when first asked for
 * (from the time the response arrived). `undefined` when the response is not a plain success and
 * needs classifying now.
 *
 * @param response - The response, whose body is `read` when classification needed it.
 * @param store - Where the adapter keeps what it knows about its responses.
 * @param make - What to keep (the classification, say: a plain success's does not depend on its
 *   body, see `isPlainSuccess`), given the time the response arrived in epoch ms.
 */
export function handOutPlain<T>(
  response: Response,
  read: ReadBody | undefined,
  store: ResponseStore<T>,
  make: (arrivedAt: number) => T,
): Response | undefined {
  if (!isPlainSuccess(response.status, read?.body)) return undefined;
  const arrivedAt = Date.now();
  const handed = read === undefined ? response : handOut(response, read, noProblems, store);
  store.defer(handed, () => make(arrivedAt));
  return handed;
}
