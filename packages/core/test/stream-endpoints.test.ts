import { describe, expect, test } from 'vitest';
import { classify, getEntry, reconnectWait, retryDecision, XApiError } from '../src/index.ts';
import { urlFacts } from '../src/web/index.ts';

const streams = [
  'https://api.x.com/2/tweets/search/stream',
  'https://api.x.com/2/tweets/sample10/stream/',
  'https://api.x.com/2/tweets/firehose/stream/lang/en?backfill_minutes=1',
  'https://api.x.com/2/tweets/firehose/stream/lang/ja',
  'https://api.x.com/2/users/compliance/stream',
];
const notStreams = [
  'https://api.x.com/2/tweets/search/stream/rules',
  'https://api.x.com/2/tweets/search/recent',
  'https://api.x.com/2/tweets/firehose/stream/lang',
];

describe('streaming endpoints', () => {
  // An endless body read for classification would never settle the request.
  test.each(streams)('%s is not read', (url) => {
    expect(urlFacts(url, undefined).stream).toBe(true);
  });

  test.each(notStreams)('%s is read', (url) => {
    expect(urlFacts(url, undefined).stream).toBe(false);
  });

  test('a 429 on a language firehose waits a minute at least', () => {
    const body = { title: 'Too Many Requests', type: 'about:blank', status: 429 };
    const c = classify({ status: 429, url: streams[2], body, now: 0 });
    expect(c.retryAfterMs).toBe(60_000);
  });
});

test("a 429 refusing a stream connection doubles from a minute, as X's reconnect guidance says", () => {
  const body = { title: 'Too Many Requests', type: 'about:blank', status: 429 };
  const c = classify({ status: 429, url: streams[0], body, now: 0 });
  expect(c.retry).toBe('reconnect');
  const delays = [1, 2, 3].map((attempt) => retryDecision(c, { attempt, maxDelayMs: 600_000 }).delayMs);
  expect(delays).toEqual([60_000, 120_000, 240_000]);
  const elsewhere = classify({ status: 429, url: 'https://api.x.com/2/users/me', body, now: 0 });
  expect(elsewhere.retry).toBe('after-reset');
});

describe('a failed stream connection reconnects as X asks, not with REST backoff', () => {
  const url = streams[0];
  const delaysOf = (status: number, body: unknown) => {
    const c = classify({ status, url, body, now: 0 });
    return {
      retry: c.retry,
      delays: [1, 2, 3].map((attempt) => retryDecision(c, { attempt, maxDelayMs: 600_000 }).delayMs),
    };
  };

  test('an HTTP error waits 5 s, doubling', () => {
    expect(delaysOf(503, '')).toEqual({ retry: 'reconnect', delays: [5_000, 10_000, 20_000] });
    const internal = { title: 'Internal Server Error', type: 'about:blank', status: 500 };
    expect(delaysOf(500, internal)).toEqual({ retry: 'reconnect', delays: [5_000, 10_000, 20_000] });
  });

  test('a 429 with a connection issue no entry names waits a minute, doubling', () => {
    const body = {
      title: 'ConnectionException',
      connection_issue: 'SomethingNew',
      type: 'https://api.x.com/2/problems/streaming-connection',
    };
    expect(delaysOf(429, body)).toEqual({ retry: 'reconnect', delays: [60_000, 120_000, 240_000] });
  });

  test('the same failures off a stream keep their REST policy', () => {
    const c = classify({ status: 503, url: 'https://api.x.com/2/users/me', body: '', now: 0 });
    expect(c.retry).toBe('backoff');
    expect(retryDecision(c, { attempt: 1, random: () => 0.5 }).delayMs).toBe(150);
  });

  test('what is never retried stays so on a stream', () => {
    const c = classify({ status: 401, url, body: '' });
    expect([c.retry, c.retryable]).toEqual(['never', false]);
  });
});

test('reconnectWait: any 429 or 420 waits as a refused connection, and a longer server wait wins', () => {
  expect(reconnectWait({ kind: 'stream-disconnect', status: 429 }, 2)).toBe(120_000);
  expect(reconnectWait({ kind: 'too-many-connections', status: 420 }, 1)).toBe(60_000);
  expect(reconnectWait({ kind: 'unavailable', status: 503 }, 3)).toBe(20_000);
  expect(reconnectWait({ kind: 'unavailable', status: 503, retryAfterMs: 8_000 }, 1)).toBe(8_000);
  expect(reconnectWait({ kind: 'network', status: 0 }, 2)).toBe(500);
});

test('any answer on a stream that is no refusal waits as an HTTP error, a 408 too; an XApiError is taken as it is', () => {
  const c = classify({ status: 408, url: streams[0], body: '' });
  expect(c.retry).toBe('reconnect');
  expect(retryDecision(c, { attempt: 2, maxDelayMs: 600_000 }).delayMs).toBe(10_000);
  const error = new XApiError(classify({ status: 429, url: streams[0], body: '', now: 0 }));
  expect(reconnectWait(error, 1)).toBe(60_000);
});

test('an established stream the server dropped in-band is reconnected at once, then as an HTTP error', () => {
  const line = getEntry('v2/operational-disconnect')?.example.body;
  const c = classify({ status: 200, url: streams[0], body: line });
  expect(c.kind).toBe('stream-disconnect');
  expect([1, 2, 3].map((attempt) => reconnectWait(c, attempt))).toEqual([0, 10_000, 20_000]);
  expect(retryDecision(c, { attempt: 1, maxDelayMs: 600_000 })).toMatchObject({ retry: true, delayMs: 0 });
  // A refusal with the same kind (a 429) is no drop of an open stream: it still waits a minute.
  expect(reconnectWait({ kind: 'stream-disconnect', status: 429 }, 1)).toBe(60_000);
});
