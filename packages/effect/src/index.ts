import * as schedule from './schedule.ts';

export { XApiClient } from './client.ts';
export type { XApiClientOptions } from './client-options.ts';
export type { XApiClientService } from './client-service.ts';
export * from './errors.ts';
export { XApiPacer, type XApiPacerOptions, type XApiPacerService } from './pacer.ts';
export type { XApiResponse } from './response.ts';

// Declared here, not as `export * as XApiSchedule from './schedule.ts'`: the bundled
// declarations keep the comment of a declaration and drop the one of a namespace re-export.
/**
 * Retry schedules for `Effect.retry` and `Stream.retry` that know what X's responses mean:
 * `rateLimitAware` (core's retry decision, waiting exactly the server's timing), `transient` and
 * `transientWith` (jittered backoff for outages only), `streamReconnect` (X's reconnect guidance)
 * and `budgeted` (a shared retry budget). Each takes the failure as its `unknown` input, stops on
 * anything that is not a tagged X API error, outputs the delay as a `Duration`, and is unbounded:
 * bound it with `Schedule.recurs`, `Schedule.upTo` or `Schedule.while`. `BackoffOptions` is the
 * type of `transientWith`'s options.
 */
export const XApiSchedule: typeof schedule = schedule;

/** The type that goes with `XApiSchedule`: `XApiSchedule.BackoffOptions`. */
export declare namespace XApiSchedule {
  /** How far `transientWith` backs off when the response gives no timing. */
  export interface BackoffOptions {
    /** First backoff step in ms. Default 300 (core's default). */
    readonly baseDelayMs?: number | undefined;
    /** Largest backoff step in ms. Default 20 000 (core's default). */
    readonly capDelayMs?: number | undefined;
  }
}
