import type { RequestSummary } from '../errors.ts';
import { redactUrl } from '../redact-url.ts';

/** Redacts on first read and keeps the result. A class: an object literal with a getter costs far more. */
class LazySummary implements RequestSummary {
  readonly method: string;
  readonly #url: string;
  #redacted: string | undefined;

  constructor(method: string, url: string) {
    this.method = method;
    this.#url = url;
  }

  get url(): string {
    this.#redacted ??= redactUrl(this.#url);
    return this.#redacted;
  }
}

/**
 * The `{ method, url }` the retry loop hands to hooks, with credentials removed from the URL.
 * Redacting parses and reserialises the URL, and the loop reads the summary only to call a hook:
 * without hooks, redaction waits until something reads `url`, which on the success path is never.
 * With hooks it is done at once, so a hook that logs the event sees plain data.
 */
export function requestSummary(method: string, url: string, hooked: boolean): RequestSummary {
  return hooked ? { method, url: redactUrl(url) } : new LazySummary(method, url);
}
