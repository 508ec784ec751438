import { classify, isPlainSuccess, settlePlainSuccess, type XApiRuntime } from '@xapi-errors/core';
import type { AxiosInstance, AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import { type AttemptResult, failedAttempt } from './attempt-result.ts';
import { rememberLater } from './classification-store.ts';
import { markOf } from './config-mark.ts';
import type { RequestFacts } from './request-facts.ts';
import { RetrySession } from './retry-session.ts';
import { classifiedBody, toClassifyInput } from './to-classify-input.ts';

/**
 * The first attempt of a request sent unpaced, without a retry session: most end in a plain
 * success (see `isPlainSuccess`), which needs neither the loop nor a classification. Anything else
 * starts the session then, with this attempt as its first. It travels on the config like a
 * `Ticket`, and shows only its class name when the config is logged.
 */
export class FirstTry {
  readonly #instance: AxiosInstance;
  readonly #runtime: XApiRuntime;
  readonly #config: InternalAxiosRequestConfig;
  readonly #facts: RequestFacts;
  readonly #sentAt: number = Date.now();

  constructor(
    instance: AxiosInstance,
    runtime: XApiRuntime,
    config: InternalAxiosRequestConfig,
    facts: RequestFacts,
  ) {
    this.#instance = instance;
    this.#runtime = runtime;
    this.#config = config;
    this.#facts = facts;
  }

  /**
   * What the request resolves with, given the response: a plain success as it is (classified only
   * if `getClassification` asks, without its body, which changes nothing in it, as of the time it
   * arrived), anything else once the loop is done with it.
   */
  answer(response: AxiosResponse): AxiosResponse | Promise<AxiosResponse> {
    const body = classifiedBody(response);
    if (!isPlainSuccess(response.status, body)) return this.#resume({ response });
    settlePlainSuccess(this.#runtime);
    const facts = this.#facts;
    const now = Date.now();
    rememberLater(response, () =>
      classify({ ...toClassifyInput(response, facts, facts.dialect), body: undefined, now }),
    );
    return response;
  }

  /** What the request settles with, given the error axios rejected the attempt with. */
  fail(error: unknown): Promise<AxiosResponse> {
    return this.#resume(failedAttempt(error));
  }

  #resume(result: AttemptResult): Promise<AxiosResponse> {
    return RetrySession.resume(this.#instance, this.#runtime, this.#config, this.#facts, {
      result,
      sentAt: this.#sentAt,
    });
  }
}

/** The `FirstTry` a config (or an error's or a response's config) carries, if any. */
export function firstTryOf(config: unknown): FirstTry | undefined {
  const marker = markOf(config);
  return marker instanceof FirstTry ? marker : undefined;
}
