import type { RateLimitFamily, RateLimitState } from './classification.ts';
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
 * pause at 0 remaining until reset, and the 24-hour families, shared by all endpoints, pause
 * every `x:…` key. Once a spent X window resets, only as many requests go as the window allows
 * (its `limit`), and the rest wait for the first response to tell what the new window has left.
 */
export interface PaceBook {
  /** How long a request under `key` must wait at `now`; 0 means it may go. A completing request may free a slot sooner. */
  waitMs(key: string, now: number): number;
  /**
   * The part of `waitMs` that surely lasts: an X window or 24-hour family spent until its reset.
   * 0 when the wait is provisional (a Sorsa window, or an X window's first answers still in
   * flight), since a completing request may end it at once.
   */
  pauseMs(key: string, now: number): number;
  /** Records a request sent under `key` at `now`; call the result when its response arrives. */
  grant(key: string, now: number): CompleteGrant;
  /**
   * Feeds a response's rate-limit state back. Call it before the request's `CompleteGrant`, so a
   * request woken by that completion sees what the response said.
   */
  observe(key: string, rateLimit: RateLimitState | undefined): void;
}

interface Grant {
  readonly sentAt: number;
  doneAt: number | undefined;
}

interface KeyState {
  /** Sorsa: every request in the window. X: the requests sent into a reopened window, before it answered. */
  grants: Grant[];
  remaining: number | undefined;
  /** When the window resets, on the local clock. */
  resetAt: number | undefined;
  /**
   * The window this state describes, named by its reset on the server's clock (`resetAt` less the
   * skew): answers are matched on it, since each one estimates the skew anew from its `date`.
   */
  window: number | undefined;
  /** The window's size, as the last answer gave it: what a window opens with after its reset. */
  limit: number | undefined;
  /** The window that last reopened: an answer from it, or from before it, is stale. */
  reopenedAfter: number | undefined;
}

const globalPrefix = 'x:*';
const noop: CompleteGrant = () => undefined;

/** The state a family is kept under: an endpoint's own window, or one 24-hour family for every endpoint. */
function familyKey(key: string, family: RateLimitFamily): string {
  return family.name === 'rate-limit' ? key : `${globalPrefix}${family.name}`;
}

const dailyKeys = [`${globalPrefix}app-24hour`, `${globalPrefix}user-24hour`] as const;

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
      state = {
        grants: [],
        remaining: undefined,
        resetAt: undefined,
        window: undefined,
        limit: undefined,
        reopenedAfter: undefined,
      };
      states.set(key, state);
    }
    return state;
  };

  /** The in-flight grants, once those whose response never came stop counting; the earliest such expiry. */
  const pending = (state: KeyState, now: number): number => {
    state.grants = state.grants.filter((g) => g.doneAt === undefined && g.sentAt > now - pendingTimeout);
    let earliest = Number.POSITIVE_INFINITY;
    for (const g of state.grants) earliest = Math.min(earliest, g.sentAt + pendingTimeout);
    return earliest;
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

  /**
   * A window past its reset opens again with its `limit`, not unbounded: every request queued at
   * the reset would otherwise go at once, and all but `limit` of them collect a 429.
   */
  const reopen = (state: KeyState): void => {
    state.reopenedAfter = state.window ?? state.reopenedAfter;
    state.window = undefined;
    state.resetAt = undefined;
    state.remaining = state.limit !== undefined && state.limit > 0 ? state.limit : undefined;
    state.grants = [];
  };

  /** An X state's wait: `sure` is the pause until a known reset, else the wait for the window's first answer. */
  const pauseWait = (state: KeyState | undefined, now: number, sure: boolean): number => {
    if (!state || state.remaining === undefined || state.remaining > 0) return 0;
    if (state.resetAt !== undefined) {
      if (now < state.resetAt) return state.resetAt - now;
      reopen(state);
      return 0;
    }
    // The reopened window's requests are all out; its first answer tells what is left. When they
    // all ended without one (failed, aborted, or answered without a reset), nothing will tell:
    // the next `limit` go, so the queue moves on without ever going all at once.
    const expiry = pending(state, now);
    if (expiry === Number.POSITIVE_INFINITY) {
      state.remaining = state.limit;
      return 0;
    }
    return sure ? 0 : Math.max(1, expiry - now);
  };

  const xWait = (key: string, now: number, sure: boolean): number => {
    let wait = pauseWait(states.get(key), now, sure);
    for (const daily of dailyKeys) wait = Math.max(wait, pauseWait(states.get(daily), now, sure));
    return wait;
  };

  const take = (state: KeyState, now: number): CompleteGrant => {
    if (state.remaining === undefined) return noop;
    state.remaining -= 1;
    if (state.resetAt !== undefined) return noop;
    const grant: Grant = { sentAt: now, doneAt: undefined };
    state.grants.push(grant);
    return (doneAt) => {
      if (grant.doneAt === undefined) grant.doneAt = doneAt;
    };
  };

  return {
    waitMs(key, now) {
      if (key.startsWith('sorsa:')) return windowWait(stateOf(key), now);
      return xWait(key, now, false);
    },
    pauseMs(key, now) {
      return key.startsWith('sorsa:') ? 0 : xWait(key, now, true);
    },
    grant(key, now) {
      const state = stateOf(key);
      if (key.startsWith('sorsa:')) {
        const grant: Grant = { sentAt: now, doneAt: undefined };
        state.grants.push(grant);
        return (doneAt) => {
          if (grant.doneAt === undefined) grant.doneAt = doneAt;
        };
      }
      // The 24-hour families only pause: they cover some endpoints, not every one sent under X pacing.
      return take(state, now);
    },
    observe(key, rateLimit) {
      // Sorsa is paced by its own documented window, whatever headers a response carries.
      if (!rateLimit || key.startsWith('sorsa:')) return;
      for (const family of rateLimit.families) {
        if (family.remaining === undefined || family.resetAt === undefined) continue;
        const state = stateOf(familyKey(key, family));
        const window = family.resetAt - rateLimit.skewMs;
        // An answer from a window already over (it reset, or a later one answered) tells nothing now.
        if (state.reopenedAfter !== undefined && window <= state.reopenedAfter) continue;
        if (state.window !== undefined && window < state.window) continue;
        // A reopened window not yet answered is the one this answer comes from.
        const reopened = state.window === undefined && state.reopenedAfter !== undefined;
        const sameWindow = state.remaining !== undefined && (state.window === window || reopened);
        state.remaining = sameWindow
          ? Math.min(state.remaining ?? family.remaining, family.remaining)
          : family.remaining;
        // Within one window, the later of the estimates: a request must not land before the reset.
        state.resetAt =
          state.window === window && state.resetAt !== undefined
            ? Math.max(state.resetAt, family.resetAt)
            : family.resetAt;
        state.window = window;
        if (family.limit !== undefined) state.limit = family.limit;
        state.grants = [];
      }
    },
  };
}
