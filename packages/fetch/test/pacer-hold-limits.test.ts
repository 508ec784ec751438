import { createPacer, type Pacer } from '@xapi-errors/core';
import { createManualClock, type Simulator, startSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ErrorEvent, isXApiError, withXApi } from '../src/index.ts';

// A 15-minute window, its start pinned by the manual clock: the reset is surely minutes away.
const clock = createManualClock(Date.UTC(2026, 0, 1));
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({
    clock,
    xLimits: {
      'GET /2/users/me': { limit: 1, windowMs: 900_000 },
      'GET /2/tweets/:id': { limit: 2, windowMs: 900_000 },
      'GET /2/users/by/username/:username': { limit: 1, windowMs: 900_000 },
    },
  });
});
afterAll(() => sim.close());

test('a request the X pacer would hold past maxDelayMs is refused at once, unsent', async () => {
  const errors: ErrorEvent[] = [];
  const xfetch = withXApi(fetch, {
    pace: { x: true },
    retry: { maxDelayMs: 1000 },
    onError: (event) => errors.push(event),
  });
  expect((await xfetch(`${sim.url}/2/users/me`)).status).toBe(200);

  const started = Date.now();
  const error: unknown = await xfetch(`${sim.url}/2/users/me`).catch((reason: unknown) => reason);

  expect(Date.now() - started).toBeLessThan(500);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
  expect(isXApiError(error) && error.kind).toBe('rate-limited');
  expect(isXApiError(error) && error.status).toBe(0);
  expect(isXApiError(error) && error.attempts).toBe(0);
  expect(isXApiError(error) && error.retryAfterMs).toBeGreaterThan(60_000);
  expect(errors.map((event) => event.reason)).toEqual(['exceeds-max-delay']);
});

test('a request queued behind others is refused when its turn comes, not held until the reset', async () => {
  const xfetch = withXApi(fetch, { pace: { x: true }, retry: { maxDelayMs: 1000 } });
  expect((await xfetch(`${sim.url}/2/tweets/1001`)).status).toBe(200);

  // One request is left in the window: the first of these takes it, the other two find it spent.
  const settled = await Promise.allSettled(
    [2001, 2002, 2003].map((id) => xfetch(`${sim.url}/2/tweets/${id}`).then((response) => response.status)),
  );

  expect(settled[0]).toEqual({ status: 'fulfilled', value: 200 });
  for (const outcome of settled.slice(1)) {
    const error: unknown = outcome.status === 'rejected' ? outcome.reason : undefined;
    expect(isXApiError(error) && [error.kind, error.status, error.attempts]).toEqual(['rate-limited', 0, 0]);
  }
  expect(sim.requestCount('GET /2/tweets/:id')).toBe(2);
}, 5_000);

test('a pacer of your own that forwards only acquire(key, signal) still has its holds bounded', async () => {
  const inner = createPacer();
  const pacer: Pacer = {
    acquire: (key, signal) => inner.acquire(key, signal),
    observe: (key, rateLimit) => inner.observe(key, rateLimit),
    pausedUntil: (key) => inner.pausedUntil(key),
  };
  const xfetch = withXApi(fetch, { pace: { x: true }, pacer, retry: { maxDelayMs: 1000 } });
  expect((await xfetch(`${sim.url}/2/users/by/username/xdevelopers`)).status).toBe(200);

  const error: unknown = await xfetch(`${sim.url}/2/users/by/username/xdevelopers`).catch(
    (reason: unknown) => reason,
  );

  expect(isXApiError(error) && [error.kind, error.status, error.attempts]).toEqual(['rate-limited', 0, 0]);
  expect(sim.requestCount('GET /2/users/by/username/:username')).toBe(1);
}, 5_000);
