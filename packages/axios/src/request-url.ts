import { Axios, type AxiosInstance, type AxiosRequestConfig, type InternalAxiosRequestConfig } from 'axios';

/**
 * An `Axios` without defaults: its `getUri` only joins and serialises the few fields it is given.
 * An instance's own `getUri` first merges its defaults into the whole config again, which costs
 * more than everything else this adapter does for a successful request.
 */
const joiner = new Axios({});

/**
 * The URL axios sends for a request config our interceptor sees (its instance defaults are already
 * merged in): `url` on its own, or joined to `baseURL` with `params` serialised by axios itself.
 * When axios rejects the URL, the error is the one `instance.getUri` raises, config and all.
 */
export function requestUrl(instance: AxiosInstance, config: InternalAxiosRequestConfig): string {
  const { url, baseURL, params, paramsSerializer, allowAbsoluteUrls } = config;
  // An absolute http(s) URL is sent as written, and its protocol gives axios nothing to object to.
  const plain =
    typeof url === 'string' && params == null && (url.startsWith('https://') || url.startsWith('http://'));
  if (plain && (!baseURL || allowAbsoluteUrls !== false)) return url;
  try {
    // Absent fields go in as `undefined`, which axios reads as absent.
    const fields = { url, baseURL, params, paramsSerializer, allowAbsoluteUrls } as AxiosRequestConfig;
    return joiner.getUri(fields);
  } catch {
    return instance.getUri(config);
  }
}
