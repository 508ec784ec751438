import type { AxiosRequestConfig, InternalAxiosRequestConfig } from 'axios';

const isEnumerable = Object.prototype.propertyIsEnumerable;

/**
 * What `{ ...config, headers: { ...config.headers } }` gives, made faster: axios merges every
 * config into an object without a prototype, which V8 keeps as a hash table, and spreading one of
 * those takes its slow path (several µs a request); copying key by key does not. A plain copy of
 * the headers is also what axios itself makes of an `AxiosHeaders` when it merges a re-sent config.
 */
export function requestTemplate(config: InternalAxiosRequestConfig): AxiosRequestConfig {
  const template: Record<PropertyKey, unknown> = {};
  const source = config as unknown as Record<PropertyKey, unknown>;
  for (const key of Object.keys(source)) template[key] = source[key];
  for (const key of Object.getOwnPropertySymbols(source)) {
    if (isEnumerable.call(source, key)) template[key] = source[key];
  }
  template['headers'] = { ...config.headers };
  return template as AxiosRequestConfig;
}
