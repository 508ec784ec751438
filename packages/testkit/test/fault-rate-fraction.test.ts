import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

async function faulted(count: number): Promise<number> {
  let faults = 0;
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${sim.url}/2/users/me`);
    if (res.status === 503) faults += 1;
    await res.arrayBuffer();
  }
  return faults;
}

test('rate 1 faults every eligible request', async () => {
  sim = await startSimulator({ seed: 5, faults: { rate: 1, kinds: ['over-capacity-503'] } });
  expect(await faulted(30)).toBe(30);
});

test('a rate is the fraction of requests that get a fault', async () => {
  // Seeded, so the count is the same on every run; the bounds only allow for the randomness.
  sim = await startSimulator({ seed: 5, faults: { rate: 0.3, kinds: ['over-capacity-503'] } });
  const faults = await faulted(400);
  expect(faults).toBeGreaterThanOrEqual(90);
  expect(faults).toBeLessThanOrEqual(150);
});
