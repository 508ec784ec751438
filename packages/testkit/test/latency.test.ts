import { expect, test } from 'vitest';
import { createManualClock, startSimulator } from '../src/index.ts';
import { untilRecorded } from './http.ts';

test('latencyMs delays every answer, which is decided as of the arrival: a burst earns the same 429s', async () => {
  const clock = createManualClock(Date.UTC(2026, 0, 1));
  const sim = await startSimulator({
    clock,
    latencyMs: 150,
    xLimits: { 'GET /2/users/:id': { limit: 2, windowMs: 60_000 } },
  });
  try {
    const started = Date.now();
    const statuses = await Promise.all(
      [1001, 1002, 1003].map((id) => fetch(`${sim.url}/2/users/${id}`).then((response) => response.status)),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(statuses).toEqual([200, 200, 429]);
  } finally {
    await sim.close();
  }
});

test('a request counts at its arrival: the window it lands in is the one open when it arrived', async () => {
  const clock = createManualClock(Date.UTC(2026, 0, 1));
  const sim = await startSimulator({
    clock,
    latencyMs: 100,
    xLimits: { 'GET /2/users/me': { limit: 1, windowMs: 1000 } },
  });
  try {
    const first = fetch(`${sim.url}/2/users/me`).then((response) =>
      response.headers.get('x-rate-limit-reset'),
    );
    // Let it arrive, then move the clock past the window before its answer is written.
    await untilRecorded(sim, 1);
    clock.advance(5_000);
    expect(await first).toBe(String(Date.UTC(2026, 0, 1) / 1000 + 1));
  } finally {
    await sim.close();
  }
});

test('closing the simulator drops answers still waiting out their latency', async () => {
  const sim = await startSimulator({ latencyMs: 60_000 });
  const answer = fetch(`${sim.url}/2/users/me`).then(
    () => 'answered',
    () => 'dropped',
  );
  await new Promise((resolve) => setTimeout(resolve, 30));
  await sim.close();
  expect(await answer).toBe('dropped');
});

test.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('latencyMs %s is rejected', async (latencyMs) => {
  await expect(startSimulator({ latencyMs })).rejects.toThrow(
    /latencyMs must be a finite number of 0 or more/,
  );
});
