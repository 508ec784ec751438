import { startSimulator, useSimulator } from '@xapi-errors/testkit';
import { Cause, Deferred, Duration, Effect, Exit, Fiber, Layer, Redacted, Stream } from 'effect';
import { FetchHttpClient, HttpClient, HttpClientRequest } from 'effect/http';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { XApiClient, type XApiClientOptions } from '../src/index.ts';
import { routeOf, simClient, withClient } from './harness.ts';

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { stream: { dataIntervalMs: 5, keepAliveMs: 2, disconnectAfter: 3 } },
);

describe('responses', () => {
  test('a success carries the parsed body and its classification', async () => {
    const response = await Effect.runPromise(withClient(simClient(sim), (x) => x.get('/2/users/me')));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ data: { username: 'sim_user' } });
    expect(response.classification).toMatchObject({ ok: true, kind: 'ok', dialect: 'v2' });
    expect(response.partial).toBe(false);
    expect(response.problems).toEqual([]);
  });

  test('partial errors are surfaced on the success', async () => {
    sim.script('GET /2/users', ['partial']);
    const response = await Effect.runPromise(
      withClient(simClient(sim), (x) => x.get('/2/users', { urlParams: { ids: '2244994945,1' } })),
    );
    expect(response.partial).toBe(true);
    expect(response.problems.map((problem) => [problem.kind, problem.resourceId])).toEqual([
      ['not-found', 'no_such_user_8812'],
    ]);
    expect(response.body).toMatchObject({ data: [{ username: 'sim_user' }] });
  });

  test('partialErrors: reject fails with the tag of the most pressing problem', async () => {
    sim.script('GET /2/users', ['partial']);
    const error = await Effect.runPromise(
      Effect.flip(withClient(simClient(sim, { partialErrors: 'reject' }), (x) => x.get('/2/users'))),
    );
    expect(error._tag).toBe('NotFound');
    expect(error.classification.partial).toBe(true);
    // Its message names that kind and problem, as the promise adapters' does, not the `ok` it was classified as.
    expect(error.message).toMatch(/^200 not-found \[v2\/resource-not-found\]: /);
  });

  test('a request that cannot be built is a defect, not an API error', async () => {
    const exit = await Effect.runPromiseExit(
      withClient(simClient(sim), (x) => x.execute(HttpClientRequest.get('http://[broken'))),
    );
    expect(Exit.isFailure(exit) && Cause.hasDies(exit.cause)).toBe(true);
  });

  test("the defect of a request that cannot be built does not quote the URL's credentials", async () => {
    const canary = 'CANARYdefect42';
    const exit = await Effect.runPromiseExit(
      withClient(simClient(sim), (x) => x.get(`http://[broken/2/users/me?access_token=${canary}&id=7`)),
    );
    expect(Exit.isFailure(exit) && Cause.hasDies(exit.cause)).toBe(true);
    if (!Exit.isFailure(exit)) return;
    const printed = Cause.pretty(exit.cause);
    expect(printed).toContain('Request could not be built');
    expect(printed).not.toContain(canary);
  });

  test('a token fetch cannot encode (a pasted … or €) is a defect: nothing is sent, nothing retried', async () => {
    for (const token of ['CANARY…pasted', 'CANARY€', 'CANARY\u2028']) {
      const layer = simClient(sim, { bearerToken: Redacted.make(token) });
      const exit = await Effect.runPromiseExit(withClient(layer, (x) => x.get('/2/users/me')));
      expect(Exit.isFailure(exit) && Cause.hasDies(exit.cause), token).toBe(true);
      if (!Exit.isFailure(exit)) return;
      const printed = Cause.pretty(exit.cause);
      expect(printed).toContain('Request could not be built (a header value is not Latin-1');
      expect(printed).not.toContain('CANARY');
    }
    expect(sim.requests).toEqual([]);
  });

  test('a refused connection is a NetworkError', async () => {
    const closed = await startSimulator();
    const layer = simClient(closed);
    await closed.close();
    const error = await Effect.runPromise(Effect.flip(withClient(layer, (x) => x.get('/2/users/me'))));
    expect(error._tag).toBe('NetworkError');
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  test('a body slower than the time limit is a Timeout', async () => {
    sim.script(routeOf.v2.route, ['slow-body']);
    const error = await Effect.runPromise(
      Effect.flip(withClient(simClient(sim, { timeout: '300 millis' }), (x) => x.get(routeOf.v2.path))),
    );
    expect(error._tag).toBe('Timeout');
  });
});

describe('credentials', () => {
  const credentials = {
    bearerToken: Redacted.make('x-bearer-token-value'),
    apiKey: Redacted.make('sorsa-key-value'),
  };

  test('each credential goes to its own API only', async () => {
    await Effect.runPromise(
      withClient(simClient(sim, credentials), (x) =>
        Effect.all([x.get('/2/users/me'), x.get('/1.1/account/verify_credentials.json'), x.get('/v3/info')]),
      ),
    );
    const [v2, v11, sorsa] = sim.requests;
    expect(v2?.headers['authorization']).toBe('Bearer x-bearer-token-value');
    expect(v2?.headers['apikey']).toBeUndefined();
    expect(v11?.headers['authorization']).toBe('Bearer x-bearer-token-value');
    expect(sorsa?.headers['apikey']).toBe('sorsa-key-value');
    expect(sorsa?.headers['authorization']).toBeUndefined();
  });

  test("a request's own Authorization is left alone", async () => {
    await Effect.runPromise(
      withClient(simClient(sim, credentials), (x) =>
        x.get('/2/users/me', { headers: { authorization: 'OAuth oauth_signature="signed"' } }),
      ),
    );
    expect(sim.requests[0]?.headers['authorization']).toBe('OAuth oauth_signature="signed"');
  });

  test('a Sorsa call without a key fails with the tag core gives it', async () => {
    const error = await Effect.runPromise(Effect.flip(withClient(simClient(sim), (x) => x.get('/v3/info'))));
    expect(error.classification.dialect).toBe('sorsa');
    expect(error.status).toBe(403);
    expect(error._tag).toBe('AuthenticationFailed');
  });
});

test('composes with any HttpClient layer, including one with its own middleware', async () => {
  const tagged = Layer.effect(
    HttpClient.HttpClient,
    Effect.map(HttpClient.HttpClient, (client) =>
      client.pipe(HttpClient.mapRequest(HttpClientRequest.setHeader('x-app', 'demo'))),
    ),
  ).pipe(Layer.provide(FetchHttpClient.layer));
  const layer = XApiClient.layer({ baseUrl: sim.url }).pipe(Layer.provide(tagged));
  sim.script(routeOf.v2.route, ['v2/http-503']);
  const error = await Effect.runPromise(Effect.flip(withClient(layer, (x) => x.get(routeOf.v2.path))));
  expect(error._tag).toBe('Unavailable');
  expect(sim.requests[0]?.headers['x-app']).toBe('demo');
});

describe('streams', () => {
  const stream = HttpClientRequest.get('/2/tweets/search/stream');

  test('emits data lines, drops keep-alives, and fails with StreamDisconnect on an in-stream error', async () => {
    const exit = await Effect.runPromiseExit(
      withClient(simClient(sim), (x) => Stream.runCollect(x.stream(stream))),
    );
    expect(Exit.isFailure(exit)).toBe(true);
    const error = Exit.isFailure(exit) ? Cause.squash(exit.cause) : undefined;
    expect(error).toMatchObject({ _tag: 'StreamDisconnect', status: 200 });
  });

  test('the lines before the disconnect arrive parsed', async () => {
    const lines = await Effect.runPromise(
      withClient(simClient(sim), (x) => Stream.runCollect(Stream.take(x.stream(stream), 3))),
    );
    expect(lines.map((line) => Object.keys(line as object))).toEqual([
      ['data', 'matching_rules'],
      ['data', 'matching_rules'],
      ['data', 'matching_rules'],
    ]);
  });

  test('a connection without rules fails with StreamRules', async () => {
    sim.setStreamRules(0);
    const error = await Effect.runPromise(
      Effect.flip(withClient(simClient(sim), (x) => Stream.runDrain(x.stream(stream)))),
    );
    expect(error._tag).toBe('StreamRules');
    expect(error.status).toBe(409);
  });

  test('a second connection is refused with TooManyConnections', async () => {
    const busy = await startSimulator({ stream: { dataIntervalMs: 5 } });
    const layer = simClient(busy);
    const outcome = await Effect.runPromise(
      withClient(layer, (x) =>
        Effect.gen(function* () {
          const connected = yield* Deferred.make<void>();
          const first = yield* Effect.forkChild(
            Stream.runDrain(Stream.tap(x.stream(stream), () => Deferred.succeed(connected, undefined))),
          );
          yield* Deferred.await(connected);
          const refused = yield* Effect.flip(Stream.runDrain(x.stream(stream)));
          yield* Fiber.interrupt(first);
          return refused;
        }),
      ),
    );
    await busy.close();
    expect(outcome._tag).toBe('TooManyConnections');
  });
});

describe('options', () => {
  test('a bad option is a defect when the client is made, naming the option', async () => {
    const made = XApiClient.make({ partialErrors: 'rejct' as 'reject' }).pipe(
      Effect.provide(FetchHttpClient.layer),
    );
    const exit = await Effect.runPromiseExit(made);
    expect(Exit.isFailure(exit) && Cause.hasDies(exit.cause)).toBe(true);
    if (Exit.isFailure(exit)) expect(Cause.pretty(exit.cause)).toContain('partialErrors');
  });

  test.each([
    ['timeout', { timeout: 'bogus' }, 'TypeError: timeout must be a duration'],
    ['timeout', { timeout: -5 }, 'RangeError: timeout must be a positive duration, got -5 ms'],
    ['timeout', { timeout: 0 }, 'RangeError: timeout must be a positive duration, got 0 ms'],
    ['timeout', { timeout: Number.NaN }, 'TypeError: timeout must be a duration'],
    ['timeout', { timeout: {} }, 'TypeError: timeout must be a duration'],
    ['baseUrl', { baseUrl: 42 }, 'TypeError: baseUrl must be a string, got a number'],
    [
      'baseUrl',
      { baseUrl: 'api.x.com' },
      "RangeError: baseUrl must be an absolute http: or https: URL, such as 'https://api.x.com', got a string that is not an absolute URL",
    ],
    ['baseUrl', { baseUrl: 'not a url' }, 'RangeError: baseUrl must be an absolute http: or https: URL'],
    ['baseUrl', { baseUrl: '' }, 'RangeError: baseUrl must be an absolute http: or https: URL'],
    ['baseUrl', { baseUrl: 'ftp://api.x.com' }, 'got the scheme ftp:'],
    ['baseUrl', { baseUrl: 'CANARY-key:CANARY-secret' }, 'got another scheme'],
    [
      'baseUrl',
      { baseUrl: 'https://CANARY-user:CANARY-pw@api.x.com' },
      'RangeError: baseUrl must not hold credentials (user:password@): fetch refuses such URLs',
    ],
    [
      'apiKey',
      { apiKey: 123_456_789_012 },
      'TypeError: apiKey must be a Redacted (Redacted.make(…)), got a number',
    ],
    ['bearerToken', { bearerToken: 'CANARY-plain-token' }, 'TypeError: bearerToken must be a Redacted'],
    ['apiKey', { apiKey: 'CANARY-plain-key' }, 'TypeError: apiKey must be a Redacted'],
    [
      'budget',
      { budget: false },
      'TypeError: budget must be a retry budget (createRetryBudget(…) from @xapi-errors/core), got a boolean',
    ],
    [
      'budget',
      { budget: { capacity: 50 } },
      'TypeError: budget must be a retry budget (createRetryBudget(…)',
    ],
  ])(
    'a bad %s is a defect when the client is made, not a failure of every call',
    async (_name, options, shown) => {
      const made = XApiClient.make(options as XApiClientOptions).pipe(Effect.provide(FetchHttpClient.layer));
      const exit = await Effect.runPromiseExit(made);
      if (!Exit.isFailure(exit)) throw new Error('expected a defect');
      expect(Cause.hasDies(exit.cause)).toBe(true);
      const pretty = Cause.pretty(exit.cause);
      expect(pretty).toContain(shown);
      expect(pretty).not.toContain('CANARY');
    },
  );

  test('a timeout given as text or Duration, and no end at all, make a client', async () => {
    const timeouts: Duration.Input[] = ['5 seconds', 5000, Duration.seconds(5), Duration.infinity];
    for (const timeout of timeouts) {
      const made = XApiClient.make({ timeout }).pipe(Effect.provide(FetchHttpClient.layer));
      expect(typeof (await Effect.runPromise(made)).get).toBe('function');
    }
  });

  test('an http: or https: baseUrl, with or without a path, makes a client', async () => {
    for (const baseUrl of ['https://api.x.com', 'http://127.0.0.1:8080/', 'https://proxy.example/x-api']) {
      const made = XApiClient.make({ baseUrl }).pipe(Effect.provide(FetchHttpClient.layer));
      expect(typeof (await Effect.runPromise(made)).get).toBe('function');
    }
  });

  test('valid options make a client', async () => {
    const made = XApiClient.make({ partialErrors: 'reject', dialect: 'v2', pace: { x: true } }).pipe(
      Effect.provide(FetchHttpClient.layer),
    );
    const client = await Effect.runPromise(made);
    expect(typeof client.get).toBe('function');
  });
});

describe('credentials never go to another host', () => {
  const credentials = {
    bearerToken: Redacted.make('x-bearer-token-value'),
    apiKey: Redacted.make('sorsa-key-value'),
  };

  test('an absolute URL off the base URL gets no credential, whatever its path', async () => {
    const other = await startSimulator();
    try {
      await Effect.runPromise(
        withClient(simClient(sim, credentials), (x) =>
          Effect.all(
            ['/2/users/me', '/1.1/account/verify_credentials.json', '/oauth2/token', '/v3/info'].map((path) =>
              Effect.exit(x.get(`${other.url}${path}`)),
            ),
          ),
        ),
      );
      expect(
        other.requests.map((request) => [
          request.path,
          request.headers['authorization'],
          request.headers['apikey'],
        ]),
      ).toEqual([
        ['/2/users/me', undefined, undefined],
        ['/1.1/account/verify_credentials.json', undefined, undefined],
        ['/oauth2/token', undefined, undefined],
        ['/v3/info', undefined, undefined],
      ]);
    } finally {
      await other.close();
    }
  });

  test('an absolute URL on the base URL origin carries its credential as a relative one does', async () => {
    await Effect.runPromise(
      withClient(simClient(sim, credentials), (x) =>
        Effect.all([x.get(`${sim.url}/2/users/me`), x.get(`${sim.url}/v3/info`)]),
      ),
    );
    const [v2, sorsa] = sim.requests;
    expect(v2?.headers['authorization']).toBe('Bearer x-bearer-token-value');
    expect(sorsa?.headers['apikey']).toBe('sorsa-key-value');
  });
});
