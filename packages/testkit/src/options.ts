import type { Clock } from './clock.ts';
import type { FaultName } from './faults.ts';

/** A fixed window: at most `limit` requests per `windowMs` milliseconds of the simulator clock. */
export interface WindowLimit {
  /** Requests allowed per window, a whole number >= 0. */
  readonly limit: number;
  /**
   * Window length in milliseconds, a finite number > 0. Windows start at multiples of `windowMs` on the clock, so a
   * multiple of 1000 keeps them on whole seconds and makes the reset header exact.
   */
  readonly windowMs: number;
}

/** The monthly (or daily) product usage cap of X API v2. */
export interface UsageCapOptions {
  /**
   * Number of successful `/2` requests after which every `/2` request is usage-capped, until the
   * clock enters the next UTC day (`Daily`) or month (`Monthly`).
   */
  readonly limit: number;
  /** The `period` the usage-capped body reports; defaults to `Monthly`. Any other value is rejected. */
  readonly period?: 'Monthly' | 'Daily' | undefined;
}

/** How one Sorsa API key behaves. */
export interface SorsaKeyOptions {
  /** `false` answers every request with "api key not payed" (403). Defaults to `true`. */
  readonly paid?: boolean | undefined;
  /**
   * Requests the key may make in total, a whole number >= 0; once used up, every request, even
   * `/v3/key-usage-info` (which uses up none), gets "request limit exceeded" (403). Unlimited when
   * absent.
   */
  readonly quota?: number | undefined;
  /** `true` answers every request with the deleted-key error. */
  readonly deleted?: boolean | undefined;
}

/** The Sorsa surface (`/v3`). */
export interface SorsaOptions {
  /** Requests per key per one-second window; defaults to 20, Sorsa's documented limit. */
  readonly perSecond?: number | undefined;
  /** Keys with special behaviour. Any other non-empty key is paid and has no quota. */
  readonly keys?: Readonly<Record<string, SorsaKeyOptions>> | undefined;
}

/** Random fault injection. */
export interface FaultOptions {
  /** The fraction of eligible requests (0 to 1) that get a fault instead of their normal answer. */
  readonly rate: number;
  /** The faults to pick from, uniformly. Defaults to every fault except `hang`. */
  readonly kinds?: readonly FaultName[] | undefined;
  /** Path prefixes (query ignored) that are eligible, e.g. `/2/users`. Defaults to every path. */
  readonly paths?: readonly string[] | undefined;
}

/** The filtered stream at `GET /2/tweets/search/stream`. Durations are real milliseconds. */
export interface StreamOptions {
  /**
   * Number of made-up stream rules at start and after `reset()`; 0 makes connecting fail with 409
   * until a rule is added on `/2/tweets/search/stream/rules`. Defaults to 1.
   */
  readonly rules?: number | undefined;
  /** Concurrent connections allowed; one more gets 429 TooManyConnections. Defaults to 1. */
  readonly maxConnections?: number | undefined;
  /** Interval of the `\r\n` keep-alive heartbeat. Defaults to 20000 (X's 20 seconds). */
  readonly keepAliveMs?: number | undefined;
  /** Interval between data lines. Defaults to 1000. */
  readonly dataIntervalMs?: number | undefined;
  /** Data lines to send before an in-stream operational-disconnect and close. Never when absent. */
  readonly disconnectAfter?: number | undefined;
}

/** Everything `startSimulator` accepts. Every option is optional. */
export interface SimulatorOptions {
  /** TCP port on 127.0.0.1, a whole number from 0 to 65535; 0 (the default) picks a free one. */
  readonly port?: number | undefined;
  /** The time source for windows, reset and `date` headers; defaults to the system clock. */
  readonly clock?: Clock | undefined;
  /**
   * Seed for fault randomness, a whole number: the same seed and the same request order give the
   * same faults.
   */
  readonly seed?: number | undefined;
  /**
   * How far ahead served catalogue entries put their reset headers: reset =
   * ceil((now + scriptedResetMs) / 1000) epoch seconds. Defaults to 1000.
   */
  readonly scriptedResetMs?: number | undefined;
  /**
   * Real milliseconds between a request's arrival and the start of its answer, for every request;
   * defaults to 0. The answer is decided as of the arrival (scripts, faults, limits and windows
   * count the request then, in arrival order), as on the real API, so a client sees each answer this
   * much later than the server counted it: the gap in which a client's pacing must already hold the
   * next request. Only the writing waits; nothing is written for a client that gave up meanwhile.
   */
  readonly latencyMs?: number | undefined;
  /**
   * Per-endpoint windows, keyed by `'METHOD /path'` (query ignored), on `/2` and `/1.1`, one per
   * token (bearer, or OAuth 1.0a's `oauth_token`) as core's pacer keys them. A literal route wins; a `:name` segment takes only a
   * segment core's `paceKey` folds into a parameter (an id, a username after `/by/username/`), so
   * `'GET /2/users/:id'` does not cover `/2/users/me`. The route's normal answers and its 429
   * carry its `x-rate-limit-*` headers (faults and scripted catalogue entries send their own); over the limit it answers `v2/http-429` (`v1.1/88` on `/1.1`). A route
   * whose path is not under `/2/` or `/1.1/`, or whose method is not an HTTP method, is rejected.
   */
  readonly xLimits?: Readonly<Record<string, WindowLimit>> | undefined;
  /** The app-level 24-hour limit of each `/2` endpoint, for every token (`x-app-limit-24hour-*` headers). */
  readonly appLimit24h?: WindowLimit | undefined;
  /** The user-level 24-hour limit of each `/2` endpoint, per token (`x-user-limit-24hour-*` headers). */
  readonly userLimit24h?: WindowLimit | undefined;
  /** The product usage cap of `/2`: answers `v2/usage-capped` while `x-rate-limit-remaining` stays high. */
  readonly usageCap?: UsageCapOptions | undefined;
  /** Pay-per-use credits on `/2`: each successful request costs one; at 0, `v2/credits-depleted` (402). */
  readonly credits?: number | undefined;
  /** The Sorsa surface's keys and per-second limit. */
  readonly sorsa?: SorsaOptions | undefined;
  /** Random faults for reliability tests. */
  readonly faults?: FaultOptions | undefined;
  /** The filtered stream. */
  readonly stream?: StreamOptions | undefined;
  /** How long the `slow-body` fault takes to deliver its body, in real milliseconds. Defaults to 2000. */
  readonly slowBodyMs?: number | undefined;
  /**
   * Pages every `/2` list route has (searches, timelines, user lists such as followers), a whole
   * number >= 1; defaults to 1. Every page but the last carries `meta.next_token`, and every page
   * after the first `meta.previous_token` (not on searches, whose meta has none on X). The client
   * sends a token back as `pagination_token`, or as `next_token` on searches; a token the simulator
   * never handed out gets X's 400 `v2/invalid-request`. A page holds `max_results` items when that
   * is 1 to 100, otherwise one.
   */
  readonly listPages?: number | undefined;
}
