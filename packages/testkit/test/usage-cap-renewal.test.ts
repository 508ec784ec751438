import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

async function statuses(count: number): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) {
    const res = await fetch(`${sim.url}/2/users/me`);
    seen.push(res.status);
    await res.arrayBuffer();
  }
  return seen;
}

test('a Daily cap renews the next UTC day within the same month, with the whole limit again', async () => {
  const clock = createManualClock(Date.UTC(2026, 0, 15, 22, 0));
  sim = await startSimulator({ clock, usageCap: { limit: 2, period: 'Daily' } });
  expect(await statuses(3)).toEqual([200, 200, 429]);
  clock.set(Date.UTC(2026, 0, 16, 0, 0, 1));
  expect(await statuses(3)).toEqual([200, 200, 429]);
});

test('a Monthly cap renews with the whole limit, also twelve months later in the same calendar month', async () => {
  const clock = createManualClock(Date.UTC(2026, 0, 10));
  sim = await startSimulator({ clock, usageCap: { limit: 2 } });
  expect(await statuses(3)).toEqual([200, 200, 429]);
  clock.set(Date.UTC(2026, 1, 10));
  expect(await statuses(3)).toEqual([200, 200, 429]);
  clock.set(Date.UTC(2027, 1, 10));
  expect(await statuses(3)).toEqual([200, 200, 429]);
});
