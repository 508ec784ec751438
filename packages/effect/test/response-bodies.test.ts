import { useSimulator } from '@xapi-errors/testkit';
import { Effect, Stream } from 'effect';
import { HttpClientRequest } from 'effect/http';
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

test('a 2xx past the parse bound is data, as core reads the same bytes, and still JSON to the caller', async () => {
  const filler = 'x'.repeat(1024 * 1024);
  const body = JSON.stringify({
    errors: [{ type: 'https://api.x.com/2/problems/resource-not-found' }],
    filler,
  });
  sim.script('GET /2/tweets', [{ status: 200, headers: json, body }]);

  const response = await Effect.runPromise(withClient(simClient(sim), (x) => x.get('/2/tweets')));

  expect([response.classification.ok, response.partial]).toEqual([true, false]);
  expect((response.body as { filler: string }).filler.length).toBe(filler.length);
});

test("a stream endpoint's refused connection waits a minute, as X's reconnect guidance says", async () => {
  const problem = {
    title: 'Too Many Requests',
    type: 'about:blank',
    status: 429,
    detail: 'Too Many Requests',
  };
  const reset = String(Math.ceil(Date.now() / 1000) + 1);
  const headers = {
    ...json,
    'x-rate-limit-limit': '50',
    'x-rate-limit-remaining': '0',
    'x-rate-limit-reset': reset,
  };
  sim.script('GET /2/tweets/search/stream', [{ status: 429, headers, body: JSON.stringify(problem) }]);

  const error = await Effect.runPromise(
    Effect.flip(withClient(simClient(sim), (x) => x.get('/2/tweets/search/stream'))),
  );

  expect([error.classification.retry, error.retryAfterMs]).toEqual(['reconnect', 60_000]);
});

test('an error status whose body is cut off still classifies by status, also for a request with a streamed body', async () => {
  const cutOff = {
    status: 400,
    headers: json,
    body: JSON.stringify({
      title: 'Bad Request',
      type: 'about:blank',
      status: 400,
      detail: 'x'.repeat(4000),
    }),
    breakOff: 'close' as const,
  };
  sim.script('POST /2/media/upload', [cutOff, cutOff]);
  const streamed = HttpClientRequest.post('/2/media/upload').pipe(
    HttpClientRequest.bodyStream(Stream.make(new Uint8Array([1, 2, 3]))),
  );

  for (const request of [HttpClientRequest.post('/2/media/upload'), streamed]) {
    const error = await Effect.runPromise(Effect.flip(withClient(simClient(sim), (x) => x.execute(request))));
    expect([error._tag, error.status]).toEqual(['InvalidRequest', 400]);
  }
});

test('a 2xx that is not JSON is data, whatever its text looks like, as in the other adapters', async () => {
  sim.script('GET /2/users/me', [
    { status: 200, headers: { 'content-type': 'text/plain' }, body: '{not json' },
  ]);

  const response = await Effect.runPromise(withClient(simClient(sim), (x) => x.get('/2/users/me')));

  expect(response.body).toBe('{not json');
  expect(response.classification).toMatchObject({ ok: true, problems: [] });
});

test('a 2xx with no content type is data too, as in the other adapters', async () => {
  sim.script('GET /2/users/me', [{ status: 200, body: '{"errors":[{"title":"Not Found Error"}]}' }]);

  const response = await Effect.runPromise(withClient(simClient(sim), (x) => x.get('/2/users/me')));

  expect(response.classification).toMatchObject({ ok: true, problems: [] });
});
