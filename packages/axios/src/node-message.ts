import type { AxiosError } from 'axios';

/** The parts of Node's `http.IncomingMessage` the adapter reads. */
export interface IncomingMessageState {
  readonly complete?: unknown;
  readonly statusCode?: unknown;
  readonly statusMessage?: unknown;
  readonly headers?: Readonly<Record<string, unknown>>;
}

type NodeRequest = {
  readonly res?: IncomingMessageState;
  /** follow-redirects' request (axios's default in Node) wraps Node's own as this. */
  readonly _currentRequest?: { readonly res?: IncomingMessageState };
};

/**
 * The message Node was reading for the request an error came from (`error.request.res`, or its
 * `_currentRequest.res` through follow-redirects): the only trace of the response when axios
 * rejects without one. `undefined` outside Node's http adapter.
 */
export function nodeMessageOf(error: AxiosError): IncomingMessageState | undefined {
  const request: unknown = error.request;
  if (typeof request !== 'object' || request === null) return undefined;
  const { res, _currentRequest } = request as NodeRequest;
  return res ?? _currentRequest?.res;
}
