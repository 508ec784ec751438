import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

function call(path: string, key: string): Promise<Response> {
  return fetch(`${sim.url}${path}`, { headers: { ApiKey: key } });
}

test('key-usage-info answers 200 with remaining_requests 0 once the quota is used up', async () => {
  sim = await startSimulator({ clock: createManualClock(), sorsa: { keys: { q: { quota: 2 } } } });
  expect((await call('/v3/followers', 'q')).status).toBe(200);
  expect((await call('/v3/followers', 'q')).status).toBe(200);
  const refused = await call('/v3/followers', 'q');
  expect(refused.status).toBe(403);
  expect(await refused.json()).toEqual({ message: 'request limit exceeded' });

  const usage = await call('/v3/key-usage-info', 'q');
  expect(usage.status).toBe(200);
  expect(await usage.json()).toMatchObject({ key_requests: 2, remaining_requests: 0, total_requests: 2 });
});

test('a request refused for quota takes no per-second slot: a used-up key gets only 403s, never 429s', async () => {
  sim = await startSimulator({ clock: createManualClock(), sorsa: { keys: { empty: { quota: 0 } } } });
  const responses = await Promise.all(Array.from({ length: 25 }, () => call('/v3/followers', 'empty')));
  expect(responses.map((res) => res.status)).toEqual(Array.from({ length: 25 }, () => 403));
  await Promise.all(responses.map((res) => res.arrayBuffer()));

  // In the same second, all 20 slots are still free for the calls Sorsa does not bill.
  const usage = await Promise.all(Array.from({ length: 20 }, () => call('/v3/key-usage-info', 'empty')));
  expect(usage.map((res) => res.status)).toEqual(Array.from({ length: 20 }, () => 200));
  expect(await usage[0]?.json()).toMatchObject({ key_requests: 0, remaining_requests: 0, total_requests: 0 });
  await Promise.all(usage.slice(1).map((res) => res.arrayBuffer()));
  expect((await call('/v3/key-usage-info', 'empty')).status).toBe(429);
});

test('valid_until is fixed 30 days after the simulator started and does not move with the clock', async () => {
  const clock = createManualClock();
  const started = clock.now();
  sim = await startSimulator({ clock });
  clock.advance(2_000);
  const first = (await (await call('/v3/key-usage-info', 'k')).json()) as { valid_until: string };
  clock.advance(3 * 24 * 60 * 60 * 1000);
  const later = (await (await call('/v3/key-usage-info', 'other-key')).json()) as { valid_until: string };
  sim.reset();
  const afterReset = (await (await call('/v3/key-usage-info', 'k')).json()) as { valid_until: string };

  const expected = new Date(started + 30 * 24 * 60 * 60 * 1000).toISOString();
  expect([first.valid_until, later.valid_until, afterReset.valid_until]).toEqual([
    expected,
    expected,
    expected,
  ]);
});
