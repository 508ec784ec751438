export type {
  Classification,
  ErrorEvent,
  RateLimitEvent,
  RetryEvent,
  XApiErrorJSON,
} from '@xapi-errors/core';
export { isXApiError, XApiError } from '@xapi-errors/core';
export { getClassification } from './classification-store.ts';
export type { FetchLike, XApiFetchOptions } from './options.ts';
export { withXApi } from './with-x-api.ts';
