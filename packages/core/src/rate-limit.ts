import type { HeadersLike, RateLimitFamily, RateLimitState } from './classification.ts';
import { type HeaderReader, readHeaders } from './headers.ts';

const families = [
  { name: 'rate-limit', prefix: 'x-rate-limit' },
  { name: 'app-24hour', prefix: 'x-app-limit-24hour' },
  { name: 'user-24hour', prefix: 'x-user-limit-24hour' },
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

function readFamily(read: HeaderReader, name: RateLimitFamily['name'], prefix: string, skew: number) {
  const limit = readNumber(read, `${prefix}-limit`);
  const remaining = readNumber(read, `${prefix}-remaining`);
  const reset = readNumber(read, `${prefix}-reset`);
  if (limit === undefined && remaining === undefined && reset === undefined) return undefined;
  const family: { -readonly [K in keyof RateLimitFamily]: RateLimitFamily[K] } = { name };
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
  for (const { name, prefix } of families) {
    const family = readFamily(read, name, prefix, skewMs);
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
