import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

test('a request takes the step of a literal script route before one of an earlier :name route', async () => {
  sim = await startSimulator();
  sim.script('GET /2/users/:id', ['v2/http-503']);
  sim.script('GET /2/users/42', ['v2/http-500']);
  const statuses: number[] = [];
  for (const path of ['/2/users/42', '/2/users/42', '/2/users/42']) {
    const res = await fetch(`${sim.url}${path}`);
    statuses.push(res.status);
    await res.arrayBuffer();
  }
  expect(statuses).toEqual([500, 503, 200]);
});
