import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

async function reset(path: string): Promise<{ status: number; reset: string | null }> {
  const res = await fetch(`${sim.url}${path}`);
  await res.arrayBuffer();
  return { status: res.status, reset: res.headers.get('x-rate-limit-reset') };
}

test('x-rate-limit-reset names the end of the window a request lands in, not now plus windowMs', async () => {
  const clock = createManualClock();
  const windowStart = clock.now();
  sim = await startSimulator({ clock, xLimits: { 'GET /2/users/me': { limit: 3, windowMs: 900_000 } } });
  const windowEnd = String(windowStart / 1000 + 900);
  expect(await reset('/2/users/me')).toEqual({ status: 200, reset: windowEnd });
  // A minute and a bit into the same window the reset has not moved.
  clock.advance(61_234);
  expect(await reset('/2/users/me')).toEqual({ status: 200, reset: windowEnd });
  clock.advance(600_000);
  expect(await reset('/2/users/me')).toEqual({ status: 200, reset: windowEnd });
  expect(await reset('/2/users/me')).toEqual({ status: 429, reset: windowEnd });
});

test('a window that does not end on a whole second reports the next whole second, so waiting for it is enough', async () => {
  const clock = createManualClock();
  const windowStart = clock.now(); // a multiple of 1500 ms
  sim = await startSimulator({ clock, xLimits: { 'GET /2/tweets/:id': { limit: 1, windowMs: 1500 } } });
  const first = await reset('/2/tweets/2000');
  expect(first).toEqual({ status: 200, reset: String(windowStart / 1000 + 2) });
  expect((await reset('/2/tweets/2000')).status).toBe(429);
  // A client that sleeps until the announced reset is let through.
  clock.set(Number(first.reset) * 1000);
  expect((await reset('/2/tweets/2000')).status).toBe(200);
});
