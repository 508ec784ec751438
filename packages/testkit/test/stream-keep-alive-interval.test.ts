import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

test('keep-alives follow keepAliveMs (20 s by default), not the data interval', async () => {
  // About 1.2 s of data lines: far less than X's 20-second keep-alive interval.
  sim = await startSimulator({ stream: { dataIntervalMs: 40, disconnectAfter: 30 } });
  const text = await (await fetch(`${sim.url}/2/tweets/search/stream`)).text();
  const lines = text.slice(0, -2).split('\r\n');
  expect(lines).toHaveLength(31);
  expect(lines.filter((line) => line === '')).toEqual([]);
});
