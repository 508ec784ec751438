import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

test('slow-body spreads the body over slowBodyMs: it is not complete before then', async () => {
  sim = await startSimulator({ slowBodyMs: 400 });
  sim.script('GET /2/users/me', ['slow-body']);
  const res = await fetch(`${sim.url}/2/users/me`);
  const headersAt = performance.now();
  const body = await res.json();
  // Only a lower bound: timers never fire early, so this cannot flake on a slow machine.
  expect(performance.now() - headersAt).toBeGreaterThanOrEqual(300);
  expect(body).toMatchObject({ data: { id: expect.any(String) } });
});
