import type { Effect, Stream } from 'effect';
import type { HttpClientRequest } from 'effect/http';
import type { XApiError } from './errors.ts';
import type { XApiResponse } from './response.ts';

/** A request of one method to `url` (relative to `baseUrl`, or absolute), with the request's options. */
type MethodCall = (
  url: string | URL,
  options?: HttpClientRequest.Options.NoUrl,
) => Effect.Effect<XApiResponse, XApiError>;

/** The calls an `XApiClient` offers; every failure is a tagged {@link XApiError}. */
export interface XApiClientService {
  /** Sends a request and classifies the response: success (partial errors surfaced) or a tagged error. */
  readonly execute: (request: HttpClientRequest.HttpClientRequest) => Effect.Effect<XApiResponse, XApiError>;
  /** `execute` of a GET. */
  readonly get: MethodCall;
  /** `execute` of a POST. */
  readonly post: MethodCall;
  /** `execute` of a PUT. */
  readonly put: MethodCall;
  /** `execute` of a DELETE. */
  readonly del: MethodCall;
  /**
   * Connects to a streaming endpoint and emits each line parsed as JSON, or as its text when it is
   * not JSON (keep-alives dropped). A refused connection fails with its tag (`TooManyConnections`,
   * `StreamRules`, …); an error line in the stream (an operational disconnect) fails it with
   * `StreamDisconnect` or its own kind. A stream the server closes without an error line simply ends.
   */
  readonly stream: (request: HttpClientRequest.HttpClientRequest) => Stream.Stream<unknown, XApiError>;
}
