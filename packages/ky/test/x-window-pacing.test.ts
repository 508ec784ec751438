import { type Simulator, startSimulator } from '@xapi-errors/testkit';
import ky, { type KyInstance } from 'ky';
import { expect, test } from 'vitest';
import { type RateLimitEvent, withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

/**
 * Runs `check` against a simulator whose `GET /2/users/:id` allows 3 requests a second, answering
 * 100 ms after the server counted each (as over a network: pacing must hold the rest back before
 * any answer lands), with an X-paced instance that records every 429 it receives.
 */
async function withWindowOf3(
  check: (sim: Simulator, api: KyInstance, answered429: RateLimitEvent[]) => Promise<void>,
): Promise<void> {
  const sim = await startSimulator({
    latencyMs: 100,
    xLimits: { 'GET /2/users/:id': { limit: 3, windowMs: 1000 } },
  });
  // The simulator's windows are whole seconds of the clock. Started just past one, the first
  // answers land well inside it: a request sent in one window that the server counts in the next
  // (under load, near the boundary) is no part of what these tests check.
  await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
  try {
    const answered429: RateLimitEvent[] = [];
    const api = withXApi(ky.create({ timeout: 10_000 }), {
      pace: { x: true },
      onRateLimit: (event) => {
        if (event.source === 'response') answered429.push(event);
      },
    });
    await check(sim, api, answered429);
  } finally {
    await sim.close();
  }
}

// Real time: the simulator's one-second windows reset while the requests wait for them.
test('a burst to an endpoint not heard from yet waits for its first answer; none collects a 429', () =>
  withWindowOf3(async (sim, api, answered429) => {
    const statuses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => api.get(`${sim.url}/2/users/${3001 + i}`).then((r) => r.status)),
    );

    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
    expect(answered429).toEqual([]);
    expect(sim.requestCount('GET /2/users/:id')).toBe(8);
  }));

test('requests queued at a reset go only as many as the window allows; none collects a 429', () =>
  withWindowOf3(async (sim, api, answered429) => {
    for (const id of [1001, 1002, 1003]) await api.get(`${sim.url}/2/users/${id}`);

    const statuses = await Promise.all(
      Array.from({ length: 7 }, (_, i) => api.get(`${sim.url}/2/users/${2001 + i}`).then((r) => r.status)),
    );

    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200]);
    expect(answered429).toEqual([]);
    expect(sim.requestCount('GET /2/users/:id')).toBe(10);
  }));

test("one user's spent window holds that user's requests, not another user's", async () => {
  // Windows start at multiples of ten minutes on the simulator's clock; set back to the start of
  // one, no window can end between the two requests and free the held one.
  const intoWindow = Date.now() % 600_000;
  const sim = await startSimulator({
    clock: { now: () => Date.now() - intoWindow },
    xLimits: { 'GET /2/users/:id': { limit: 1, windowMs: 600_000 } },
  });
  try {
    const api = withXApi(createKy(sim.url, { timeout: false }), {
      pace: { x: true },
      retry: { maxDelayMs: 1_000 },
    });
    const as = (user: string) => ({ headers: { authorization: `Bearer ${user}` } });
    expect((await api.get('2/users/1001', as('alice'))).status).toBe(200);

    const held = await api.get('2/users/1002', as('alice')).catch((error: unknown) => error);
    const bob = await api.get('2/users/1003', as('bob'));

    expect(held).toMatchObject({ kind: 'rate-limited', attempts: 0 });
    expect(bob.status).toBe(200);
    expect(sim.requestCount('GET /2/users/:id')).toBe(2);
  } finally {
    await sim.close();
  }
});
