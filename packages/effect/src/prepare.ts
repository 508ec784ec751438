import {
  apiOfHost,
  type Dialect,
  dialectFromUrl,
  type PaceOptions,
  paceKey,
  type RequestSummary,
} from '@xapi-errors/core';
import { Option, Redacted } from 'effect';
import { HttpClientRequest, Headers as HttpHeaders } from 'effect/http';

/** A request ready to send, with what classification and pacing need to know about it. */
export interface PreparedCall {
  readonly request: HttpClientRequest.HttpClientRequest;
  readonly dialect: Dialect | undefined;
  /**
   * Method and full URL (query included), for errors and pacing keys; redacted only when stored in
   * an error. Built on first read: a success that is not paced never needs it.
   */
  readonly summary: RequestSummary;
}

/** The credentials and base URL a call is prepared with. */
export interface CallSettings {
  readonly baseUrl?: string | undefined;
  readonly bearerToken?: Redacted.Redacted<string> | undefined;
  readonly apiKey?: Redacted.Redacted<string> | undefined;
  readonly dialect?: Dialect | undefined;
}

const absolute = /^[a-z][a-z\d+.-]*:/i;

/** The URL a request goes to, its `urlParams` included. */
export function fullUrl(request: HttpClientRequest.HttpClientRequest): string {
  return Option.match(HttpClientRequest.toUrl(request), {
    onNone: () => request.url,
    onSome: (url) => url.toString(),
  });
}

/**
 * The dialect of the URL the request goes to. Query parameters and the fragment cannot change the
 * host or path, so an absolute URL is read as written, without building the full URL first; a
 * relative one may still resolve against the page's location in a browser.
 */
function dialectOfRequest(request: HttpClientRequest.HttpClientRequest): Dialect | undefined {
  return dialectFromUrl(absolute.test(request.url) ? request.url : fullUrl(request));
}

/** A prepared call whose summary is built, URL parse included, only if an error or a pacing key asks. */
class Call implements PreparedCall {
  #summary: RequestSummary | undefined;
  constructor(
    readonly request: HttpClientRequest.HttpClientRequest,
    readonly dialect: Dialect | undefined,
  ) {}
  get summary(): RequestSummary {
    this.#summary ??= { method: this.request.method, url: fullUrl(this.request) };
    return this.#summary;
  }
}

/**
 * Whether a credential of `api` may go where `prepared` (the request, `baseUrl` applied) goes:
 * to a relative URL, which stays on the page's own origin; to the base URL's origin, where the
 * caller chose to send it; or to one of the API's own hosts over HTTPS. Anything else (a `next`
 * link, a media URL, a mistyped host, a scheme-relative `//host/…`) gets nothing: a path like
 * `/2/…` on some other host is not X.
 */
function mayCarry(
  api: 'x' | 'sorsa',
  prepared: HttpClientRequest.HttpClientRequest,
  baseUrl: string | undefined,
): boolean {
  const target = prepared.url;
  if (!absolute.test(target)) return !target.startsWith('//') && !target.startsWith('\\\\');
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return false;
  }
  // The client's options check makes sure a base URL is an absolute http(s) URL.
  if (baseUrl !== undefined && url.origin === new URL(baseUrl).origin) return true;
  return url.protocol === 'https:' && apiOfHost(url.hostname) === api;
}

/**
 * Applies the base URL and the credential of the request's own API. Each credential goes only
 * to its API (see `mayCarry`), so a client holding both an X token and a Sorsa key never sends one
 * to the other, nor either to another host.
 */
export function prepareCall(
  request: HttpClientRequest.HttpClientRequest,
  settings: CallSettings,
): PreparedCall {
  let prepared =
    settings.baseUrl && !absolute.test(request.url)
      ? HttpClientRequest.prependUrl(request, settings.baseUrl)
      : request;
  const dialect = settings.dialect ?? dialectOfRequest(prepared);
  const sorsaKey = dialect === 'sorsa' ? settings.apiKey : undefined;
  if (
    sorsaKey &&
    !HttpHeaders.has(prepared.headers, 'apikey') &&
    mayCarry('sorsa', prepared, settings.baseUrl)
  ) {
    prepared = HttpClientRequest.setHeader(prepared, 'ApiKey', Redacted.value(sorsaKey));
  }
  const xToken = dialect === 'v2' || dialect === 'v1.1' ? settings.bearerToken : undefined;
  if (
    xToken &&
    !HttpHeaders.has(prepared.headers, 'authorization') &&
    mayCarry('x', prepared, settings.baseUrl)
  ) {
    prepared = HttpClientRequest.bearerToken(prepared, xToken);
  }
  return new Call(prepared, dialect);
}

/** The pacing key of a call, when its API is paced. */
export function paceKeyOf(call: PreparedCall, pace: Required<PaceOptions>): string | undefined {
  if (call.dialect === 'sorsa' ? !pace.sorsa : !pace.x) return undefined;
  // The dialect the caller chose counts too: behind a proxy the URL no longer tells Sorsa from X.
  return paceKey({
    url: call.summary.url,
    method: call.summary.method,
    headers: call.request.headers,
    dialect: call.dialect,
  });
}
