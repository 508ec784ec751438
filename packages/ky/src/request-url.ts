import { type Dialect, dialectFromUrl } from '@xapi-errors/core';

/**
 * What the adapter reads from a request's URL. Pacing, classification and body handling each need
 * something from it; parsing it once per call instead of once per step is a measurable share of
 * a fast request.
 */
export interface UrlFacts {
  /** The URL for core's pacer: parsed, so the retry loop does not parse it again. */
  readonly pacing: URL | string;
  /** `options.dialect`, else what the URL tells; `undefined` leaves it to the body's shape. */
  readonly dialect: Dialect | undefined;
  /**
   * X's streaming endpoints answer 200 with a JSON body that never ends: reading it would never
   * return, so it is not read for classification.
   */
  readonly stream: boolean;
}

/** Parses the URL of the `Request` ky built (always absolute) and derives the facts from it. */
export function urlFacts(url: string, dialect: Dialect | undefined): UrlFacts {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { pacing: url, dialect, stream: false };
  }
  return {
    pacing: parsed,
    dialect: dialect ?? dialectFromUrl(parsed),
    stream: parsed.pathname.endsWith('/stream'),
  };
}
