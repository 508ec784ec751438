import { sendsUnpaced, type XApiRuntime } from '@xapi-errors/core';
import { type AxiosInstance, type AxiosResponse, type InternalAxiosRequestConfig, isAxiosError } from 'axios';
import { type AttemptResult, failedAttempt } from './attempt-result.ts';
import { markConfig } from './config-mark.ts';
import { FirstTry, firstTryOf } from './first-try.ts';
import { requestFacts } from './request-facts.ts';
import { bodyResend, bufferBody } from './resendable-body.ts';
import { RetrySession, type Ticket, ticketOf } from './retry-session.ts';

/**
 * The three handlers `withXApi` installs on an instance. axios chains them with `then`, so they
 * hand back plain values where they can: each promise in between costs the request a turn.
 */
export interface XApiInterceptors {
  readonly request: (
    config: InternalAxiosRequestConfig,
  ) => InternalAxiosRequestConfig | Promise<InternalAxiosRequestConfig>;
  readonly response: (response: AxiosResponse) => AxiosResponse | Promise<AxiosResponse>;
  readonly responseError: (error: unknown) => Promise<AxiosResponse>;
}

/**
 * Gives an attempt's result to its request's retry loop. The first attempt's chain then waits for
 * the final outcome, so interceptors registered after ours see it once. A retry was sent from inside
 * that wait: its own chain ends here, on a promise that never settles (a fresh one each time, so it
 * is collected with the chain), instead of running those later interceptors a second time.
 */
function handOff(ticket: Ticket | undefined, result: AttemptResult): Promise<AxiosResponse> | undefined {
  if (!ticket?.deliver(result)) return undefined;
  return ticket.attempt === 1 ? ticket.final() : new Promise<never>(() => {});
}

/** Sends a new request's first attempt: through a retry session, or unpaced as a first try. */
function begin(
  instance: AxiosInstance,
  runtime: XApiRuntime,
  config: InternalAxiosRequestConfig,
): InternalAxiosRequestConfig | Promise<InternalAxiosRequestConfig> {
  const facts = requestFacts(instance, runtime, config);
  // Unpaced, the first attempt needs no session: most end in a plain success.
  if (!sendsUnpaced(runtime, facts)) return RetrySession.start(instance, runtime, config, facts);
  // As the loop would: an already aborted request is not sent, and rejects with the abort reason.
  if (config.signal instanceof AbortSignal) config.signal.throwIfAborted();
  markConfig(config, new FirstTry(instance, runtime, config, facts));
  return config;
}

/** Creates the interceptors for one instance; `runtime` holds its shared retry budget and pacer. */
export function createInterceptors(instance: AxiosInstance, runtime: XApiRuntime): XApiInterceptors {
  // A request whose body can be sent only once (see `bodyResend`) runs with retries off, on the same
  // budget and pacer: a retry would send the body empty or half-read, and could pass for the request made.
  const sendOnce: XApiRuntime = { ...runtime, retry: false };
  return {
    request(config) {
      if (ticketOf(config)?.claim()) return config;
      const resend = bodyResend(config.data);
      if (resend === 'reusable') return begin(instance, runtime, config);
      if (resend === 'once') return begin(instance, sendOnce, config);
      // As the loop would: an already aborted request does not read its body, and rejects with the abort reason.
      if (config.signal instanceof AbortSignal) config.signal.throwIfAborted();
      return bufferBody(config).then((buffered) => begin(instance, runtime, buffered));
    },
    response(response) {
      const first = firstTryOf(response.config);
      if (first) return first.answer(response);
      return handOff(ticketOf(response.config), { response }) ?? response;
    },
    responseError(error) {
      const config = isAxiosError(error) ? error.config : undefined;
      const first = firstTryOf(config);
      if (first) return first.fail(error);
      const settled = handOff(ticketOf(config), failedAttempt(error));
      if (settled) return settled;
      throw error;
    },
  };
}
