import { classify } from '@xapi-errors/core';
import { useSimulator } from '@xapi-errors/testkit';
import { Config, ConfigProvider, Effect, Fiber, Layer, Redacted, Schedule } from 'effect';
import { FetchHttpClient } from 'effect/http';
import { TestClock } from 'effect/testing';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import {
  errorTags,
  fromClassification,
  isXApiError,
  UsageCapped,
  XApiClient,
  XApiErrorBase,
  XApiPacer,
  XApiSchedule,
} from '../src/index.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

test('quick start: a usage cap is handled by its tag, without retrying', async () => {
  sim.script('GET /2/users/me', ['v2/usage-capped']);
  const XLive = XApiClient.layer({ baseUrl: sim.url, bearerToken: Redacted.make('token') }).pipe(
    Layer.provide(FetchHttpClient.layer),
  );
  const me = Effect.gen(function* () {
    const x = yield* XApiClient;
    const response = yield* x.get('/2/users/me');
    return response.body;
  }).pipe(
    Effect.retry(Schedule.max([XApiSchedule.rateLimitAware, Schedule.recurs(5)])),
    Effect.catchTags({
      UsageCapped: (error) => Effect.succeed(`usage cap reached: ${error.message}`),
      AuthenticationFailed: () => Effect.succeed('the bearer token was refused'),
    }),
  );
  expect(await Effect.runPromise(Effect.provide(me, XLive))).toMatch(
    /^usage cap reached: 429 usage-capped \[v2\/usage-capped\]/,
  );
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});

test('quick start: the token can come from Config.Redacted', async () => {
  const XLive = Layer.unwrap(
    Effect.map(Config.Redacted('X_BEARER_TOKEN'), (bearerToken) =>
      XApiClient.layer({ baseUrl: sim.url, bearerToken }),
    ),
  ).pipe(Layer.provide(FetchHttpClient.layer));
  const config = ConfigProvider.layer(ConfigProvider.fromUnknown({ X_BEARER_TOKEN: 'from-config' }));
  await Effect.runPromise(
    Effect.flatMap(XApiClient, (x) => x.get('/2/users/me')).pipe(
      Effect.provide(XLive),
      Effect.provide(config),
    ),
  );
  expect(sim.requests[0]?.headers['authorization']).toBe('Bearer from-config');
});

test('errors: the exports around the tagged errors', async () => {
  expect(errorTags['usage-capped']).toBe('UsageCapped');
  const error = fromClassification(classify({ status: 503, body: '' }), {
    request: { method: 'GET', url: 'https://api.x.com/2/users/me' },
  });
  expect(error._tag).toBe('Unavailable');
  expect(isXApiError(error)).toBe(true);
  expect(error).toBeInstanceOf(XApiErrorBase);
  expect(Object.keys(error.toJSON()).sort()).toEqual([
    '_tag',
    'classification',
    'kind',
    'message',
    'request',
    'retryable',
    'status',
  ]);
  const failing = Effect.gen(function* () {
    return yield* new UsageCapped({ classification: classify({ status: 429, body: '' }) });
  });
  expect((await Effect.runPromise(Effect.flip(failing)))._tag).toBe('UsageCapped');
});

test('testing: TestClock makes the reset pass at once', async () => {
  sim.script('GET /2/users/me', ['v2/http-429', 'ok']);
  const layer = XApiClient.layer({ baseUrl: sim.url }).pipe(Layer.provide(FetchHttpClient.layer));
  const program = Effect.gen(function* () {
    const x = yield* XApiClient;
    return yield* x.get('/2/users/me').pipe(Effect.retry(XApiSchedule.rateLimitAware));
  });
  const response = await Effect.runPromise(
    Effect.gen(function* () {
      const fiber = yield* Effect.forkChild(Effect.provide(program, layer));
      while (sim.requestCount() === 0) yield* TestClock.withLive(Effect.sleep('10 millis'));
      yield* TestClock.withLive(Effect.sleep('50 millis'));
      yield* TestClock.adjust('2 seconds');
      return yield* Fiber.join(fiber);
    }).pipe(Effect.provide(TestClock.layer())),
  );
  expect(response.status).toBe(200);
  expect(sim.requestCount()).toBe(2);
});

test('pacer: the service for your own calls', async () => {
  const paused = await Effect.runPromise(
    Effect.gen(function* () {
      const pacer = yield* XApiPacer;
      yield* pacer.paced('sorsa:my-key', Effect.void);
      yield* pacer.observe('x:GET /2/users/me', undefined);
      return yield* pacer.pausedUntil('x:GET /2/users/me');
    }).pipe(Effect.provide(XApiPacer.layer())),
  );
  expect(paused).toBeUndefined();
});

test('pacer: acquire counts the response as arrived before the scope closes', async () => {
  const pausedUntil = await Effect.runPromise(
    Effect.gen(function* () {
      const pacer = yield* XApiPacer;
      return yield* Effect.scoped(
        Effect.gen(function* () {
          const answered = yield* pacer.acquire('sorsa:my-key');
          yield* answered;
          return yield* pacer.pausedUntil('sorsa:my-key');
        }),
      );
    }).pipe(Effect.provide(XApiPacer.layer({ perWindow: 1 })), Effect.provide(TestClock.layer())),
  );
  expect(pausedUntil).toBe(1025);
});
