import type { Classification } from '@xapi-errors/core';
import { BufferedResponse } from '@xapi-errors/core/web';

/** Weak, so a response the caller drops takes its classification with it. */
const classifications = new WeakMap<Response, Classification>();

/**
 * Records the classification of a response whose clones record it themselves (`BufferedResponse`).
 */
export function record(response: Response, classification: Classification): void {
  classifications.set(response, classification);
}

/**
 * Records the classification of a response this adapter hands out as it came (a stream, media, a
 * response without a body). Clones made from it (by the caller or a caching layer) carry it too,
 * so `getClassification` works on them as well.
 */
export function remember(response: Response, classification: Classification): void {
  classifications.set(response, classification);
  const clone = response.clone.bind(response);
  Object.defineProperty(response, 'clone', {
    configurable: true,
    writable: true,
    value: (): Response => {
      const copy = clone();
      remember(copy, classification);
      return copy;
    },
  });
}

/**
 * Passed to `BufferedResponse` as its clone hook: a copy carries the original's classification,
 * recorded the way its own clones need (a buffered copy clones through this hook again).
 */
export function carryClassification(copy: Response, original: Response): void {
  const classification = classifications.get(original);
  if (classification === undefined) return;
  if (copy instanceof BufferedResponse) record(copy, classification);
  else remember(copy, classification);
}

/**
 * The classification of a response returned by a `withXApi` fetch, found on `XApiError.response`,
 * or cloned from either: for a 2xx, `partial` and `problems` tell whether the body also carries
 * errors, and `rateLimit` what the endpoint has left. `undefined` for any other response.
 */
export function getClassification(response: Response): Classification | undefined {
  return classifications.get(response);
}
