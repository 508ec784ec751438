import { describe, expect, test } from 'vitest';
import { parseHttpDate } from '../src/http-date.ts';
import { classify, parseRetryAfter } from '../src/index.ts';

const at = Date.UTC(1994, 10, 6, 8, 49, 37);

describe('HTTP-dates are read in their three forms, as GMT, and nothing else', () => {
  test('IMF-fixdate, RFC 850 and asctime name the same instant', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(at);
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(at);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(at);
    expect(parseHttpDate('Thursday, 01-Jan-26 00:00:00 GMT')).toBe(Date.UTC(2026, 0, 1));
  });

  test('what Date.parse would take for some date is refused', () => {
    for (const text of [
      '-1',
      'Jan 5',
      'Sun, 5',
      'Sun, 06 Nov 1994 08:49:37 EST',
      '1994-11-06T08:49:37Z',
      '',
    ]) {
      expect(parseHttpDate(text), text).toBeUndefined();
    }
  });

  test('a date outside the calendar is unreadable, not rolled over into a later one', () => {
    for (const text of [
      'Mon, 30 Feb 2026 12:02:00 GMT',
      'Thu, 32 Jan 2026 00:00:00 GMT',
      'Thu, 01 Jan 2026 25:00:00 GMT',
      'Thu, 01 Jan 2026 12:61:00 GMT',
      'Thu, 00 Jan 2026 12:00:00 GMT',
      'Thu Feb 29 12:00:00 2026',
    ]) {
      expect(parseHttpDate(text), text).toBeUndefined();
    }
    expect(parseHttpDate('Sun, 29 Feb 2032 12:00:00 GMT')).toBe(Date.UTC(2032, 1, 29, 12));
    expect(parseHttpDate('Wed, 31 Dec 2036 23:59:60 GMT')).toBe(Date.UTC(2037, 0, 1));
  });

  test('an unreadable date header leaves the reset wait as the window says', () => {
    const now = Date.UTC(2026, 0, 15, 12, 0, 0);
    const c = classify({
      status: 429,
      dialect: 'v2',
      now,
      headers: {
        date: 'Thu, 32 Jan 2026 12:00:00 GMT',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(now / 1000 + 600),
      },
    });
    expect(c.retryAfterMs).toBe(600_000);
  });

  test('a date without a zone is GMT on every machine: the result does not depend on the time zone', () => {
    // asctime carries no zone; the expected value is computed in UTC, so a machine in any TZ agrees.
    expect(parseRetryAfter('Sun Nov  6 08:49:47 1994', at)).toBe(10_000);
  });

  test("an asctime date header gives the server's clock, not the local zone's", () => {
    const now = Date.UTC(2026, 0, 1, 12, 0, 0);
    const c = classify({
      status: 429,
      dialect: 'v2',
      now,
      headers: {
        date: 'Thu Jan  1 12:00:00 2026',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': String(now / 1000 + 900),
      },
    });
    expect(c.rateLimit?.skewMs).toBe(0);
    expect(c.retryAfterMs).toBe(900_000);
  });
});
