import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { fastRetry, xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { scriptedResetMs: 50 });

const tweet = { text: 'hello from the axios adapter' };

test('a POST answered 500 is not retried: the API may already have posted it', async () => {
  sim.script('POST /2/tweets', ['v2/http-500', 'ok']);
  const api = xapiClient(sim.url, { retry: fastRetry });

  const error = await xapiErrorOf(api.post('/2/tweets', tweet));

  expect(error.status).toBe(500);
  expect(error.retryable).toBe(false);
  expect(error.attempts).toBe(1);
  expect(sim.requestCount('POST /2/tweets')).toBe(1);
});

test('a POST answered 429 is retried after the window resets, with the same body', async () => {
  sim.script('POST /2/tweets', ['v2/http-429', 'ok']);
  const api = xapiClient(sim.url, { retry: fastRetry });

  const response = await api.post('/2/tweets', tweet);

  expect(response.status).toBe(201);
  expect(sim.requestCount('POST /2/tweets')).toBe(2);
  expect(sim.requests.map((request) => JSON.parse(request.body))).toEqual([tweet, tweet]);
  expect(sim.requests.map((request) => request.headers['content-type'])).toEqual([
    'application/json',
    'application/json',
  ]);
});
