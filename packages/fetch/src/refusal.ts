import { causeChain, redactText, redactUrl } from '@xapi-errors/core';
import { unsendable, withoutHeaderValue } from '@xapi-errors/core/web';
import type { ResendableRequest } from './resendable-request.ts';

/** Whether an error along `error`'s cause chain carries a code: the failure reached the network. */
function reachedNetwork(error: unknown): boolean {
  return causeChain(error).some(
    (current) =>
      typeof current === 'object' && current !== null && typeof Reflect.get(current, 'code') === 'string',
  );
}

function refused(why: string, request: ResendableRequest): TypeError {
  return new TypeError(`Request could not be built (${why}): ${request.method} ${redactUrl(request.url)}`);
}

/**
 * The error to reject with when fetch failed `request` because it could never send it: a URL that
 * is not one, a scheme that is not HTTP, credentials in the URL, a blocked port, a method fetch
 * refuses, a GET with a body. These are the caller's mistakes, which no retry mends, so they must
 * not be retried (nor spend the retry budget) as network failures. Named by the redacted URL, since
 * fetch's own messages quote the URL whole, password included. `undefined` when the failure may be
 * the network's.
 */
export function refusalOf(request: ResendableRequest, error: unknown): TypeError | undefined {
  const unbuilt = withoutHeaderValue(request.unbuildable());
  if (unbuilt instanceof Error) {
    return refused(redactText(unbuilt.message.replaceAll(request.url, redactUrl(request.url))), request);
  }
  let url: URL;
  try {
    url = new URL(request.url, (globalThis as { location?: { href?: string } }).location?.href);
  } catch {
    return undefined;
  }
  const why = unsendable(url, reachedNetwork(error));
  return why === undefined ? undefined : refused(why, request);
}
