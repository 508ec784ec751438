import { describe, expect, test } from 'vitest';
import { classify, type ErrorKind, parseRetryAfter, reconnectDelay, XApiError } from '../src/index.ts';

const now = Date.parse('2026-03-02T10:00:00Z');

describe('Retry-After as an HTTP-date is read on the server clock', () => {
  for (const skewMs of [120_000, -120_000]) {
    test(`with the local clock ${skewMs > 0 ? 'ahead' : 'behind'} by two minutes`, () => {
      const server = now - skewMs;
      const c = classify({
        status: 503,
        dialect: 'v2',
        now,
        headers: {
          date: new Date(server).toUTCString(),
          'retry-after': new Date(server + 30_000).toUTCString(),
        },
      });
      // The date header counts whole seconds, so the skew is known to within one.
      expect(c.retryAfterMs).toBeGreaterThanOrEqual(29_000);
      expect(c.retryAfterMs).toBeLessThanOrEqual(30_000);
    });
  }

  test('parseRetryAfter takes the skew; delta-seconds ignore it', () => {
    expect(parseRetryAfter(new Date(now + 10_000).toUTCString(), now, 5_000)).toBe(15_000);
    expect(parseRetryAfter('7', now, 5_000)).toBe(7_000);
  });
});

describe("v1.1's text-only errors", () => {
  test.each([
    ['Status is a duplicate.', 'v1.1/187'],
    ['You have already retweeted this Tweet.', 'v1.1/327'],
    ['You have already favorited this status.', 'v1.1/139'],
  ])('{"errors":"%s"} is a duplicate (%s)', (text, id) => {
    const c = classify({
      status: 403,
      method: 'POST',
      url: 'https://api.twitter.com/1.1/statuses/update.json',
      body: JSON.stringify({ errors: text }),
    });
    expect(c.kind).toBe('duplicate');
    expect(c.entry?.id).toBe(id);
    expect(c.retryable).toBe(false);
  });

  test('other text-only 403s stay forbidden', () => {
    const c = classify({ status: 403, dialect: 'v1.1', body: '{"errors":"Forbidden."}' });
    expect(c.kind).toBe('forbidden');
  });
});

test("Sorsa's 429 waits a whole second whatever the local clock's millisecond", () => {
  for (const at of [now, now + 999]) {
    const c = classify({
      status: 429,
      body: '{"message":"Too many requests"}',
      url: 'https://api.sorsa.io/v3/info',
      now: at,
    });
    expect(c.retryAfterMs).toBe(1000);
  }
});

describe('hostile inputs', () => {
  test('a status getter that throws yields a classification, not an exception', () => {
    const input = {
      get status(): number {
        throw new Error('s');
      },
    };
    expect(classify(input)).toMatchObject({ status: 0, ok: false, retryable: false });
  });

  test('a 429 whose headers throw when read is still retryable', () => {
    const headers = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('keys');
        },
        get() {
          throw new Error('get');
        },
      },
    );
    const c = classify({ status: 429, headers, method: 'POST' });
    expect(c).toMatchObject({ kind: 'rate-limited', retryable: true });
  });

  test('reconnectDelay treats a NaN or infinite attempt as the first', () => {
    expect(reconnectDelay('network', Number.NaN)).toBe(250);
    expect(reconnectDelay('server-error', Number.POSITIVE_INFINITY)).toBe(5_000);
    expect(reconnectDelay('rate-limited', Number.NaN)).toBe(60_000);
  });
});

describe("a 429 refusing a stream connection waits as X's reconnect guidance says", () => {
  const body = { title: 'Too Many Requests', type: 'about:blank', status: 429, detail: 'Too Many Requests' };

  test('a minute at least, without rate-limit headers', () => {
    const c = classify({ status: 429, url: 'https://api.x.com/2/tweets/search/stream', body, now });
    expect(c).toMatchObject({ kind: 'rate-limited', retryable: true, retryAfterMs: 60_000 });
  });

  test("the window's reset when it is later", () => {
    const c = classify({
      status: 429,
      url: 'https://api.x.com/2/tweets/sample/stream?tweet.fields=id',
      headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String((now + 300_000) / 1000) },
      body,
      now,
    });
    expect(c.retryAfterMs).toBe(300_000);
  });

  test('a request to any other endpoint keeps its short backoff', () => {
    const c = classify({ status: 429, url: 'https://api.x.com/2/tweets/search/recent', body, now });
    expect(c.retryAfterMs).toBeUndefined();
  });
});

describe('XApiError.kind', () => {
  test('is an ErrorKind, to switch on without an ok case; a rejected partial success takes its problem’s', () => {
    const partial = classify({
      status: 200,
      url: 'https://api.x.com/2/users',
      body: {
        data: [{ id: '2' }],
        errors: [{ title: 'Not Found Error', type: 'https://api.x.com/2/problems/resource-not-found' }],
      },
    });
    expect(partial.kind).toBe('ok');
    const kind: ErrorKind = new XApiError(partial).kind;
    expect(kind).toBe('not-found');
    const fromOk: ErrorKind = new XApiError(classify({ status: 200, body: { data: {} } })).kind;
    expect(fromOk).toBe('unknown');
  });
});
