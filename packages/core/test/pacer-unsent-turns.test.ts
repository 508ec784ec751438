import { expect, test } from 'vitest';
import { classify, createPaceBook, createPacer, createRuntime, runWithRetry } from '../src/index.ts';
import { answer, key, t0 } from './support/x-window.ts';

test('a grant given back unsent returns its slot to the X window it was counted in', () => {
  const book = createPaceBook();
  book.grant(key, t0)(t0);
  book.observe(key, answer(1, 600_000));
  const unsent = book.grant(key, t0);
  expect(book.waitMs(key, t0)).toBe(600_000);

  unsent(t0, false);
  unsent(t0, false);

  expect(book.waitMs(key, t0)).toBe(0);
  book.grant(key, t0);
  expect(book.waitMs(key, t0)).toBe(600_000);
});

test('a probe given back unsent lets the next request in line learn the window', () => {
  const book = createPaceBook();
  book.grant(key, t0)(t0, false);
  expect(book.waitMs(key, t0)).toBe(0);
  book.grant(key, t0);
  expect(book.waitMs(key, t0)).toBeGreaterThan(0);
});

test('a Sorsa slot given back unsent is free at once, not a window after', async () => {
  const pacer = createPacer({ perWindow: 1, windowMs: 60_000 });
  const ticket = await pacer.acquire('sorsa:k');
  ticket.release?.();
  expect(pacer.pausedUntil('sorsa:k')).toBeUndefined();
});

test('a request aborted as its turn comes leaves the last slot of an X window to the next', async () => {
  const runtime = createRuntime({ pace: { x: true } });
  const url = 'https://api.x.com/2/users/me';
  const summary = { method: 'GET', url };
  const reset = String(Math.floor(Date.now() / 1000) + 600);
  const headers = (remaining: number) => ({
    'x-rate-limit-limit': '3',
    'x-rate-limit-remaining': String(remaining),
    'x-rate-limit-reset': reset,
  });
  const answered = (remaining: number) => ({
    classification: classify({ status: 200, url, headers: headers(remaining), body: { data: {} } }),
    result: remaining,
  });
  const sent: string[] = [];
  const request = (signal?: AbortSignal) => ({ url, method: 'GET', summary, signal });
  const aborted = new AbortController();

  const first = runWithRetry(runtime, request(), async () => {
    sent.push('first');
    await new Promise((resolve) => setTimeout(resolve, 50));
    return answered(1);
  });
  const second = runWithRetry(runtime, request(aborted.signal), async () => {
    sent.push('second');
    return answered(0);
  }).catch((error: unknown) => error);
  const third = runWithRetry(runtime, request(), async () => {
    sent.push('third');
    return answered(0);
  });
  await first;
  aborted.abort(new Error('not needed'));

  expect(await second).toBe(aborted.signal.reason);
  expect((await third).classification.ok).toBe(true);
  expect(sent).toEqual(['first', 'third']);
});

test('a release after done gives nothing back: the request was sent', () => {
  const book = createPaceBook();
  book.grant(key, t0)(t0);
  book.observe(key, answer(1, 600_000));
  const complete = book.grant(key, t0);
  complete(t0);
  complete(t0, false);
  expect(book.waitMs(key, t0)).toBe(600_000);
});
