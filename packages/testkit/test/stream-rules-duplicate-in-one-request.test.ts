import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

test('a value given twice in one add is created once; the second is a DuplicateRule', async () => {
  sim = await startSimulator({ stream: { rules: 0 } });
  const rules = `${sim.url}/2/tweets/search/stream/rules`;
  const res = await fetch(rules, {
    method: 'POST',
    body: JSON.stringify({ add: [{ value: 'cats' }, { value: 'cats', tag: 'again' }] }),
  });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { data: { id: string }[]; meta: unknown; errors: unknown[] };
  expect(body.data).toEqual([{ id: expect.any(String), value: 'cats' }]);
  expect(body.meta).toEqual({
    sent: expect.any(String),
    summary: { created: 1, not_created: 1, valid: 1, invalid: 1 },
  });
  expect(body.errors).toEqual([
    {
      value: 'cats',
      id: body.data[0]?.id,
      title: 'DuplicateRule',
      type: 'https://api.twitter.com/2/problems/duplicate-rules',
    },
  ]);
  const listed = (await (await fetch(rules)).json()) as { meta: { result_count: number } };
  expect(listed.meta.result_count).toBe(1);
});
