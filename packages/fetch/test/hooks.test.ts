import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type ErrorEvent, type RateLimitEvent, type RetryEvent, withXApi } from '../src/index.ts';
import { fastRetry } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { scriptedResetMs: 0 });

test('onRetry, onRateLimit and onError receive the classification and a redacted request', async () => {
  sim.script('GET /2/users/me', ['v2/http-429', 'v2/http-503', 'v2/http-401']);
  const events: (RetryEvent | RateLimitEvent | ErrorEvent)[] = [];
  const names: string[] = [];
  const xfetch = withXApi(fetch, {
    retry: fastRetry,
    onRetry: (event) => {
      names.push('retry');
      events.push(event);
    },
    onRateLimit: (event) => {
      names.push('rate-limit');
      events.push(event);
    },
    onError: (event) => {
      names.push('error');
      events.push(event);
    },
  });

  await xapiErrorOf(xfetch(`${sim.url}/2/users/me?access_token=abc`));

  expect(names).toEqual(['rate-limit', 'retry', 'retry', 'error']);
  expect(events.map((event) => event.classification?.kind)).toEqual([
    'rate-limited',
    'rate-limited',
    'unavailable',
    'authentication',
  ]);
  for (const event of events) {
    expect(event.request).toEqual({ method: 'GET', url: `${sim.url}/2/users/me?access_token=[REDACTED]` });
  }
  expect(events.at(-1)).toMatchObject({ attempts: 3, reason: 'not-retryable' });
});

test('a throwing hook does not change the outcome', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const xfetch = withXApi(fetch, {
    retry: fastRetry,
    onRetry: () => {
      throw new Error('broken logger');
    },
  });

  const response = await xfetch(`${sim.url}/2/users/me`);

  expect(response.status).toBe(200);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});

test('an async hook whose promise rejects does not change the outcome, nor end the process', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const unhandled: unknown[] = [];
  const collect = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', collect);
  try {
    const xfetch = withXApi(fetch, {
      retry: fastRetry,
      onRetry: async () => {
        throw new Error('broken async logger');
      },
    });

    const response = await xfetch(`${sim.url}/2/users/me`);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(response.status).toBe(200);
    expect(unhandled).toEqual([]);
  } finally {
    process.off('unhandledRejection', collect);
  }
});

test('successful requests call no hooks', async () => {
  const names: string[] = [];
  const xfetch = withXApi(fetch, {
    onRetry: () => names.push('retry'),
    onRateLimit: () => names.push('rate-limit'),
    onError: () => names.push('error'),
  });

  await xfetch(`${sim.url}/2/users/me`);

  expect(names).toEqual([]);
});
