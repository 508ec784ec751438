import { expect, test, vi } from 'vitest';
import {
  classify,
  createRuntime,
  parseRateLimit,
  type RateLimitEvent,
  retryDecision,
  runWithRetry,
} from '../src/index.ts';

const now = Date.UTC(2026, 0, 1);
const seconds = (ms: number) => String(Math.floor(ms / 1000));

test('a reset no clock could mean (hundreds of digits, milliseconds sent as seconds) is read as none', () => {
  for (const reset of ['9'.repeat(400), String(now + 900_000)]) {
    const headers = {
      'x-rate-limit-limit': '15',
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': reset,
    };
    expect(parseRateLimit(headers, now)?.exhausted).toEqual({ name: 'rate-limit', limit: 15, remaining: 0 });
    const c = classify({ status: 429, headers, body: '', url: 'https://api.x.com/2/users/me', now });
    expect(c.retryAfterMs).toBeUndefined();
    expect(JSON.parse(JSON.stringify(c.rateLimit))).toEqual(c.rateLimit);
    // Without a time, a short backoff instead of a pause for ever.
    expect(retryDecision(c, { attempt: 1, random: () => 0.5 })).toMatchObject({
      retry: true,
      reason: 'backoff',
    });
  }
});

test('a reset within a month is still read; a number too long to hold is no limit', () => {
  const reset = seconds(now + 24 * 3600 * 1000);
  const headers = {
    'x-rate-limit-limit': '1'.repeat(400),
    'x-rate-limit-remaining': '0',
    'x-rate-limit-reset': reset,
  };
  expect(parseRateLimit(headers, now)?.exhausted).toEqual({
    name: 'rate-limit',
    remaining: 0,
    resetAt: Number(reset) * 1000,
  });
});

test('a Retry-After past a month (hundreds of digits, a date years away) is read as none', () => {
  const far = new Date(now + 400 * 24 * 3600 * 1000).toUTCString();
  for (const value of ['9'.repeat(400), String(40 * 24 * 3600), far]) {
    const c = classify({ status: 503, headers: { 'retry-after': value }, body: '', now });
    expect(c.retryAfterMs, value).toBeUndefined();
    expect(retryDecision(c, { attempt: 1, random: () => 0.5 })).toMatchObject({
      retry: true,
      reason: 'backoff',
    });
  }
  const month = classify({ status: 503, headers: { 'retry-after': String(30 * 24 * 3600) }, body: '', now });
  expect(month.retryAfterMs).toBe(30 * 24 * 3600 * 1000);
});

test('a reset sent twice keeps its plausible value when the other is not', () => {
  const reset = seconds(now + 600_000);
  const headers = { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': `${reset}, ${'9'.repeat(20)}` };
  expect(parseRateLimit(headers, now)?.exhausted?.resetAt).toBe(Number(reset) * 1000);
});

test("onRateLimit reports a refused stream connection's wait for the attempt: a minute, then two", async () => {
  vi.useFakeTimers({ now });
  try {
    const url = 'https://api.x.com/2/tweets/search/stream';
    const refused = classify({ status: 429, body: '', url, now });
    const events: RateLimitEvent[] = [];
    const delays: number[] = [];
    const runtime = createRuntime({
      retry: { limit: 1, maxDelayMs: 600_000 },
      onRateLimit: (event) => events.push(event),
      onRetry: (event) => delays.push(event.delayMs),
    });
    const summary = { method: 'GET', url };
    const run = runWithRetry(runtime, { url, method: 'GET', summary }, async () => ({
      classification: refused,
      result: 0,
    }));
    await vi.advanceTimersByTimeAsync(60_000);
    const outcome = await run;
    expect(outcome.attempts).toBe(2);
    expect(delays).toEqual([60_000]);
    expect(events.map((event) => event.waitMs)).toEqual([60_000, 120_000]);
  } finally {
    vi.useRealTimers();
  }
});
