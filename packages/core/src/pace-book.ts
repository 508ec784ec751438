import type { RateLimitState } from './classification.ts';
import type { CompleteGrant } from './grant.ts';
import { createSorsaWindows } from './sorsa-windows.ts';
import { checkPacerOptions } from './validate-options.ts';
import { createXWindows } from './x-windows.ts';

export type { CompleteGrant } from './grant.ts';

/** Settings of the pacing bookkeeping. */
export interface PaceBookOptions {
  /** Requests per window per Sorsa key. Default 20 (Sorsa's documented limit). */
  readonly perWindow?: number | undefined;
  /** Window length in ms. Default 1000. */
  readonly windowMs?: number | undefined;
  /** Added to the window for clock and timer slop. Default 25. */
  readonly marginMs?: number | undefined;
  /** A request whose response never arrives stops counting after this long. Default 30 000. */
  readonly pendingTimeoutMs?: number | undefined;
  /**
   * How long the rest of a burst to an X endpoint not heard from yet wait for the first request's
   * answer, which tells what its window has left; then they all go. Default 1000.
   */
  readonly firstAnswerMs?: number | undefined;
}

/**
 * The pure state behind pacing, with time passed in: the promise pacer (`createPacer`) and the
 * Effect pacing service wait on it with their own clocks, so both follow one set of rules.
 * Keys come from `paceKey`: `sorsa:…` keys allow `perWindow` requests per window; `x:…` keys
 * pause at 0 remaining until reset, as do their endpoint's 24-hour families (the app's pauses the
 * endpoint for every credential, a user's for that user alone). Once a spent X window resets, only as many requests go as the window allows
 * (its `limit`), and the rest wait for the first response to tell what the new window has left;
 * an X key not heard from yet lets one request go and holds the rest for its answer the same way,
 * `firstAnswerMs` at most.
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

/**
 * Creates the bookkeeping for one pacer.
 *
 * @throws {TypeError} An option has the wrong type.
 * @throws {RangeError} An option is out of range, e.g. `perWindow: 0`, or `windowMs + marginMs` exceeds the longest timer.
 */
export function createPaceBook(options: PaceBookOptions = {}): PaceBook {
  checkPacerOptions(options);
  const pendingTimeout = options.pendingTimeoutMs ?? 30_000;
  const sorsa = createSorsaWindows(
    options.perWindow ?? 20,
    (options.windowMs ?? 1000) + (options.marginMs ?? 25),
    pendingTimeout,
  );
  const x = createXWindows(pendingTimeout, options.firstAnswerMs ?? 1000);
  const isSorsa = (key: string) => key.startsWith('sorsa:');
  return {
    waitMs: (key, now) => (isSorsa(key) ? sorsa.waitMs(key, now) : x.waitMs(key, now, false)),
    pauseMs: (key, now) => (isSorsa(key) ? 0 : x.waitMs(key, now, true)),
    grant: (key, now) => (isSorsa(key) ? sorsa.grant(key, now) : x.grant(key, now)),
    // Sorsa is paced by its own documented window, whatever headers a response carries.
    observe: (key, rateLimit) => {
      if (rateLimit && !isSorsa(key)) x.observe(key, rateLimit);
    },
  };
}
