import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';
import { statusOf } from './http.ts';

let sim: Simulator;
afterEach(() => sim.close());

const status = (path: string, headers?: Record<string, string>): Promise<number> =>
  statusOf(sim, path, headers);

test('reset() reopens the 24-hour app and user limits', async () => {
  sim = await startSimulator({
    clock: createManualClock(),
    appLimit24h: { limit: 1, windowMs: 86_400_000 },
  });
  expect([await status('/2/tweets/2000'), await status('/2/tweets/2001')]).toEqual([200, 429]);
  sim.reset();
  expect(await status('/2/tweets/2002')).toBe(200);
  await sim.close();

  sim = await startSimulator({
    clock: createManualClock(),
    userLimit24h: { limit: 1, windowMs: 86_400_000 },
  });
  expect([await status('/2/tweets/2000'), await status('/2/tweets/2001')]).toEqual([200, 429]);
  sim.reset();
  expect(await status('/2/tweets/2002')).toBe(200);
});

test("reset() clears Sorsa's per-second windows, so the next test's burst starts afresh", async () => {
  // A manual clock stands still: without the reset both calls would share one second.
  sim = await startSimulator({ clock: createManualClock(), sorsa: { perSecond: 1 } });
  const call = () => status('/v3/info?username=x', { ApiKey: 'k' });
  expect([await call(), await call()]).toEqual([200, 429]);
  sim.reset();
  expect(await call()).toBe(200);
});
