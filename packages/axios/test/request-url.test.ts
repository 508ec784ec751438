import axios, { type AxiosRequestConfig, type InternalAxiosRequestConfig, mergeConfig } from 'axios';
import { expect, test } from 'vitest';
import { requestUrl } from '../src/request-url.ts';

const instance = axios.create({ baseURL: 'https://api.x.com/2/', params: { 'user.fields': 'id' } });

const configs: AxiosRequestConfig[] = [
  { url: 'https://api.sorsa.io/v3/info' },
  { url: 'https://api.sorsa.io/v3/info', baseURL: 'https://api.x.com/2/' },
  { url: 'https://api.sorsa.io/v3/info', baseURL: 'https://api.x.com/2/', allowAbsoluteUrls: false },
  { url: 'users/me', baseURL: 'https://api.x.com/2/' },
  { url: '/users/me', baseURL: 'https://api.x.com/2' },
  { url: 'users', baseURL: 'https://api.x.com/2/', params: { ids: ['1', '2'], 'user.fields': 'id' } },
  {
    url: 'users',
    baseURL: 'https://api.x.com/2/',
    params: { ids: '1,2' },
    paramsSerializer: () => 'custom=yes',
  },
  { url: 'https://api.x.com/2/tweets?max_results=10', params: { pagination_token: 'abc' } },
];

test.each(configs)('gives the URL axios itself builds for %o', (config) => {
  // What the request interceptor sees: the call's config with the instance's defaults merged in.
  const merged = mergeConfig(instance.defaults as AxiosRequestConfig, config) as InternalAxiosRequestConfig;

  expect(requestUrl(instance, merged)).toBe(instance.getUri(config));
});

/** The URL, or the message of what was thrown instead. */
function outcomeOf(build: () => string): string {
  try {
    return build();
  } catch (error) {
    return `threw: ${(error as Error).message}`;
  }
}

test('a URL axios may reject gives what axios gives: the same URL or the same error', () => {
  // Recent axios rejects it; 1.7 (the oldest of the peer range) passes it through.
  const config = { url: 'http:foo' };
  const merged = mergeConfig(instance.defaults as AxiosRequestConfig, config) as InternalAxiosRequestConfig;

  expect(outcomeOf(() => requestUrl(instance, merged))).toBe(outcomeOf(() => instance.getUri(config)));
});
