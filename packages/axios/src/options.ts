import type { XApiOptions } from '@xapi-errors/core';

/**
 * Options of the axios adapter: the options every `@xapi-errors` adapter shares (`retry`, `budget`,
 * `pace`, `pacer`, `partialErrors`, `dialect` and the `onRetry` / `onRateLimit` / `onError` hooks).
 */
export interface XApiAxiosOptions extends XApiOptions {}
