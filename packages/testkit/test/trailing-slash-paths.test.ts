import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

test('a trailing slash is dropped: the path is recorded, scripted and limited as without it', async () => {
  sim = await startSimulator({
    clock: createManualClock(),
    xLimits: { 'GET /2/users/me': { limit: 5, windowMs: 900_000 } },
  });
  sim.script('GET /2/users/me', ['v2/http-503']);
  const scripted = await fetch(`${sim.url}/2/users/me/`);
  expect(scripted.status).toBe(503);
  await scripted.arrayBuffer();
  const limited = await fetch(`${sim.url}/2/users/me/?user.fields=id`);
  expect(limited.headers.get('x-rate-limit-remaining')).toBe('4');
  await limited.arrayBuffer();
  expect(sim.requests.map((request) => request.path)).toEqual(['/2/users/me', '/2/users/me']);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});
