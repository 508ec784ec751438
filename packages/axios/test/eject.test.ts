import { rejectionOf, useSimulator } from '@xapi-errors/testkit';
import axios, { isAxiosError } from 'axios';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { ejectXApi, isXApiError, withXApi } from '../src/index.ts';
import { fastRetry } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

test('ejectXApi removes what withXApi installed and leaves the other interceptors in place', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const api = axios.create({ baseURL: sim.url });
  const calls: string[] = [];
  api.interceptors.request.use((config) => {
    calls.push('before');
    return config;
  });
  withXApi(api, { retry: fastRetry });
  api.interceptors.request.use((config) => {
    calls.push('after');
    return config;
  });

  expect(ejectXApi(api)).toBe(true);
  const error = await rejectionOf(api.get('/2/users/me'));

  expect(isXApiError(error)).toBe(false);
  expect(isAxiosError(error) && error.response?.status).toBe(503);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
  expect(calls).toEqual(['after', 'before']);
});

test('ejectXApi reports false when there is nothing to remove', () => {
  const api = axios.create();
  expect(ejectXApi(api)).toBe(false);
  withXApi(api);
  expect(ejectXApi(api)).toBe(true);
  expect(ejectXApi(api)).toBe(false);
});

test('calling withXApi again replaces the earlier installation instead of stacking a second one', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const api = withXApi(axios.create({ baseURL: sim.url }), { retry: fastRetry });
  withXApi(api, { retry: false });

  const error = await rejectionOf(api.get('/2/users/me'));

  expect(isXApiError(error) && error.attempts).toBe(1);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});

test('calling withXApi again keeps its place: an interceptor added after the first call still sees only the final outcome', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'ok']);
  const api = withXApi(axios.create({ baseURL: sim.url }), { retry: fastRetry });
  const seen: unknown[] = [];
  api.interceptors.response.use(
    (response) => {
      seen.push(response.status);
      return response;
    },
    (error: unknown) => {
      seen.push(isXApiError(error) ? error.kind : error);
      throw error;
    },
  );
  withXApi(api, { retry: { ...fastRetry, limit: 2 } });

  const response = await api.get('/2/users/me');

  expect(response.status).toBe(200);
  expect(seen).toEqual([200]);
});

test('withXApi after interceptors.clear() installs afresh', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const api = withXApi(axios.create({ baseURL: sim.url }), { retry: fastRetry });
  api.interceptors.request.clear();
  api.interceptors.response.clear();
  withXApi(api, { retry: fastRetry });

  const response = await api.get('/2/users/me');

  expect(response.status).toBe(200);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});

test('after a call whose options are refused, nothing is installed and ejectXApi has nothing to remove', async () => {
  sim.script('GET /2/users/me', ['v2/http-503']);
  const api = withXApi(axios.create({ baseURL: sim.url }), { retry: fastRetry });
  expect(() => withXApi(api, { retry: { limit: -1 } })).toThrow(RangeError);

  const error = await rejectionOf(api.get('/2/users/me'));

  expect(isAxiosError(error) && error.response?.status).toBe(503);
  expect(ejectXApi(api)).toBe(false);
});

test('a request whose retry is sent after ejection settles with that retry, uninterrupted', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const api = withXApi(axios.create({ baseURL: sim.url }), {
    retry: fastRetry,
    onRetry: () => ejectXApi(api),
  });

  const response = await api.get('/2/users/me');

  expect(response.status).toBe(200);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});
