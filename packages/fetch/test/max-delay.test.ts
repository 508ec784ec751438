import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type ErrorEvent, withXApi } from '../src/index.ts';

// Every served 429 resets 15 minutes ahead, like an exhausted X window.
const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { scriptedResetMs: 15 * 60_000 });

test('a reset further away than maxDelayMs (default 60 s) rejects at once instead of hanging', async () => {
  sim.script('GET /2/users/me', ['v2/http-429', 'ok']);
  const errors: ErrorEvent[] = [];
  const xfetch = withXApi(fetch, { onError: (event) => errors.push(event) });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/users/me`));

  expect(error.kind).toBe('rate-limited');
  expect(error.retryAfterMs).toBeGreaterThan(60_000);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
  expect(errors.map((event) => event.reason)).toEqual(['exceeds-max-delay']);
});

test('a smaller maxDelayMs refuses shorter waits too', async () => {
  sim.script('POST /2/tweets', ['v2/http-503', 'ok']);
  const errors: ErrorEvent[] = [];
  const xfetch = withXApi(fetch, {
    retry: { baseDelayMs: 10_000, random: () => 0.5, maxDelayMs: 1000 },
    onError: (event) => errors.push(event),
  });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/tweets`, { method: 'POST', body: '{}' }));

  expect(error.kind).toBe('unavailable');
  expect(sim.requestCount('POST /2/tweets')).toBe(1);
  expect(errors.map((event) => event.reason)).toEqual(['exceeds-max-delay']);
});

test('maxTotalMs bounds the whole request, waits included', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const errors: ErrorEvent[] = [];
  const xfetch = withXApi(fetch, {
    retry: { baseDelayMs: 1000, random: () => 0.99, maxTotalMs: 500 },
    onError: (event) => errors.push(event),
  });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/users/me`));

  expect(error.kind).toBe('unavailable');
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
  expect(errors.map((event) => event.reason)).toEqual(['exceeds-max-total']);
});
