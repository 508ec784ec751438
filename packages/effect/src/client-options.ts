import type { Dialect, PaceOptions, RetryBudget } from '@xapi-errors/core';
import type { Duration, Redacted } from 'effect';

/** Settings of an `XApiClient`. */
export interface XApiClientOptions {
  /** Prepended to relative request URLs, e.g. `https://api.x.com` or `https://api.sorsa.io`. */
  readonly baseUrl?: string | undefined;
  /** Sent as `Authorization: Bearer …`, to X (v2, v1.1) URLs only, unless the request sets its own. */
  readonly bearerToken?: Redacted.Redacted<string> | undefined;
  /** Sent as the `ApiKey` header, to Sorsa URLs only, unless the request sets its own. */
  readonly apiKey?: Redacted.Redacted<string> | undefined;
  /** What to pace; `false` turns pacing off. Default `{ sorsa: true, x: false }`, as in core. */
  readonly pace?: PaceOptions | false | undefined;
  /** `reject` fails a 2xx that carries errors with the tag of its most pressing problem (core's `kindPriority`). Default `resolve`. */
  readonly partialErrors?: 'resolve' | 'reject' | undefined;
  /** Skip dialect detection (e.g. behind a proxy host with other paths). */
  readonly dialect?: Dialect | undefined;
  /**
   * Time limit per call, body included; past it the call fails with `Timeout`. For `stream` it
   * bounds the connection only. Default: none.
   */
  readonly timeout?: Duration.Input | undefined;
  /**
   * How long an open `stream` may go without a byte (X sends a keep-alive every 20 seconds, which
   * the emitted lines leave out) before it fails with `Timeout`, which `XApiSchedule.streamReconnect`
   * reconnects: a connection that silently stalled would otherwise wait for ever. `false` turns
   * the check off. Default: 30 seconds.
   */
  readonly stallTimeout?: Duration.Input | false | undefined;
  /**
   * A retry budget (core's `createRetryBudget`) that every success of this client pays back into,
   * for `XApiSchedule.budgeted` to spend on retries. Default: none.
   */
  readonly budget?: RetryBudget | undefined;
}
