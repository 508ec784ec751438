import type { IncomingHttpHeaders } from 'node:http';

/** One request as the simulator received it. */
export interface RecordedRequest {
  /** Upper-case method. */
  readonly method: string;
  /** The percent-decoded path without query or trailing slash, e.g. `/2/users/me`. */
  readonly path: string;
  /** Query parameters; when a name repeats, the last value. */
  readonly query: Readonly<Record<string, string>>;
  /**
   * Headers as Node's HTTP server received them, under lower-case names. A repeated header is
   * joined with `, ` (`cookie` with `; `); of a repeated `authorization`, `content-type`, `host`,
   * `user-agent` and a few more, Node keeps only the first.
   */
  readonly headers: Readonly<Record<string, string>>;
  /** The request body as UTF-8 text (empty when there was none). */
  readonly body: string;
  /** When it arrived, in epoch ms of the simulator clock. */
  readonly time: number;
}

/** Chooses which recorded requests `requestCount` counts. */
export type RequestMatcher = string | ((request: RecordedRequest) => boolean);

/** Flattens node's header object into single strings. */
export function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
