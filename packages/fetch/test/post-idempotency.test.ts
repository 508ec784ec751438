import { type Simulator, startSimulator, useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { closedPort } from '@xapi-errors/vitest-config/closed-port';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type RetryEvent, withXApi } from '../src/index.ts';
import { fastRetry } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { scriptedResetMs: 0 });

const tweet = JSON.stringify({ text: 'hello' });
const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: tweet };

test('a POST that got a 500 is not retried: the tweet may already exist', async () => {
  sim.script('POST /2/tweets', ['v2/http-500', 'ok']);
  const xfetch = withXApi(fetch, { retry: fastRetry });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/tweets`, post));

  expect(error.status).toBe(500);
  expect(error.retryable).toBe(false);
  expect(sim.requestCount('POST /2/tweets')).toBe(1);
});

test('a POST that got a 429 is retried with the same body, since the API did not act on it', async () => {
  sim.script('POST /2/tweets', ['v2/http-429', 'ok']);
  const xfetch = withXApi(fetch, { retry: fastRetry });

  const response = await xfetch(`${sim.url}/2/tweets`, post);

  expect(response.status).toBe(201);
  expect(sim.requests.map((request) => request.body)).toEqual([tweet, tweet]);
});

test('a POST whose connection was reset is not retried', async () => {
  sim.script('POST /2/tweets', ['reset', 'ok']);
  const xfetch = withXApi(fetch, { retry: fastRetry });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/tweets`, post));

  expect(error.kind).toBe('network');
  expect(sim.requestCount('POST /2/tweets')).toBe(1);
});

test('a POST whose connection was refused is retried: nothing was sent, so it posts once', async () => {
  const port = await closedPort();
  let starting: Promise<Simulator> | undefined;
  const retried: RetryEvent[] = [];
  const xfetch = withXApi(fetch, {
    retry: { baseDelayMs: 200, capDelayMs: 200, random: () => 0.99 },
    onRetry: (event) => {
      retried.push(event);
      starting ??= startSimulator({ port });
    },
  });
  try {
    const response = await xfetch(`http://127.0.0.1:${port}/2/tweets`, post);

    expect(response.status).toBe(201);
    expect(retried[0]?.classification).toMatchObject({ kind: 'network', processed: false });
    expect((await starting)?.requests.map((request) => request.body)).toEqual([tweet]);
  } finally {
    await (await starting)?.close();
  }
});

test('a stream body is buffered once and sent again in full on retry', async () => {
  sim.script('POST /2/tweets', ['v2/http-503', 'ok']);
  const xfetch = withXApi(fetch, { retry: fastRetry });
  const body = new Blob([tweet]).stream();

  const response = await xfetch(`${sim.url}/2/tweets`, { ...post, body, duplex: 'half' } as RequestInit);

  expect(response.status).toBe(201);
  expect(sim.requests.map((request) => request.body)).toEqual([tweet, tweet]);
});

test('a Request with a body is re-sent in full, keeping its method and headers', async () => {
  sim.script('POST /2/tweets', ['v2/http-503', 'ok']);
  const xfetch = withXApi(fetch, { retry: fastRetry });

  const response = await xfetch(new Request(`${sim.url}/2/tweets`, post));

  expect(response.status).toBe(201);
  expect(
    sim.requests.map((request) => [request.method, request.headers['content-type'], request.body]),
  ).toEqual([
    ['POST', 'application/json', tweet],
    ['POST', 'application/json', tweet],
  ]);
});
