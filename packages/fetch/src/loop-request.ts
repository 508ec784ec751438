import type { LoopRequest, RequestSummary } from '@xapi-errors/core';
import type { UrlFacts } from '@xapi-errors/core/web';
import type { ResendableRequest } from './resendable-request.ts';

/**
 * The request as core's retry loop reads it. A class, not a literal with a getter (which V8
 * builds the slow way): `headers` is read only to pace Sorsa by API key, and building them costs
 * a plain GET more than every decision the adapter makes.
 */
export class FetchLoopRequest implements LoopRequest {
  readonly url: string;
  readonly dialect: UrlFacts['dialect'];
  readonly method: string;
  readonly summary: RequestSummary;
  readonly signal: AbortSignal | undefined;
  readonly #request: ResendableRequest;

  constructor(request: ResendableRequest, facts: UrlFacts, summary: RequestSummary) {
    this.url = request.url;
    this.dialect = facts.dialect;
    this.method = request.method;
    this.summary = summary;
    this.signal = request.signal;
    this.#request = request;
  }

  get headers(): Headers {
    return this.#request.headers;
  }
}
