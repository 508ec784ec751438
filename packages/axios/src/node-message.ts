import type { AxiosError } from 'axios';

/** The parts of Node's `http.IncomingMessage` the adapter reads. */
export interface IncomingMessageState {
  readonly complete?: unknown;
  readonly headers?: Readonly<Record<string, unknown>>;
}

/**
 * The message Node was reading for the request an error came from (`error.request.res`): the only
 * trace of the response when axios rejects without one. `undefined` outside Node's http adapter.
 */
export function nodeMessageOf(error: AxiosError): IncomingMessageState | undefined {
  const request: unknown = error.request;
  if (typeof request !== 'object' || request === null) return undefined;
  return (request as { readonly res?: IncomingMessageState }).res;
}
