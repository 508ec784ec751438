import type { Classification } from '../classification.ts';
import { classify } from '../classify.ts';
import { isPlainSuccess } from '../plain-success.ts';
import { handOut, type ReadBody } from './read-body.ts';
import type { UrlFacts } from './request-url.ts';
import type { ResponseStore } from './response-store.ts';

/** The request a response answered, as classification reads it. */
export interface AnsweredRequest {
  readonly method: string;
  readonly url: string;
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
  });
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
