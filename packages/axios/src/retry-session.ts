import {
  type Attempt,
  type Dialect,
  type FirstAttempt,
  type Outcome,
  type RequestSummary,
  runWithRetry,
  type XApiRuntime,
} from '@xapi-errors/core';
import { requestSummary } from '@xapi-errors/core/web';
import {
  type AxiosInstance,
  type AxiosRequestConfig,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
  isCancel,
} from 'axios';
import { type AttemptResult, classifyAttempt } from './attempt-result.ts';
import { isCallerError } from './caller-error.ts';
import { type Marked, mark, markConfig, markOf } from './config-mark.ts';
import type { RequestFacts } from './request-facts.ts';
import { settle } from './settle.ts';
import { hasUnreadErrorBody, readStreamedErrorBody } from './streamed-body.ts';
import { headerRecord } from './to-classify-input.ts';

/** A retry request that settled without reaching our response interceptor (ejected meanwhile): its result is final. */
class Finished {
  readonly response: AxiosResponse;
  constructor(response: AxiosResponse) {
    this.response = response;
  }
}

/**
 * One attempt of one request, carried on the attempt's config so the interceptors can tell the
 * retries we send from new requests. The session is a private field: a logged config shows only
 * `Ticket { attempt }`, never the copy of the request (and its headers) the session keeps.
 */
export class Ticket {
  readonly attempt: number;
  readonly #session: RetrySession;

  constructor(session: RetrySession, attempt: number) {
    this.#session = session;
    this.attempt = attempt;
  }

  /** True once, for the retry the session just sent; a config copied and re-sent by hand starts afresh. */
  claim(): boolean {
    return this.#session.claim(this);
  }

  /** Hands this attempt's result to the retry loop; false when the loop is not waiting for it. */
  deliver(result: AttemptResult): boolean {
    return this.#session.deliver(this, result);
  }

  /** The request's final response, or its rejection, once the loop is done. */
  final(): Promise<AxiosResponse> {
    return this.#session.final();
  }
}

/** The ticket of the attempt a config (or an error's or response's config) belongs to. */
export function ticketOf(config: unknown): Ticket | undefined {
  const ticket = markOf(config);
  return ticket instanceof Ticket ? ticket : undefined;
}

/**
 * Gets an attempt's result ready for the loop: the caller's cancellation, or a refusal by the
 * caller's own settings (see `isCallerError`), is the answer as it is, and an error body axios left
 * unread (a stream) is read so it can be classified.
 */
async function attemptOf(
  result: AttemptResult,
  request: RequestSummary,
  dialect: Dialect | undefined,
): Promise<Attempt<AttemptResult>> {
  if (isCancel(result.error) || isCallerError(result.error)) throw result.error;
  const whole = hasUnreadErrorBody(result) ? await readStreamedErrorBody(result) : result;
  return { classification: classifyAttempt(whole, request, dialect), result: whole };
}

/**
 * One request through core's `runWithRetry`. The loop waits for the pacer and decides every retry;
 * this class only connects it to axios: attempt 1 is the request the caller made, each later
 * attempt is re-sent with `instance.request` (so every request interceptor runs again) and its
 * result comes back through our response interceptor.
 */
export class RetrySession {
  readonly #instance: AxiosInstance;
  readonly #runtime: XApiRuntime;
  readonly #request: RequestSummary;
  readonly #dialect: Dialect | undefined;
  readonly #template: AxiosRequestConfig;
  readonly #outcome: Promise<Outcome<AttemptResult>>;
  /** The config, once the first attempt may go: at once unless the pacer holds it back. */
  #firstTurn: InternalAxiosRequestConfig | Promise<InternalAxiosRequestConfig> | undefined;
  #release: (ticket: Ticket) => void = () => {};
  #current: Ticket | undefined;
  #claimed = false;
  #deliver: ((result: AttemptResult) => void) | undefined;

  /**
   * Starts the loop for a new request. Gives back the request's config as soon as the pacer lets
   * the first attempt go (a promise only when it holds the attempt back, which rejects with the
   * abort reason when the caller aborts while it waits).
   */
  static start(
    instance: AxiosInstance,
    runtime: XApiRuntime,
    config: InternalAxiosRequestConfig,
    facts: RequestFacts,
  ): InternalAxiosRequestConfig | Promise<InternalAxiosRequestConfig> {
    return new RetrySession(instance, runtime, config, facts, undefined).#firstTurn ?? config;
  }

  /**
   * Starts the loop for a request whose first attempt went out unpaced, without a session (see
   * `FirstTry`), and needs deciding on; resolves or rejects as the request finally does.
   */
  static async resume(
    instance: AxiosInstance,
    runtime: XApiRuntime,
    config: InternalAxiosRequestConfig,
    facts: RequestFacts,
    first: { readonly result: AttemptResult; readonly sentAt: number },
  ): Promise<AxiosResponse> {
    const attempt = await attemptOf(first.result, facts, facts.dialect);
    return new RetrySession(instance, runtime, config, facts, { ...attempt, sentAt: first.sentAt }).final();
  }

  private constructor(
    instance: AxiosInstance,
    runtime: XApiRuntime,
    config: InternalAxiosRequestConfig,
    facts: RequestFacts,
    first: FirstAttempt<AttemptResult> | undefined,
  ) {
    this.#instance = instance;
    this.#runtime = runtime;
    const { url, method, dialect } = facts;
    const { options } = runtime;
    const hooked =
      options.onRetry !== undefined || options.onRateLimit !== undefined || options.onError !== undefined;
    this.#request = { method, url };
    this.#dialect = dialect;
    this.#template = facts.template;
    let released = false;
    this.#release = (ticket) => {
      markConfig(config, ticket);
      released = true;
    };
    let refuse: (reason: unknown) => void = () => {};
    const signal = config.signal instanceof AbortSignal ? config.signal : undefined;
    this.#outcome = runWithRetry(
      runtime,
      {
        url,
        dialect,
        method,
        headers: headerRecord(config.headers),
        summary: requestSummary(method, url, hooked),
        signal,
      },
      (attempt) => this.#send(attempt),
      first,
    );
    // Without a wait the loop has sent the first attempt already: axios may go on at once.
    if (first === undefined && !released) {
      this.#firstTurn = new Promise((resolve, reject) => {
        this.#release = (ticket) => {
          markConfig(config, ticket);
          resolve(config);
        };
        refuse = reject;
      });
    }
    this.#outcome.catch((reason: unknown) => refuse(reason));
  }

  async #send(attempt: number): Promise<Attempt<AttemptResult>> {
    const ticket = new Ticket(this, attempt);
    const delivered = new Promise<AttemptResult>((resolve) => {
      this.#deliver = resolve;
    });
    this.#current = ticket;
    this.#claimed = attempt === 1;
    let result: AttemptResult;
    if (attempt === 1) {
      this.#release(ticket);
      result = await delivered;
    } else {
      const retry: Marked<AxiosRequestConfig> = { ...this.#template, [mark]: ticket };
      const finished = this.#instance.request(retry).then((response: AxiosResponse) => {
        throw new Finished(response);
      });
      result = await Promise.race([delivered, finished]);
    }
    return attemptOf(result, this.#request, this.#dialect);
  }

  /** See {@link Ticket.claim}. */
  claim(ticket: Ticket): boolean {
    if (ticket !== this.#current || this.#claimed) return false;
    this.#claimed = true;
    return true;
  }

  /** See {@link Ticket.deliver}. */
  deliver(ticket: Ticket, result: AttemptResult): boolean {
    const deliver = this.#deliver;
    if (ticket !== this.#current || !this.#claimed || !deliver) return false;
    this.#deliver = undefined;
    deliver(result);
    return true;
  }

  /** See {@link Ticket.final}. */
  final(): Promise<AxiosResponse> {
    return this.#outcome.then(
      (outcome) => settle(outcome, this.#request, this.#runtime.options.partialErrors),
      (error: unknown) => {
        if (error instanceof Finished) return error.response;
        throw error;
      },
    );
  }
}
