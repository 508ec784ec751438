import type { Dialect, Kind, RetryPolicy } from './kinds.ts';

/**
 * The part of a catalogue entry the classifier needs: how to recognise it and what it means for
 * retrying. Texts and examples live in separate modules so `classify` alone stays small.
 */
export interface EntryRule {
  /** Stable id, `<dialect>/<code-or-slug>`, e.g. `v1.1/88`, `v2/usage-capped`, `sorsa/http-429`. */
  readonly id: string;
  /** The API family that sends it: X API v1.1, X API v2 or Sorsa. */
  readonly dialect: Dialect;
  /** The HTTP status or statuses this error comes with. */
  readonly status: readonly number[];
  /** The v1.1 numeric error code. */
  readonly code?: number;
  /** The v2 problem type slug (the part after `/problems/`), or `about:blank`. */
  readonly type?: string;
  /**
   * A body field whose value selects this sub-variant of a v2 type, e.g.
   * `{ field: 'connection_issue', value: 'TooManyConnections' }`.
   */
  readonly variant?: { readonly field: string; readonly value: string };
  /**
   * Lower-case fragments of the API's message or detail text that select this entry when code and
   * type cannot (Sorsa's 403 variants, X's `about:blank` "duplicate content"). Never the only
   * signal: status, dialect and type must match first.
   */
  readonly match?: readonly string[];
  /**
   * The v1.1 media processing failure this entry is: the `name` in `processing_info.error` of a
   * 200 media upload STATUS response whose `state` is `failed` (`InvalidMedia`), or `*` for a name
   * no entry lists. Matched by this name alone, never by the error's `code`, whose numbers are not
   * the API's error codes.
   */
  readonly mediaError?: string;
  /** The canonical kind a response matching this entry classifies as. */
  readonly kind: Kind;
  /**
   * When sending the request again can help: `never`, `backoff` (soon, with growing waits),
   * `after-reset` (once the rate-limit window resets), `after-period` (once a usage cap, quota or
   * account action limit opens again, a day or a month later) or `reconnect` (a stream, by X's
   * reconnect guidance).
   */
  readonly retry: RetryPolicy;
  /**
   * `false` when the API certainly did not act on the request, so a POST may be sent again. It holds
   * for the entry as the API sends it: `classify` counts a 503 as possibly processed unless its body
   * is the API's own (`v2/http-503` is `false` for X's `about:blank` problem, not for a proxy's bare
   * 503), and a 500, 502 or 504 always, whatever code its body relays. For one response, read
   * `classification.processed`.
   */
  readonly processed: boolean;
  /**
   * `true` when the API no longer serves what this entry answers (an endpoint or API version X has
   * shut down); such responses still arrive from old URLs, so `classify` matches the entry as usual.
   */
  readonly retired?: boolean;
  /**
   * `true` when the API still sends this error but its documents mark it as on the way out (v1.1's
   * 420, replaced by 429 on current endpoints); `classify` matches it as usual.
   */
  readonly deprecated?: boolean;
}

/** Human text for an entry, in one language. Written in our own words. */
export interface EntryText {
  /** A short name, e.g. "Rate limit exceeded". */
  readonly title: string;
  /** One or two sentences: what happened. */
  readonly summary: string;
  /** One sentence: what to do about it. */
  readonly remedy: string;
}

/** A real-looking response for an entry; the testkit serves these. */
export interface Example {
  /** The HTTP status. */
  readonly status: number;
  /** The response headers, names in lower case, as the API sends them. */
  readonly headers: Readonly<Record<string, string>>;
  /** The raw body as sent on the wire (JSON text, XML, HTML or plain text). */
  readonly body: string;
}

/** Reference facts about an entry that are not needed to classify it. */
export interface EntryFacts {
  /** The API's own message text, where it has one. A secondary match only. */
  readonly message?: string;
  /** Where the vendor documents it. */
  readonly docs: string;
}

/** A complete catalogue entry: rule, English text, reference facts and an example response. */
export interface Entry extends EntryRule, EntryText, EntryFacts {
  /** A real-looking response that classifies back to this entry. */
  readonly example: Example;
}
