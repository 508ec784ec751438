import { type Dialect, dialectFromUrl, type XApiRuntime } from '@xapi-errors/core';
import type { AxiosInstance, AxiosRequestConfig, InternalAxiosRequestConfig } from 'axios';
import { requestTemplate } from './request-template.ts';
import { requestUrl } from './request-url.ts';

/** What a request is, read once from the config our request interceptor sees. */
export interface RequestFacts {
  /** The full URL: `XApiError` redacts it, hooks get it redacted through `requestSummary`. */
  readonly url: string;
  /** Upper-case. */
  readonly method: string;
  /** `options.dialect`, else what the URL tells: worked out once for the pacer and every classification. */
  readonly dialect: Dialect | undefined;
  /** The config before axios serialises its data or adds headers: what a retry is re-sent from. */
  readonly template: AxiosRequestConfig;
}

/** Reads a new request's facts; the template must be taken now, before axios changes the config. */
export function requestFacts(
  instance: AxiosInstance,
  runtime: XApiRuntime,
  config: InternalAxiosRequestConfig,
): RequestFacts {
  const url = requestUrl(instance, config);
  return {
    url,
    method: (config.method ?? 'get').toUpperCase(),
    dialect: runtime.options.dialect ?? dialectFromUrl(url),
    template: requestTemplate(config),
  };
}
