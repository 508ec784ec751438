import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

function call(path: string, key: string): Promise<Response> {
  return fetch(`${sim.url}${path}`, { headers: { ApiKey: key } });
}

test('key-usage-info answers 403 "request limit exceeded" once the quota is used up, as Sorsa does', async () => {
  sim = await startSimulator({ clock: createManualClock(), sorsa: { keys: { q: { quota: 1 } } } });
  const before = await call('/v3/key-usage-info', 'q');
  expect(before.status).toBe(200);
  expect(await before.json()).toMatchObject({ key_requests: 1, remaining_requests: 1, total_requests: 0 });
  expect((await call('/v3/followers', 'q')).status).toBe(200);

  const after = await call('/v3/key-usage-info', 'q');
  expect(after.status).toBe(403);
  expect(await after.json()).toEqual({ message: 'request limit exceeded' });

  sim.reset();
  expect((await call('/v3/key-usage-info', 'q')).status).toBe(200);
});
