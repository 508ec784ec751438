import { untilAborted, withoutHeaderValue } from '@xapi-errors/core/web';
import type { FetchLike } from './options.ts';

/** A request the retry loop can send as often as it decides, each time with the full body. */
export interface ResendableRequest {
  /** The full URL as given, unredacted: it is sent, never shown. */
  readonly url: string;
  /** Upper-case, for core's idempotency rules. */
  readonly method: string;
  /**
   * Read for the pacing key (Sorsa's `ApiKey`); never put on errors. Throws, as fetch would, when
   * the caller's headers are invalid, with fetch's `TypeError` less the value it quotes.
   */
  readonly headers: Headers;
  /** The caller's signal, if any. */
  readonly signal: AbortSignal | undefined;
  /** Sends one attempt. */
  send(fetcher: FetchLike): Promise<Response>;
  /**
   * The error building a standard `Request` from the caller's arguments throws (an invalid URL or
   * method, a GET with a body), asked only once fetch has failed; `undefined` when it builds.
   */
  unbuildable(): unknown;
}

/** Streams (and Node's async-iterable bodies) can be read once; every other `BodyInit` is re-sendable as is. */
function isOneShot(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  return typeof (body as ReadableStream).getReader === 'function' || Symbol.asyncIterator in body;
}

function fromRequest(
  input: Request,
  init: RequestInit | undefined,
): ResendableRequest | Promise<ResendableRequest> {
  let request = input;
  try {
    if (init !== undefined) request = new Request(input, init);
  } catch (invalid) {
    throw withoutHeaderValue(invalid);
  }
  const resendable = (send: ResendableRequest['send']): ResendableRequest => ({
    url: request.url,
    method: request.method.toUpperCase(),
    headers: request.headers,
    signal: request.signal,
    send,
    // The caller built it already.
    unbuildable: () => undefined,
  });
  if (request.body === null) return resendable((fetcher) => fetcher(request));
  // The signal goes to fetch itself: a Request made here per attempt, once dropped, would take
  // with it (Node 20) the only link from the caller's signal to the attempt's. The body is held as
  // a Blob: undici sends an ArrayBuffer by detaching it, and could then not resend it to a 307's
  // or 308's new location.
  const { signal } = request;
  return untilAborted(request.blob(), signal).then((body) =>
    resendable((fetcher) => fetcher(new Request(request, { body }), { signal })),
  );
}

/**
 * A URL-and-init request. Its `Headers` are built on first read (pacing a Sorsa request, or
 * checking a failed one): building them costs a plain GET more than every decision the adapter
 * makes, and fetch reads the init itself.
 */
class UrlRequest implements ResendableRequest {
  readonly url: string;
  readonly method: string;
  readonly signal: AbortSignal | undefined;
  readonly #input: string | URL;
  readonly #init: RequestInit | undefined;
  #headers: Headers | undefined;

  constructor(input: string | URL, init: RequestInit | undefined) {
    this.url = input instanceof URL ? input.href : String(input);
    this.method = (init?.method ?? 'GET').toUpperCase();
    this.signal = init?.signal ?? undefined;
    this.#input = input;
    this.#init = init;
  }

  get headers(): Headers {
    try {
      this.#headers ??= new Headers(this.#init?.headers);
    } catch (invalid) {
      // Fetch quotes a value it refuses, and it is most often a credential pasted with its line break.
      throw withoutHeaderValue(invalid);
    }
    return this.#headers;
  }

  send(fetcher: FetchLike): Promise<Response> {
    return fetcher(this.#input, this.#init);
  }

  unbuildable(): unknown {
    try {
      new Request(this.#input, this.#init);
      return undefined;
    } catch (invalid) {
      return invalid;
    }
  }
}

function fromUrl(
  input: string | URL,
  init: RequestInit | undefined,
): ResendableRequest | Promise<ResendableRequest> {
  if (init === undefined || !isOneShot(init.body)) return new UrlRequest(input, init);
  // A Blob, as for a Request's body: an ArrayBuffer fetch detaches could not be resent on a redirect.
  const buffering = new Response(init.body).blob();
  return untilAborted(buffering, init.signal).then((body) => new UrlRequest(input, { ...init, body }));
}

/**
 * Normalises fetch's arguments into a request that survives retries: a stream body or a `Request`'s
 * body is buffered once, strings, bytes, blobs and forms are reused; an abort while a stream is
 * read rejects at once. The signal is the caller's (from `init`, else the `Request`'s own). Only
 * buffering is asynchronous: a request without a
 * body to buffer is returned as is, sparing every plain GET a promise.
 */
export function toResendable(
  input: string | URL | Request,
  init: RequestInit | undefined,
): ResendableRequest | Promise<ResendableRequest> {
  return input instanceof Request ? fromRequest(input, init) : fromUrl(input, init);
}
