import { describe, expect, test } from 'vitest';
import { backoffDelay, classify, reconnectDelay, retryDecision } from '../src/index.ts';

const now = Date.UTC(2026, 10, 22, 12, 0, 0);
const windowed = classify({
  status: 429,
  headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(now / 1000 + 30) },
  dialect: 'v2',
  now,
});

describe('retryDecision', () => {
  test('uses server timing exactly, without jitter', () => {
    const decision = retryDecision(windowed, { attempt: 1, random: () => 0.5 });
    expect(decision).toEqual({ retry: true, delayMs: 30_000, reason: 'server-timing' });
  });

  test('refuses a wait longer than maxDelayMs instead of hanging', () => {
    expect(retryDecision(windowed, { attempt: 1, maxDelayMs: 10_000 })).toEqual({
      retry: false,
      delayMs: 30_000,
      reason: 'exceeds-max-delay',
    });
  });

  test('refuses when the wait would run past maxTotalMs', () => {
    expect(retryDecision(windowed, { attempt: 1, maxTotalMs: 40_000, elapsedMs: 15_000 }).reason).toBe(
      'exceeds-max-total',
    );
  });

  test('capped exponential backoff with full jitter without server timing', () => {
    const c = classify({ status: 503, dialect: 'v2' });
    expect(retryDecision(c, { attempt: 1, random: () => 0.999 }).delayMs).toBe(299);
    expect(retryDecision(c, { attempt: 3, random: () => 0.5 }).delayMs).toBe(600);
    expect(retryDecision(c, { attempt: 20, limit: 100, random: () => 0.5 }).delayMs).toBe(10_000);
    expect(retryDecision(c, { attempt: 3, random: () => 0 }).delayMs).toBe(0);
    expect(backoffDelay(2, { baseDelayMs: 100, capDelayMs: 150, random: () => 0.9999 })).toBe(149);
  });

  test('stops at the retry limit', () => {
    const c = classify({ status: 503, dialect: 'v2' });
    expect(retryDecision(c, { attempt: 2, limit: 2 }).retry).toBe(true);
    expect(retryDecision(c, { attempt: 3, limit: 2 })).toEqual({
      retry: false,
      delayMs: 0,
      reason: 'limit-reached',
    });
  });

  test('is method-aware: POST on 500 is never retried, POST on 429 is', () => {
    expect(
      retryDecision(classify({ status: 500, dialect: 'v2' }), { attempt: 1, method: 'POST' }).reason,
    ).toBe('not-retryable');
    expect(retryDecision(windowed, { attempt: 1, method: 'POST' }).retry).toBe(true);
  });

  test('never retries usage caps or successes', () => {
    const capped = classify({
      status: 429,
      body: { type: 'https://api.x.com/2/problems/usage-capped', period: 'Monthly' },
    });
    expect(retryDecision(capped, { attempt: 1, maxDelayMs: Number.POSITIVE_INFINITY }).reason).toBe(
      'not-retryable',
    );
    expect(retryDecision(classify({ status: 200, body: { data: {} } }), { attempt: 1 }).reason).toBe(
      'succeeded',
    );
  });

  test('too-many-connections waits a minute, doubling', () => {
    const c = classify({ status: 420, dialect: 'v1.1' });
    expect(retryDecision(c, { attempt: 1, maxDelayMs: 1e9 }).delayMs).toBe(60_000);
    expect(retryDecision(c, { attempt: 3, maxDelayMs: 1e9 }).delayMs).toBe(240_000);
  });
});

describe('reconnectDelay follows X guidance', () => {
  test('network: +250 ms per attempt up to 16 s', () => {
    expect([1, 2, 3, 64, 100].map((n) => reconnectDelay('network', n))).toEqual([
      250, 500, 750, 16_000, 16_000,
    ]);
  });
  test('HTTP errors: 5 s doubling to 320 s', () => {
    expect([1, 2, 3, 7, 8, 20].map((n) => reconnectDelay('server-error', n))).toEqual([
      5_000, 10_000, 20_000, 320_000, 320_000, 320_000,
    ]);
  });
  test('429 and 420: one minute doubling', () => {
    expect([1, 2, 3].map((n) => reconnectDelay('too-many-connections', n))).toEqual([
      60_000, 120_000, 240_000,
    ]);
    expect(reconnectDelay('rate-limited', 2)).toBe(120_000);
  });
});

describe('retryDecision on values a JavaScript caller may pass', () => {
  const unavailable = classify({ status: 503, dialect: 'v2', now });

  test('a method that is not a string counts as absent, never a throw', () => {
    for (const method of [null, 5, {}]) {
      expect(retryDecision(unavailable, { attempt: 1, method: method as never, random: () => 0 })).toEqual({
        retry: true,
        delayMs: 0,
        reason: 'backoff',
      });
    }
  });

  test('a NaN attempt stops instead of retrying without limit or delay', () => {
    expect(retryDecision(unavailable, { attempt: Number.NaN }).reason).toBe('limit-reached');
    expect(backoffDelay(Number.NaN, { random: () => 0.5 })).toBe(150);
  });
});

test('a zero Retry-After is no server timing: the retries back off', () => {
  const zero = classify({ status: 503, headers: { 'retry-after': '0' }, dialect: 'v2', now });
  expect(zero.retryAfterMs).toBe(0);
  const delays = [1, 2, 3].map((attempt) => retryDecision(zero, { attempt, random: () => 0.5 }));
  expect(delays.map((d) => d.reason)).toEqual(['backoff', 'backoff', 'backoff']);
  expect(delays.map((d) => d.delayMs)).toEqual([150, 300, 600]);
});

describe('values a direct caller of the retry helpers may get wrong', () => {
  const unavailable = classify({ status: 503, dialect: 'v2', now });

  test('a NaN bound refuses the wait instead of allowing any', () => {
    expect(retryDecision(windowed, { attempt: 1, maxDelayMs: Number.NaN }).reason).toBe('exceeds-max-delay');
    expect(retryDecision(windowed, { attempt: 1, maxTotalMs: 60_000, elapsedMs: Number.NaN }).reason).toBe(
      'exceeds-max-total',
    );
  });

  test('a random source outside [0, 1) keeps the backoff within [0, cap)', () => {
    for (const drawn of [-1, 1, 7, Number.NaN]) {
      const delay = retryDecision(unavailable, { attempt: 1, random: () => drawn }).delayMs;
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThan(300);
    }
  });
});

test('a 420 waits at least a minute, doubling, whatever code its body names', () => {
  for (const body of [
    '{"errors":[{"code":88,"message":"Rate limit exceeded"}]}',
    '{"errors":[{"code":130}]}',
    '',
  ]) {
    const c = classify({ status: 420, body });
    expect(
      [1, 2].map((attempt) => retryDecision(c, { attempt, maxDelayMs: 600_000 }).delayMs),
      body,
    ).toEqual([60_000, 120_000]);
  }
});

test('backoff steps a caller got wrong fall back to the defaults: no negative or NaN wait', () => {
  const c = classify({ status: 503, dialect: 'v2' });
  for (const bad of [-5, Number.NaN, Number.POSITIVE_INFINITY]) {
    const decision = retryDecision(c, { attempt: 1, baseDelayMs: bad, capDelayMs: bad, random: () => 0.5 });
    expect(decision, String(bad)).toEqual({ retry: true, delayMs: 150, reason: 'backoff' });
  }
});
