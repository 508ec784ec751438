import { describe, expect, test } from 'vitest';
import { classify, retryDecision } from '../src/index.ts';
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
