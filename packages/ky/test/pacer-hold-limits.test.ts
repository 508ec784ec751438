import { createManualClock, type Simulator, startSimulator } from '@xapi-errors/testkit';
import ky from 'ky';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type ErrorEvent, isXApiError, withXApi } from '../src/index.ts';

// A 15-minute window, its start pinned by the manual clock: the reset is surely minutes away.
const clock = createManualClock(Date.UTC(2026, 0, 1));
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ clock, xLimits: { 'GET /2/users/me': { limit: 1, windowMs: 900_000 } } });
});
afterAll(() => sim.close());

test("ky's timeout bounds an X pacer hold: refused at once as exceeds-max-total, unsent", async () => {
  const errors: ErrorEvent[] = [];
  const api = withXApi(ky.create({ timeout: 5000 }), {
    pace: { x: true },
    // Far above the hold: only the timeout can refuse it.
    retry: { maxDelayMs: 2_000_000 },
    onError: (event) => errors.push(event),
  });
  expect((await api.get(`${sim.url}/2/users/me`)).status).toBe(200);

  const started = Date.now();
  const error: unknown = await api.get(`${sim.url}/2/users/me`).catch((reason: unknown) => reason);

  expect(Date.now() - started).toBeLessThan(500);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
  expect(isXApiError(error) && error.kind).toBe('rate-limited');
  expect(isXApiError(error) && error.attempts).toBe(0);
  expect(errors.map((event) => event.reason)).toEqual(['exceeds-max-total']);
});
