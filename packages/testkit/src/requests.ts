import type { IncomingHttpHeaders, ServerResponse } from 'node:http';

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
  /**
   * The status the simulator answered with, as of when the record was read: `undefined` while the
   * answer still waits out `latencyMs`, and for a connection reset or left hanging without one. A
   * body broken off after its headers still has the status those headers carried.
   */
  readonly status?: number | undefined;
}

/** A request as it arrived, and the status of its answer (see `arrive`). */
export interface Arrival {
  readonly request: Omit<RecordedRequest, 'status'>;
  /** Reads the status sent so far. */
  readonly status: () => number | undefined;
}

/**
 * Records `request`, answered on `res`: the status is read from the response until it closes, then
 * kept, so the record does not hold on to the response (and its socket) for the rest of the run.
 */
export function arrive(request: Omit<RecordedRequest, 'status'>, res: ServerResponse): Arrival {
  let open: ServerResponse | undefined = res;
  let kept: number | undefined;
  // `this`, not `res`: a closure naming `res` would keep it alive through the record.
  res.once('close', function (this: ServerResponse) {
    kept = this.headersSent ? this.statusCode : undefined;
    open = undefined;
  });
  return { request, status: () => (open?.headersSent ? open.statusCode : kept) };
}

/** The record of an arrival, with the status its answer carried so far. */
export function recordOf({ request, status }: Arrival): RecordedRequest {
  return Object.freeze({ ...request, status: status() });
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
