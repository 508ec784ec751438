import { describe, expect, test } from 'vitest';
import { createPaceBook, createPacer, parseRateLimit } from '../src/index.ts';
import { answer, key, released, second, t0 } from './support/x-window.ts';

/** The rate-limit headers of `answer`, to add a `date` to. */
function headersOf(remaining: number, resetMs: number): Record<string, string> {
  return {
    'x-rate-limit-limit': '3',
    'x-rate-limit-remaining': String(remaining),
    'x-rate-limit-reset': second(resetMs),
  };
}

/** A `date` header: the server's clock at t0 + `ms`. */
const httpDate = (ms: number) => new Date(t0 + ms).toUTCString();

describe('an X window past its reset', () => {
  test('lets only its limit go; the next request waits for the first answer, then for the new reset', () => {
    const book = createPaceBook();
    book.observe(key, answer(0, 60_000));
    expect(book.waitMs(key, t0)).toBe(60_000);

    const at = t0 + 60_000;
    const completions = [1, 2, 3].map(() => {
      expect(book.waitMs(key, at)).toBe(0);
      return book.grant(key, at);
    });
    expect(book.waitMs(key, at)).toBeGreaterThan(0);
    // Provisional: the first answer may come at any moment.
    expect(book.pauseMs(key, at)).toBe(0);

    // The server has counted one of the three so far; all three will count.
    book.observe(key, answer(2, 120_000));
    completions[0]?.(at + 5);
    expect(book.waitMs(key, at + 5)).toBe(59_995);
    expect(book.pauseMs(key, at + 5)).toBe(59_995);
  });

  test('lets the next limit go, not the whole queue, when none of its requests is answered', () => {
    const book = createPaceBook();
    book.observe(key, answer(0, 60_000));
    const at = t0 + 60_000;
    const completions = [1, 2, 3].map(() => {
      expect(book.waitMs(key, at)).toBe(0);
      return book.grant(key, at);
    });
    expect(book.waitMs(key, at)).toBeGreaterThan(0);
    // All three failed without an answer (refused, reset, aborted).
    for (const complete of completions) complete(at + 10);
    expect(released(book, at + 10)).toBe(3);
  });

  test('an answer without a reset header keeps the bound: the queue moves on by the limit', () => {
    const book = createPaceBook();
    book.observe(key, answer(0, 60_000));
    const at = t0 + 60_000;
    const completions = [1, 2, 3].map(() => {
      book.waitMs(key, at);
      return book.grant(key, at);
    });
    book.observe(key, parseRateLimit({ 'x-rate-limit-limit': '3', 'x-rate-limit-remaining': '0' }, at + 5));
    for (const complete of completions) complete(at + 5);
    expect(released(book, at + 5)).toBe(3);
  });

  test('a late answer from the spent window does not open it again, though its date gives another skew', () => {
    const book = createPaceBook();
    // Answered at t0 by a server whose clock agrees: skew 0.
    book.observe(key, parseRateLimit({ ...headersOf(0, 60_000), date: httpDate(0) }, t0));
    const at = t0 + 60_000;
    for (let i = 0; i < 3; i++) {
      expect(book.waitMs(key, at)).toBe(0);
      book.grant(key, at);
    }
    // Sent before the reset, its body slow: dated a second before the reset, read 200 ms after it.
    // Its skew (1.2 s) moves its reset later, yet it names the same server window.
    book.observe(key, parseRateLimit({ ...headersOf(0, 60_000), date: httpDate(59_000) }, at + 200));
    expect(book.pauseMs(key, at + 200)).toBe(0);
    expect(released(book, at + 1_500)).toBe(0);
  });

  test('two answers from one window count as one though their skews differ by a second', () => {
    const book = createPaceBook();
    book.observe(key, answer(0, 60_000));
    const at = t0 + 60_000;
    for (let i = 0; i < 3; i++) {
      book.waitMs(key, at);
      book.grant(key, at);
    }
    book.observe(key, parseRateLimit({ ...headersOf(2, 960_000), date: httpDate(60_010) }, at + 20));
    book.observe(key, parseRateLimit({ ...headersOf(1, 960_000), date: httpDate(60_990) }, at + 1_010));
    expect(released(book, at + 1_010)).toBe(0);
  });

  test('a late answer from an earlier window does not rewind a newer one', () => {
    const book = createPaceBook();
    book.observe(key, answer(2, 60_000));
    book.grant(key, t0 + 59_500);
    book.grant(key, t0 + 60_100);
    book.observe(key, answer(2, 960_000));
    book.grant(key, t0 + 60_160);
    book.grant(key, t0 + 60_170);
    // The request sent before the reset answers last, for the window that is over.
    book.observe(key, answer(0, 60_000));
    expect(released(book, t0 + 60_200)).toBe(0);
    expect(book.waitMs(key, t0 + 60_200)).toBe(899_800);
  });

  test('a late answer from the spent window does not open it a second time', () => {
    const book = createPaceBook();
    book.observe(key, answer(0, 60_000));
    const at = t0 + 60_000;
    for (let i = 0; i < 3; i++) {
      expect(book.waitMs(key, at)).toBe(0);
      book.grant(key, at);
    }
    book.observe(key, answer(0, 60_000));
    expect(book.waitMs(key, at + 1)).toBeGreaterThan(0);
    expect(book.pauseMs(key, at + 1)).toBe(0);
  });

  test('starts afresh though it was not spent: what the old window had left does not add to its limit', () => {
    const book = createPaceBook();
    book.observe(key, answer(2, 60_000));
    expect(released(book, t0 + 61_000)).toBe(3);
  });

  test('with no limit header, opens without a bound, as before pacing knew the window', () => {
    const book = createPaceBook();
    book.observe(key, answer(0, 60_000, null));
    const at = t0 + 60_000;
    for (let i = 0; i < 10; i++) {
      expect(book.waitMs(key, at)).toBe(0);
      book.grant(key, at);
    }
  });
});

test('an exhausted app 24-hour family pauses its endpoint, even when the user family has requests left; other endpoints go', () => {
  const book = createPaceBook();
  book.observe(
    'x:POST /2/tweets',
    parseRateLimit(
      {
        'x-app-limit-24hour-limit': '50',
        'x-app-limit-24hour-remaining': '0',
        'x-app-limit-24hour-reset': second(3_600_000),
        'x-user-limit-24hour-limit': '17',
        'x-user-limit-24hour-remaining': '5',
        'x-user-limit-24hour-reset': second(7_200_000),
      },
      t0,
    ),
  );
  expect(book.waitMs('x:POST /2/tweets', t0)).toBe(3_600_000);
  expect(book.pauseMs('x:POST /2/tweets', t0)).toBe(3_600_000);
  expect(book.waitMs('x:GET /2/users/me', t0)).toBe(0);
});

test('Sorsa pacing ignores X rate-limit headers on a Sorsa response', () => {
  const book = createPaceBook({ perWindow: 1 });
  book.grant('sorsa:abcd1234', t0);
  expect(book.waitMs('sorsa:abcd1234', t0)).toBe(30_000);
  book.observe('sorsa:abcd1234', answer(5, 900_000));
  expect(book.waitMs('sorsa:abcd1234', t0)).toBe(30_000);
});

describe('createPacer refuse', () => {
  test('a request queued behind another is refused when its turn comes, with the pause it would wait', async () => {
    const pacer = createPacer({ now: () => t0 });
    pacer.observe(key, answer(1, 900_000));
    const refusals: number[] = [];
    const refuse = (pauseMs: number) => {
      refusals.push(pauseMs);
      return new Error(`held ${pauseMs}`);
    };
    const first = pacer.acquire(key, undefined, refuse);
    const queued = pacer.acquire(key, undefined, refuse);
    await expect(first).resolves.toMatchObject({ waitedMs: 0 });
    await expect(queued).rejects.toThrow('held 900000');
    expect(refusals).toEqual([900_000]);
  });

  test('is not asked about a provisional wait, only once the first answer makes it sure', async () => {
    let now = t0 + 60_000;
    const pacer = createPacer({ now: () => now });
    pacer.observe(key, answer(0, 60_000, 1));
    const refusals: number[] = [];
    const refuse = (pauseMs: number) => {
      refusals.push(pauseMs);
      return new Error(`held ${pauseMs}`);
    };
    const first = await pacer.acquire(key, undefined, refuse);
    let settled = false;
    const next = pacer.acquire(key, undefined, refuse).finally(() => {
      settled = true;
    });
    next.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);
    expect(refusals).toEqual([]);
    // The first answer, fed back before its turn ends: the new window is spent for a minute.
    pacer.observe(key, answer(0, 120_000, 1));
    now += 3;
    first.done();
    await expect(next).rejects.toThrow('held 59997');
    expect(refusals).toEqual([59_997]);
  });
});
