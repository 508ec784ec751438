import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

async function limits(path: string): Promise<[string | null, string | null]> {
  const res = await fetch(`${sim.url}${path}`);
  await res.arrayBuffer();
  return [res.headers.get('x-rate-limit-limit'), res.headers.get('x-rate-limit-remaining')];
}

test('a literal xLimits route wins over a :name route listed before it', async () => {
  sim = await startSimulator({
    clock: createManualClock(),
    xLimits: {
      'GET /2/users/:id': { limit: 1, windowMs: 900_000 },
      'GET /2/users/2244994945': { limit: 5, windowMs: 900_000 },
    },
  });
  expect(await limits('/2/users/2244994945')).toEqual(['5', '4']);
  expect(await limits('/2/users/2244994945')).toEqual(['5', '3']);
  expect(await limits('/2/users/783214')).toEqual(['1', '0']);
});
