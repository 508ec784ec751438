export { XApiClient, type XApiClientOptions, type XApiClientService } from './client.ts';
export * from './errors.ts';
export { XApiPacer, type XApiPacerOptions, type XApiPacerService } from './pacer.ts';
export type { XApiResponse } from './response.ts';
/**
 * Retry schedules for `Effect.retry` and `Stream.retry` that know what X's responses mean:
 * `rateLimitAware` (core's retry decision, waiting exactly the server's timing), `transient` and
 * `transientWith` (jittered backoff for outages only), `streamReconnect` (X's reconnect guidance)
 * and `budgeted` (a shared retry budget). Each takes the failure as its `unknown` input, stops on
 * anything that is not a tagged X API error, outputs the delay as a `Duration`, and is unbounded:
 * bound it with `Schedule.recurs`, `Schedule.upTo` or `Schedule.while`. `BackoffOptions` is the
 * type of `transientWith`'s options.
 */
export * as XApiSchedule from './schedule.ts';
