import type { RateLimitFamily, RateLimitState } from './classification.ts';
import { addGrant, type CompleteGrant, type Grant, liveGrants } from './grant.ts';
import { splitPaceKey } from './pace-key.ts';
import { sweepIfLarge, sweepMark } from './sweep.ts';

/**
 * X's windows as its answers describe them: an endpoint's own (15-minute) window per key, and its
 * 24-hour families (the app's for every user, a user's for that user). A window at 0 remaining pauses until its reset,
 * then opens with its `limit` until an answer tells what the new window has left.
 */
export interface XWindows {
  /** The wait at `now`; with `sure`, only a pause that lasts until a known reset. */
  waitMs(key: string, now: number, sure: boolean): number;
  /** Counts a request sent at `now` against its endpoint's window; call the result when it is answered. */
  grant(key: string, now: number): CompleteGrant;
  /** Takes in what an answer says of its endpoint's window and the 24-hour families. */
  observe(key: string, rateLimit: RateLimitState): void;
}

interface WindowState {
  /** The requests sent into a reopened window, before it answered. */
  grants: Grant[];
  /**
   * Every request sent under this key and not answered yet. The first answer from a new window
   * was counted before those still on their way reached the server, so it tells what is left only
   * less them.
   */
  inFlight: Grant[];
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
  /** An answer told of this window, or a first request went to learn it. */
  known: boolean;
  /** While the first request's answer is awaited: when the rest stop waiting for it. */
  firstAnswerBy: number | undefined;
}

const noop: CompleteGrant = () => undefined;

/** Where the app's 24-hour family of an endpoint is kept: one for every user of the app. */
const appDailyOf = (key: string): string => `x:*app-24hour ${splitPaceKey(key).endpoint}`;
/** Where a user's 24-hour family of an endpoint is kept. */
const userDailyOf = (key: string): string => `x:*user-24hour ${key}`;

/**
 * The state a family is kept under. X sets its limits per endpoint: the 15-minute window per app
 * or user (the key has the credential), the app's 24-hour limit for every user, a user's for that
 * user. Posting's daily limit says nothing of reading.
 */
function familyKey(key: string, family: RateLimitFamily): string {
  if (family.name === 'rate-limit') return key;
  return family.name === 'app-24hour' ? appDailyOf(key) : userDailyOf(key);
}

/**
 * A window past its reset opens again with its `limit`, not unbounded: every request queued at
 * the reset would otherwise go at once, and all but `limit` of them collect a 429.
 */
function reopen(state: WindowState): void {
  state.reopenedAfter = state.window ?? state.reopenedAfter;
  state.window = undefined;
  state.resetAt = undefined;
  state.remaining = state.limit !== undefined && state.limit > 0 ? state.limit : undefined;
  state.grants = [];
}

/**
 * Takes in one answer's family, unless it comes from a window that is over. `othersInFlight`
 * requests, sent before the window was known, may land in it after the answer was counted.
 */
function take(state: WindowState, family: RateLimitFamily, window: number, othersInFlight: number): void {
  if (family.remaining === undefined || family.resetAt === undefined) return;
  // An answer from a window already over (it reset, or a later one answered) tells nothing now.
  if (state.reopenedAfter !== undefined && window <= state.reopenedAfter) return;
  if (state.window !== undefined && window < state.window) return;
  // A reopened window not yet answered is the one this answer comes from.
  const reopened = state.window === undefined && state.reopenedAfter !== undefined;
  const sameWindow = state.remaining !== undefined && (state.window === window || reopened);
  // Within a window, every request sent since its first answer was counted off `remaining` when
  // it went. A new window's answer knows nothing of those still in flight: it is taken less them.
  state.remaining = sameWindow
    ? Math.min(state.remaining ?? family.remaining, family.remaining)
    : Math.max(0, family.remaining - othersInFlight);
  // Within one window, the later of the estimates: a request must not land before the reset.
  state.resetAt =
    state.window === window && state.resetAt !== undefined
      ? Math.max(state.resetAt, family.resetAt)
      : family.resetAt;
  state.window = window;
  state.known = true;
  state.firstAnswerBy = undefined;
  if (family.limit !== undefined) state.limit = family.limit;
  state.grants = [];
}

/**
 * Creates the X windows of one pacer; a request whose response never comes stops counting after
 * `pendingTimeoutMs`, and the rest of a burst to a new endpoint wait `firstAnswerMs` at most for
 * its first answer.
 */
export function createXWindows(pendingTimeoutMs: number, firstAnswerMs: number): XWindows {
  const states = new Map<string, WindowState>();
  const mark = sweepMark();

  /**
   * A state that holds nothing a fresh one would not learn again: no request of it in flight, and
   * no pause still to come. Forgotten, its endpoint is learnt anew by one request.
   */
  const idle = (state: WindowState, now: number): boolean =>
    liveGrants(state.inFlight, now, pendingTimeoutMs, Number.NEGATIVE_INFINITY).live.length === 0 &&
    liveGrants(state.grants, now, pendingTimeoutMs, Number.NEGATIVE_INFINITY).live.length === 0 &&
    !(state.remaining === 0 && state.resetAt !== undefined && state.resetAt > now);

  const stateOf = (key: string, now?: number): WindowState => {
    let state = states.get(key);
    if (!state) {
      if (now !== undefined) sweepIfLarge(states, mark, (kept) => idle(kept, now));
      state = {
        grants: [],
        inFlight: [],
        remaining: undefined,
        resetAt: undefined,
        window: undefined,
        limit: undefined,
        reopenedAfter: undefined,
        known: false,
        firstAnswerBy: undefined,
      };
      states.set(key, state);
    }
    return state;
  };

  /** The earliest time an in-flight grant stops counting; an answered one counts no more, at once. */
  const pendingUntil = (state: WindowState, now: number): number => {
    const { live, nextRelease } = liveGrants(state.grants, now, pendingTimeoutMs, Number.NEGATIVE_INFINITY);
    state.grants = live;
    return nextRelease;
  };

  const stateWait = (state: WindowState | undefined, now: number, sure: boolean): number => {
    if (!state || state.remaining === undefined) return 0;
    // Past its reset a window starts afresh, spent or not: what was left of the old one is gone.
    if (state.resetAt !== undefined && now >= state.resetAt) reopen(state);
    if (state.remaining === undefined || state.remaining > 0) return 0;
    if (state.resetAt !== undefined) return state.resetAt - now;
    // The reopened window's requests are all out; its first answer tells what is left. When they
    // all ended without one (failed, aborted, or answered without a reset), nothing will tell:
    // the next `limit` go, so the queue moves on without ever going all at once. An endpoint's
    // first answer is awaited `firstAnswerMs` at most: a slow endpoint must not hold the rest of a
    // burst for as long as it takes.
    const pending = pendingUntil(state, now);
    const expiry = Math.min(pending, state.firstAnswerBy ?? Number.POSITIVE_INFINITY);
    if (pending === Number.POSITIVE_INFINITY || expiry <= now) {
      state.remaining = state.limit;
      state.firstAnswerBy = undefined;
      return 0;
    }
    return sure ? 0 : Math.max(1, expiry - now);
  };

  return {
    waitMs(key, now, sure) {
      const wait = stateWait(states.get(key), now, sure);
      const daily = Math.max(
        stateWait(states.get(appDailyOf(key)), now, sure),
        stateWait(states.get(userDailyOf(key)), now, sure),
      );
      return Math.max(wait, daily);
    },
    // The 24-hour families only pause: requests are counted against the endpoint's own window.
    grant(key, now) {
      const state = stateOf(key, now);
      state.inFlight = liveGrants(state.inFlight, now, pendingTimeoutMs, Number.NEGATIVE_INFINITY).live;
      const answered = addGrant(state.inFlight, now);
      const window = state.window;
      let opened = noop;
      let giveBack: () => void = () => undefined;
      if (!state.known) {
        // Nothing is known of an endpoint's window before its first answer: a burst sent now could
        // be larger than what is left. The rest wait for that answer, as after a reset; when it
        // brings no window (it failed, or the endpoint sends no headers), they all go.
        state.known = true;
        state.remaining = 0;
        state.firstAnswerBy = now + firstAnswerMs;
        opened = addGrant(state.grants, now);
        // A probe never sent learns nothing: the next request in line goes to learn the window.
        giveBack = () => {
          if (state.window !== undefined || state.grants.some((grant) => grant.doneAt === undefined)) return;
          state.known = false;
          state.remaining = undefined;
          state.firstAnswerBy = undefined;
        };
      } else if (state.remaining !== undefined) {
        state.remaining -= 1;
        if (state.resetAt === undefined) opened = addGrant(state.grants, now);
        // A request never sent leaves its slot to the next, while the window it was counted in lasts.
        giveBack = () => {
          if (state.window === window && state.remaining !== undefined) state.remaining += 1;
        };
      }
      // Only the first call counts: a `release` after `done` must not hand back a slot twice used.
      let settled = false;
      return (doneAt, sent = true) => {
        if (settled) return;
        settled = true;
        answered(doneAt, sent);
        opened(doneAt, sent);
        if (!sent) giveBack();
      };
    },
    observe(key, rateLimit) {
      // The answering request is still in flight: it is fed back before its grant completes.
      const endpoint = states.get(key);
      const unanswered = endpoint?.inFlight.filter((grant) => grant.doneAt === undefined).length ?? 0;
      for (const family of rateLimit.families) {
        if (family.resetAt === undefined) continue;
        const others = family.name === 'rate-limit' ? Math.max(0, unanswered - 1) : 0;
        take(stateOf(familyKey(key, family)), family, family.resetAt - rateLimit.skewMs, others);
      }
    },
  };
}
