import { parseRateLimit, resolvePace, secretValues, validateXApiOptions } from '@xapi-errors/core';
import { Clock, Context, type Duration, Effect, type Fiber, Layer, Option, Schedule, Stream } from 'effect';
import {
  HttpClient,
  type HttpClientError,
  HttpClientRequest,
  type HttpClientResponse,
  type Headers as HttpHeaders,
} from 'effect/http';
import { textOf } from './body.ts';
import { forgetTaken, takeTaken } from './budget-ledger.ts';
import type { XApiClientOptions } from './client-options.ts';
import { checkClientOptions } from './client-options-check.ts';
import type { XApiClientService } from './client-service.ts';
import { fromClassification, type XApiError } from './errors.ts';
import { XApiPacer, type XApiPacerService } from './pacer.ts';
import { fullUrl, type PreparedCall, paceKeyOf, prepareCall } from './prepare.ts';
import { redactingSecrets } from './redaction.ts';
import { summarizeRequest } from './request-summary.ts';
import { classifyExchange, lineHeaders, lineValue, type XApiResponse } from './response.ts';
import { fromTransport, timedOut } from './transport.ts';

/** X's keep-alive comes every 20 seconds; a stream silent for longer than this has stalled. */
const defaultStallTimeout: Duration.Input = '30 seconds';

function makeService(
  http: HttpClient.HttpClient,
  pacer: XApiPacerService,
  options: XApiClientOptions,
): XApiClientService {
  const pace = resolvePace(options.pace);
  const limited = <A>(effect: Effect.Effect<A, XApiError>, call: PreparedCall) =>
    options.timeout === undefined
      ? effect
      : Effect.timeoutOrElse(effect, {
          duration: options.timeout,
          orElse: () => Effect.fail(timedOut(call.summary)),
        });

  /**
   * A failure of the `HttpClient`. A response its own middleware rejected for its status
   * (`HttpClient.filterStatusOk`) is still the API's answer: it is read and classified like any
   * other, so a usage cap stays `UsageCapped` instead of becoming a retryable network failure.
   */
  const failure = (
    error: HttpClientError.HttpClientError,
    call: PreparedCall,
    onResponse: ((response: HttpClientResponse.HttpClientResponse) => Effect.Effect<void>) | undefined,
  ): Effect.Effect<never, XApiError> => {
    const { reason } = error;
    if (reason._tag !== 'StatusCodeError') return fromTransport(error, call.summary);
    const { response } = reason;
    const classifiedFailure = Effect.flatMap(read(response, call), (text) =>
      Effect.flatMap(classified(call, response.status, response.headers, text, response.request), (result) =>
        result.classification.ok
          ? fromTransport(error, call.summary)
          : Effect.fail(fromClassification(result.classification, { request: call.summary })),
      ),
    );
    return onResponse === undefined
      ? classifiedFailure
      : Effect.andThen(onResponse(response), classifiedFailure);
  };

  /** Sends the request; `onResponse` sees every response's headers, those middleware rejected included. */
  const connect = (
    call: PreparedCall,
    onResponse?: (response: HttpClientResponse.HttpClientResponse) => Effect.Effect<void>,
  ) => {
    const sent =
      onResponse === undefined
        ? http.execute(call.request)
        : Effect.tap(http.execute(call.request), onResponse);
    return Effect.catchTag(sent, 'HttpClientError', (error) => failure(error, call, onResponse));
  };

  const read = (response: HttpClientResponse.HttpClientResponse, call: PreparedCall) =>
    Effect.catchTag(textOf(response), 'HttpClientError', (error) => fromTransport(error, call.summary));

  /** `sent`: the request as the `HttpClient` sent it, middleware's credentials included. */
  const classified = (
    call: PreparedCall,
    status: number,
    headers: HttpHeaders.Headers,
    text: string,
    sent?: HttpClientRequest.HttpClientRequest,
  ) =>
    Effect.map(Clock.currentTimeMillis, (now) =>
      classifyExchange({
        status,
        headers,
        text,
        method: call.request.method,
        dialect: call.dialect,
        url: call.request.url,
        now,
        secrets: () => secretsOf(call, sent),
      }),
    );

  const outcome = (result: XApiResponse, call: PreparedCall): Effect.Effect<XApiResponse, XApiError> => {
    if (result.classification.ok && !(result.partial && options.partialErrors === 'reject')) {
      return Effect.succeed(result);
    }
    return Effect.fail(fromClassification(result.classification, { request: call.summary }));
  };

  /**
   * A success (partial ones too, as in core's loop) pays back into the budget, when there is one:
   * the tokens `XApiSchedule.budgeted` took for this call's retries, else the first-try refund.
   * `fiber` is the one making the call, which a time limit may have run this part apart from; the
   * call is known by its request as its errors name it, where `budgeted` recorded the tokens.
   */
  const settle = (
    result: XApiResponse,
    call: PreparedCall,
    fiber: Fiber.Fiber<unknown, unknown>,
  ): Effect.Effect<XApiResponse, XApiError> => {
    const { budget } = options;
    if (budget === undefined || !result.classification.ok) return outcome(result, call);
    return Effect.andThen(
      Effect.sync(() => budget.recordSuccess(takeTaken(fiber, () => summarizeRequest(call.summary)))),
      outcome(result, call),
    );
  };

  /**
   * An unpaced call, in as few steps as a success can take: sending and reading share one error
   * handler, and the clock is read from the fiber the call started on.
   */
  const exchange = (
    call: PreparedCall,
    fiber: Fiber.Fiber<unknown, unknown>,
  ): Effect.Effect<XApiResponse, XApiError> => {
    const received = Effect.flatMap(http.execute(call.request), (response) =>
      Effect.flatMap(textOf(response), (text) =>
        settle(
          classifyExchange({
            status: response.status,
            headers: response.headers,
            text,
            method: call.request.method,
            dialect: call.dialect,
            url: call.request.url,
            now: fiber.getRef(Clock.Clock).currentTimeMillisUnsafe(),
            secrets: () => secretsOf(call, response.request),
          }),
          call,
          fiber,
        ),
      ),
    );
    return limited(
      Effect.catchTag(received, 'HttpClientError', (error) => failure(error, call, undefined)),
      call,
    );
  };

  /** Tells the pacer what the response's headers say is left, before its turn is answered. */
  const observed = (key: string, response: HttpClientResponse.HttpClientResponse) =>
    Effect.flatMap(Clock.currentTimeMillis, (now) =>
      pacer.observe(key, parseRateLimit(response.headers, now)),
    );

  /**
   * The pacer's wait stays outside the time limit, and the turn counts as answered once the headers
   * are in (or the request failed): the server has counted the request by then. What they say is
   * left is fed back first, so the fiber that answer wakes sees it.
   */
  const pacedExchange = Effect.fnUntraced(function* (
    call: PreparedCall,
    key: string,
    fiber: Fiber.Fiber<unknown, unknown>,
  ) {
    const [response, text] = yield* Effect.scoped(
      Effect.flatMap(pacer.acquire(key), (answered) =>
        limited(
          Effect.flatMap(
            Effect.ensuring(
              connect(call, (response) => observed(key, response)),
              answered,
            ),
            (response) => Effect.map(read(response, call), (text) => [response, text] as const),
          ),
          call,
        ),
      ),
    );
    const result = yield* classified(call, response.status, response.headers, text, response.request);
    return yield* settle(result, call, fiber);
  });

  const execute = (request: HttpClientRequest.HttpClientRequest): Effect.Effect<XApiResponse, XApiError> =>
    redactingSecrets(
      Effect.withFiber((fiber) => {
        // A call's first attempt (not a rerun by `Effect.retry`) owes nothing from earlier calls.
        if (options.budget !== undefined && fiber.getRef(Schedule.CurrentMetadata).attempt === 0)
          forgetTaken(fiber);
        const call = prepareCall(request, options);
        const key = paceKeyOf(call, pace);
        return key === undefined ? exchange(call, fiber) : pacedExchange(call, key, fiber);
      }),
    );

  const line = (call: PreparedCall, text: string) =>
    Effect.flatMap(classified(call, 200, lineHeaders, text), (result) =>
      result.classification.ok
        ? Effect.succeed(lineValue(result.body, text))
        : Effect.fail(fromClassification(result.classification, { request: call.summary })),
    );

  const open = Effect.fnUntraced(function* (request: HttpClientRequest.HttpClientRequest) {
    const call = prepareCall(request, options);
    const response = yield* limited(connect(call), call);
    if (response.status < 200 || response.status >= 300) {
      const text = yield* read(response, call);
      const result = yield* classified(call, response.status, response.headers, text, response.request);
      return yield* Effect.fail(fromClassification(result.classification, { request: call.summary }));
    }
    const stallAfter = options.stallTimeout ?? defaultStallTimeout;
    const raw =
      stallAfter === false
        ? response.stream
        : Stream.timeoutOrElse(response.stream, {
            duration: stallAfter,
            orElse: () => Stream.fail(timedOut(call.summary, 'stream stalled: no data and no keep-alive')),
          });
    return raw.pipe(
      Stream.catchTag('HttpClientError', (error) => Stream.fromEffect(fromTransport(error, call.summary))),
      Stream.decodeText(),
      Stream.splitLines,
      Stream.filter((text) => text.trim() !== ''),
      Stream.mapEffect((text) => line(call, text)),
    );
  }, redactingSecrets);

  return {
    execute,
    get: (url, init) => execute(HttpClientRequest.get(url, init)),
    post: (url, init) => execute(HttpClientRequest.post(url, init)),
    put: (url, init) => execute(HttpClientRequest.put(url, init)),
    del: (url, init) => execute(HttpClientRequest.delete(url, init)),
    stream: (request) => Stream.unwrap(open(request)),
  };
}

/**
 * A call's credentials (its headers, and the full URL's query), to scrub from what a body echoes;
 * with `sent`, also those the `HttpClient`'s own middleware put on the request it sent.
 */
function secretsOf(call: PreparedCall, sent?: HttpClientRequest.HttpClientRequest): readonly string[] {
  const own = secretValues(call.request.headers, call.summary.url);
  return sent === undefined || sent === call.request ? own : secretValues(sent.headers, fullUrl(sent), own);
}

/** Builds the service from the `HttpClient` in context, sharing an `XApiPacer` when one is provided. */
function makeClient(
  options: XApiClientOptions = {},
): Effect.Effect<XApiClientService, never, HttpClient.HttpClient> {
  return Effect.gen(function* () {
    // The options core knows (`pace`, `partialErrors`, `dialect`, `budget`) are checked as the
    // adapters check theirs, and the client's own likewise: a bad value is a defect of the program,
    // found when the client is made.
    yield* Effect.sync(() => {
      validateXApiOptions(options);
      checkClientOptions(options);
    });
    const http = yield* HttpClient.HttpClient;
    const shared = yield* Effect.serviceOption(XApiPacer);
    const pacer = Option.isSome(shared) ? shared.value : yield* XApiPacer.make();
    return makeService(http, pacer, options);
  });
}

const XApiClientKey: Context.ServiceClass<XApiClient, '@xapi-errors/effect/XApiClient', XApiClientService> =
  Context.Service<XApiClient, XApiClientService>()('@xapi-errors/effect/XApiClient');

/**
 * The X API client service: requests go through whichever platform `HttpClient` the layer is
 * given (fetch, Node, Bun), and every failure arrives as a tagged error carrying core's
 * classification. It never retries on its own: compose `Effect.retry` with `XApiSchedule`.
 *
 * @example
 * ```ts
 * import { Effect, Layer, Redacted } from 'effect';
 * import { FetchHttpClient } from 'effect/http';
 * import { XApiClient } from '@xapi-errors/effect';
 *
 * const XLive = XApiClient.layer({
 *   baseUrl: 'https://api.x.com',
 *   bearerToken: Redacted.make(process.env.X_BEARER_TOKEN ?? ''),
 * }).pipe(Layer.provide(FetchHttpClient.layer));
 *
 * const me = Effect.gen(function* () {
 *   const x = yield* XApiClient;
 *   const response = yield* x.get('/2/users/me');
 *   return response.body;
 * }).pipe(Effect.provide(XLive));
 * ```
 */
export class XApiClient extends XApiClientKey {
  /** Builds the service, for use outside a layer. */
  static readonly make: (
    options?: XApiClientOptions,
  ) => Effect.Effect<XApiClientService, never, HttpClient.HttpClient> = makeClient;

  /** A layer providing the client; it needs an `HttpClient` layer, and uses an `XApiPacer` layer if given one. */
  static readonly layer = (
    options?: XApiClientOptions,
  ): Layer.Layer<XApiClient, never, HttpClient.HttpClient> => Layer.effect(XApiClient, makeClient(options));
}
