import { dialectOfParts } from '../dialect.ts';
import type { Dialect } from '../kinds.ts';
import { isStreamPath } from '../stream-endpoint.ts';
import { urlParts } from '../url-parts.ts';

/**
 * What an adapter reads from a request's URL. Pacing, classification and body handling each need
 * something from it.
 */
export interface UrlFacts {
  /** `options.dialect`, else what the URL tells; `undefined` leaves it to the body's shape. */
  readonly dialect: Dialect | undefined;
  /**
   * X's streaming endpoints answer 200 with a JSON body that never ends: reading it would never
   * return, so it is not read for classification.
   */
  readonly stream: boolean;
}

/** Derives the facts from `url` (absolute or relative). `dialect` is the caller's choice, if any. */
export function urlFacts(url: string, dialect: Dialect | undefined): UrlFacts {
  const parts = urlParts(url);
  return {
    dialect: dialect ?? (parts && dialectOfParts(parts)),
    stream: parts !== undefined && isStreamPath(parts.path),
  };
}
