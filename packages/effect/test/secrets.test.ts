import { inspect } from 'node:util';
import { startSimulator, useSimulator } from '@xapi-errors/testkit';
import { Cause, Effect, Exit, Layer, Redacted } from 'effect';
import { FetchHttpClient, HttpClient, HttpClientRequest } from 'effect/http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { XApiClient, type XApiError } from '../src/index.ts';
import { simClient, withClient, withRecordedSpans } from './harness.ts';

const bearer = 'AAAAAAAAAAAAAAAAAAAAAsecret-bearer-token';
const apiKey = 'sorsa-secret-api-key';
const queryToken = 'query-secret-access-token';
const secrets = [bearer, apiKey, queryToken];

const sim = useSimulator({ beforeAll, afterAll });

const credentials = { bearerToken: Redacted.make(bearer), apiKey: Redacted.make(apiKey) };

function renderings(error: XApiError, cause: Cause.Cause<XApiError>): string[] {
  return [
    error.message,
    String(error),
    error.stack ?? '',
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
    Cause.pretty(cause),
    inspect(credentials),
  ];
}

test.each([
  ['X v2', 'GET /2/users/me', '/2/users/me', 'v2/invalid-request'],
  ['Sorsa', 'GET /v3/info', '/v3/info', 'sorsa/http-400'],
] as const)('a failed %s call never shows a credential', async (_name, route, path, entry) => {
  sim.script(route, [entry]);
  const exit = await Effect.runPromiseExit(
    withClient(simClient(sim, credentials), (x) => x.get(path, { urlParams: { access_token: queryToken } })),
  );
  if (!Exit.isFailure(exit)) throw new Error('expected a failure');
  const error = Cause.squash(exit.cause) as XApiError;
  expect(error.request?.url).toContain('access_token=[REDACTED]');
  for (const text of renderings(error, exit.cause)) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
  const sent = sim.requests.at(-1);
  expect([sent?.headers['authorization'], sent?.headers['apikey']]).toContain(
    route.startsWith('GET /2') ? `Bearer ${bearer}` : apiKey,
  );
});

test('a network failure never shows a credential either', async () => {
  const gone = await startSimulator();
  const layer = simClient(gone, credentials);
  await gone.close();
  const exit = await Effect.runPromiseExit(
    withClient(layer, (x) => x.get(`/2/users/me?access_token=${queryToken}`)),
  );
  if (!Exit.isFailure(exit)) throw new Error('expected a failure');
  const error = Cause.squash(exit.cause) as XApiError;
  expect(error._tag).toBe('NetworkError');
  for (const text of renderings(error, exit.cause)) {
    for (const secret of secrets) expect(text).not.toContain(secret);
  }
});

test('tracing spans that record headers show credentials as redacted', async () => {
  const attributes = new Map<string, unknown>();
  const calls = withClient(simClient(sim, credentials), (x) =>
    Effect.all([x.get('/2/users/me'), x.get('/v3/info', { urlParams: { access_token: queryToken } })]),
  );
  await Effect.runPromise(
    withRecordedSpans(calls, (key, value) => attributes.set(key, value)).pipe(
      Effect.provideService(HttpClient.TracerHeaderFilter, () => true),
    ),
  );
  expect(attributes.get('http.request.header.authorization')).toBe('<redacted>');
  expect(attributes.get('http.request.header.apikey')).toBe('<redacted>');
  for (const value of attributes.values()) {
    for (const secret of secrets) expect(String(value)).not.toContain(secret);
  }
});

test('a credential fetch refuses (a pasted line break) is a defect that does not quote it, sent and retried never', async () => {
  const pasted = 'AAAAAAAAAAAAAAAAAAAAApasted-first-line\npasted-second-line';
  const sentBefore = sim.requestCount();
  let attempts = 0;
  const exit = await Effect.runPromiseExit(
    withClient(simClient(sim, { bearerToken: Redacted.make(pasted) }), (x) =>
      Effect.suspend(() => {
        attempts++;
        return x.get('/2/users/me');
      }).pipe(Effect.retry({ times: 3 })),
    ),
  );
  if (!Exit.isFailure(exit)) throw new Error('expected a failure');
  expect(Cause.hasDies(exit.cause)).toBe(true);
  expect(attempts).toBe(1);
  const shown = Cause.pretty(exit.cause);
  expect(shown).toContain('a header value is invalid');
  expect(shown).toContain('GET');
  expect(shown).not.toContain('pasted-first-line');
  expect(shown).not.toContain('pasted-second-line');
  expect(sim.requestCount()).toBe(sentBefore);
});

test.each([
  ['header', HttpClientRequest.bearerToken],
  ['query parameter', (token: string) => HttpClientRequest.setUrlParam('access_token', token)],
] as const)(
  'a token your HttpClient middleware adds as a %s is scrubbed too when the API echoes it',
  async (where, sign) => {
    const added = 'AAAAAAAAAAAAAAAAAAAAAmiddleware-added-token';
    sim.script('GET /2/users/me', [
      {
        status: 401,
        body: {
          title: 'Unauthorized',
          type: 'about:blank',
          status: 401,
          detail: `Invalid or expired token ${added}`,
        },
      },
    ]);
    const signing = Layer.effect(
      HttpClient.HttpClient,
      Effect.map(HttpClient.HttpClient, HttpClient.mapRequest(sign(added))),
    ).pipe(Layer.provide(FetchHttpClient.layer));
    const layer = XApiClient.layer({ baseUrl: sim.url }).pipe(Layer.provide(signing));

    const exit = await Effect.runPromiseExit(withClient(layer, (x) => x.get('/2/users/me')));

    if (!Exit.isFailure(exit)) throw new Error('expected a failure');
    const error = Cause.squash(exit.cause) as XApiError;
    expect(error._tag).toBe('AuthenticationFailed');
    expect(error.classification.problems[0]?.detail).toContain('Invalid or expired token');
    for (const text of renderings(error, exit.cause)) expect(text).not.toContain(added);
    const sent = sim.requests.at(-1);
    expect([sent?.headers['authorization'], sent?.query['access_token']]).toContain(
      where === 'header' ? `Bearer ${added}` : added,
    );
  },
);
