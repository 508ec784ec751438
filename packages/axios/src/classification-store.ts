import type { Classification } from '@xapi-errors/core';
import type { AxiosResponse } from 'axios';

/** Made on first use: most plain successes are never asked about. */
type Later = () => Classification;

/** Weak, so a response the caller drops takes its classification with it. */
const classifications = new WeakMap<AxiosResponse, Classification | Later>();

/** Records the classification of a response this adapter resolved with. */
export function remember(response: AxiosResponse, classification: Classification): void {
  classifications.set(response, classification);
}

/** Records how to classify a response this adapter resolved with, once someone asks. */
export function rememberLater(response: AxiosResponse, classify: Later): void {
  classifications.set(response, classify);
}

/**
 * The classification of a response an instance with `withXApi` resolved with: for a 2xx,
 * `partial` and `problems` tell whether the body also carries errors. `undefined` for responses
 * that did not come through `withXApi`, and for objects a later interceptor made out of one.
 * A plain success (a 2xx whose body holds no errors) is classified on the first call, from its
 * status and headers, as of the time it arrived.
 *
 * @example
 * ```ts
 * const response = await api.get('/2/tweets', { params: { ids: '1,2' } });
 * const classification = getClassification(response);
 * if (classification?.partial) console.warn(classification.problems.map((p) => p.message));
 * ```
 */
export function getClassification(response: AxiosResponse): Classification | undefined {
  const kept = classifications.get(response);
  if (typeof kept !== 'function') return kept;
  const classification = kept();
  classifications.set(response, classification);
  return classification;
}
