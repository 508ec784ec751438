import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

async function status(path: string, headers: Record<string, string> = {}): Promise<number> {
  const res = await fetch(`${sim.url}${path}`, { headers });
  await res.arrayBuffer();
  return res.status;
}

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
