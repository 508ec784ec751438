import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

test('key-usage-info uses no quota but does count toward the per-second limit', async () => {
  sim = await startSimulator({
    clock: createManualClock(),
    sorsa: { perSecond: 2, keys: { q: { quota: 10 } } },
  });
  const call = async (path: string) => {
    const res = await fetch(`${sim.url}/v3${path}`, { headers: { ApiKey: 'q' } });
    await res.arrayBuffer();
    return res.status;
  };
  expect([await call('/key-usage-info'), await call('/key-usage-info')]).toEqual([200, 200]);
  expect(await call('/info?username=x')).toBe(429);
  expect(await call('/key-usage-info')).toBe(429);
});
