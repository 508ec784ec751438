import { onAbort } from './abort-watch.ts';
import type { RateLimitState } from './classification.ts';
import { createPaceBook, type PaceBookOptions } from './pace-book.ts';
import { sleep } from './sleep.ts';

/** Settings of a pacer. */
export interface PacerOptions extends PaceBookOptions {
  /** Clock, for tests. Default `Date.now`. */
  readonly now?: (() => number) | undefined;
}

/** A granted turn. */
export interface PacerTicket {
  /** How long the pacer held this request back (0 when it went straight through). */
  readonly waitedMs: number;
  /** Call when the response has arrived, or the request failed. */
  done(): void;
  /**
   * Call instead of `done` when the request was never sent (aborted once its turn came): its slot
   * goes to the next request, as if it had never been granted. A pacer of your own may leave it out.
   */
  release?(): void;
}

/**
 * Makes requests wait their turn instead of collecting 429s, following a {@link PaceBook}:
 * Sorsa keys get `perWindow` requests per window, X endpoints pause at 0 remaining until reset.
 */
export interface Pacer {
  /**
   * Resolves when a request under `key` may be sent, with a ticket whose `done` must be called once
   * its response arrives; rejects with the abort reason as soon as `signal` aborts, also while the
   * request waits in the queue behind others (its turn then passes without taking a slot).
   *
   * @param refuse - Asked, when the request's turn comes, before each pause that surely lasts
   *   until a reset (an X window or 24-hour family that is spent; see `PaceBook.pauseMs`), with its
   *   length in ms. Anything it returns other than
   *   `undefined` ends the wait, and `acquire` rejects with it: a request queued behind others
   *   can then be refused by the same limits as one that finds the window spent at once.
   */
  acquire(key: string, signal?: AbortSignal, refuse?: (pauseMs: number) => unknown): Promise<PacerTicket>;
  /**
   * Feeds a response's rate-limit state back, so the key pauses at 0 remaining until reset. Call
   * it before the request's ticket is `done`.
   */
  observe(key: string, rateLimit: RateLimitState | undefined): void;
  /**
   * When `key` may send again, in epoch ms, if it must wait now. For a Sorsa key, when a slot frees
   * up, unless an in-flight request completes sooner. For an X key, when a spent window (or 24-hour
   * family) resets; not the wait for the first answer from a window that just reset, which may come
   * at any moment.
   */
  pausedUntil(key: string): number | undefined;
}

interface Lane {
  queue: Promise<unknown>;
  /** Wakes a turn that waits for an in-flight request to finish. */
  wake: (() => void) | undefined;
  /** Counts holds, so a request queued behind a held one knows it was held too. */
  holds: number;
  /**
   * Requests queued, taking their turn or holding a ticket not yet done: at 0 the lane is dropped,
   * as a new one would serve as well (a ticket's `done` wakes its own lane's next turn).
   */
  waiting: number;
}

/**
 * `ticket`, or a rejection with the abort reason as soon as `signal` aborts, even while the request
 * waits in the queue behind others. A turn granted after the abort is given back at once.
 */
function abortable(ticket: Promise<PacerTicket>, signal: AbortSignal): Promise<PacerTicket> {
  const giveBack = () => {
    ticket.then(
      (granted) => (granted.release ?? granted.done).call(granted),
      () => undefined,
    );
  };
  if (signal.aborted) {
    giveBack();
    return Promise.reject(signal.reason);
  }
  return new Promise<PacerTicket>((resolve, reject) => {
    const stop = onAbort(signal, () => {
      reject(signal.reason);
      giveBack();
    });
    ticket.then(
      (granted) => {
        stop();
        resolve(granted);
      },
      (error: unknown) => {
        stop();
        reject(error);
      },
    );
  });
}

/**
 * Creates a pacer; one per client instance, shared by all its requests.
 *
 * @throws {TypeError} An option has the wrong type.
 * @throws {RangeError} An option is out of range, e.g. `perWindow: 0`, which would hold every request forever.
 */
export function createPacer(options: PacerOptions = {}): Pacer {
  const book = createPaceBook(options);
  const now = options.now ?? Date.now;
  const lanes = new Map<string, Lane>();

  const laneOf = (key: string): Lane => {
    let lane = lanes.get(key);
    if (!lane) {
      lane = { queue: Promise.resolve(), wake: undefined, holds: 0, waiting: 0 };
      lanes.set(key, lane);
    }
    return lane;
  };

  const hold = async (lane: Lane, wait: number, signal?: AbortSignal): Promise<void> => {
    signal?.throwIfAborted();
    lane.holds += 1;
    const woken = new Promise<void>((resolve) => {
      lane.wake = resolve;
    });
    const timer = new AbortController();
    const stop = signal && onAbort(signal, () => timer.abort(signal.reason));
    try {
      await Promise.race([sleep(wait, timer.signal), woken]);
    } finally {
      stop?.();
      timer.abort();
      lane.wake = undefined;
    }
    signal?.throwIfAborted();
  };

  const takeTurn = async (
    key: string,
    lane: Lane,
    signal: AbortSignal | undefined,
    refuse: ((pauseMs: number) => unknown) | undefined,
  ): Promise<(sent: boolean) => void> => {
    // Aborted while queued: the turn passes without taking a slot.
    signal?.throwIfAborted();
    for (let wait = book.waitMs(key, now()); wait > 0; wait = book.waitMs(key, now())) {
      const pause = refuse === undefined ? 0 : book.pauseMs(key, now());
      const refusal = pause > 0 ? refuse?.(pause) : undefined;
      if (refusal !== undefined) throw refusal;
      await hold(lane, wait, signal);
    }
    // Aborted while its turn came round: the slot is left to the next in line, not granted.
    signal?.throwIfAborted();
    const complete = book.grant(key, now());
    return (sent) => {
      complete(now(), sent);
      lane.wake?.();
    };
  };

  return {
    acquire(key, signal, refuse) {
      const lane = laneOf(key);
      const asked = now();
      // Queued behind a hold already under way, this request is held back by it too.
      const holdsBefore = lane.wake === undefined ? lane.holds : lane.holds - 1;
      const turn = lane.queue.then(() => takeTurn(key, lane, signal, refuse));
      lane.queue = turn.catch(() => undefined);
      // Lanes are made per key, and keys come without end (a token per user): an empty one goes.
      lane.waiting += 1;
      let left = false;
      const leave = () => {
        if (left) return;
        left = true;
        lane.waiting -= 1;
        if (lane.waiting === 0 && lanes.get(key) === lane) lanes.delete(key);
      };
      turn.catch(leave);
      const ticket = turn.then((finish) => ({
        waitedMs: lane.holds > holdsBefore ? now() - asked : 0,
        done: () => {
          finish(true);
          leave();
        },
        release: () => {
          finish(false);
          leave();
        },
      }));
      return signal === undefined ? ticket : abortable(ticket, signal);
    },
    observe(key, rateLimit) {
      book.observe(key, rateLimit);
    },
    pausedUntil(key) {
      const wait = key.startsWith('sorsa:') ? book.waitMs(key, now()) : book.pauseMs(key, now());
      return wait > 0 ? now() + wait : undefined;
    },
  };
}
