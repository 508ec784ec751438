import { causeChain } from './cause-chain.ts';
import type { Classification } from './classification.ts';
import { failureOf } from './failure.ts';
import type { ErrorKind } from './kinds.ts';
import { redactText } from './redact-text.ts';
import { redactUrl } from './redact-url.ts';

const brand: unique symbol = Symbol.for('xapi-errors.XApiError') as never;
/** Node's hook for `util.inspect`, by its registered name: no import of `node:util`, so any runtime loads this. */
const inspectCustom: unique symbol = Symbol.for('nodejs.util.inspect.custom') as never;

/** The request an error belongs to, with credentials removed from the URL. */
export interface RequestSummary {
  /** The HTTP method, upper-cased (`'GET'` when none was given). */
  readonly method: string;
  /** The request URL with credentials (query tokens, user info) redacted. */
  readonly url: string;
}

/** Options of `new XApiError`. */
export interface XApiErrorOptions {
  /**
   * Method and URL, kept as `error.request` and appended to the message as `(METHOD url)`. The URL
   * is redacted before it is stored; the method is upper-cased and defaults to `'GET'`. Without a
   * URL (absent or empty) the whole request is dropped, the method too: `error.request` is then
   * `undefined` and the message is the classification's alone.
   */
  readonly request?:
    | { readonly method?: string | undefined; readonly url?: string | URL | undefined }
    | undefined;
  /**
   * The stack's own error (fetch TypeError, ky HTTPError, AxiosError). Kept non-enumerable. The
   * error given is changed in place: its own object-valued fields (which hold the request's
   * headers) become non-enumerable, still readable, and its `message` and `stack` are scrubbed of
   * credentials, since Node prints an uncaught error's `cause` whatever `toJSON` and `inspect` say.
   * An `XApiError` given as the cause is left as it is.
   */
  readonly cause?: unknown;
  /** The stack's response object (fetch `Response`, …). Kept non-enumerable. */
  readonly response?: unknown;
  /** How many attempts were sent before giving up. */
  readonly attempts?: number | undefined;
}

/** The JSON form of an `XApiError`: the classification and the redacted request, nothing else. */
export interface XApiErrorJSON {
  /** Always `'XApiError'`. */
  readonly name: 'XApiError';
  /** The error's message, as `error.message`. */
  readonly message: string;
  /** The HTTP status; `0` when no response arrived. */
  readonly status: number;
  /** The error kind to act on, as `error.kind`. */
  readonly kind: ErrorKind;
  /** Whether sending the same request again can succeed, as `error.retryable`. */
  readonly retryable: boolean;
  /** How long to wait before retrying, in ms; absent when neither the response nor the kind tells. */
  readonly retryAfterMs?: number;
  /** How many attempts were sent; absent when the error was made without a count. */
  readonly attempts?: number;
  /** Method and redacted URL; absent when the error was made without a URL. */
  readonly request?: RequestSummary;
  /** The full classification, as `error.classification`. */
  readonly classification: Classification;
}

/** A cause's own text field as it may be shown: a URL with its credentials redacted, other text scrubbed. */
function concealedText(text: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? redactUrl(text) : redactText(text);
}

/**
 * Makes the cause's own object-valued fields (axios' `config`, `request` and `response`, ky's
 * `options` and `request`) non-enumerable, and scrubs its `message`, `stack` and other text fields
 * (ky's message names the URL, query and all; Node's `ERR_INVALID_URL` keeps it as `input`); the
 * fields stay readable. Node prints an uncaught error's `cause`, and the causes of that cause,
 * with custom inspectors off, so those fields, which hold the request's headers, would put its
 * credentials in the crash output: the chain is followed a few causes deep.
 */
function conceal(cause: unknown): void {
  for (const error of causeChain(cause)) {
    // An `XApiError` holds nothing secret in its own fields, and its classification must stay in view.
    if (isXApiError(error)) return;
    concealFields(error as object);
  }
}

/** One error's part of `conceal`. */
function concealFields(error: object): void {
  try {
    for (const key of Reflect.ownKeys(error)) {
      const field = Object.getOwnPropertyDescriptor(error, key);
      if (!field?.configurable || !('value' in field)) continue;
      const { value } = field;
      if ((key === 'message' || key === 'stack') && typeof value === 'string')
        Object.defineProperty(error, key, { value: redactText(value) });
      else if (typeof value === 'string' && field.writable && key !== 'code' && key !== 'name')
        Object.defineProperty(error, key, { value: concealedText(value) });
      else if (field.enumerable && typeof value === 'object' && value !== null)
        Object.defineProperty(error, key, { enumerable: false });
    }
  } catch {
    // A proxy or exotic object that refuses: it stays as it was, and only the crash output shows it.
  }
}

/**
 * The one error every adapter throws for a failed X, v1.1 or Sorsa call. It carries the full
 * classification, and by construction nothing secret: the URL is redacted and the stack's own
 * error and response (which can hold request headers) are non-enumerable and left out of
 * `toJSON` and `util.inspect`.
 */
export class XApiError extends Error {
  /** Always `'XApiError'`. */
  override readonly name: 'XApiError' = 'XApiError';
  /** Everything `classify` concluded: catalogue entry, each problem in the body, rate-limit state. */
  readonly classification: Classification;
  /** The HTTP status of the last response; `0` when no response arrived (network failure, time-out). */
  readonly status: number;
  /**
   * What went wrong, to switch on: the classification's kind, or for a rejected partial success
   * (whose classification is `ok`) the most actionable kind among its problems; never `ok`.
   */
  readonly kind: ErrorKind;
  /** Whether sending the same request again can succeed, given its method (the classification's). */
  readonly retryable: boolean;
  /**
   * How long to wait before retrying, in ms, when the response says (`Retry-After`, a rate-limit
   * reset) or the kind implies; `undefined` otherwise.
   */
  readonly retryAfterMs: number | undefined;
  /** How many attempts were sent, retries included; `undefined` when not given to the constructor. */
  readonly attempts: number | undefined;
  /** Method and redacted URL; `undefined` when the error was made without a URL. */
  readonly request: RequestSummary | undefined;
  /**
   * The stack's response object (fetch `Response`, axios response, …), as given to the
   * constructor; `undefined` when none arrived. Non-enumerable, and left out of `toJSON`.
   */
  declare readonly response: unknown;
  /**
   * The stack's own error (fetch `TypeError`, ky `HTTPError`, `AxiosError`), as given to the
   * constructor; `undefined` when there was none. Non-enumerable, and left out of `toJSON`.
   */
  declare readonly cause: unknown;

  constructor(classification: Classification, options: XApiErrorOptions = {}) {
    const request = options.request?.url
      ? { method: (options.request.method ?? 'GET').toUpperCase(), url: redactUrl(options.request.url) }
      : undefined;
    const { kind, message } = failureOf(classification);
    super(request ? `${message} (${request.method} ${request.url})` : message);
    this.classification = classification;
    this.status = classification.status;
    this.kind = kind;
    this.retryable = classification.retryable;
    this.retryAfterMs = classification.retryAfterMs;
    this.attempts = options.attempts;
    this.request = request;
    conceal(options.cause);
    Object.defineProperty(this, 'cause', {
      value: options.cause,
      enumerable: false,
      writable: false,
      configurable: true,
    });
    Object.defineProperty(this, 'response', {
      value: options.response,
      enumerable: false,
      writable: false,
      configurable: true,
    });
    Object.defineProperty(this, brand, { value: true, enumerable: false });
    // On the instance, not the prototype: a statement outside the class would keep the class in
    // every bundle, even one that imports `classify` alone. A subclass's own hook is left to run.
    if (!subclassInspects(this)) {
      Object.defineProperty(this, inspectCustom, { value: inspect, writable: true, configurable: true });
    }
  }

  /** The classification and redacted request; never the cause or response. */
  toJSON(): XApiErrorJSON {
    const json: { -readonly [K in keyof XApiErrorJSON]: XApiErrorJSON[K] } = {
      name: this.name,
      message: this.message,
      status: this.status,
      kind: this.kind,
      retryable: this.retryable,
      classification: this.classification,
    };
    if (this.retryAfterMs !== undefined) json.retryAfterMs = this.retryAfterMs;
    if (this.attempts !== undefined) json.attempts = this.attempts;
    if (this.request) json.request = this.request;
    return json;
  }
}

/**
 * Whether a subclass between the error's own prototype and `XApiError.prototype` has its own
 * inspect hook. Only those count: one put on `Error.prototype` or `Object.prototype` (by a library,
 * or by prototype pollution) must not switch off the view that keeps the cause out of logs.
 */
function subclassInspects(error: XApiError): boolean {
  for (
    let prototype: object | null = Object.getPrototypeOf(error);
    prototype !== null && prototype !== XApiError.prototype;
    prototype = Object.getPrototypeOf(prototype)
  ) {
    if (Object.hasOwn(prototype, inspectCustom)) return true;
  }
  return false;
}

/** `util.inspect` shows the JSON form and the stack, so a logged error never prints the cause's config. */
function inspect(this: XApiError): string {
  const { classification: _classification, ...summary } = this.toJSON();
  return `${this.stack ?? `${this.name}: ${this.message}`}\n${JSON.stringify(summary, null, 2)}`;
}

/** Whether a value is an `XApiError`, also from another copy of this package. */
export function isXApiError(value: unknown): value is XApiError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
}
