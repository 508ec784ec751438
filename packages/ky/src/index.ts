export {
  type Classification,
  type ErrorEvent,
  isXApiError,
  type Kind,
  type RateLimitEvent,
  type RetryEvent,
  XApiError,
  type XApiErrorJSON,
} from '@xapi-errors/core';
export { getClassification } from './classification-store.ts';
export type { XApiKyOptions } from './options.ts';
export { withXApi } from './with-x-api.ts';
