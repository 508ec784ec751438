import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, type RetryEvent, withXApi } from '../src/index.ts';
import { fastRetry } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

test('503, 503, 200 succeeds on the third attempt with the data intact', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'ok']);
  const retries: RetryEvent[] = [];
  const xfetch = withXApi(fetch, { retry: fastRetry, onRetry: (event) => retries.push(event) });

  const response = await xfetch(`${sim.url}/2/users/me`);

  expect(response.status).toBe(200);
  expect(sim.requestCount('GET /2/users/me')).toBe(3);
  expect(retries.map((event) => [event.attempt, event.reason, event.classification.kind])).toEqual([
    [1, 'backoff', 'unavailable'],
    [2, 'backoff', 'unavailable'],
  ]);
  const body = (await response.json()) as { data: { id: string } };
  expect(body.data.id).toEqual(expect.any(String));
  expect(getClassification(response)?.ok).toBe(true);
});

test('a transient error that outlasts the retry limit rejects after limit + 1 attempts', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'v2/http-503']);
  const xfetch = withXApi(fetch, { retry: { ...fastRetry, limit: 2 } });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/users/me`));

  expect(error.status).toBe(503);
  expect(error.kind).toBe('unavailable');
  expect(error.attempts).toBe(3);
  expect(sim.requestCount('GET /2/users/me')).toBe(3);
});

test('retry: false sends exactly once', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const xfetch = withXApi(fetch, { retry: false });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/users/me`));

  expect(error.kind).toBe('unavailable');
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});

test('a connection reset is a network error, retried for GET', async () => {
  sim.script('GET /2/users/me', ['reset', 'ok']);
  const xfetch = withXApi(fetch, { retry: fastRetry });

  const response = await xfetch(`${sim.url}/2/users/me`);

  expect(response.status).toBe(200);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});

test('a reset in the middle of the body is a network error, not a thrown read error', async () => {
  sim.script('GET /2/users/me', ['reset-mid-body']);
  const xfetch = withXApi(fetch, { retry: false });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/users/me`));

  expect(error.kind).toBe('network');
  expect(error.status).toBe(0);
  expect(error.cause).toBeInstanceOf(Error);
});

test('without an explicit fetch the global fetch is used', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const xfetch = withXApi(undefined, { retry: fastRetry });

  const response = await xfetch(`${sim.url}/2/users/me`);

  expect(response.status).toBe(200);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});
