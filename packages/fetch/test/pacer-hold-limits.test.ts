import { createManualClock, type Simulator, startSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ErrorEvent, isXApiError, withXApi } from '../src/index.ts';

// A 15-minute window, its start pinned by the manual clock: the reset is surely minutes away.
const clock = createManualClock(Date.UTC(2026, 0, 1));
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ clock, xLimits: { 'GET /2/users/me': { limit: 1, windowMs: 900_000 } } });
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
