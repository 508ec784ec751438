import {
  type Attempt,
  type Dialect,
  dialectFromUrl,
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
import { requestTemplate } from './request-template.ts';
import { requestUrl } from './request-url.ts';
import { settle } from './settle.ts';
import { hasUnreadErrorBody, readStreamedErrorBody } from './streamed-body.ts';
import { headerRecord } from './to-classify-input.ts';

/**
 * The config key an attempt's ticket travels under. A string, not a symbol: axios before 1.19 drops
 * symbol keys when it merges the config of a re-sent request, and losing the ticket would turn every
 * retry into a new request with a retry loop of its own.
 */
const mark = '@xapi-errors/axios';

type Marked<T> = T & { [mark]?: Ticket };

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
  if (config === null || typeof config !== 'object') return undefined;
  const ticket = (config as Marked<object>)[mark];
  return ticket instanceof Ticket ? ticket : undefined;
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
  /** The full URL: `XApiError` redacts it, hooks get it redacted through `requestSummary`. */
  readonly #request: RequestSummary;
  /** `options.dialect`, else what the URL tells: worked out once for the pacer and every classification. */
  readonly #dialect: Dialect | undefined;
  /** The config as our request interceptor saw it, before axios serialises data or adds headers. */
  readonly #template: AxiosRequestConfig;
  readonly #outcome: Promise<Outcome<AttemptResult>>;
  /** The config, once the first attempt may go: at once unless the pacer holds it back. */
  readonly #firstTurn: InternalAxiosRequestConfig | Promise<InternalAxiosRequestConfig>;
  #release: (ticket: Ticket) => void;
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
  ): InternalAxiosRequestConfig | Promise<InternalAxiosRequestConfig> {
    return new RetrySession(instance, runtime, config).#firstTurn;
  }

  private constructor(instance: AxiosInstance, runtime: XApiRuntime, config: InternalAxiosRequestConfig) {
    this.#instance = instance;
    this.#runtime = runtime;
    const url = requestUrl(instance, config);
    const method = (config.method ?? 'get').toUpperCase();
    const { options } = runtime;
    const hooked =
      options.onRetry !== undefined || options.onRateLimit !== undefined || options.onError !== undefined;
    this.#request = { method, url };
    this.#dialect = options.dialect ?? dialectFromUrl(url);
    this.#template = requestTemplate(config);
    let released = false;
    this.#release = (ticket) => {
      (config as Marked<InternalAxiosRequestConfig>)[mark] = ticket;
      released = true;
    };
    let refuse: (reason: unknown) => void = () => {};
    const signal = config.signal instanceof AbortSignal ? config.signal : undefined;
    this.#outcome = runWithRetry(
      runtime,
      {
        url,
        dialect: this.#dialect,
        method,
        headers: headerRecord(config.headers),
        summary: requestSummary(method, url, hooked),
        signal,
      },
      (attempt) => this.#send(attempt),
    );
    // Without a wait the loop has sent the first attempt already: axios may go on at once.
    if (released) this.#firstTurn = config;
    else {
      this.#firstTurn = new Promise((resolve, reject) => {
        this.#release = (ticket) => {
          (config as Marked<InternalAxiosRequestConfig>)[mark] = ticket;
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
    // The caller cancelled the request in flight: axios's own cancellation error is the answer.
    if (isCancel(result.error)) throw result.error;
    if (hasUnreadErrorBody(result)) result = await readStreamedErrorBody(result);
    return { classification: classifyAttempt(result, this.#request, this.#dialect), result };
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
