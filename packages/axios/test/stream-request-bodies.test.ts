import { Readable, Stream, type Writable } from 'node:stream';
import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { fastRetry, xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { scriptedResetMs: 50 });

const tweet = '{"text":"hello from a stream"}';
const json = { headers: { 'content-type': 'application/json' } };
const bodies = () => sim.requests.map((request) => request.body);

test('a Node Readable body is read once and resent in full after a 429', async () => {
  sim.script('POST /2/tweets', ['v2/http-429', 'ok']);
  const api = xapiClient(sim.url, { retry: fastRetry });
  // Two chunks, one of them a string: the retry must send every byte the stream gave, in order.
  const body = Readable.from([Buffer.from(tweet.slice(0, 10)), tweet.slice(10)]);

  const response = await api.post('/2/tweets', body, json);

  expect(response.status).toBe(201);
  expect(bodies()).toEqual([tweet, tweet]);
});

// axios's Node `http` adapter refuses a web `ReadableStream` body; its `fetch` adapter sends one.
test('a web ReadableStream body is read once and resent in full after a 429 (fetch adapter)', async () => {
  sim.script('POST /2/tweets', ['v2/http-429', 'ok']);
  const api = xapiClient(sim.url, { retry: fastRetry });
  const body = new Response(tweet).body as ReadableStream<Uint8Array>;

  const response = await api.post('/2/tweets', body, { ...json, adapter: 'fetch' });

  expect(response.status).toBe(201);
  expect(bodies()).toEqual([tweet, tweet]);
});

test('a stream body longer than maxBodyLength is refused with the error axios gives, before anything is sent', async () => {
  const api = xapiClient(sim.url, { retry: fastRetry });

  await expect(
    api.post('/2/tweets', Readable.from([Buffer.from(tweet)]), { ...json, maxBodyLength: 10 }),
  ).rejects.toMatchObject({
    code: 'ERR_BAD_REQUEST',
    message: 'Request body larger than maxBodyLength limit',
  });
  expect(sim.requestCount('POST /2/tweets')).toBe(0);
});

test('a stream that cannot be read ahead (a classic pipe-only stream) is sent once and not retried', async () => {
  sim.script('POST /2/tweets', ['v2/http-429', 'ok']);
  const api = xapiClient(sim.url, { retry: fastRetry });
  // Like a `form-data` form: a Node stream that only pipes, without async iteration.
  const body = Object.assign(new Stream(), {
    pipe(destination: Writable) {
      destination.end(tweet);
      return destination;
    },
  });

  const error = await xapiErrorOf(api.post('/2/tweets', body, json));

  expect(error.status).toBe(429);
  expect(error.attempts).toBe(1);
  expect(bodies()).toEqual([tweet]);
});
