import type { EntryId } from './catalogue/index.ts';
import type { EntryRule } from './entry.ts';
import type { Dialect, Kind, RetryPolicy } from './kinds.ts';

/** One error found in a response body, matched to its catalogue entry where one fits. */
export interface Problem {
  /** The matching catalogue rule; absent when nothing in the catalogue matches. */
  readonly entry?: EntryRule;
  /** Shortcut for `entry.id`. */
  readonly id?: EntryId;
  /** This problem's kind: its catalogue entry's, else the status's (`unknown` inside a 2xx). */
  readonly kind: Kind;
  /** v1.1 numeric code. */
  readonly code?: number;
  /** v2 problem `type` exactly as received (any host). */
  readonly type?: string;
  /** v2 `title`, with credentials redacted; absent when the body has none. */
  readonly title?: string;
  /** The API's message (v1.1 `message`, Sorsa `message`) or the v2 `detail`. */
  readonly message?: string;
  /** v2 `detail`, with credentials redacted; absent when the body has none. */
  readonly detail?: string;
  /** v2 `resource_type` (`user`, `tweet`, …): what kind of item the problem is about. */
  readonly resourceType?: string;
  /** v2 `resource_id`: the id or username of the item the problem is about. */
  readonly resourceId?: string;
  /** v2 `parameter`: the request parameter the problem names. */
  readonly parameter?: string;
  /**
   * v2 `value`: the offending value the API echoed. `'[REDACTED]'` when `parameter` names a
   * credential; a credential from `secrets` is replaced in a string, and a non-string value holding
   * one becomes `'[REDACTED]'`. Absent when the body has none.
   */
  readonly value?: unknown;
  /** v2 `field`: the requested field the problem concerns (`non_public_metrics`, …). */
  readonly field?: string;
  /** v2 `section` (`data`, `includes`): the part of a partial response the problem belongs to. */
  readonly section?: string;
  /**
   * v2 `reason`, `period`, `scope`, `connection_issue` or `disconnect_type`, when present; for a
   * media processing failure, the error's `name` (`InvalidMedia`).
   */
  readonly reason?: string;
  /**
   * v2 `scope` (`Product`, `Account`), when present: whose usage cap is spent. `reason` holds the
   * cap's `period` when it has one (else the scope too).
   */
  readonly scope?: string;
}

/** One rate-limit header family of a response. */
export interface RateLimitFamily {
  /** `rate-limit` (the 15-minute endpoint window), `app-24hour` or `user-24hour`. */
  readonly name: 'rate-limit' | 'app-24hour' | 'user-24hour';
  /** Requests the window allows (`…-limit` header); absent when not sent or not a number. */
  readonly limit?: number;
  /** Requests left in the window (`…-remaining` header); absent when not sent or not a number. */
  readonly remaining?: number;
  /** When the family resets, in epoch ms on the local clock (corrected for server clock skew). */
  readonly resetAt?: number;
}

/** The rate-limit state a response reports. */
export interface RateLimitState {
  /** Every family the headers report, in the order `rate-limit`, `app-24hour`, `user-24hour`; never empty. */
  readonly families: readonly RateLimitFamily[];
  /** The family that is used up (`remaining` 0); the one resetting last when several are. */
  readonly exhausted?: RateLimitFamily;
  /** Local clock minus server clock, estimated from the `date` header (0 when within its 1 s resolution). */
  readonly skewMs: number;
}

/** Everything `classify` concludes about one response. */
export interface Classification {
  /** `true` for a 2xx that carries data (partial errors may still be present). */
  readonly ok: boolean;
  /** The HTTP status classified; `0` when no response arrived (or the input's status was not an integer). */
  readonly status: number;
  /** The API family the response is from (by URL, then body shape); `unknown` when nothing tells. */
  readonly dialect: Dialect | 'unknown';
  /** The primary kind: the one to act on first. `ok` for successful responses. */
  readonly kind: Kind;
  /** The catalogue rule behind `kind`, when one matched. */
  readonly entry?: EntryRule;
  /** How this kind of failure may be retried. */
  readonly retry: RetryPolicy;
  /** Whether sending the same request again can succeed, given its method. */
  readonly retryable: boolean;
  /** How long to wait before retrying, when the response says (headers) or the kind implies. */
  readonly retryAfterMs?: number;
  /**
   * `false` when the API certainly did not act on the request: a refusal (4xx, 429 and 420
   * included), a 501 (not implemented), or a 503 from the API itself; unless the body relays a
   * failure on the API's side (v1.1 code 131, a v2 internal-error problem, a media processing
   * error), which counts as processed, as a 500 does. A 500, 502 or 504 (any other 5xx) is always
   * `true`, whatever code its body relays, as is any other 503.
   */
  readonly processed: boolean;
  /** The X rate-limit headers of the response; absent when it carries none. */
  readonly rateLimit?: RateLimitState;
  /** One per error in the body, in body order. */
  readonly problems: readonly Problem[];
  /** A 2xx that carries both data and errors. */
  readonly partial: boolean;
  /** One line for logs: status, kind, and the API's own message. Never contains secrets. */
  readonly message: string;
}

/** What `classify` reads. Every field but `status` is optional. */
export interface ClassifyInput {
  /** The HTTP status (an integer; anything else is read as `0`). */
  readonly status: number;
  /** A `Headers` object or a plain record (names in any case; arrays are joined). */
  readonly headers?: HeadersLike | undefined;
  /** Raw text, bytes, or an already parsed JSON value. */
  readonly body?: unknown;
  /** The request's method, for whether a retry is safe; absent counts as `GET`. */
  readonly method?: string | undefined;
  /**
   * The request's URL: tells the dialect (before the body's shape does) and whether the failure
   * was a stream endpoint's (reconnect timing).
   */
  readonly url?: string | URL | undefined;
  /** Skip dialect detection; `undefined` detects it as if absent. */
  readonly dialect?: Dialect | undefined;
  /** The current time in epoch ms; defaults to `Date.now()`. */
  readonly now?: number | undefined;
  /**
   * Credential values the request carried (see `secretValues`): any that appears in the body's
   * texts is replaced in the problems and the message, whatever words the API or a proxy echoed
   * it in. Patterns catch the usual shapes (`Bearer …`, `token=…`) without this. A function is
   * called only when the body holds a problem, so a success costs nothing. The credential
   * parameters and userinfo of `url` (`access_token`, `oauth_token`, …) are scrubbed too.
   */
  readonly secrets?: readonly string[] | (() => readonly string[]) | undefined;
}

/** Header containers `classify` and `parseRateLimit` accept. */
export type HeadersLike =
  | { get(name: string): string | null }
  | Readonly<Record<string, string | readonly string[] | number | undefined | null>>;
