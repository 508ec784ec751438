import { onAbort } from './abort-watch.ts';

/** The longest delay timers take (about 24.8 days): a longer one fires at once, in every runtime. */
const maxTimerMs = 2 ** 31 - 1;

/**
 * Waits `ms`, or rejects with the signal's reason the moment it aborts. The timer is cleared on
 * abort so nothing keeps the process alive. A wait longer than a timer can hold runs as several.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (!(ms > 0)) return Promise.resolve();
  if (ms > maxTimerMs) return sleep(maxTimerMs, signal).then(() => sleep(ms - maxTimerMs, signal));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop?.();
      resolve();
    }, ms);
    const stop =
      signal &&
      onAbort(signal, () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
  });
}
