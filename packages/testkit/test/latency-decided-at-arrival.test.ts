import { expect, test } from 'vitest';
import { createManualClock, startSimulator } from '../src/index.ts';
import { untilRecorded } from './http.ts';

test('a script made while a request waits out its latency answers the next request, not that one', async () => {
  const sim = await startSimulator({ latencyMs: 100 });
  try {
    const inFlight = fetch(`${sim.url}/2/users/me`).then((response) => response.status);
    await untilRecorded(sim, 1);
    sim.script('GET /2/users/me', ['v2/http-503']);

    expect(await inFlight).toBe(200);
    expect((await fetch(`${sim.url}/2/users/me`)).status).toBe(503);
  } finally {
    await sim.close();
  }
});

test('reset() while a request waits out its latency leaves the fresh window to the requests after it', async () => {
  const sim = await startSimulator({
    clock: createManualClock(),
    latencyMs: 100,
    xLimits: { 'GET /2/users/me': { limit: 1, windowMs: 60_000 } },
  });
  try {
    const inFlight = fetch(`${sim.url}/2/users/me`).then((response) => response.status);
    await untilRecorded(sim, 1);
    // What useSimulator's beforeEach does when a test starts before the last one's call is answered.
    sim.reset();

    expect(await inFlight).toBe(200);
    const next = await fetch(`${sim.url}/2/users/me`);
    expect(next.status).toBe(200);
    expect(next.headers.get('x-rate-limit-remaining')).toBe('0');
    expect(sim.requestCount()).toBe(1);
  } finally {
    await sim.close();
  }
});
