import type { HeadersLike, RateLimitFamily, RateLimitState } from './classification.ts';
import { type HeaderReader, readHeaders } from './headers.ts';

/** Full header names spelled out: building them per call made header lookups the hot spot. */
const families = [
  {
    name: 'rate-limit',
    limit: 'x-rate-limit-limit',
    remaining: 'x-rate-limit-remaining',
    reset: 'x-rate-limit-reset',
  },
  {
    name: 'app-24hour',
    limit: 'x-app-limit-24hour-limit',
    remaining: 'x-app-limit-24hour-remaining',
    reset: 'x-app-limit-24hour-reset',
  },
  {
    name: 'user-24hour',
    limit: 'x-user-limit-24hour-limit',
    remaining: 'x-user-limit-24hour-remaining',
    reset: 'x-user-limit-24hour-reset',
  },
] as const;

/**
 * Local clock minus server clock, from the `date` header. `date` has one-second resolution, so
 * the server's true time lies in [date, date + 1 s); an offset inside that interval is no skew.
 */
export function clockSkew(read: HeaderReader, now: number): number {
  const date = read('date');
  if (date === undefined) return 0;
  const server = Date.parse(date);
  if (Number.isNaN(server)) return 0;
  const delta = now - server;
  if (delta < 0) return delta;
  return delta >= 1000 ? delta - 999 : 0;
}

function readNumber(read: HeaderReader, name: string): number | undefined {
  const raw = read(name);
  if (raw === undefined || !/^\s*\d+(\.\d+)?\s*$/.test(raw)) return undefined;
  return Number(raw);
}

function readFamily(read: HeaderReader, names: (typeof families)[number], skew: number) {
  const limit = readNumber(read, names.limit);
  const remaining = readNumber(read, names.remaining);
  const reset = readNumber(read, names.reset);
  if (limit === undefined && remaining === undefined && reset === undefined) return undefined;
  const family: { -readonly [K in keyof RateLimitFamily]: RateLimitFamily[K] } = { name: names.name };
  if (limit !== undefined) family.limit = limit;
  if (remaining !== undefined) family.remaining = remaining;
  if (reset !== undefined) family.resetAt = reset * 1000 + skew;
  return family;
}

/**
 * Reads every X rate-limit family (`x-rate-limit-*`, `x-app-limit-24hour-*`,
 * `x-user-limit-24hour-*`), with reset times converted to the local clock. `exhausted` is the
 * family at 0 remaining that resets last: nothing succeeds before it does.
 */
export function parseRateLimit(
  headers: HeadersLike | undefined,
  now: number = Date.now(),
): RateLimitState | undefined {
  return rateLimitFrom(readHeaders(headers), now);
}

/** {@link parseRateLimit} over an existing header reader. */
export function rateLimitFrom(read: HeaderReader, now: number): RateLimitState | undefined {
  const skewMs = clockSkew(read, now);
  const found: RateLimitFamily[] = [];
  for (const names of families) {
    const family = readFamily(read, names, skewMs);
    if (family) found.push(family);
  }
  if (found.length === 0) return undefined;
  let exhausted: RateLimitFamily | undefined;
  for (const family of found) {
    if (family.remaining !== 0) continue;
    if (!exhausted || (family.resetAt ?? 0) > (exhausted.resetAt ?? 0)) exhausted = family;
  }
  return exhausted ? { families: found, exhausted, skewMs } : { families: found, skewMs };
}
