import { onAbort } from '../abort-watch.ts';

/**
 * Settles as `work` does, or rejects with `signal`'s reason as soon as it aborts: reading a
 * caller's stream body, say, which waits on the stream alone and would otherwise keep an aborted
 * call pending for as long as the stream stalls. `work` is left to end by itself; its outcome is
 * then ignored, never an unhandled rejection.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (signal == null) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const stop = onAbort(signal, () => reject(signal.reason));
    work.then(
      (value) => {
        stop();
        resolve(value);
      },
      (error: unknown) => {
        stop();
        reject(error);
      },
    );
  });
}
