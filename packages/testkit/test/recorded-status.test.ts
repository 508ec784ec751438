import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';
import { untilRecorded } from './http.ts';

let sim: Simulator;
afterEach(() => sim.close());

const drain = async (url: string) => {
  try {
    await (await fetch(url)).arrayBuffer();
  } catch {
    // A reset or cut-off answer: only the record is looked at.
  }
};

test('each recorded request tells the status it was answered with, so 429s can be counted', async () => {
  // A clock that stands still: on the wall clock, a slow run could cross a window's end between the
  // first and the fourth request, and a request after it would get a 200 instead of a 429.
  sim = await startSimulator({
    clock: createManualClock(),
    xLimits: { 'GET /2/users/me': { limit: 2, windowMs: 60_000 } },
  });
  for (let i = 0; i < 4; i++) await drain(`${sim.url}/2/users/me`);
  sim.script('GET /2/tweets', ['reset', 'reset-mid-body', 'v2/http-503']);
  for (let i = 0; i < 3; i++) await drain(`${sim.url}/2/tweets`);

  expect(sim.requests.map((request) => request.status)).toEqual([200, 200, 429, 429, undefined, 200, 503]);
  expect(sim.requestCount((request) => request.status === 429)).toBe(2);
});

test('a request still waiting out its latency has no status yet', async () => {
  sim = await startSimulator({ latencyMs: 300 });
  const pending = drain(`${sim.url}/2/users/me`);
  await untilRecorded(sim, 1);
  expect(sim.requests[0]?.status).toBeUndefined();
  await pending;
  expect(sim.requests[0]?.status).toBe(200);
});
