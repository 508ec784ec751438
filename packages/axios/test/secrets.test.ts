import { format, inspect } from 'node:util';
import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { closedPort } from '@xapi-errors/vitest-config/closed-port';
import axios from 'axios';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { withXApi, type XApiAxiosOptions, type XApiError } from '../src/index.ts';
import { fastRetry } from './support.ts';

const canary = {
  bearer: 'CANARY-BEARER-7f3a9e',
  apiKey: 'CANARY-APIKEY-91c2d4',
  password: 'CANARY-BASIC-0e4b17',
  cookie: 'CANARY-COOKIE-5d8e02',
  query: 'CANARY-QUERY-a61c3b',
};
/** Every form a canary could leak in: as is, and inside the Basic header's base64. */
const secrets = [...Object.values(canary), Buffer.from(`me:${canary.password}`).toString('base64')];

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { sorsa: { keys: { [canary.apiKey]: { paid: false } } } },
);

/** An instance that sends every canary on every request, and records every hook payload. */
function leakyClient(baseURL: string, options: XApiAxiosOptions = {}) {
  const events: unknown[] = [];
  const api = withXApi(
    axios.create({
      baseURL,
      auth: { username: 'me', password: canary.password },
      headers: {
        'X-Extra-Auth': `Bearer ${canary.bearer}`,
        Cookie: `session=${canary.cookie}`,
        ApiKey: canary.apiKey,
      },
      params: { token: canary.query },
    }),
    {
      retry: fastRetry,
      ...options,
      onRetry: (event) => events.push(event),
      onRateLimit: (event) => events.push(event),
      onError: (event) => events.push(event),
    },
  );
  return { api, events };
}

/** Every way an error ends up in a log. */
function surfaces(error: XApiError, events: unknown[]): Record<string, string> {
  return {
    message: error.message,
    string: String(error),
    stack: error.stack ?? '',
    toJSON: JSON.stringify(error.toJSON()),
    stringify: JSON.stringify(error),
    inspect: inspect(error),
    inspectDeep: inspect(error, { depth: null, showHidden: true }),
    formatO: format('%o', error),
    response: String(JSON.stringify(error.response)),
    responseInspect: inspect(error.response, { depth: null, showHidden: true }),
    ownKeys: JSON.stringify(Object.entries(error)),
    hooks: JSON.stringify(events),
    hooksInspect: inspect(events, { depth: null, showHidden: true }),
  };
}

function expectNoSecrets(error: XApiError, events: unknown[]): void {
  for (const [surface, text] of Object.entries(surfaces(error, events))) {
    for (const secret of secrets)
      expect(text.includes(secret), `${secret} leaked through ${surface}`).toBe(false);
  }
}

describe('canary secrets never reach an error surface', () => {
  test('the canaries really are sent, so their absence below means something', async () => {
    const { api } = leakyClient(sim.url);
    await api.get('/2/users/me');

    const [request] = sim.requests;
    expect(request?.headers['x-extra-auth']).toContain(canary.bearer);
    expect(request?.headers['apikey']).toBe(canary.apiKey);
    expect(request?.headers['authorization']).toContain(secrets.at(-1));
    expect(request?.query['token']).toBe(canary.query);
  });

  test('a 401 whose body echoes the Basic password, its base64, the API key, the cookie and the query token', async () => {
    const echo = `Invalid credentials ${canary.password} (${secrets.at(-1)}) for ${canary.apiKey}, ${canary.cookie}, ${canary.query}`;
    sim.script('GET /2/users/me', [{ status: 401, body: { errors: [{ code: 32, message: echo }] } }]);
    const { api, events } = leakyClient(sim.url);

    const error = await xapiErrorOf(api.get('/2/users/me'));

    expect(error.kind).toBe('authentication');
    expect(error.message).toContain('Invalid credentials [REDACTED]');
    // `error.response.data` is the API's answer as sent, echo included: it is yours, not a log line.
    const { response: _data, responseInspect: _inspected, ...logged } = surfaces(error, events);
    for (const [surface, text] of Object.entries(logged)) {
      for (const secret of secrets)
        expect(text.includes(secret), `${secret} leaked through ${surface}`).toBe(false);
    }
  });

  test('a 401', async () => {
    sim.script('GET /2/users/me', ['v2/http-401']);
    const { api, events } = leakyClient(sim.url);

    const error = await xapiErrorOf(api.get('/2/users/me'));

    expect(error.status).toBe(401);
    expectNoSecrets(error, events);
  });

  test('a 503 retried until the limit, with hooks on every step', async () => {
    sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'v2/http-503', 'v2/http-503']);
    const { api, events } = leakyClient(sim.url);

    const error = await xapiErrorOf(api.get('/2/users/me'));

    expect(error.attempts).toBe(4);
    expect(events.length).toBeGreaterThanOrEqual(4);
    expectNoSecrets(error, events);
  });

  test("a 401 to a request with responseType 'stream', whose Node response points back at the request", async () => {
    sim.script('GET /2/users/me', ['v2/http-401']);
    const { api, events } = leakyClient(sim.url);

    const error = await xapiErrorOf(api.get('/2/users/me', { responseType: 'stream' }));

    expect(error.status).toBe(401);
    expectNoSecrets(error, events);
  });

  test('a Sorsa refusal of the key itself', async () => {
    const { api, events } = leakyClient(sim.url);

    const error = await xapiErrorOf(api.get('/v3/info'));

    expect(error.status).toBe(403);
    expectNoSecrets(error, events);
  });

  test('a network error', async () => {
    const { api, events } = leakyClient(`http://127.0.0.1:${await closedPort()}`, { retry: false });

    const error = await xapiErrorOf(api.get('/2/users/me'));

    expect(error.kind).toBe('network');
    expectNoSecrets(error, events);
  });

  test('a partial error turned into a rejection', async () => {
    sim.script('GET /2/users/me', [
      {
        status: 200,
        body: {
          data: { id: '1' },
          errors: [{ title: 'Not Found Error', detail: 'gone', type: 'about:blank' }],
        },
      },
    ]);
    const { api, events } = leakyClient(sim.url, { partialErrors: 'reject' });

    const error = await xapiErrorOf(api.get('/2/users/me'));

    expect(error.classification.partial).toBe(true);
    expectNoSecrets(error, events);
  });
});

test('the AxiosError is kept as a non-enumerable cause, and the response copy has no config or request', async () => {
  sim.script('GET /2/users/me', ['v2/http-401']);
  const { api } = leakyClient(sim.url);

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(axios.isAxiosError(error.cause)).toBe(true);
  expect(Object.getOwnPropertyDescriptor(error, 'cause')?.enumerable).toBe(false);
  expect(Object.getOwnPropertyDescriptor(error, 'response')?.enumerable).toBe(false);
  expect(Object.keys(error.response as object).sort()).toEqual(['data', 'headers', 'status']);
});
