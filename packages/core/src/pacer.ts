import type { RateLimitState } from './classification.ts';
import { sleep } from './sleep.ts';

/** Settings of a pacer. */
export interface PacerOptions {
  /** Requests per window per Sorsa key. Default 20 (Sorsa's documented limit). */
  readonly perWindow?: number;
  /** Window length in ms. Default 1000. */
  readonly windowMs?: number;
  /**
   * Added to the window so latency jitter cannot push a request into the previous server
   * window. Default 25.
   */
  readonly marginMs?: number;
  /** Clock, for tests. Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * Makes requests wait their turn instead of collecting 429s. Keys come from {@link paceKey}:
 * `sorsa:…` keys get a sliding window of `perWindow` per `windowMs`; `x:…` keys pause when a
 * response reports the window used up, until its reset.
 */
export interface Pacer {
  /** Resolves when a request under `key` may be sent; rejects with the abort reason if `signal` aborts first. */
  acquire(key: string, signal?: AbortSignal): Promise<void>;
  /** Feeds a response's rate-limit state back, so the key pauses at 0 remaining until reset. */
  observe(key: string, rateLimit: RateLimitState | undefined): void;
  /** When `key` may send again, in epoch ms, if it is paused. */
  pausedUntil(key: string): number | undefined;
}

interface KeyState {
  grants: number[];
  queue: Promise<void>;
  remaining: number | undefined;
  resetAt: number | undefined;
}

/** Creates a pacer; one per client instance, shared by all its requests. */
export function createPacer(options: PacerOptions = {}): Pacer {
  const perWindow = options.perWindow ?? 20;
  const span = (options.windowMs ?? 1000) + (options.marginMs ?? 25);
  const now = options.now ?? Date.now;
  const states = new Map<string, KeyState>();
  const globalKey = 'x:*';

  const stateOf = (key: string): KeyState => {
    let state = states.get(key);
    if (!state) {
      state = { grants: [], queue: Promise.resolve(), remaining: undefined, resetAt: undefined };
      states.set(key, state);
    }
    return state;
  };

  const windowWait = (state: KeyState): number => {
    const t = now();
    while (state.grants.length > 0 && (state.grants[0] ?? 0) <= t - span) state.grants.shift();
    if (state.grants.length < perWindow) return 0;
    return (state.grants[0] ?? t) + span - t;
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

  const takeTurn = async (key: string, state: KeyState, signal?: AbortSignal): Promise<void> => {
    if (key.startsWith('sorsa:')) {
      for (let wait = windowWait(state); wait > 0; wait = windowWait(state)) await sleep(wait, signal);
      state.grants.push(now());
      return;
    }
    for (;;) {
      const wait = Math.max(pauseWait(state), pauseWait(states.get(globalKey)));
      if (wait <= 0) break;
      await sleep(wait, signal);
    }
    if (state.remaining !== undefined) state.remaining -= 1;
  };

  return {
    acquire(key, signal) {
      const state = stateOf(key);
      const turn = state.queue.then(() => takeTurn(key, state, signal));
      state.queue = turn.catch(() => undefined);
      return turn;
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
