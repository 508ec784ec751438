import type { RateLimitState } from './classification.ts';
import { sleep } from './sleep.ts';

/** Settings of a pacer. */
export interface PacerOptions {
  /** Requests per window per Sorsa key. Default 20 (Sorsa's documented limit). */
  readonly perWindow?: number;
  /** Window length in ms. Default 1000. */
  readonly windowMs?: number;
  /** Added to the window for clock and timer slop. Default 25. */
  readonly marginMs?: number;
  /** A request whose response never arrives stops counting after this long. Default 30 000. */
  readonly pendingTimeoutMs?: number;
  /** Clock, for tests. Default `Date.now`. */
  readonly now?: () => number;
}

/** A granted turn. */
export interface PacerTicket {
  /** How long the pacer held this request back (0 when it went straight through). */
  readonly waitedMs: number;
  /** Call when the response has arrived, or the request failed. */
  done(): void;
}

/**
 * Makes requests wait their turn instead of collecting 429s. Keys come from {@link paceKey}:
 * `sorsa:…` keys allow `perWindow` requests per `windowMs`; `x:…` keys pause when a response
 * reports the window used up, until its reset.
 */
export interface Pacer {
  /**
   * Resolves when a request under `key` may be sent, with a ticket whose `done` must be called once
   * its response arrives; rejects with the abort reason if `signal` aborts first.
   */
  acquire(key: string, signal?: AbortSignal): Promise<PacerTicket>;
  /** Feeds a response's rate-limit state back, so the key pauses at 0 remaining until reset. */
  observe(key: string, rateLimit: RateLimitState | undefined): void;
  /** When `key` may send again, in epoch ms, if it is paused. */
  pausedUntil(key: string): number | undefined;
}

interface Grant {
  readonly sentAt: number;
  doneAt: number | undefined;
}

interface KeyState {
  grants: Grant[];
  queue: Promise<unknown>;
  remaining: number | undefined;
  resetAt: number | undefined;
  /** Wakes a turn that waits for an in-flight request to finish. */
  wake: (() => void) | undefined;
  /** Counts holds, so a request queued behind a held one knows it was held too. */
  holds: number;
}

const noop = (): void => undefined;

/** Creates a pacer; one per client instance, shared by all its requests. */
export function createPacer(options: PacerOptions = {}): Pacer {
  const perWindow = options.perWindow ?? 20;
  const span = (options.windowMs ?? 1000) + (options.marginMs ?? 25);
  const pendingTimeout = options.pendingTimeoutMs ?? 30_000;
  const now = options.now ?? Date.now;
  const states = new Map<string, KeyState>();
  const globalKey = 'x:*';

  const stateOf = (key: string): KeyState => {
    let state = states.get(key);
    if (!state) {
      state = {
        grants: [],
        queue: Promise.resolve(),
        remaining: undefined,
        resetAt: undefined,
        wake: undefined,
        holds: 0,
      };
      states.set(key, state);
    }
    return state;
  };

  /**
   * A server counts a request when it arrives, somewhere between sending and the response. So a
   * grant occupies the window until one window after its response, and an in-flight one until it
   * completes: late arrivals of a slow batch can then never share a server window with the next.
   * Returns 0 when a slot is free, else the longest we may have to wait (a completing request wakes us sooner).
   */
  const windowWait = (state: KeyState): number => {
    const t = now();
    state.grants = state.grants.filter((g) =>
      g.doneAt === undefined ? g.sentAt > t - pendingTimeout : g.doneAt > t - span,
    );
    if (state.grants.length < perWindow) return 0;
    let earliest = Number.POSITIVE_INFINITY;
    for (const g of state.grants) {
      earliest = Math.min(earliest, g.doneAt === undefined ? g.sentAt + pendingTimeout : g.doneAt + span);
    }
    return Math.max(1, earliest - t);
  };

  const waitForSlot = async (state: KeyState, signal?: AbortSignal): Promise<void> => {
    for (let wait = windowWait(state); wait > 0; wait = windowWait(state)) {
      state.holds += 1;
      const woken = new Promise<void>((resolve) => {
        state.wake = resolve;
      });
      const controller = new AbortController();
      const onAbort = () => controller.abort(signal?.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        await Promise.race([sleep(wait, controller.signal), woken]);
      } finally {
        signal?.removeEventListener('abort', onAbort);
        controller.abort();
        state.wake = undefined;
      }
      signal?.throwIfAborted();
    }
  };

  const pauseWait = (state: KeyState | undefined): number => {
    if (!state || state.resetAt === undefined || state.remaining === undefined || state.remaining > 0)
      return 0;
    const wait = state.resetAt - now();
    if (wait <= 0) {
      state.remaining = undefined;
      state.resetAt = undefined;
      return 0;
    }
    return wait;
  };

  const takeTurn = async (key: string, state: KeyState, signal?: AbortSignal): Promise<() => void> => {
    if (key.startsWith('sorsa:')) {
      await waitForSlot(state, signal);
      const grant: Grant = { sentAt: now(), doneAt: undefined };
      state.grants.push(grant);
      return () => {
        if (grant.doneAt !== undefined) return;
        grant.doneAt = now();
        state.wake?.();
      };
    }
    for (;;) {
      const wait = Math.max(pauseWait(state), pauseWait(states.get(globalKey)));
      if (wait <= 0) break;
      state.holds += 1;
      await sleep(wait, signal);
    }
    if (state.remaining !== undefined) state.remaining -= 1;
    return noop;
  };

  return {
    acquire(key, signal) {
      const state = stateOf(key);
      const asked = now();
      const holdsBefore = state.holds;
      const turn = state.queue.then(() => takeTurn(key, state, signal));
      state.queue = turn.catch(() => undefined);
      return turn.then((done) => ({ waitedMs: state.holds > holdsBefore ? now() - asked : 0, done }));
    },
    observe(key, rateLimit) {
      if (!rateLimit) return;
      for (const family of rateLimit.families) {
        if (family.remaining === undefined || family.resetAt === undefined) continue;
        const state = stateOf(family.name === 'rate-limit' ? key : globalKey);
        const sameWindow = state.resetAt === family.resetAt && state.remaining !== undefined;
        state.remaining = sameWindow
          ? Math.min(state.remaining ?? family.remaining, family.remaining)
          : family.remaining;
        state.resetAt = family.resetAt;
      }
    },
    pausedUntil(key) {
      const state = states.get(key);
      const wait = Math.max(pauseWait(state), pauseWait(states.get(globalKey)));
      return wait > 0 ? now() + wait : undefined;
    },
  };
}
