import { type Classification, classify, type Dialect, type Problem, parseBody } from '@xapi-errors/core';
import { isJsonContentType } from '@xapi-errors/core/web';
import { type Headers, Headers as HttpHeaders } from 'effect/http';

/** A successful call: the body and everything core concluded about the response. */
export interface XApiResponse {
  /** The HTTP status: a 2xx, or a 304 (not modified). */
  readonly status: number;
  /** The response headers, as Effect's `HttpClientResponse` has them. */
  readonly headers: Headers.Headers;
  /** The parsed JSON body when it is an object or array; else the raw text (`42` stays `'42'`). */
  readonly body: unknown;
  /** Everything core concluded about the response: `ok`, rate-limit state, partial errors. */
  readonly classification: Classification;
  /** A 2xx that carries data and errors together (e.g. some of several ids not found). */
  readonly partial: boolean;
  /** The errors inside a partial response, in body order; empty otherwise. */
  readonly problems: readonly Problem[];
}

/** What a response is classified from. */
export interface ExchangeInput {
  readonly status: number;
  readonly headers: Headers.Headers;
  readonly text: string;
  readonly method: string;
  /** Read from the URL when the call was prepared, so the classifier need not see the URL again. */
  readonly dialect: Dialect | undefined;
  /** The request's URL, absolute or not: a failed stream connection waits as X's reconnect guidance says. */
  readonly url: string;
  /** Effect's `Clock`, so waits derived from reset headers line up with `TestClock`. */
  readonly now: number;
  /** The request's credentials, asked for only when the body holds a problem (see core's `secretValues`). */
  readonly secrets?: (() => readonly string[]) | undefined;
}

/**
 * Parses the body once, for both the classifier and the caller. A body past core's parse bound
 * is still JSON to the caller, but the classifier gets its text, so it reads it as core reads any
 * such body (a 2xx that large is data), not as a whole parsed object.
 */
function bodyOf(text: string): { readonly body: unknown; readonly classified: unknown } {
  const parsed = parseBody(text);
  if (parsed.format === 'json') return { body: parsed.json, classified: parsed.json };
  if (!parsed.truncated) return { body: text, classified: text };
  try {
    return { body: JSON.parse(text) as unknown, classified: text };
  } catch {
    return { body: text, classified: text };
  }
}

/**
 * What a stream emits for one line. Each line is a JSON document of its own, so a scalar (`42`,
 * `"text"`, `true`), which core leaves as text since only objects and arrays are JSON bodies to it,
 * is parsed too; only a line that does not parse stays its text.
 */
export function lineValue(body: unknown, text: string): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * A 2xx whose content type is not JSON (a text or media answer, or none) is data, never searched
 * for errors, as in the other adapters. A stream line comes with {@link lineHeaders}.
 */
function isData({ status, headers }: ExchangeInput): boolean {
  return status >= 200 && status < 300 && !isJsonContentType(headers['content-type']);
}

/** What a stream line is classified with: each line is a JSON document of its own. */
export const lineHeaders: Headers.Headers = HttpHeaders.fromInput({ 'content-type': 'application/json' });

/** Classifies a fully read response and builds the success value it would be. */
export function classifyExchange(input: ExchangeInput): XApiResponse {
  const { body, classified } = bodyOf(input.text);
  const classification = classify({
    status: input.status,
    headers: input.headers,
    body: isData(input) ? undefined : classified,
    url: input.url,
    method: input.method,
    now: input.now,
    secrets: input.secrets,
    ...(input.dialect ? { dialect: input.dialect } : {}),
  });
  return {
    status: input.status,
    headers: input.headers,
    body,
    classification,
    partial: classification.partial,
    problems: classification.partial ? classification.problems : [],
  };
}
