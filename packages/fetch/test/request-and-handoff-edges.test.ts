import { Readable } from 'node:stream';
import { inspect } from 'node:util';
import { classify } from '@xapi-errors/core';
import { rejectionOf, useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type FetchLike, getClassification, withXApi } from '../src/index.ts';
import { fastRetry } from './support.ts';

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { scriptedResetMs: 0, xLimits: { 'GET /2/users/me': { limit: 5, windowMs: 900_000 } } },
);

const plainText = { 'content-type': 'text/plain; charset=utf-8' };

// Guards against: `request.signal?.throwIfAborted()` removed before the unpaced first send.
test('an already aborted signal never reaches the fetcher, even one that ignores signals', async () => {
  const reason = new Error('never mind');
  let calls = 0;
  const ignoresSignals: FetchLike = (input, init) => {
    calls += 1;
    return fetch(input, { ...init, signal: null });
  };
  const xfetch = withXApi(ignoresSignals);

  const error = await rejectionOf(xfetch(`${sim.url}/2/users/me`, { signal: AbortSignal.abort(reason) }));

  expect(error).toBe(reason);
  expect(calls).toBe(0);
  expect(sim.requestCount()).toBe(0);
});

// Guards against: the loop's final response, when its body was not read (not JSON, a
// stream, a 204), is no longer recorded, so getClassification answers undefined.
test('a success that is not JSON, reached through a retry, still has its classification', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', { status: 200, headers: plainText, body: 'plain data' }]);
  const xfetch = withXApi(fetch, { retry: fastRetry });

  const response = await xfetch(`${sim.url}/2/users/me`);

  expect(sim.requestCount('GET /2/users/me')).toBe(2);
  expect(getClassification(response)).toMatchObject({ ok: true, kind: 'ok', partial: false });
  expect(await response.text()).toBe('plain data');
});

// Guards against: a clone of a response handed over unread (recorded,
// not buffered) no longer carries the classification.
test('a clone of a success handed over unread keeps its classification', async () => {
  sim.script('GET /2/users/me', [{ status: 200, headers: plainText, body: 'plain data' }]);
  const response = await withXApi(fetch)(`${sim.url}/2/users/me`);

  const copy = response.clone();

  expect(getClassification(copy)?.ok).toBe(true);
  expect(getClassification(copy)).toBe(getClassification(response));
  expect(await copy.text()).toBe('plain data');
});

// Guards against: every 2xx body read and searched for errors, not only JSON.
test('a 2xx that is not JSON is data, whatever its text looks like', async () => {
  const text = JSON.stringify({ errors: [{ code: 34, message: 'Sorry, that page does not exist.' }] });
  sim.script('GET /2/users/me', [{ status: 200, headers: plainText, body: text }]);

  const response = await withXApi(fetch, { retry: false })(`${sim.url}/2/users/me`);

  expect(response.status).toBe(200);
  expect(getClassification(response)).toMatchObject({ ok: true, partial: false, problems: [] });
  expect(await response.text()).toBe(text);
});

// Guards against: a plain success classified as of when
// getClassification is first called instead of when it arrived.
test('a plain success asked about later is still classified as of its arrival', async () => {
  const url = `${sim.url}/2/users/me`;
  const response = await withXApi(fetch)(url);
  const arrived = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 1_500));

  const resetAt = getClassification(response)?.rateLimit?.families[0]?.resetAt ?? Number.NaN;

  const atArrival = classify({
    status: 200,
    headers: response.headers,
    body: undefined,
    url,
    method: 'GET',
    now: arrived,
  });
  expect(resetAt).toBeLessThanOrEqual(atArrival.rateLimit?.families[0]?.resetAt ?? 0);
});

// Guards against: the request's own credentials no longer scrubbed
// from what an error body echoes.
test('a body that echoes the bearer token has it scrubbed from the error and the hooks', async () => {
  const bearer = 'CANARYbearer0d1e2f3a4b5c';
  sim.script('GET /2/users/me', [
    { status: 401, body: { errors: [{ code: 32, message: `Invalid or expired token ${bearer}` }] } },
  ]);
  const events: unknown[] = [];
  const xfetch = withXApi(fetch, { retry: false, onError: (event) => events.push(event) });

  const error = await xapiErrorOf(
    xfetch(`${sim.url}/2/users/me`, { headers: { authorization: `Bearer ${bearer}` } }),
  );

  expect(error.kind).toBe('authentication');
  expect(error.message).toContain('[REDACTED]');
  for (const text of [
    error.message,
    JSON.stringify(error),
    inspect(error, { depth: null }),
    JSON.stringify(events),
  ])
    expect(text).not.toContain(bearer);
});

// Guards against: the stream over the buffer built without the
// response's headers, so blob() loses its type.
test("a body read for classification still gives blob() the response's content type", async () => {
  const response = await withXApi(fetch)(`${sim.url}/2/users/me`);
  const type = response.headers.get('content-type');

  const blob = await response.blob();

  expect(type).toContain('application/json');
  // A Blob's type is the header's value as a normalised MIME type (no space after `;`).
  expect(blob.type).toMatch(/^application\/json/);
});

// Guards against: a Node async-iterable body (a Readable) not treated as one-shot,
// so it is not buffered and the retry sends it empty.
test('a Node Readable body is buffered once and sent again in full on retry', async () => {
  const tweet = JSON.stringify({ text: 'hello from a Readable' });
  sim.script('POST /2/tweets', ['v2/http-503', 'ok']);
  const xfetch = withXApi(fetch, { retry: fastRetry });
  const body = Readable.from([Buffer.from(tweet.slice(0, 7)), Buffer.from(tweet.slice(7))]);

  const response = await xfetch(`${sim.url}/2/tweets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as unknown as RequestInit);

  expect(response.status).toBe(201);
  expect(sim.requests.map((request) => request.body)).toEqual([tweet, tweet]);
});
