import { addGrant, type CompleteGrant, type Grant, liveGrants } from './grant.ts';
import { sweepIfLarge, sweepMark } from './sweep.ts';

/** Sorsa's per-key window: `perWindow` requests, each holding its place for `spanMs` after its response. */
export interface SorsaWindows {
  /** How long a request under `key` must wait at `now` for a place in the window; 0 means it may go. */
  waitMs(key: string, now: number): number;
  /** Takes a place in the window for a request sent at `now`; call the result when it is answered. */
  grant(key: string, now: number): CompleteGrant;
}

/** Creates the windows of every Sorsa key of one pacer. */
export function createSorsaWindows(
  perWindow: number,
  spanMs: number,
  pendingTimeoutMs: number,
): SorsaWindows {
  const grantsByKey = new Map<string, Grant[]>();
  const mark = sweepMark();

  const grantsOf = (key: string, now: number): Grant[] => {
    let grants = grantsByKey.get(key);
    if (!grants) {
      // A key none of whose requests still counts is as good as a new one.
      sweepIfLarge(
        grantsByKey,
        mark,
        (kept) => liveGrants(kept, now, pendingTimeoutMs, spanMs).live.length === 0,
      );
      grants = [];
      grantsByKey.set(key, grants);
    }
    return grants;
  };

  return {
    /**
     * A server counts a request when it arrives, somewhere between sending and the response. So a
     * grant occupies the window until one window after its response, and an in-flight one until it
     * completes: late arrivals of a slow batch can then never share a server window with the next.
     */
    waitMs(key, now) {
      const { live, nextRelease } = liveGrants(grantsOf(key, now), now, pendingTimeoutMs, spanMs);
      grantsByKey.set(key, live);
      return live.length < perWindow ? 0 : Math.max(1, nextRelease - now);
    },
    grant(key, now) {
      return addGrant(grantsOf(key, now), now);
    },
  };
}
