import { afterEach, expect, test } from 'vitest';
import { createManualClock, type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

function call(path: string, key: string): Promise<Response> {
  return fetch(`${sim.url}${path}`, { headers: { ApiKey: key } });
}

test('the quota is checked before the per-second limit: a used-up key gets only 403s, never 429s', async () => {
  sim = await startSimulator({ clock: createManualClock(), sorsa: { keys: { empty: { quota: 0 } } } });
  const responses = await Promise.all(Array.from({ length: 25 }, () => call('/v3/followers', 'empty')));
  expect(responses.map((res) => res.status)).toEqual(Array.from({ length: 25 }, () => 403));
  await Promise.all(responses.map((res) => res.arrayBuffer()));
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
