import type { HeadersLike, RateLimitFamily, RateLimitState } from './classification.ts';
import { type Clock, timeOf } from './clock.ts';
import { listed } from './header-list.ts';
import {
  dateHeader,
  type HeaderReader,
  type HeaderTable,
  headerTable,
  knownHeaderOf,
  rateLimitBits,
} from './headers.ts';
import { parseHttpDate } from './http-date.ts';
import { isPlausibleWait } from './plausible-wait.ts';

/** Each family's headers, as indexes into `knownHeaders`. */
const families = [
  { name: 'rate-limit', limit: 0, remaining: 1, reset: 2 },
  { name: 'app-24hour', limit: 3, remaining: 4, reset: 5 },
  { name: 'user-24hour', limit: 6, remaining: 7, reset: 8 },
] as const;

type FamilyNames = (typeof families)[number];

/** The last `date` value parsed: it changes once a second, and parsing costs more than a comparison. */
let lastDate = '';
let lastServerTime = Number.NaN;

function serverTime(date: string): number {
  if (date !== lastDate) {
    lastServerTime = parseHttpDate(date.trim()) ?? Number.NaN;
    lastDate = date;
  }
  return lastServerTime;
}

/** Local clock minus server clock, from a `date` header value (see {@link clockSkew}). */
function skewFrom(date: string | undefined, clock: Clock): number {
  if (date === undefined) return 0;
  const server = serverTime(date);
  if (Number.isNaN(server)) return 0;
  const delta = timeOf(clock) - server;
  if (delta < 0) return delta;
  // Within the header's second the clocks may agree; past it, the largest skew the header allows,
  // so a wait reckoned from it never ends before the server's reset. A skew under a second cannot
  // be told from the header's own rounding: such a wait may end up to that much early, and the
  // 429 it may then meet is retried after a short backoff.
  return delta >= 1000 ? delta : 0;
}

/** The skew the `date` header of a response shows (see `RateLimitState.skewMs`). */
export function skewOf(headers: HeaderTable, clock: Clock): number {
  return skewFrom(knownHeaderOf(headers, dateHeader), clock);
}

/**
 * Local clock minus server clock, from the `date` header. `date` has one-second resolution, so
 * the server's true time lies in [date, date + 1 s): an offset inside that interval is no skew, and
 * a larger one is taken whole (the longer of the waits it could mean).
 */
export function clockSkew(read: HeaderReader, now: number): number {
  return skewFrom(read('date'), { time: now });
}

const decimal = /^\s*\d+(\.\d+)?\s*$/;

function isDigits(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return text.length > 0;
}

function oneNumber(raw: string): number | undefined {
  if (!(isDigits(raw) || decimal.test(raw))) return undefined;
  // Hundreds of digits make Infinity, which no wait and no JSON can hold.
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A header number: plain digits (what X sends) skip the regex that admits spaces and decimals. A
 * header sent twice is read with `listed`, so a spent window is not lost to the comma.
 */
function numberOf(raw: string | undefined, pick: (a: number, b: number) => number): number | undefined {
  if (raw === undefined) return undefined;
  return raw.includes(',') ? listed(raw, oneNumber, pick) : oneNumber(raw);
}

function readNumber(
  headers: HeaderTable,
  header: number,
  pick: (a: number, b: number) => number,
): number | undefined {
  return numberOf(knownHeaderOf(headers, header), pick);
}

/** A reset in epoch seconds, when it lies no further ahead than the API could mean (`farthestWaitMs`). */
function plausibleReset(raw: string, skewMs: number, now: number): number | undefined {
  const seconds = oneNumber(raw);
  return seconds !== undefined && isPlausibleWait(seconds * 1000 + skewMs - now) ? seconds : undefined;
}

/** The reset header; sent twice, the later plausible value, so a stray one does not hide a readable one. */
function resetOf(raw: string | undefined, skewMs: number, now: number): number | undefined {
  if (raw === undefined) return undefined;
  if (!raw.includes(',')) return plausibleReset(raw, skewMs, now);
  return listed(raw, (part) => plausibleReset(part, skewMs, now), Math.max);
}

type MutableFamily = { -readonly [K in keyof RateLimitFamily]: RateLimitFamily[K] };

function readFamily(
  headers: HeaderTable,
  names: FamilyNames,
  remaining: number | undefined,
  skewMs: number,
  now: number,
): RateLimitFamily | undefined {
  // Of values that disagree, the cautious ones: the smaller limit, the later reset.
  const limit = readNumber(headers, names.limit, Math.min);
  const reset = resetOf(knownHeaderOf(headers, names.reset), skewMs, now);
  if (limit === undefined && remaining === undefined && reset === undefined) return undefined;
  const family: MutableFamily = { name: names.name };
  if (limit !== undefined) family.limit = limit;
  if (remaining !== undefined) family.remaining = remaining;
  if (reset !== undefined) family.resetAt = reset * 1000 + skewMs;
  return family;
}

/**
 * Reads every X rate-limit family (`x-rate-limit-*`, `x-app-limit-24hour-*`,
 * `x-user-limit-24hour-*`) that comes with its `remaining` header, as X sends them, with reset
 * times converted to the local clock. A header sent twice (`0, 0`) is read, keeping the fewer
 * remaining, the smaller limit and the later reset. A reset more than 31 days ahead, or a number
 * too long to hold, is read as none (see `farthestWaitMs`). `exhausted` is the family at 0
 * remaining that resets last: nothing succeeds before it does.
 */
export function parseRateLimit(
  headers: HeadersLike | undefined,
  now: number = Date.now(),
): RateLimitState | undefined {
  return rateLimitFrom(headerTable(headers), { time: Number.isFinite(now) ? now : Date.now() });
}

/**
 * {@link parseRateLimit} over prepared headers. A family is found by its `remaining` header, which X
 * always sends with it: a `Headers` container cannot list its names and each lookup costs, and a
 * plain record is read the same way, so both give one answer. `date` is read only once a family is
 * found.
 */
export function rateLimitFrom(headers: HeaderTable, clock: Clock): RateLimitState | undefined {
  if ((headers.present & rateLimitBits) === 0) return undefined;
  let skewMs: number | undefined;
  let now: number | undefined;
  const found: RateLimitFamily[] = [];
  for (const names of families) {
    const rawRemaining = knownHeaderOf(headers, names.remaining);
    if (rawRemaining === undefined) continue;
    const remaining = numberOf(rawRemaining, Math.min);
    skewMs ??= skewFrom(knownHeaderOf(headers, dateHeader), clock);
    now ??= timeOf(clock);
    const family = readFamily(headers, names, remaining, skewMs, now);
    if (family) found.push(family);
  }
  if (found.length === 0) return undefined;
  let exhausted: RateLimitFamily | undefined;
  for (const family of found) {
    if (family.remaining !== 0) continue;
    if (!exhausted || (family.resetAt ?? 0) > (exhausted.resetAt ?? 0)) exhausted = family;
  }
  return exhausted
    ? { families: found, exhausted, skewMs: skewMs ?? 0 }
    : { families: found, skewMs: skewMs ?? 0 };
}
