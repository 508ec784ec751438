import { describe, expect, test } from 'vitest';
import { classify, isIdempotent, isRetryable, parseRateLimit, parseRetryAfter } from '../src/index.ts';

const now = Date.UTC(2026, 10, 22, 12, 0, 0);

describe('which problem decides', () => {
  test('of two problems of the same kind, the first decides entry and message', () => {
    const c = classify({
      status: 404,
      dialect: 'v1.1',
      body: {
        errors: [
          { code: 34, message: 'Sorry, that page does not exist.' },
          { code: 144, message: 'No status found with that ID.' },
        ],
      },
    });
    expect(c.kind).toBe('not-found');
    expect(c.entry?.id).toBe('v1.1/34');
    expect(c.message).toContain('Sorry, that page does not exist.');
  });

  test('an unknown X problem type salvaged from a cut-off body, no dialect given, still gets the v2 status entry', () => {
    const c = classify({
      status: 503,
      body: '{"title":"Service Unavailable","type":"https://api.x.com/2/problems/some-new-problem","detail":"Serv',
    });
    expect(c.kind).toBe('unavailable');
    expect(c.entry?.id).toBe('v2/http-503');
  });
});

describe('retryability and methods', () => {
  test('a method in lower case (axios sends `get`) is idempotent like its upper-case spelling', () => {
    expect(isIdempotent('get')).toBe(true);
    expect(isIdempotent('delete')).toBe(true);
    expect(isIdempotent('post')).toBe(false);
    expect(isRetryable('backoff', true, 'get')).toBe(true);
    expect(classify({ status: 500, dialect: 'v2', method: 'get' }).retryable).toBe(true);
    expect(classify({ status: 500, dialect: 'v2', method: 'post' }).retryable).toBe(false);
  });
});

describe('timing a connection refusal', () => {
  test('a 429 on a stream never reports less than a minute, whatever shorter Retry-After or reset it names', () => {
    const stream = 'https://api.x.com/2/tweets/search/stream';
    const short = classify({ status: 429, url: stream, headers: { 'retry-after': '5' }, now });
    expect(short.retry).toBe('reconnect');
    expect(short.retryAfterMs).toBe(60_000);
    const reset = classify({
      status: 429,
      url: stream,
      headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(now / 1000 + 10) },
      now,
    });
    expect(reset.retryAfterMs).toBe(60_000);
  });

  test('a 420 or TooManyConnections with a short Retry-After still reports a minute', () => {
    const c420 = classify({ status: 420, headers: { 'retry-after': '10' }, dialect: 'v1.1', now });
    expect(c420.kind).toBe('too-many-connections');
    expect(c420.retryAfterMs).toBe(60_000);
    const tooMany = classify({
      status: 429,
      headers: { 'retry-after': '10' },
      body: {
        title: 'ConnectionException',
        detail: 'This stream is currently at the maximum allowed connection limit.',
        connection_issue: 'TooManyConnections',
        type: 'https://api.twitter.com/2/problems/streaming-connection',
      },
      now,
    });
    expect(tooMany.kind).toBe('too-many-connections');
    expect(tooMany.retryAfterMs).toBe(60_000);
  });
});

describe('Retry-After and rate-limit headers', () => {
  test('a fractional Retry-After is rounded up to the next millisecond, never down', () => {
    expect(parseRetryAfter('1.0001', now)).toBe(1001);
    expect(parseRetryAfter('0.0015', now)).toBe(2);
  });

  test('a date within the second before the local clock is no skew', () => {
    const headers = {
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': String(now / 1000 + 60),
      date: new Date(now).toUTCString(),
    };
    const state = parseRateLimit(headers, now + 500);
    expect(state?.skewMs).toBe(0);
    expect(state?.exhausted?.resetAt).toBe(now + 60_000);
  });

  test('of several spent families, the one that resets last is the exhausted one, and sets the wait', () => {
    const headers = {
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': String(now / 1000 + 60),
      'x-user-limit-24hour-remaining': '0',
      'x-user-limit-24hour-reset': String(now / 1000 + 10 * 3600),
    };
    expect(parseRateLimit(headers, now)?.exhausted?.name).toBe('user-24hour');
    const c = classify({ status: 429, headers, dialect: 'v2', now });
    expect(c.retryAfterMs).toBe(10 * 3600 * 1000);
  });
});
