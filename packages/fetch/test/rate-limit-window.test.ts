import { createManualClock, type Simulator, startSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type RateLimitEvent, type RetryEvent, withXApi } from '../src/index.ts';

// The simulator's clock stands still, so both requests surely share one window; tests move it on
// when the client has waited for the reset.
const clock = createManualClock();
let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator({ clock, xLimits: { 'GET /2/users/:id': { limit: 1, windowMs: 1000 } } });
});
beforeEach(() => {
  sim.reset();
  clock.set(Math.floor(Date.now() / 1000) * 1000);
});
afterAll(() => sim.close());

const nextWindow = () => clock.advance(1000);
/** After a pacer wait the reset has passed in real time: bring the simulator's clock up to it. */
const catchUp = () => clock.set(Math.max(clock.now(), Date.now()));

test('an exhausted v2 window waits until its reset, then succeeds', async () => {
  const retries: RetryEvent[] = [];
  const xfetch = withXApi(fetch, {
    onRetry: (event) => {
      retries.push(event);
      nextWindow();
    },
  });
  await xfetch(`${sim.url}/2/users/12345`);

  const response = await xfetch(`${sim.url}/2/users/12345`);

  expect(response.status).toBe(200);
  expect(sim.requestCount('GET /2/users/:id')).toBe(3);
  expect(retries).toHaveLength(1);
  expect(retries[0]?.reason).toBe('server-timing');
  expect(retries[0]?.classification.kind).toBe('rate-limited');
  expect(retries[0]?.delayMs).toBeLessThanOrEqual(1000);
});

test('with X pacing on, the next request waits for the reset instead of collecting a 429', async () => {
  const limits: RateLimitEvent[] = [];
  const xfetch = withXApi(fetch, {
    pace: { x: true },
    onRateLimit: (event) => {
      limits.push(event);
      catchUp();
    },
  });
  await xfetch(`${sim.url}/2/users/12345`);

  const response = await xfetch(`${sim.url}/2/users/67890`);

  expect(response.status).toBe(200);
  expect(sim.requestCount('GET /2/users/:id')).toBe(2);
  expect(limits.filter((event) => event.source === 'response')).toEqual([]);
  expect(limits.some((event) => event.source === 'pacer' && (event.waitMs ?? 0) > 100)).toBe(true);
});

test('X pacing is off by default: the 429 is received and retried', async () => {
  const limits: RateLimitEvent[] = [];
  const xfetch = withXApi(fetch, {
    onRateLimit: (event) => limits.push(event),
    onRetry: nextWindow,
  });
  await xfetch(`${sim.url}/2/users/12345`);

  const response = await xfetch(`${sim.url}/2/users/12345`);

  expect(response.status).toBe(200);
  expect(limits.map((event) => [event.source, event.classification?.kind])).toEqual([
    ['response', 'rate-limited'],
  ]);
});
