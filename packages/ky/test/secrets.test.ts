import { format, inspect } from 'node:util';
import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { isXApiError, withXApi, type XApiError } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

const canaries = {
  bearer: 'CANARYbearer7f3a9c',
  apiKey: 'CANARYapikey51d2e8',
  query: 'CANARYquery0b6c4d',
  cookie: 'CANARYcookie93e1aa',
};

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { sorsa: { keys: { [canaries.apiKey]: { paid: false } } } },
);

function surfaces(error: XApiError): string[] {
  return [
    error.message,
    String(error),
    error.stack ?? '',
    JSON.stringify(error),
    JSON.stringify(error.classification),
    inspect(error, { depth: Number.POSITIVE_INFINITY }),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    format('%o', error),
  ];
}

function expectNoCanary(texts: readonly string[]): void {
  for (const text of texts) {
    for (const canary of Object.values(canaries)) expect(text).not.toContain(canary);
  }
}

async function failing(
  run: (events: unknown[]) => Promise<unknown>,
): Promise<{ error: XApiError; events: unknown[] }> {
  const events: unknown[] = [];
  const error = await run(events).catch((caught: unknown) => caught);
  if (!isXApiError(error)) throw new Error(`expected an XApiError, got ${String(error)}`);
  return { error, events };
}

function secretApi(events: unknown[]) {
  return withXApi(
    createKy(sim.url, {
      headers: { authorization: `Bearer ${canaries.bearer}`, cookie: `session=${canaries.cookie}` },
    }),
    {
      retry: { baseDelayMs: 5, limit: 1 },
      onRetry: (event) => events.push(event),
      onRateLimit: (event) => events.push(event),
      onError: (event) => events.push(event),
    },
  );
}

const hookTexts = (events: unknown[]): string[] =>
  events.flatMap((event) => [JSON.stringify(event), inspect(event, { depth: Number.POSITIVE_INFINITY })]);

test('no secret reaches an HTTP failure, its JSON, its inspection or the hook payloads', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503']);

  const { error, events } = await failing((events) =>
    secretApi(events).get('2/users/me', { searchParams: { access_token: canaries.query } }),
  );

  expect(sim.requests[0]?.headers['authorization']).toBe(`Bearer ${canaries.bearer}`);
  expect(sim.requests[0]?.query['access_token']).toBe(canaries.query);
  expect(error.kind).toBe('unavailable');
  expect(events.length).toBeGreaterThan(1);
  expectNoCanary([...surfaces(error), ...hookTexts(events)]);
  expect(error.request?.url).toContain('access_token=[REDACTED]');
});

test('no secret reaches a network failure', async () => {
  sim.script('POST /2/tweets', ['reset']);

  const { error, events } = await failing((events) =>
    secretApi(events).post('2/tweets', {
      json: { text: 'hi' },
      searchParams: { oauth_token: canaries.query },
    }),
  );

  expect(error.kind).toBe('network');
  expectNoCanary([...surfaces(error), ...hookTexts(events)]);
});

test('no secret reaches a failure raised for a 2xx body', async () => {
  sim.script('GET /2/users/me', ['truncated-json']);

  const { error, events } = await failing((events) =>
    secretApi(events).get('2/users/me', { searchParams: { access_token: canaries.query } }),
  );

  expect(error.status).toBe(200);
  expectNoCanary([...surfaces(error), ...hookTexts(events)]);
});

test('no Sorsa API key reaches an unpaid-key failure', async () => {
  const { error, events } = await failing((events) =>
    withXApi(createKy(sim.url, { headers: { ApiKey: canaries.apiKey } }), {
      onError: (event) => events.push(event),
    }).get('v3/users/info', { searchParams: { api_key: canaries.apiKey } }),
  );

  expect(error).toMatchObject({ status: 403, classification: { dialect: 'sorsa' } });
  expectNoCanary([...surfaces(error), ...hookTexts(events)]);
});
