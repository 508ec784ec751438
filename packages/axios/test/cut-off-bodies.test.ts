import type { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { type CustomResponse, rejectionOf, useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { isAxiosError } from 'axios';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { fastRetry, xapiClient } from './support.ts';

const user = '{"data":{"id":"1900000000000000001","name":"Sim User","username":"sim_user"}}';
const json = { 'content-type': 'application/json; charset=utf-8' };

const sim = useSimulator(
  { beforeAll, beforeEach, afterAll },
  { stream: { keepAliveMs: 50, dataIntervalMs: 10 } },
);

/**
 * The status, headers and half of `body`, then a clean close (a FIN, as a proxy that gives up
 * mid-response does). The `reset-mid-body` fault sends a reset instead, which Node reports on the
 * request before axios sees a response, so it cannot reach axios's aborted-stream path.
 */
function cutOff(status: number, headers: Readonly<Record<string, string>>, body: Uint8Array): CustomResponse {
  return { status, headers, body, breakOff: 'close' };
}

test('a 200 whose body is cut off by a clean close is a network error, retried for GET', async () => {
  sim.script(
    'GET /2/users/me',
    Array.from({ length: 3 }, () => cutOff(200, json, Buffer.from(user))),
  );
  const api = xapiClient(sim.url, { retry: { ...fastRetry, limit: 2 } });

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(error.kind).toBe('network');
  expect(error.status).toBe(0);
  expect(error.response).toBeUndefined();
  expect(error.attempts).toBe(3);
  expect(sim.requestCount()).toBe(3);
  // The path under test: axios's 'stream has been aborted'. Since axios 1.15 it carries the 200
  // response; 1.7 (the oldest in our peer range, see tooling/runtimes) gives the code alone.
  expect(isAxiosError(error.cause) && error.cause.code).toBe('ERR_BAD_RESPONSE');
  expect([200, undefined]).toContain(
    isAxiosError(error.cause) ? error.cause.response?.status : 'no AxiosError',
  );
});

test('a 201 whose body is cut off is not retried for POST: the server may have acted', async () => {
  sim.script('POST /2/tweets', [cutOff(201, json, Buffer.from('{"data":{"id":"1","text":"hi"}}'))]);
  const api = xapiClient(sim.url, { retry: fastRetry });

  const error = await xapiErrorOf(api.post('/2/tweets', { text: 'hi' }));

  expect(error.kind).toBe('network');
  expect(error.retryable).toBe(false);
  expect(error.attempts).toBe(1);
  expect(sim.requestCount()).toBe(1);
});

test('a gzipped 200 cut off mid-body is a network error too, though axios gives it the socket code', async () => {
  sim.script('GET /2/users/me', [
    cutOff(200, { ...json, 'content-encoding': 'gzip' }, gzipSync(Buffer.from(user.repeat(4)))),
  ]);
  const api = xapiClient(sim.url, { retry: false });

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(error.kind).toBe('network');
  expect([200, undefined]).toContain(
    isAxiosError(error.cause) ? error.cause.response?.status : 'no AxiosError',
  );
  expect(isAxiosError(error.cause) && error.cause.code).toBe('ECONNRESET');
});

test("an open stream the caller's own validateStatus refuses keeps axios's error, though its body has no end", async () => {
  const api = xapiClient(sim.url, { retry: fastRetry });

  const error = await rejectionOf(
    api.get('/2/tweets/search/stream', {
      responseType: 'stream',
      validateStatus: (status) => status === 201,
    }),
  );

  const stream = isAxiosError(error) ? (error.response?.data as Readable | undefined) : undefined;
  stream?.destroy();
  expect(isAxiosError(error) && error.response?.status).toBe(200);
  expect(sim.requestCount('GET /2/tweets/search/stream')).toBe(1);
});

test.each(['close', 'reset'] as const)(
  'an error status whose body is cut off (%s) is classified by its status and headers, on every axios in range',
  async (breakOff) => {
    const problem = (status: number) =>
      Buffer.from(JSON.stringify({ title: 'Error', type: 'about:blank', status, detail: 'x'.repeat(4000) }));
    sim.script('POST /2/tweets', [
      { status: 429, headers: { ...json, 'retry-after': '30' }, body: problem(429), breakOff },
    ]);
    sim.script('GET /2/users/me', [{ status: 400, headers: json, body: problem(400), breakOff }]);
    const api = xapiClient(sim.url, { retry: { ...fastRetry, maxDelayMs: 1_000 } });

    const posted = await xapiErrorOf(api.post('/2/tweets', { text: 'hi' }));
    const got = await xapiErrorOf(api.get('/2/users/me'));

    expect([posted.kind, posted.status, posted.retryAfterMs]).toEqual(['rate-limited', 429, 30_000]);
    expect([got.kind, got.status, got.attempts]).toEqual(['invalid-request', 400, 1]);
  },
);
