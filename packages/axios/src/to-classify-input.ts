import {
  type ClassifyInput,
  type Dialect,
  type HeadersLike,
  type RequestSummary,
  readHeaders,
  secretValues,
} from '@xapi-errors/core';
import { isJsonContentType } from '@xapi-errors/core/web';
import type { AxiosResponse } from 'axios';
import { isUnreadBody } from './streamed-body.ts';

/**
 * Response headers as a plain record. axios hands out an `AxiosHeaders` object (or a plain record
 * from custom adapters); both keep one own property per header, and only string-like values are
 * headers, not the booleans axios uses internally.
 */
export function headerRecord(headers: unknown): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  if (headers === null || typeof headers !== 'object') return record;
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === 'string') record[name] = value;
    else if (typeof value === 'number') record[name] = String(value);
    else if (Array.isArray(value)) record[name] = value.map(String);
  }
  return record;
}

/**
 * axios's `auth` option: the password, and the Basic credential axios builds from it only when it
 * sends (so it is not among the config's headers).
 */
function basicAuth(auth: { username?: string; password?: string } | undefined): string[] {
  if (auth?.password === undefined) return [];
  try {
    return [auth.password, btoa(`${auth.username ?? ''}:${auth.password}`)];
  } catch {
    // btoa takes Latin-1 only; axios encodes other passwords differently, and the plain one still counts.
    return [auth.password];
  }
}

/**
 * The body classification reads: none when axios did not read it, nor for a 2xx whose content type
 * is not JSON, which is data (a text or media answer), as in the fetch and ky adapters.
 */
export function classifiedBody(response: AxiosResponse): unknown {
  if (isUnreadBody(response.data)) return undefined;
  const success = response.status >= 200 && response.status < 300;
  // Any spelling: axios's own headers are lower-case, a mock adapter's or a hand-built one's may not be.
  const type = success ? readHeaders(response.headers as HeadersLike)('content-type') : undefined;
  return success && !isJsonContentType(type) ? undefined : response.data;
}

/**
 * What core's `classify` reads from an axios response. `data` goes in as axios left it: parsed
 * JSON, or the raw text when the body was not valid JSON (HTML pages, truncated bodies). A success
 * streamed to the caller is theirs to read: it is classified by status and headers alone. The
 * dialect goes in when known, so classify does not work it out from the URL again.
 *
 * The headers go in as a plain copy: classify reads a record of any values in place, while an
 * `AxiosHeaders`, having a `get`, would be read through it one case-insensitive lookup at a time.
 */
export function toClassifyInput(
  response: AxiosResponse,
  request: RequestSummary,
  dialect: Dialect | undefined,
): ClassifyInput {
  const { status } = response;
  const headers = { ...response.headers } as HeadersLike;
  const body = classifiedBody(response);
  const { method, url } = request;
  // The request's own credentials are scrubbed from whatever the body echoes (read only if it has a problem).
  const secrets = () =>
    secretValues(response.config?.headers as HeadersLike, url, basicAuth(response.config?.auth));
  return dialect === undefined
    ? { status, headers, body, method, url, secrets }
    : { status, headers, body, method, url, dialect, secrets };
}
