import { useSimulator } from '@xapi-errors/testkit';
import { Effect } from 'effect';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { simClient, withClient } from './harness.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

const json = { 'content-type': 'application/json; charset=utf-8' };

test('a body arriving in many chunks, multi-byte characters split across them, reads whole', async () => {
  const data = Array.from({ length: 4000 }, (_, index) => ({ id: String(index), text: 'Grüße 🌍 ' + index }));
  sim.script('GET /2/tweets', [{ status: 200, headers: json, body: JSON.stringify({ data }) }]);

  const response = await Effect.runPromise(withClient(simClient(sim), (x) => x.get('/2/tweets')));

  expect(response.body).toEqual({ data });
  expect(response.classification.ok).toBe(true);
});

test('a leading byte order mark is dropped before parsing, as Response.text() does', async () => {
  sim.script('GET /2/users/me', [{ status: 200, headers: json, body: '\uFEFF{"data":{"id":"1"}}' }]);

  const response = await Effect.runPromise(withClient(simClient(sim), (x) => x.get('/2/users/me')));

  expect(response.body).toEqual({ data: { id: '1' } });
});

test('an error body with a byte order mark still classifies by its code', async () => {
  sim.script('GET /1.1/statuses/show.json', [
    { status: 429, headers: json, body: '\uFEFF{"errors":[{"code":88,"message":"Rate limit exceeded"}]}' },
  ]);

  const error = await Effect.runPromise(
    Effect.flip(withClient(simClient(sim), (x) => x.get('/1.1/statuses/show.json'))),
  );

  expect(error.classification.problems.map((problem) => problem.code)).toEqual([88]);
  expect(error.classification.kind).toBe('rate-limited');
});
