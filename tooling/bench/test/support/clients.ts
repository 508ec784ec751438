import { withXApi as withXApiAxios } from '@xapi-errors/axios';
import type { XApiOptions } from '@xapi-errors/core';
import { isXApiError as isTaggedXApiError, XApiClient, XApiPacer, XApiSchedule } from '@xapi-errors/effect';
import { isXApiError, withXApi as withXApiFetch } from '@xapi-errors/fetch';
import { withXApi as withXApiKy } from '@xapi-errors/ky';
import axios from 'axios';
import { Cause, Duration, Effect, Exit, Layer, Schedule } from 'effect';
import { FetchHttpClient, HttpClientRequest } from 'effect/http';
import ky from 'ky';

/** The four adapters under test. */
export type Stack = 'fetch' | 'ky' | 'axios' | 'effect';

/** Every adapter, in report order. */
export const stacks: readonly Stack[] = ['fetch', 'ky', 'axios', 'effect'];

/** The adapters with `onRetry` / `onRateLimit` / `onError` hooks (Effect has none: retries are Schedules). */
export const hookedStacks: readonly Stack[] = ['fetch', 'ky', 'axios'];

/** One request, as every adapter is asked to make it. */
export interface Call {
  readonly method?: 'GET' | 'POST';
  /** Absolute URL, query included. */
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Sent as a JSON body. */
  readonly json?: unknown;
  readonly signal?: AbortSignal;
}

/** An adapter reduced to one call: resolves with the parsed body, rejects as the adapter rejects. */
export interface Client {
  readonly stack: Stack;
  call(call: Call): Promise<unknown>;
}

/**
 * Our adapter for `stack` with the shared options. Effect takes `pace` and `pacer` settings as its
 * own layer options; its retries are a composition its README shows (core's transient
 * backoff with `retry`'s steps, exact waits for rate limits), bounded by `retry.limit` and
 * `retry.maxDelayMs`. Effect has no hooks: `onRetry`, `onRateLimit` and `onError` are not called.
 */
export function makeClient(stack: Stack, options: XApiOptions = {}): Client {
  switch (stack) {
    case 'fetch': {
      const xfetch = withXApiFetch(fetch, options);
      return {
        stack,
        async call({ method = 'GET', url, headers, json, signal }) {
          const init: RequestInit = { method, headers: { ...headers } };
          if (json !== undefined) init.body = JSON.stringify(json);
          if (signal) init.signal = signal;
          const response = await xfetch(url, init);
          return response.json();
        },
      };
    }
    case 'ky': {
      const client = withXApiKy(ky.create({ timeout: false }), options);
      return {
        stack,
        call: ({ method = 'GET', url, headers, json, signal }) =>
          client(url, {
            method,
            headers: { ...headers },
            ...(json === undefined ? {} : { json }),
            ...(signal ? { signal } : {}),
          }).json(),
      };
    }
    case 'axios': {
      const client = withXApiAxios(axios.create(), options);
      return {
        stack,
        async call({ method = 'GET', url, headers, json, signal }) {
          const response = await client.request({
            url,
            method,
            headers: { ...headers },
            ...(json === undefined ? {} : { data: json }),
            ...(signal ? { signal } : {}),
          });
          return response.data;
        },
      };
    }
    case 'effect':
      return effectClient(options);
  }
}

function effectSchedule(retry: XApiOptions['retry']) {
  if (retry === false) return undefined;
  const transient = XApiSchedule.transientWith({
    ...(retry?.baseDelayMs === undefined ? {} : { baseDelayMs: retry.baseDelayMs }),
    ...(retry?.capDelayMs === undefined ? {} : { capDelayMs: retry.capDelayMs }),
  });
  const bounded = Schedule.max([
    Schedule.min([transient, XApiSchedule.rateLimitAware]),
    Schedule.recurs(retry?.limit ?? 3),
  ]);
  const maxDelayMs = retry?.maxDelayMs;
  if (maxDelayMs === undefined) return bounded;
  return bounded.pipe(Schedule.while(({ duration }) => Duration.toMillis(duration) <= maxDelayMs));
}

function effectClient(options: XApiOptions): Client {
  const pacer = options.pacer && !('acquire' in options.pacer) ? options.pacer : {};
  // One client (and so one pacer) shared by every call, as with the other adapters.
  const x = Effect.runSync(
    Effect.provide(
      XApiClient.make(options.pace === undefined ? {} : { pace: options.pace }),
      Layer.merge(XApiPacer.layer(pacer), FetchHttpClient.layer),
    ),
  );
  const schedule = effectSchedule(options.retry);
  return {
    stack: 'effect',
    call({ method = 'GET', url, headers, json, signal }) {
      const base = HttpClientRequest.make(method)(url, { headers: { ...headers } });
      const request = json === undefined ? base : HttpClientRequest.bodyJsonUnsafe(base, json);
      const sent = x.execute(request);
      const retried = schedule ? Effect.retry(sent, schedule) : sent;
      return Effect.runPromiseExit(
        Effect.map(retried, (response) => response.body),
        signal ? { signal } : undefined,
      ).then(settleExit);
    },
  };
}

/**
 * An Effect run that ended by interruption (an aborted `signal`, in Effect's idiom), which has no
 * error value of its own.
 */
export class Interrupted extends Error {
  override readonly name = 'Interrupted';
}

/** The body, the tagged error, `Interrupted`, or the defect: what a caller of `runPromise` would see. */
function settleExit(exit: Exit.Exit<unknown, unknown>): unknown {
  if (Exit.isSuccess(exit)) return exit.value;
  if (Cause.hasInterruptsOnly(exit.cause)) throw new Interrupted('the fiber was interrupted');
  throw Cause.squash(exit.cause);
}

/** Whether `error` is the adapter's own error type: `XApiError`, or one of Effect's tagged errors. */
export function isAdapterError(stack: Stack, error: unknown): boolean {
  return stack === 'effect' ? isTaggedXApiError(error) : isXApiError(error);
}
