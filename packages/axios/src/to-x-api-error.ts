import { type Classification, type RequestSummary, redactHeaders, XApiError } from '@xapi-errors/core';
import type { AxiosResponse } from 'axios';
import type { AttemptResult } from './attempt-result.ts';
import { isUnreadBody } from './streamed-body.ts';
import { headerRecord } from './to-classify-input.ts';

/** The part of an axios response an `XApiError` keeps: no `config`, no `request`. */
export interface XApiAxiosResponse {
  /** The HTTP status. */
  readonly status: number;
  /** Response headers, with credential-bearing ones (such as `set-cookie`) redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The body: parsed JSON, or text when it was not valid JSON or arrived as a stream (`responseType:
   * 'stream'`). `undefined` for a body that could not be read.
   */
  readonly data: unknown;
}

/**
 * axios responses point at their `config`, whose headers hold the caller's `Authorization` or
 * `ApiKey`: the error keeps a plain copy of what the API sent instead.
 */
function sanitized(response: AxiosResponse): XApiAxiosResponse {
  return {
    status: response.status,
    headers: redactHeaders(headerRecord(response.headers)),
    data: isUnreadBody(response.data) ? undefined : response.data,
  };
}

/** The `XApiError` for a request's final result; the axios error becomes its non-enumerable `cause`. */
export function toXApiError(
  classification: Classification,
  result: AttemptResult,
  attempts: number,
  request: RequestSummary,
): XApiError {
  return new XApiError(classification, {
    request,
    cause: result.error,
    attempts,
    ...(result.response ? { response: sanitized(result.response) } : {}),
  });
}
