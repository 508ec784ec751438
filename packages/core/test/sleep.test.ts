import { afterEach, expect, test, vi } from 'vitest';
import { sleep } from '../src/index.ts';

afterEach(() => {
  vi.useRealTimers();
});

// Timers take at most 2^31 − 1 ms; a longer delay fires at once, and a pause until a reset weeks
// away would turn into a busy loop.
test('a wait longer than a timer can hold still waits its whole length', async () => {
  vi.useFakeTimers();
  const month = 30 * 24 * 60 * 60 * 1000;
  let done = false;
  const waiting = sleep(month).then(() => {
    done = true;
  });

  await vi.advanceTimersByTimeAsync(month - 1_000);
  expect(done).toBe(false);
  await vi.advanceTimersByTimeAsync(1_000);
  await waiting;
  expect(done).toBe(true);
});
