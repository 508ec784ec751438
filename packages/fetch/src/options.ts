import type { XApiOptions } from '@xapi-errors/core';

/** The standard `fetch` signature: what `withXApi` takes and what it returns. */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/**
 * Options of the fetch adapter: the options every `@xapi-errors` adapter shares (`retry`, `budget`,
 * `pace`, `pacer`, `partialErrors`, `dialect` and the `onRetry` / `onRateLimit` / `onError` hooks).
 */
export interface XApiFetchOptions extends XApiOptions {}
