import { useSimulator } from '@xapi-errors/testkit';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { isXApiError, withXApi } from '../src/index.ts';
import { fastRetry } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

/** A user's own pair of interceptors that count what they see and leave a trace on each request. */
function userInterceptors(instance: AxiosInstance) {
  const seen = { requests: 0, responses: [] as number[], errors: [] as unknown[] };
  instance.interceptors.request.use(async (config) => {
    seen.requests += 1;
    await Promise.resolve();
    config.headers.set('x-user-attempt', String(seen.requests));
    return config;
  });
  instance.interceptors.response.use(
    (response) => {
      seen.responses.push(response.status);
      return { ...response, data: { wrapped: response.data } };
    },
    (error: unknown) => {
      seen.errors.push(error);
      throw error;
    },
  );
  return seen;
}

const attemptHeaders = () => sim.requests.map((request) => request.headers['x-user-attempt']);

describe('user interceptors registered before withXApi', () => {
  test('run on every attempt, request and response side', async () => {
    sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'ok']);
    const api = axios.create({ baseURL: sim.url });
    const seen = userInterceptors(api);
    withXApi(api, { retry: fastRetry });

    const response: AxiosResponse = await api.get('/2/users/me');

    expect(seen.requests).toBe(3);
    expect(attemptHeaders()).toEqual(['1', '2', '3']);
    // The response side sits between the network and us: the two 503s reach its error handler.
    expect(seen.errors).toHaveLength(2);
    expect(seen.responses).toEqual([200]);
    expect(response.data.wrapped.data.id).toEqual(expect.any(String));
  });
});

describe('user interceptors registered after withXApi', () => {
  test('run their request side on every attempt and their response side once, on the final response', async () => {
    sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'ok']);
    const api = withXApi(axios.create({ baseURL: sim.url }), { retry: fastRetry });
    const seen = userInterceptors(api);

    const response: AxiosResponse = await api.get('/2/users/me');

    expect(seen.requests).toBe(3);
    expect(attemptHeaders()).toEqual(['1', '2', '3']);
    expect(seen.responses).toEqual([200]);
    expect(seen.errors).toEqual([]);
    // Transformed exactly once: a second pass would have wrapped it twice.
    expect(response.data.wrapped.data.id).toEqual(expect.any(String));
  });

  test('see a final failure once, as the XApiError', async () => {
    sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'v2/http-503']);
    const api = withXApi(axios.create({ baseURL: sim.url }), { retry: { ...fastRetry, limit: 2 } });
    const seen = userInterceptors(api);

    await expect(api.get('/2/users/me')).rejects.toSatisfy(isXApiError);

    expect(seen.requests).toBe(3);
    expect(seen.responses).toEqual([]);
    expect(seen.errors).toHaveLength(1);
    expect(isXApiError(seen.errors[0])).toBe(true);
  });
});

test('a request interceptor that fails on a retry rejects the request with its own error', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const api = withXApi(axios.create({ baseURL: sim.url }), { retry: fastRetry });
  const refused = new Error('token refresh failed');
  let calls = 0;
  api.interceptors.request.use((config) => {
    calls += 1;
    if (calls > 1) throw refused;
    return config;
  });

  await expect(api.get('/2/users/me')).rejects.toBe(refused);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});
