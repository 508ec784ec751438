import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';
import { statusOf } from './http.ts';

let sim: Simulator;
afterEach(() => sim.close());

const status = (path: string, headers?: Record<string, string>): Promise<number> =>
  statusOf(sim, path, headers);

test('/1.1 and Sorsa requests spend none of the /2 pay-per-use credits', async () => {
  sim = await startSimulator({ credits: 2 });
  for (let i = 0; i < 3; i++) {
    expect(await status('/1.1/statuses/show.json?id=1')).toBe(200);
    expect(await status('/v3/info?username=x', { ApiKey: 'k' })).toBe(200);
  }
  expect([await status('/2/users/me'), await status('/2/users/me'), await status('/2/users/me')]).toEqual([
    200, 200, 402,
  ]);
});
