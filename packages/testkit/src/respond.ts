import type { ServerResponse } from 'node:http';
import { type Entry, getEntry } from '@xapi-errors/core';
import type { Body } from './body.ts';

/** A complete response: what the simulator sends for anything that is not a stream or a fault. */
export interface Answer {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  /** Text goes out as UTF-8, bytes as they are. */
  readonly body: Body;
}

const resetHeader = /^x-(rate-limit|app-limit-24hour|user-limit-24hour)-reset$/;

/** The catalogue entry for `id`; throws a clear error when this version of the catalogue lacks it. */
export function requireEntry(id: string): Entry {
  const entry = getEntry(id);
  if (!entry?.example) {
    throw new Error(
      `xapi-sim: the catalogue has no entry ${JSON.stringify(id)}; update or rebuild @xapi-errors/core`,
    );
  }
  return entry;
}

/** The HTTP `date` header value for an epoch-ms time. */
export function httpDate(now: number): string {
  return new Date(now).toUTCString();
}

/** Epoch seconds of a reset `aheadMs` from `now`, rounded up to a whole second as X does. */
export function resetSeconds(now: number, aheadMs: number): string {
  return String(Math.ceil((now + aheadMs) / 1000));
}

/**
 * The example response of catalogue entry `id`, with every rate-limit reset header moved to
 * `aheadMs` after `now` so clients that wait for the reset wait a predictable, short time.
 */
export function entryAnswer(id: string, now: number, aheadMs: number): Answer {
  const { example } = requireEntry(id);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(example.headers)) {
    const lower = name.toLowerCase();
    headers[lower] = resetHeader.test(lower) ? resetSeconds(now, aheadMs) : value;
  }
  return { status: example.status, headers, body: example.body };
}

/** The `errors` of the catalogue's example of a resource X could not find, read once. */
let missing: readonly unknown[] | undefined;

/** The problems a v2 lookup reports for a resource it could not find (see `'partial'` steps). */
export function missingResource(): readonly unknown[] {
  missing ??= (JSON.parse(requireEntry('v2/resource-not-found').example.body) as { errors: unknown[] })
    .errors;
  return missing;
}

/** A JSON answer with X's usual content type. */
export function jsonAnswer(
  status: number,
  value: unknown,
  headers: Readonly<Record<string, string>> = {},
): Answer {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(value),
  };
}

/**
 * Merges header records left to right. HTTP header names are case-insensitive, so a later
 * `Content-Type` replaces an earlier `content-type` (keeping the later spelling) instead of both
 * being sent.
 */
export function mergeHeaders(...layers: readonly Readonly<Record<string, string>>[]): Record<string, string> {
  const byLowerName = new Map<string, readonly [string, string]>();
  for (const layer of layers) {
    for (const [name, value] of Object.entries(layer)) byLowerName.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries(byLowerName.values());
}

/** The same answer with `headers` added or replaced (names matched in any letter case). */
export function withHeaders(answer: Answer, headers: Readonly<Record<string, string>>): Answer {
  return { ...answer, headers: mergeHeaders(answer.headers, headers) };
}

/**
 * The headers to write for `answer`: `date` from the clock unless the answer sets its own (no
 * catalogue example does; a custom step may), and always the exact `content-length` of `body`.
 */
export function wireHeaders(answer: Answer, now: number, body: Body = answer.body): Record<string, string> {
  return mergeHeaders(baseHeaders(now), answer.headers, {
    'content-length': String(Buffer.byteLength(body)),
  });
}

/** Headers every response carries: `date` from the simulator clock. */
export function baseHeaders(now: number): Record<string, string> {
  return { date: httpDate(now) };
}

/** Statuses that never carry a body. */
export const bodiless: ReadonlySet<number> = new Set([204, 304]);

/**
 * Writes the answer decided for one request. It is decided as the request arrives and written then,
 * or once the latency has passed.
 */
export type Reply = () => void;

/** A reply that writes `answer` in full to `res` (see `send`). */
export function sending(res: ServerResponse, answer: Answer, now: number): Reply {
  return () => send(res, answer, now);
}

/** Writes `answer` in full, with `date` from the simulator clock (unless it has one) and an exact `content-length`. */
export function send(res: ServerResponse, answer: Answer, now: number): void {
  if (bodiless.has(answer.status)) {
    const headers = mergeHeaders(baseHeaders(now), answer.headers);
    // A 204 or 304 has no body, so no content-length of one either.
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-length') delete headers[name];
    }
    res.writeHead(answer.status, headers);
    res.end();
    return;
  }
  res.writeHead(answer.status, wireHeaders(answer, now));
  res.end(answer.body);
}
