import { type Simulator, startSimulator } from '@xapi-errors/testkit';
import { Effect, Layer } from 'effect';
import { FetchHttpClient, HttpClient } from 'effect/http';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { XApiClient } from '../src/index.ts';
import { routeOf, withClient } from './harness.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
beforeEach(() => sim.reset());
afterAll(() => sim.close());

/** The app's own client with a common middleware that fails every non-2xx response. */
function filteredClient(options: { pace?: { x: boolean } } = {}): Layer.Layer<XApiClient> {
  const filtered = Layer.effect(
    HttpClient.HttpClient,
    Effect.map(HttpClient.HttpClient, HttpClient.filterStatusOk),
  ).pipe(Layer.provide(FetchHttpClient.layer));
  return XApiClient.layer({ baseUrl: sim.url, ...options }).pipe(Layer.provide(filtered));
}

test('a response HttpClient.filterStatusOk rejects is still classified: a usage cap is UsageCapped, not a network failure', async () => {
  sim.script(routeOf.v2.route, ['v2/usage-capped', 'v2/http-429']);
  const layer = filteredClient();

  const capped = await Effect.runPromise(Effect.flip(withClient(layer, (x) => x.get(routeOf.v2.path))));
  const limited = await Effect.runPromise(Effect.flip(withClient(layer, (x) => x.get(routeOf.v2.path))));

  expect(capped).toMatchObject({ _tag: 'UsageCapped', retryable: false, status: 429 });
  expect(limited).toMatchObject({ _tag: 'RateLimited', status: 429 });
});

test('a success passes the middleware as before', async () => {
  const response = await Effect.runPromise(withClient(filteredClient(), (x) => x.get(routeOf.v2.path)));
  expect(response.status).toBe(200);
});

test('X pacing reads a response HttpClient.filterStatusOk rejects: after its 429 the next call waits for the reset', async () => {
  const limited = await startSimulator({ scriptedResetMs: 1200 });
  try {
    limited.script(routeOf.v2.route, ['v2/http-429']);
    const filtered = Layer.effect(
      HttpClient.HttpClient,
      Effect.map(HttpClient.HttpClient, HttpClient.filterStatusOk),
    ).pipe(Layer.provide(FetchHttpClient.layer));
    const layer = XApiClient.layer({ baseUrl: limited.url, pace: { x: true } }).pipe(Layer.provide(filtered));

    const [first, waitedMs, second] = await Effect.runPromise(
      withClient(layer, (x) =>
        Effect.gen(function* () {
          const refused = yield* Effect.flip(x.get(routeOf.v2.path));
          const started = Date.now();
          const answer = yield* x.get(routeOf.v2.path);
          return [refused._tag, Date.now() - started, answer.status] as const;
        }),
      ),
    );

    expect(first).toBe('RateLimited');
    // The reset is 1.2 s ahead, in whole seconds: the second call is held at least until then.
    expect(waitedMs).toBeGreaterThan(150);
    expect(second).toBe(200);
    expect(limited.requestCount()).toBe(2);
  } finally {
    await limited.close();
  }
});
