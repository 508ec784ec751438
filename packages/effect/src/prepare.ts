import {
  type Dialect,
  dialectFromUrl,
  type PaceOptions,
  paceKey,
  type RequestSummary,
  secretHeaders,
  secretParams,
} from '@xapi-errors/core';
import { Effect, Option, Redacted } from 'effect';
import { HttpClientRequest, Headers as HttpHeaders, UrlParams } from 'effect/http';

/** A request ready to send, with what classification and pacing need to know about it. */
export interface PreparedCall {
  readonly request: HttpClientRequest.HttpClientRequest;
  readonly dialect: Dialect | undefined;
  /** Method and full URL (query included), for the classifier; redacted only when stored in an error. */
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

function fullUrl(request: HttpClientRequest.HttpClientRequest): string {
  return Option.match(HttpClientRequest.toUrl(request), {
    onNone: () => request.url,
    onSome: (url) => url.toString(),
  });
}

/**
 * Applies the base URL and the credential of the request's own API. Each credential goes only
 * to its API, so a client holding both an X token and a Sorsa key never sends one to the other.
 */
export function prepareCall(
  request: HttpClientRequest.HttpClientRequest,
  settings: CallSettings,
): PreparedCall {
  let prepared =
    settings.baseUrl && !absolute.test(request.url)
      ? HttpClientRequest.prependUrl(request, settings.baseUrl)
      : request;
  const dialect = settings.dialect ?? dialectFromUrl(fullUrl(prepared));
  const has = (name: string) => HttpHeaders.has(prepared.headers, name);
  if (dialect === 'sorsa' && settings.apiKey && !has('apikey')) {
    prepared = HttpClientRequest.setHeader(prepared, 'ApiKey', Redacted.value(settings.apiKey));
  }
  if ((dialect === 'v2' || dialect === 'v1.1') && settings.bearerToken && !has('authorization')) {
    prepared = HttpClientRequest.bearerToken(prepared, settings.bearerToken);
  }
  return { request: prepared, dialect, summary: { method: prepared.method, url: fullUrl(prepared) } };
}

/** The pacing key of a call, when its API is paced. */
export function paceKeyOf(call: PreparedCall, pace: Required<PaceOptions>): string | undefined {
  if (call.dialect === 'sorsa' ? !pace.sorsa : !pace.x) return undefined;
  return paceKey({ url: call.summary.url, method: call.summary.method, headers: call.request.headers });
}

/**
 * Adds core's secret header and parameter names to Effect's redaction lists for the call, so
 * tracing spans record Sorsa's `ApiKey` or an `oauth_token` parameter as redacted too.
 */
export function redactingSecrets<A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> {
  return effect.pipe(
    Effect.updateService(HttpHeaders.CurrentRedactedNames, (names) => [...names, ...secretHeaders]),
    Effect.updateService(UrlParams.CurrentRedactedNames, (names) => [...names, ...secretParams]),
  );
}
