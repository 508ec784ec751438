import { describe, expect, test } from 'vitest';
import { createPaceBook, createPacer, parseRateLimit } from '../src/index.ts';

const key = 'x:GET /2/users/:id';
const t0 = 1_800_000_000_000;
const second = (ms: number): string => String((t0 + ms) / 1000);

describe('X windows', () => {
  test('two answers from one window keep the later reset estimate, so the pause never ends early', () => {
    const book = createPaceBook();
    const complete = book.grant(key, t0);
    // The first answer's date shows the local clock 2 s ahead: the reset is 2 s later on our clock.
    const ahead = parseRateLimit(
      {
        'x-rate-limit-limit': '3',
        'x-rate-limit-remaining': '2',
        'x-rate-limit-reset': second(60_000),
        date: new Date(t0 - 2000).toUTCString(),
      },
      t0,
    );
    book.observe(key, ahead);
    complete(t0);
    // A later answer from the same window shows no skew: its estimate of the reset is earlier.
    const spent = parseRateLimit(
      {
        'x-rate-limit-limit': '3',
        'x-rate-limit-remaining': '0',
        'x-rate-limit-reset': second(60_000),
        date: new Date(t0).toUTCString(),
      },
      t0,
    );
    book.observe(key, spent);
    expect(book.waitMs(key, t0 + 61_000)).toBe(1000);
    expect(book.waitMs(key, t0 + 62_000)).toBe(0);
  });
});

describe('Sorsa windows', () => {
  test('an answered request holds its place a window plus the 25 ms margin by default', () => {
    const book = createPaceBook();
    const sorsa = 'sorsa:0123456789abcdef';
    for (let i = 0; i < 20; i++) book.grant(sorsa, t0)(t0);
    expect(book.waitMs(sorsa, t0 + 1000)).toBe(25);
    expect(book.waitMs(sorsa, t0 + 1025)).toBe(0);
  });
});

describe('createPacer', () => {
  test('pausedUntil tells when a full Sorsa key frees a slot', async () => {
    const clock = t0;
    const pacer = createPacer({ perWindow: 1, now: () => clock });
    const ticket = await pacer.acquire('sorsa:k');
    ticket.done();
    expect(pacer.pausedUntil('sorsa:k')).toBe(clock + 1025);
  });

  test('a turn granted just as its signal aborts is released, not spent', async () => {
    const clock = t0;
    const pacer = createPacer({ perWindow: 1, now: () => clock });
    const controller = new AbortController();
    const pending = pacer.acquire('sorsa:k', controller.signal);
    pending.catch(() => undefined);
    // The turn is granted in the first microtask; the abort lands before the ticket reaches the caller.
    await Promise.resolve();
    controller.abort(new Error('gave up'));
    await expect(pending).rejects.toThrow('gave up');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(pacer.pausedUntil('sorsa:k')).toBeUndefined();
  });

  test('a request that was never held reports waitedMs 0, however the clock moves', async () => {
    let clock = t0;
    const pacer = createPacer({ now: () => (clock += 7) });
    const ticket = await pacer.acquire('sorsa:k');
    expect(ticket.waitedMs).toBe(0);
    ticket.done();
  });
});
