import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

test('each data line is a post with the rules it matched, as X sends them', async () => {
  sim = await startSimulator({ stream: { dataIntervalMs: 5, disconnectAfter: 2 } });
  const text = await (await fetch(`${sim.url}/2/tweets/search/stream`)).text();
  const [first, second] = text
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line));
  for (const line of [first, second]) {
    expect(line).toEqual({
      data: {
        id: expect.stringMatching(/^\d+$/),
        text: expect.any(String),
        edit_history_tweet_ids: [line.data.id],
      },
      matching_rules: [{ id: expect.any(String), tag: expect.any(String) }],
    });
  }
  expect(first.data.id).not.toBe(second.data.id);
});
