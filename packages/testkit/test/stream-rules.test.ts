import { classify } from '@xapi-errors/core';
import { afterEach, expect, test } from 'vitest';
import { type Simulator, startSimulator } from '../src/index.ts';

let sim: Simulator;
afterEach(() => sim.close());

const rulesUrl = (query = ''): string => `${sim.url}/2/tweets/search/stream/rules${query}`;

async function post(body: unknown, query = ''): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(rulesUrl(query), { method: 'POST', body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function connectStatus(): Promise<number> {
  const res = await fetch(`${sim.url}/2/tweets/search/stream`);
  await res.body?.cancel();
  return res.status;
}

test('a rule added on the rules route lets the stream connect; deleting it brings the 409 back', async () => {
  sim = await startSimulator({ stream: { rules: 0 } });
  expect(await (await fetch(rulesUrl())).json()).toEqual({
    meta: { sent: expect.any(String), result_count: 0 },
  });
  expect(await connectStatus()).toBe(409);

  const added = await post({ add: [{ value: 'cat has:images', tag: 'cats' }] });
  expect(added.status).toBe(201);
  expect(added.body).toEqual({
    data: [{ id: expect.stringMatching(/^\d+$/), value: 'cat has:images', tag: 'cats' }],
    meta: { sent: expect.any(String), summary: { created: 1, not_created: 0, valid: 1, invalid: 0 } },
  });
  const listed = (await (await fetch(rulesUrl())).json()) as { data: unknown[]; meta: unknown };
  expect(listed.data).toEqual((added.body as { data: unknown[] }).data);
  expect(await connectStatus()).toBe(200);

  const [rule] = (added.body as { data: { id: string }[] }).data;
  const deleted = await post({ delete: { ids: [rule?.id, '404'] } });
  expect(deleted).toEqual({
    status: 200,
    body: { meta: { sent: expect.any(String), summary: { deleted: 1, not_deleted: 1 } } },
  });
  expect(await connectStatus()).toBe(409);
});

test('duplicates and empty values are not created and come back as problems core knows', async () => {
  sim = await startSimulator({ stream: { rules: 0 } });
  await post({ add: [{ value: 'dogs' }] });
  const again = await post({ add: [{ value: 'dogs' }, { value: '' }] });
  expect(again.status).toBe(200);
  expect(again.body['meta']).toEqual({
    sent: expect.any(String),
    summary: { created: 0, not_created: 2, valid: 0, invalid: 2 },
  });
  expect(again.body['errors']).toEqual([
    {
      value: 'dogs',
      id: expect.any(String),
      title: 'DuplicateRule',
      type: 'https://api.twitter.com/2/problems/duplicate-rules',
    },
    { value: '', title: 'UnprocessableEntity', type: 'https://api.twitter.com/2/problems/invalid-rules' },
  ]);
  // Core reads the answer as X's: a 200 whose only errors are these two problems.
  const c = classify({ status: again.status, body: again.body, url: rulesUrl() });
  expect(c.problems.map((problem) => problem.entry?.id)).toEqual(['v2/duplicate-rules', 'v2/invalid-rules']);
  expect(c.kind).toBe('stream-rules');
});

test('delete_all removes every rule; an empty add is refused', async () => {
  sim = await startSimulator({ stream: { rules: 3 } });
  const cleared = await fetch(rulesUrl('?delete_all=true'), { method: 'POST' });
  expect(await cleared.json()).toEqual({
    meta: { sent: expect.any(String), summary: { deleted: 3, not_deleted: 0 } },
  });
  expect(await connectStatus()).toBe(409);
  expect((await post({ add: [] })).status).toBe(400);
});

test('dry_run changes nothing, a body of neither kind is a 400, and reset() restores the option', async () => {
  sim = await startSimulator({ stream: { rules: 2 } });
  expect((await post({ add: [{ value: 'x' }] }, '?dry_run=true')).status).toBe(201);
  expect(
    (await post({ delete: { values: ['xapi-sim rule 1', 'xapi-sim rule 2'] } }, '?dry_run=true')).body,
  ).toEqual({
    meta: { sent: expect.any(String), summary: { deleted: 2, not_deleted: 0 } },
  });
  expect(((await (await fetch(rulesUrl())).json()) as { meta: unknown }).meta).toEqual({
    sent: expect.any(String),
    result_count: 2,
  });
  const refused = await fetch(rulesUrl(), { method: 'POST', body: 'not json' });
  expect(refused.status).toBe(400);
  expect(((await refused.json()) as { type: string }).type).toBe(
    'https://api.twitter.com/2/problems/invalid-request',
  );

  await post({ delete: { values: ['xapi-sim rule 1', 'xapi-sim rule 2'] } });
  expect(await connectStatus()).toBe(409);
  sim.reset();
  expect(await connectStatus()).toBe(200);
});
