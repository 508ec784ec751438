import { inspect } from 'node:util';
import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { withXApi, type XApiError } from '../src/index.ts';
import { fastRetry } from './support.ts';

const bearer = 'CANARYbearer0d1e2f3a4b5c';
const apiKey = 'CANARYsorsa9f8e7d6c';
const queryToken = 'CANARYquery5a6b7c';

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { sorsa: { keys: { [apiKey]: { paid: false } } } },
);

function surfaces(error: XApiError, hookPayloads: unknown[]): string[] {
  return [
    error.message,
    String(error),
    error.stack ?? '',
    JSON.stringify(error),
    inspect(error, { depth: Number.POSITIVE_INFINITY }),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    JSON.stringify(hookPayloads),
    inspect(hookPayloads, { depth: Number.POSITIVE_INFINITY }),
  ];
}

async function failWith(url: string, init: RequestInit): Promise<string[]> {
  const hookPayloads: unknown[] = [];
  const record = (event: unknown) => hookPayloads.push(event);
  const xfetch = withXApi(fetch, {
    retry: { ...fastRetry, limit: 1 },
    onRetry: record,
    onRateLimit: record,
    onError: record,
  });
  const error = await xapiErrorOf(xfetch(url, init));
  expect(hookPayloads.length).toBeGreaterThan(0);
  return surfaces(error, hookPayloads);
}

const canaries = [bearer, apiKey, queryToken];

function expectNoCanary(texts: string[]): void {
  for (const text of texts) for (const canary of canaries) expect(text).not.toContain(canary);
}

test('a v2 401 with a bearer token and a token in the query leaks neither', async () => {
  sim.script('GET /2/users/me', ['v2/http-401']);

  const texts = await failWith(`${sim.url}/2/users/me?access_token=${queryToken}`, {
    headers: { authorization: `Bearer ${bearer}` },
  });

  expectNoCanary(texts);
  expect(sim.requests[0]?.headers['authorization']).toBe(`Bearer ${bearer}`);
  expect(sim.requests[0]?.query['access_token']).toBe(queryToken);
});

test('a rate-limited retry sequence leaks nothing through onRetry and onRateLimit', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503']);

  const texts = await failWith(`${sim.url}/2/users/me?api_key=${queryToken}`, {
    headers: { authorization: `Bearer ${bearer}` },
  });

  expectNoCanary(texts);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});

test('a Sorsa 403 for an unpaid key does not reveal the key', async () => {
  const texts = await failWith(`${sim.url}/v3/info?username=x`, { headers: { ApiKey: apiKey } });

  expectNoCanary(texts);
  expect(sim.requests[0]?.headers['apikey']).toBe(apiKey);
});

test('a network error on a request with credentials leaks none of them', async () => {
  sim.script('GET /2/users/me', ['reset', 'reset']);

  const texts = await failWith(`${sim.url}/2/users/me?access_token=${queryToken}`, {
    headers: { authorization: `Bearer ${bearer}`, ApiKey: apiKey },
  });

  expectNoCanary(texts);
});
