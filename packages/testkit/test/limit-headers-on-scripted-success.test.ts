import { afterEach, describe, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

const limits = {
  clock: createManualClock(),
  appLimit24h: { limit: 10, windowMs: 86_400_000 },
  xLimits: { 'GET /2/users': { limit: 5, windowMs: 900_000 } },
  slowBodyMs: 10,
};

describe('success-shaped answers of a limited route carry its current headers, uncounted', () => {
  test.each(['ok', 'partial', 'slow-body', 'truncated-json'] as const)('a scripted %s', async (step) => {
    sim = await startSimulator(limits);
    sim.script('GET /2/users', [step]);
    const res = await fetch(`${sim.url}/2/users?ids=1,2`);
    await res.text();
    expect(res.headers.get('x-rate-limit-limit')).toBe('5');
    expect(res.headers.get('x-rate-limit-remaining')).toBe('5');
    expect(res.headers.get('x-app-limit-24hour-remaining')).toBe('10');
    const normal = await fetch(`${sim.url}/2/users?ids=1,2`);
    await normal.text();
    expect(normal.headers.get('x-rate-limit-remaining')).toBe('4');
  });

  test('a random slow-body fault', async () => {
    sim = await startSimulator({ ...limits, faults: { rate: 1, kinds: ['slow-body'] } });
    const res = await fetch(`${sim.url}/2/users`);
    await res.text();
    expect(res.headers.get('x-rate-limit-remaining')).toBe('5');
  });
});
