import { describe, expect, test } from 'vitest';
import { createPaceBook, createPacer, parseRateLimit } from '../src/index.ts';
import { answer, key, released, t0 } from './support/x-window.ts';

describe('an X endpoint not heard from yet', () => {
  test('sends one request; the rest wait for its answer, then go as far as it allows', () => {
    const book = createPaceBook();
    expect(released(book, t0)).toBe(1);
    // Provisional: the answer may come at any moment, so nothing is refused for it.
    expect(book.waitMs(key, t0)).toBeGreaterThan(0);
    expect(book.pauseMs(key, t0)).toBe(0);

    book.observe(key, answer(4, 900_000, 15));
    expect(released(book, t0 + 5)).toBe(4);
    expect(book.waitMs(key, t0 + 5)).toBe(899_995);
  });

  test('a first answer of 0 remaining pauses the rest until the reset', () => {
    const book = createPaceBook();
    const complete = book.grant(key, t0);
    book.observe(key, answer(0, 60_000, 15));
    complete(t0 + 5);
    expect(book.pauseMs(key, t0 + 5)).toBe(59_995);
  });

  test('lets everything go when the first request ends without an answer', () => {
    const book = createPaceBook();
    const complete = book.grant(key, t0);
    expect(book.waitMs(key, t0)).toBeGreaterThan(0);
    complete(t0 + 5);
    expect(released(book, t0 + 5)).toBe(20);
  });

  test('lets everything go, from then on, when the endpoint answers without rate-limit headers', () => {
    const book = createPaceBook();
    const complete = book.grant(key, t0);
    book.observe(key, parseRateLimit({ 'content-type': 'application/json' }, t0));
    complete(t0 + 5);
    expect(released(book, t0 + 5)).toBe(20);
    expect(released(book, t0 + 10)).toBe(20);
  });

  test('waits for the first answer firstAnswerMs at most, 1 s by default', () => {
    const book = createPaceBook();
    book.grant(key, t0);
    expect(book.waitMs(key, t0 + 400)).toBe(600);
    expect(released(book, t0 + 1_000)).toBe(20);
  });

  test('a first answer that comes after the rest went is taken less the requests still in flight', () => {
    const book = createPaceBook({ firstAnswerMs: 500 });
    const first = book.grant(key, t0);
    expect(released(book, t0 + 500)).toBe(20);
    book.observe(key, answer(25, 900_000, 50));
    first(t0 + 600);
    expect(released(book, t0 + 600)).toBe(5);
  });

  test('firstAnswerMs: 0 sends a burst at once, as without learning the window', () => {
    const book = createPaceBook({ firstAnswerMs: 0 });
    expect(released(book, t0)).toBe(20);
  });

  test('a first request that never answers stops counting after pendingTimeoutMs, if that comes first', () => {
    const book = createPaceBook({ pendingTimeoutMs: 5_000, firstAnswerMs: 60_000 });
    book.grant(key, t0);
    expect(book.waitMs(key, t0 + 1_000)).toBe(4_000);
    expect(released(book, t0 + 5_000)).toBe(20);
  });

  test('is learnt once: a key whose window is known sends without a first request going alone', () => {
    const book = createPaceBook();
    book.observe(key, answer(10, 900_000, 15));
    expect(released(book, t0)).toBe(10);
  });

  test('each endpoint is learnt on its own', () => {
    const book = createPaceBook();
    book.grant(key, t0);
    expect(book.waitMs('x:GET /2/tweets/:id', t0)).toBe(0);
  });
});

test('createPacer holds a burst to a new endpoint until the first answer, then lets what it allows go', async () => {
  const pacer = createPacer({ now: () => t0 });
  const order: string[] = [];
  const first = await pacer.acquire(key);
  const rest = [1, 2, 3].map((n) =>
    pacer.acquire(key).then((ticket) => {
      order.push(`granted ${n}`);
      return ticket;
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(order).toEqual([]);
  pacer.observe(key, answer(2, 900_000, 15));
  order.push('answered');
  first.done();
  await Promise.race([Promise.all(rest), new Promise((resolve) => setTimeout(resolve, 50))]);
  // Two are left in the window; the third waits for its reset, 15 minutes away.
  expect(order).toEqual(['answered', 'granted 1', 'granted 2']);
  expect(pacer.pausedUntil(key)).toBe(t0 + 900_000);
});

describe('requests in flight when an answer arrives', () => {
  test('an answer from a new window leaves room only for what the requests still in flight do not take', () => {
    const book = createPaceBook();
    const probe = book.grant(key, t0);
    book.observe(key, answer(2, 1_000, 3));
    probe(t0 + 5);
    // Both were sent for the first window, and both reach the server in the next one.
    const inFlight = [book.grant(key, t0 + 5), book.grant(key, t0 + 5)];
    // The first of them answers from the new window with 2 left; the other one takes one of those.
    book.observe(key, answer(2, 2_000, 3));
    inFlight[0]?.(t0 + 1_100);
    expect(released(book, t0 + 1_100)).toBe(1);
  });

  test('answers of a known window arriving in any order leave what the server has left', () => {
    const book = createPaceBook();
    book.observe(key, answer(9, 900_000, 15));
    const sent = [1, 2, 3, 4].map(() => book.grant(key, t0));
    // The server counted all four (8, 7, 6, 5 left); their answers arrive last first.
    [5, 6, 7, 8].forEach((remaining, index) => {
      book.observe(key, answer(remaining, 900_000, 15));
      sent[3 - index]?.(t0 + 5);
    });
    expect(released(book, t0 + 5)).toBe(5);
  });

  test('a request never answered stops counting after pendingTimeoutMs', () => {
    const book = createPaceBook({ pendingTimeoutMs: 5_000 });
    book.observe(key, answer(10, 900_000, 15));
    book.grant(key, t0);
    const answering = book.grant(key, t0 + 6_000);
    // The first answer from the next window: the request that never answered no longer counts.
    book.observe(key, answer(5, 1_800_000, 15));
    answering(t0 + 6_005);
    expect(released(book, t0 + 6_005)).toBe(5);
  });
});
