import { reachedNetwork, refusedRequest, unsendableRequest, withoutHeaderValue } from '@xapi-errors/core/web';
import type { ResendableRequest } from './resendable-request.ts';

/**
 * The error to reject with when fetch failed `request` because it could never send it: a URL that
 * is not one, a scheme that is not HTTP, credentials in the URL, a blocked port, a method fetch
 * refuses, a GET with a body. These are the caller's mistakes, which no retry mends, so they must
 * not be retried (nor spend the retry budget) as network failures. A failure that may have reached
 * the network (see `reachedNetwork`: anything but a `TypeError`, or one with a socket's code) is
 * never one, whatever fetcher was given. `undefined` when the failure may be the network's.
 */
export function refusalOf(request: ResendableRequest, error: unknown): TypeError | undefined {
  if (reachedNetwork(error)) return undefined;
  const unbuilt = withoutHeaderValue(request.unbuildable());
  if (unbuilt instanceof Error) return refusedRequest(unbuilt.message, request.method, request.url);
  return unsendableRequest(request.method, request.url, error);
}
