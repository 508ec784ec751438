import type { XApiOptions } from '@xapi-errors/core';

/**
 * What `withXApi(ky, options)` accepts: the options every xapi-errors adapter shares.
 *
 * - `retry`: `{ limit, maxDelayMs, maxTotalMs, baseDelayMs, capDelayMs, random }`, or `false` for no retries.
 * - `budget`: a retry budget shared by every request of the returned instance, its settings, or `false`.
 * - `pace`: `{ sorsa, x }` (defaults `true` / `false`), or `false` to turn pacing off.
 * - `pacer`: a pacer to share across instances, or settings for this instance's own.
 * - `partialErrors`: `'reject'` turns a 2xx that also carries errors into an `XApiError`. Default `'resolve'`.
 * - `dialect`: skip dialect detection, e.g. behind a proxy host.
 * - `onRetry`, `onRateLimit`, `onError`: observers that receive redacted summaries and classifications.
 *
 * ky's own `retry` option is replaced by these; ky's `timeout` keeps its meaning (see the README).
 */
export type XApiKyOptions = XApiOptions;
