import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { RetryEvent } from '../src/index.ts';
import { fastRetry, xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

test('503, 503, then 200 resolves with the data after exactly 3 attempts', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'ok']);
  const retries: RetryEvent[] = [];
  const api = xapiClient(sim.url, { retry: fastRetry, onRetry: (event) => retries.push(event) });

  const response = await api.get('/2/users/me');

  expect(response.status).toBe(200);
  expect(response.data.data.id).toEqual(expect.any(String));
  expect(sim.requestCount('GET /2/users/me')).toBe(3);
  expect(retries.map((event) => [event.attempt, event.classification.kind])).toEqual([
    [1, 'unavailable'],
    [2, 'unavailable'],
  ]);
});

test('a 503 that outlasts the retry limit rejects with the last classification and the attempt count', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'v2/http-503']);
  const api = xapiClient(sim.url, { retry: { ...fastRetry, limit: 2 } });

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(error.status).toBe(503);
  expect(error.attempts).toBe(3);
  expect(sim.requestCount('GET /2/users/me')).toBe(3);
});

test('retry: false sends each request once', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const api = xapiClient(sim.url, { retry: false });

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(error.kind).toBe('unavailable');
  expect(error.attempts).toBe(1);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});
