import { type Classification, type ErrorKind, failureOf, type RequestSummary } from '@xapi-errors/core';
import { Data } from 'effect';
import { summarizeRequest } from './request-summary.ts';

/**
 * The tag of each canonical kind, one to one: `Effect.catchTag('UsageCapped', …)` handles
 * `usage-capped` whichever API said it. `not-acceptable` gets its own `NotAcceptable` tag rather
 * than being folded into `InvalidRequest`, so tag and kind always name the same thing.
 */
export const errorTags = {
  'rate-limited': 'RateLimited',
  'usage-capped': 'UsageCapped',
  'credits-exhausted': 'CreditsExhausted',
  'too-many-connections': 'TooManyConnections',
  authentication: 'AuthenticationFailed',
  forbidden: 'Forbidden',
  'not-authorized': 'NotAuthorized',
  'not-found': 'NotFound',
  suspended: 'Suspended',
  'invalid-request': 'InvalidRequest',
  duplicate: 'Duplicate',
  'action-limit': 'ActionLimit',
  'stream-disconnect': 'StreamDisconnect',
  'stream-rules': 'StreamRules',
  conflict: 'Conflict',
  gone: 'Gone',
  'not-acceptable': 'NotAcceptable',
  'server-error': 'ServerError',
  unavailable: 'Unavailable',
  network: 'NetworkError',
  timeout: 'Timeout',
  unknown: 'Unknown',
} as const;

/** The tag of one canonical kind. */
export type XApiErrorTag = (typeof errorTags)[ErrorKind];

/** What a tagged error is built from. */
export interface XApiErrorProps {
  /** The core classification of the failed response or transport failure. */
  readonly classification: Classification;
  /** Method and URL of the request; the URL is redacted before it is stored. */
  readonly request?:
    | { readonly method?: string | undefined; readonly url?: string | URL | undefined }
    | undefined;
}

/** The JSON form of a tagged error: the classification and the redacted request, nothing else. */
export interface XApiErrorJSON {
  /** The error's tag, as `error._tag`. */
  readonly _tag: XApiErrorTag;
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
  /** Method and redacted URL; absent when the error was made without a URL. */
  readonly request?: RequestSummary;
  /** The full classification, as `error.classification`. */
  readonly classification: Classification;
}

interface XApiErrorFields {
  /**
   * What went wrong in one line (for a rejected partial answer, the line of its primary problem),
   * then `(METHOD url)` with the URL redacted when the error has a request.
   */
  readonly message: string;
  /** Everything core concluded about the response (or the failure without one). */
  readonly classification: Classification;
  /** The HTTP status; `0` when no response arrived. */
  readonly status: number;
  /** Whether sending the same request again can succeed, given its method (the classification's). */
  readonly retryable: boolean;
  /**
   * How long to wait before retrying, in ms, when the response says (`Retry-After`, a rate-limit
   * reset) or the kind implies; `undefined` otherwise.
   */
  readonly retryAfterMs: number | undefined;
  /** Method and redacted URL; `undefined` when the error was made without a URL. */
  readonly request: RequestSummary | undefined;
}

/**
 * What every tagged X API error shares: the classification, its status, retryability and
 * wait, and the request with its URL redacted. It holds no credential and no stack object
 * (no HTTP request, response or cause), so logging, `toJSON`, `util.inspect` and Effect's
 * cause rendering can never print a token.
 */
export abstract class XApiErrorBase extends Data.Error<XApiErrorFields> {
  /** The tag `Effect.catchTag` matches on. */
  abstract readonly _tag: XApiErrorTag;
  /** The canonical kind this tag stands for. */
  abstract readonly kind: ErrorKind;

  constructor(props: XApiErrorProps) {
    const { classification } = props;
    const request = summarizeRequest(props.request);
    // A rejected partial answer's line names its problem's kind, not the `ok` it was classified as.
    const line = failureOf(classification).message;
    super({
      message: request ? `${line} (${request.method} ${request.url})` : line,
      classification,
      status: classification.status,
      retryable: classification.retryable,
      retryAfterMs: classification.retryAfterMs,
      request,
    });
  }

  /** The classification and redacted request. */
  override toJSON(): XApiErrorJSON {
    const json: { -readonly [K in keyof XApiErrorJSON]: XApiErrorJSON[K] } = {
      _tag: this._tag,
      message: this.message,
      status: this.status,
      kind: this.kind,
      retryable: this.retryable,
      classification: this.classification,
    };
    if (this.retryAfterMs !== undefined) json.retryAfterMs = this.retryAfterMs;
    if (this.request) json.request = this.request;
    return json;
  }
}

/** The endpoint's rate-limit window (or Sorsa's per-second limit) is used up; wait for its reset. */
export class RateLimited extends XApiErrorBase {
  readonly _tag = 'RateLimited' as const;
  readonly kind = 'rate-limited' as const;
}

/** The project's monthly or daily usage cap is reached; nothing succeeds before the period ends. */
export class UsageCapped extends XApiErrorBase {
  readonly _tag = 'UsageCapped' as const;
  readonly kind = 'usage-capped' as const;
}

/** Pay-per-use credits (X) or the key's quota (Sorsa) are spent; top up before retrying. */
export class CreditsExhausted extends XApiErrorBase {
  readonly _tag = 'CreditsExhausted' as const;
  readonly kind = 'credits-exhausted' as const;
}

/** A stream connection was refused because too many are open; reconnect later. */
export class TooManyConnections extends XApiErrorBase {
  readonly _tag = 'TooManyConnections' as const;
  readonly kind = 'too-many-connections' as const;
}

/** The credentials are missing, malformed, expired or revoked. */
export class AuthenticationFailed extends XApiErrorBase {
  readonly _tag = 'AuthenticationFailed' as const;
  readonly kind = 'authentication' as const;
}

/** The credentials are valid but the app, plan or token is not allowed to do this. */
export class Forbidden extends XApiErrorBase {
  readonly _tag = 'Forbidden' as const;
  readonly kind = 'forbidden' as const;
}

/** The user may not see or act on this resource (protected, blocked, not theirs). */
export class NotAuthorized extends XApiErrorBase {
  readonly _tag = 'NotAuthorized' as const;
  readonly kind = 'not-authorized' as const;
}

/** The resource does not exist, or no longer does. */
export class NotFound extends XApiErrorBase {
  readonly _tag = 'NotFound' as const;
  readonly kind = 'not-found' as const;
}

/** The account or app is suspended. */
export class Suspended extends XApiErrorBase {
  readonly _tag = 'Suspended' as const;
  readonly kind = 'suspended' as const;
}

/** The request itself is wrong: a missing or invalid parameter, a malformed body. */
export class InvalidRequest extends XApiErrorBase {
  readonly _tag = 'InvalidRequest' as const;
  readonly kind = 'invalid-request' as const;
}

/** The same content or action was already submitted. */
export class Duplicate extends XApiErrorBase {
  readonly _tag = 'Duplicate' as const;
  readonly kind = 'duplicate' as const;
}

/** An account-level action limit (posts, follows, likes per period) is reached. */
export class ActionLimit extends XApiErrorBase {
  readonly _tag = 'ActionLimit' as const;
  readonly kind = 'action-limit' as const;
}

/** The server ended a stream; reconnect following X's guidance. */
export class StreamDisconnect extends XApiErrorBase {
  readonly _tag = 'StreamDisconnect' as const;
  readonly kind = 'stream-disconnect' as const;
}

/** The stream's rules are missing, invalid or over the cap; fix them before reconnecting. */
export class StreamRules extends XApiErrorBase {
  readonly _tag = 'StreamRules' as const;
  readonly kind = 'stream-rules' as const;
}

/** The request conflicts with the resource's current state. */
export class Conflict extends XApiErrorBase {
  readonly _tag = 'Conflict' as const;
  readonly kind = 'conflict' as const;
}

/** The endpoint or API version is retired. */
export class Gone extends XApiErrorBase {
  readonly _tag = 'Gone' as const;
  readonly kind = 'gone' as const;
}

/** The requested format or content type cannot be served. */
export class NotAcceptable extends XApiErrorBase {
  readonly _tag = 'NotAcceptable' as const;
  readonly kind = 'not-acceptable' as const;
}

/** The API failed internally; usually transient. */
export class ServerError extends XApiErrorBase {
  readonly _tag = 'ServerError' as const;
  readonly kind = 'server-error' as const;
}

/** The API is over capacity or down for maintenance; usually transient. */
export class Unavailable extends XApiErrorBase {
  readonly _tag = 'Unavailable' as const;
  readonly kind = 'unavailable' as const;
}

/** No response arrived: connection refused or reset, DNS or TLS failure. */
export class NetworkError extends XApiErrorBase {
  readonly _tag = 'NetworkError' as const;
  readonly kind = 'network' as const;
}

/** The request or its body took longer than allowed. */
export class Timeout extends XApiErrorBase {
  readonly _tag = 'Timeout' as const;
  readonly kind = 'timeout' as const;
}

/** A failure nothing in the catalogue matches. */
export class Unknown extends XApiErrorBase {
  readonly _tag = 'Unknown' as const;
  readonly kind = 'unknown' as const;
}

/** Any tagged X API error: the error channel of every `XApiClient` call. */
export type XApiError =
  | RateLimited
  | UsageCapped
  | CreditsExhausted
  | TooManyConnections
  | AuthenticationFailed
  | Forbidden
  | NotAuthorized
  | NotFound
  | Suspended
  | InvalidRequest
  | Duplicate
  | ActionLimit
  | StreamDisconnect
  | StreamRules
  | Conflict
  | Gone
  | NotAcceptable
  | ServerError
  | Unavailable
  | NetworkError
  | Timeout
  | Unknown;

const classes: { readonly [K in ErrorKind]: new (props: XApiErrorProps) => XApiError } = {
  'rate-limited': RateLimited,
  'usage-capped': UsageCapped,
  'credits-exhausted': CreditsExhausted,
  'too-many-connections': TooManyConnections,
  authentication: AuthenticationFailed,
  forbidden: Forbidden,
  'not-authorized': NotAuthorized,
  'not-found': NotFound,
  suspended: Suspended,
  'invalid-request': InvalidRequest,
  duplicate: Duplicate,
  'action-limit': ActionLimit,
  'stream-disconnect': StreamDisconnect,
  'stream-rules': StreamRules,
  conflict: Conflict,
  gone: Gone,
  'not-acceptable': NotAcceptable,
  'server-error': ServerError,
  unavailable: Unavailable,
  network: NetworkError,
  timeout: Timeout,
  unknown: Unknown,
};

for (const [kind, tag] of Object.entries(errorTags)) {
  // Stack traces and `String(error)` then start with the tag, as with `Data.TaggedError`.
  Object.defineProperty(classes[kind as ErrorKind].prototype, 'name', { value: tag, configurable: true });
}

/**
 * The tagged error for a classification. A classification without an error kind (`ok`, as for
 * a 2xx with partial errors) becomes the error of its `kind` option, else of its most actionable
 * problem (core's `failureOf`), else `Unknown`.
 */
export function fromClassification(
  classification: Classification,
  options: { readonly request?: XApiErrorProps['request']; readonly kind?: ErrorKind | undefined } = {},
): XApiError {
  // An error kind of the classification's own is what happened: `kind` only names an `ok` one.
  const kind =
    classification.kind === 'ok' ? (options.kind ?? failureOf(classification).kind) : classification.kind;
  return new classes[kind]({ classification, request: options.request });
}

/** Whether a value is one of the tagged X API errors. */
export function isXApiError(value: unknown): value is XApiError {
  return value instanceof XApiErrorBase;
}
