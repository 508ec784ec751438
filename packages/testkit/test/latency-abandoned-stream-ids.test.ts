import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';
import { untilRecorded } from './http.ts';

let sim: Simulator;
afterEach(() => sim.close());

test('a stream abandoned during its latency never starts, so it takes no ids from later answers', async () => {
  sim = await startSimulator({ latencyMs: 50, stream: { dataIntervalMs: 5 } });
  const gaveUp = new AbortController();
  const first = fetch(`${sim.url}/2/tweets/search/stream`, { signal: gaveUp.signal }).catch(() => undefined);
  await untilRecorded(sim, 1);
  gaveUp.abort();
  await first;
  // Long past the latency: a stream started on the dead response would have sent many data lines.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const me = (await (await fetch(`${sim.url}/2/users/me`)).json()) as { data: { id: string } };
  // The first id the simulator hands out: nothing took one before this answer.
  expect(me.data.id).toBe('1900000000000000001');
});
