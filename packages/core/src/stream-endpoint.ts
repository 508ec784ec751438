import { urlParts } from './url-parts.ts';

/**
 * Streaming endpoints (`/2/tweets/search/stream`, `/2/tweets/sample/stream`, …) end in `/stream`;
 * the language firehoses add a language (`/2/tweets/firehose/stream/lang/en`).
 */
const streamPath = /\/stream(?:\/lang\/[a-z]{2,3})?\/?$/;

/** Whether a path is one of X's streaming endpoints, whose connections live on and are limited apart. */
export function isStreamPath(path: string): boolean {
  return streamPath.test(path);
}

/** Whether `url` (absolute or relative) is one of X's streaming endpoints. */
export function isStreamUrl(url: string | URL | undefined): boolean {
  if (url === undefined) return false;
  const parts = urlParts(url);
  return parts !== undefined && isStreamPath(parts.path);
}
