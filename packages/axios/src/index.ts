export type {
  Classification,
  ErrorEvent,
  RateLimitEvent,
  RetryEvent,
  XApiErrorJSON,
} from '@xapi-errors/core';
export { isXApiError, XApiError } from '@xapi-errors/core';
export { getClassification } from './classification-store.ts';
export type { AxiosInstanceLike } from './instance-like.ts';
export type { XApiAxiosOptions } from './options.ts';
export type { XApiAxiosResponse } from './to-x-api-error.ts';
export { ejectXApi, withXApi } from './with-x-api.ts';
