import {
  type Classification,
  type RequestSummary,
  redactUrl,
  retryDefaults,
  type XApiHooks,
  type XApiOptions,
} from '@xapi-errors/core';
import { isXApiError, XApiClient, XApiPacer, XApiSchedule } from '@xapi-errors/effect';
import { Clock, Context, Duration, Effect, Layer, ManagedRuntime, Random, Schedule, Stream } from 'effect';
import { FetchHttpClient, HttpClientRequest } from 'effect/http';
import type { Answer, Client, Driver, HttpCall, OpenStream, StreamItem } from '../driver.ts';

/** The call a fiber is working on, so the pacer and the retry schedule can name it to the hooks. */
const CurrentCall = Context.Reference<RequestSummary | undefined>('@xapi-errors/demo/CurrentCall', {
  defaultValue: () => undefined,
});

/** The client's own pacer, timed: the Effect adapter has no hooks, so holds are measured around `acquire`. */
function timedPacer(hooks: XApiHooks): Layer.Layer<XApiPacer> {
  return Layer.effect(
    XApiPacer,
    Effect.map(XApiPacer.make(), (pacer) => ({
      ...pacer,
      acquire: (key: string) =>
        Effect.gen(function* () {
          const started = yield* Clock.currentTimeMillis;
          const answered = yield* pacer.acquire(key);
          const waitMs = (yield* Clock.currentTimeMillis) - started;
          const request = yield* CurrentCall;
          if (waitMs > 0 && request) hooks.onRateLimit?.({ request, source: 'pacer', waitMs });
          return answered;
        }),
    })),
  );
}

/**
 * `XApiSchedule.rateLimitAware` bounded like the other adapters' defaults, reporting each retry
 * to `onRetry` as they do: the delay the schedule chose and the classification it retried.
 */
function retrySchedule(options: XApiOptions): Schedule.Schedule<Duration.Duration, unknown> {
  const retry = options.retry === false ? { limit: 0 } : (options.retry ?? {});
  const maxDelayMs = retry.maxDelayMs ?? retryDefaults.maxDelayMs;
  const bounded = XApiSchedule.rateLimitAware.pipe(
    Schedule.while((meta) => Duration.toMillis(meta.duration) <= maxDelayMs),
    Schedule.upTo({
      times: retry.limit ?? retryDefaults.limit,
      ...(retry.maxTotalMs === undefined ? {} : { duration: Duration.millis(retry.maxTotalMs) }),
    }),
  );
  return bounded.pipe(
    Schedule.tap((meta) =>
      Effect.gen(function* () {
        const request = yield* CurrentCall;
        if (!request || !isXApiError(meta.input)) return;
        const { classification } = meta.input;
        options.onRetry?.({
          request,
          attempt: meta.attempt,
          delayMs: Duration.toMillis(meta.duration),
          reason: classification.retryAfterMs === undefined ? 'backoff' : 'server-timing',
          classification,
        });
      }),
    ),
  );
}

function request(baseUrl: string, call: HttpCall): HttpClientRequest.HttpClientRequest {
  const base = HttpClientRequest.make(call.method)(baseUrl + call.path, { headers: call.headers ?? {} });
  return call.body === undefined ? base : HttpClientRequest.bodyJsonUnsafe(base, call.body);
}

function summary(baseUrl: string, call: HttpCall): RequestSummary {
  return { method: call.method, url: redactUrl(baseUrl + call.path) };
}

/** A random source with the jitter the other adapters are given, as Effect's `Random` service. */
function randomService(random: () => number): Random.Random {
  return { nextDoubleUnsafe: random, nextIntUnsafe: () => Math.floor(random() * Number.MAX_SAFE_INTEGER) };
}

function failure(classification: Classification): Answer {
  return { type: 'error', classification };
}

/**
 * `XApiClient` over `FetchHttpClient`, retried with `Effect.retry` and `XApiSchedule`: the Effect
 * adapter's idiom. Tagged errors carry the classification; a stream fails with the tag of its
 * error line, which the driver hands on as an error item.
 */
export const effectDriver: Driver = {
  name: 'effect',
  async connect({ baseUrl, options }): Promise<Client> {
    const layer = XApiClient.layer(options.pace === undefined ? {} : { pace: options.pace }).pipe(
      Layer.provide(timedPacer(options)),
      Layer.provide(FetchHttpClient.layer),
    );
    const runtime = ManagedRuntime.make(layer);
    const schedule = retrySchedule(options);
    const random = options.retry === false ? undefined : options.retry?.random;
    const withCall = <A, E, R>(effect: Effect.Effect<A, E, R>, call: HttpCall) => {
      const scoped = Effect.provideService(effect, CurrentCall, summary(baseUrl, call));
      return random ? Effect.provideService(scoped, Random.Random, randomService(random)) : scoped;
    };
    return {
      send(call) {
        const program = Effect.flatMap(XApiClient, (x) => x.execute(request(baseUrl, call))).pipe(
          Effect.retry(schedule),
          Effect.map((response): Answer => ({ type: 'data', classification: response.classification })),
          Effect.catch((error) => Effect.succeed(failure(error.classification))),
        );
        return runtime.runPromise(withCall(program, call));
      },
      async openStream(call): Promise<OpenStream | Answer> {
        const items = Stream.unwrap(Effect.map(XApiClient, (x) => x.stream(request(baseUrl, call)))).pipe(
          Stream.map((): StreamItem => ({ type: 'data' })),
          Stream.catch((error) =>
            Stream.succeed<StreamItem>({ type: 'error', classification: error.classification }),
          ),
        );
        const iterable = await runtime.runPromise(withCall(Stream.toAsyncIterableEffect(items), call));
        return { items: iterable, close: () => undefined };
      },
      close: () => runtime.dispose(),
    };
  },
};
