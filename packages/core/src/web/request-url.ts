import { dialectFromUrl } from '../dialect.ts';
import type { Dialect } from '../kinds.ts';

/** Streaming endpoints (`/2/tweets/search/stream`, `/2/tweets/sample/stream`, …) never end: never buffer them. */
const streamPath = /\/stream\/?$/;

/**
 * What an adapter reads from a request's URL. Pacing, classification and body handling each need
 * something from it; parsing it once per call instead of once per step is a measurable share of
 * a fast request.
 */
export interface UrlFacts {
  /** The URL for core's pacer: parsed when it parses, so the retry loop does not parse it again. */
  readonly pacing: URL | string;
  /** `options.dialect`, else what the URL tells; `undefined` leaves it to the body's shape. */
  readonly dialect: Dialect | undefined;
  /**
   * X's streaming endpoints answer 200 with a JSON body that never ends: reading it would never
   * return, so it is not read for classification.
   */
  readonly stream: boolean;
}

/**
 * Parses `url` the way core does (relative to a placeholder host, so absolute and relative URLs
 * both work) and derives the facts from it. `dialect` is the caller's choice, if any.
 */
export function urlFacts(url: string, dialect: Dialect | undefined): UrlFacts {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://localhost');
  } catch {
    return { pacing: url, dialect, stream: false };
  }
  return {
    pacing: parsed,
    dialect: dialect ?? dialectFromUrl(parsed),
    stream: streamPath.test(parsed.pathname),
  };
}
