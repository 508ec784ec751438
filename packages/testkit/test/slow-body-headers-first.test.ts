import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

test('slow-body sends the status and headers at once; only the body is slow', async () => {
  // Ten pieces over 10 s: one a second, so headers held back with the first piece would take 1 s.
  sim = await startSimulator({ slowBodyMs: 10_000 });
  sim.script('GET /2/users/me', ['slow-body']);
  const started = performance.now();
  const res = await fetch(`${sim.url}/2/users/me`);
  const headersAfter = performance.now() - started;

  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0);
  expect(headersAfter).toBeLessThan(500);
  await res.body?.cancel();
});
