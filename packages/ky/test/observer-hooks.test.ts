import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type ErrorEvent, type RateLimitEvent, type RetryEvent, withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { scriptedResetMs: 100 });

test('onRetry, onRateLimit and onError receive the redacted request and the classification', async () => {
  sim.script('GET /2/tweets/search/recent', ['v2/rate-limit-exceeded', 'v2/http-503', 'v2/http-400']);
  const retries: RetryEvent[] = [];
  const limits: RateLimitEvent[] = [];
  const errors: ErrorEvent[] = [];
  const api = withXApi(createKy(sim.url), {
    retry: { baseDelayMs: 5 },
    onRetry: (event) => retries.push(event),
    onRateLimit: (event) => limits.push(event),
    onError: (event) => errors.push(event),
  });

  await expect(api.get('2/tweets/search/recent', { searchParams: { query: 'x' } })).rejects.toMatchObject({
    kind: 'invalid-request',
    attempts: 3,
  });

  const request = { method: 'GET', url: `${sim.url}/2/tweets/search/recent?query=x` };
  expect(retries.map((event) => [event.request, event.attempt, event.classification.kind])).toEqual([
    [request, 1, 'rate-limited'],
    [request, 2, 'unavailable'],
  ]);
  expect(limits.map((event) => [event.source, event.classification?.kind])).toEqual([
    ['response', 'rate-limited'],
  ]);
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ request, attempts: 3, reason: 'not-retryable' });
  expect(errors[0]?.classification.entry?.id).toBe('v2/http-400');
});

test('a throwing observer does not change the outcome', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const api = withXApi(createKy(sim.url), {
    retry: { baseDelayMs: 5 },
    onRetry: () => {
      throw new Error('broken logger');
    },
  });

  const response = await api.get('2/users/me');

  expect(response.status).toBe(200);
});
