import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

test('the 24-hour app and user limits leave /1.1 alone: no refusals and no 24-hour headers there', async () => {
  sim = await startSimulator({
    clock: createManualClock(),
    appLimit24h: { limit: 1, windowMs: 86_400_000 },
    userLimit24h: { limit: 1, windowMs: 86_400_000 },
  });
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${sim.url}/1.1/statuses/show.json?id=20`);
    await res.arrayBuffer();
    expect(res.status).toBe(200);
    expect([...res.headers.keys()].filter((name) => name.includes('24hour'))).toEqual([]);
  }
  const v2 = await fetch(`${sim.url}/2/users/me`);
  await v2.arrayBuffer();
  expect(v2.headers.get('x-app-limit-24hour-remaining')).toBe('0');
});
