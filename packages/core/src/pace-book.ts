import type { RateLimitState } from './classification.ts';
import { checkPacerOptions } from './validate-options.ts';

/** Settings of the pacing bookkeeping. */
export interface PaceBookOptions {
  /** Requests per window per Sorsa key. Default 20 (Sorsa's documented limit). */
  readonly perWindow?: number;
  /** Window length in ms. Default 1000. */
  readonly windowMs?: number;
  /** Added to the window for clock and timer slop. Default 25. */
  readonly marginMs?: number;
  /** A request whose response never arrives stops counting after this long. Default 30 000. */
  readonly pendingTimeoutMs?: number;
}

/** Marks a granted request's response as arrived, at `doneAt` (epoch ms). Idempotent. */
export type CompleteGrant = (doneAt: number) => void;

/**
 * The pure state behind pacing, with time passed in: the promise pacer (`createPacer`) and the
 * Effect pacing service wait on it with their own clocks, so both follow one set of rules.
 * Keys come from `paceKey`: `sorsa:…` keys allow `perWindow` requests per window; `x:…` keys
 * pause at 0 remaining until reset, and `x:*` holds the 24-hour families shared by all endpoints.
 */
export interface PaceBook {
  /** How long a request under `key` must wait at `now`; 0 means it may go. A completing request may free a slot sooner. */
  waitMs(key: string, now: number): number;
  /** Records a request sent under `key` at `now`; call the result when its response arrives. */
  grant(key: string, now: number): CompleteGrant;
  /** Feeds a response's rate-limit state back. */
  observe(key: string, rateLimit: RateLimitState | undefined): void;
}

interface Grant {
  readonly sentAt: number;
  doneAt: number | undefined;
}

interface KeyState {
  grants: Grant[];
  remaining: number | undefined;
  resetAt: number | undefined;
}

const globalKey = 'x:*';
const noop: CompleteGrant = () => undefined;

/**
 * Creates the bookkeeping for one pacer.
 *
 * @throws {TypeError} An option has the wrong type.
 * @throws {RangeError} An option is out of range, e.g. `perWindow: 0`, or `windowMs + marginMs` exceeds the longest timer.
 */
export function createPaceBook(options: PaceBookOptions = {}): PaceBook {
  checkPacerOptions(options);
  const perWindow = options.perWindow ?? 20;
  const span = (options.windowMs ?? 1000) + (options.marginMs ?? 25);
  const pendingTimeout = options.pendingTimeoutMs ?? 30_000;
  const states = new Map<string, KeyState>();

  const stateOf = (key: string): KeyState => {
    let state = states.get(key);
    if (!state) {
      state = { grants: [], remaining: undefined, resetAt: undefined };
      states.set(key, state);
    }
    return state;
  };

  /**
   * A server counts a request when it arrives, somewhere between sending and the response. So a
   * grant occupies the window until one window after its response, and an in-flight one until it
   * completes: late arrivals of a slow batch can then never share a server window with the next.
   */
  const windowWait = (state: KeyState, now: number): number => {
    state.grants = state.grants.filter((g) =>
      g.doneAt === undefined ? g.sentAt > now - pendingTimeout : g.doneAt > now - span,
    );
    if (state.grants.length < perWindow) return 0;
    let earliest = Number.POSITIVE_INFINITY;
    for (const g of state.grants) {
      earliest = Math.min(earliest, g.doneAt === undefined ? g.sentAt + pendingTimeout : g.doneAt + span);
    }
    return Math.max(1, earliest - now);
  };

  const pauseWait = (state: KeyState | undefined, now: number): number => {
    if (!state || state.resetAt === undefined || state.remaining === undefined || state.remaining > 0)
      return 0;
    const wait = state.resetAt - now;
    if (wait <= 0) {
      state.remaining = undefined;
      state.resetAt = undefined;
      return 0;
    }
    return wait;
  };

  return {
    waitMs(key, now) {
      if (key.startsWith('sorsa:')) return windowWait(stateOf(key), now);
      return Math.max(pauseWait(states.get(key), now), pauseWait(states.get(globalKey), now));
    },
    grant(key, now) {
      const state = stateOf(key);
      if (!key.startsWith('sorsa:')) {
        if (state.remaining !== undefined) state.remaining -= 1;
        return noop;
      }
      const grant: Grant = { sentAt: now, doneAt: undefined };
      state.grants.push(grant);
      return (doneAt) => {
        if (grant.doneAt === undefined) grant.doneAt = doneAt;
      };
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
  };
}
