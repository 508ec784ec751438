import type { Classification } from '@xapi-errors/core';
import type { AxiosResponse } from 'axios';

/** Weak, so a response the caller drops takes its classification with it. */
const classifications = new WeakMap<AxiosResponse, Classification>();

/** Records the classification of a response this adapter resolved with. */
export function remember(response: AxiosResponse, classification: Classification): void {
  classifications.set(response, classification);
}

/**
 * The classification of a response an instance with `withXApi` resolved with: for a 2xx,
 * `partial` and `problems` tell whether the body also carries errors. `undefined` for responses
 * that did not come through `withXApi`, and for objects a later interceptor made out of one.
 *
 * @example
 * ```ts
 * const response = await api.get('/2/tweets', { params: { ids: '1,2' } });
 * const classification = getClassification(response);
 * if (classification?.partial) console.warn(classification.problems.map((p) => p.message));
 * ```
 */
export function getClassification(response: AxiosResponse): Classification | undefined {
  return classifications.get(response);
}
