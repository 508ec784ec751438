import { type PaceBook, parseRateLimit, type RateLimitState } from '../../src/index.ts';

/** The endpoint key the X window tests pace. */
export const key = 'x:GET /2/users/:id';

/** A whole second, so reset headers (epoch seconds) land exactly. */
export const t0 = 1_800_000_000_000;

/** A reset header: epoch seconds at t0 + `ms`. */
export const second = (ms: number): string => String((t0 + ms) / 1000);

/** A response's rate-limit state: `remaining` left of `limit` (omitted when `null`), resetting at t0 + `resetMs`. */
export function answer(
  remaining: number,
  resetMs: number,
  limit: number | null = 3,
): RateLimitState | undefined {
  const headers: Record<string, string> = {
    'x-rate-limit-remaining': String(remaining),
    'x-rate-limit-reset': second(resetMs),
  };
  if (limit !== null) headers['x-rate-limit-limit'] = String(limit);
  return parseRateLimit(headers, t0);
}

/** How many requests the book lets go under `key` at `now` before it holds one (at most 20). */
export function released(book: PaceBook, now: number): number {
  let count = 0;
  while (count < 20 && book.waitMs(key, now) === 0) {
    book.grant(key, now);
    count++;
  }
  return count;
}
