import { useSimulator } from '@xapi-errors/testkit';
import axios, { isAxiosError } from 'axios';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type ErrorEvent, type RetryEvent, withXApi } from '../src/index.ts';
import { fastRetry } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

/** Runs `call` through an instance with `withXApi`; returns what it rejected with and the hooks' events. */
async function refusal(call: (api: ReturnType<typeof axios.create>) => Promise<unknown>, config = {}) {
  const retries: RetryEvent[] = [];
  const errors: ErrorEvent[] = [];
  const api = withXApi(axios.create({ baseURL: sim.url, ...config }), {
    retry: fastRetry,
    onRetry: (event) => retries.push(event),
    onError: (event) => errors.push(event),
  });
  const error = await call(api).then(
    () => undefined,
    (rejected: unknown) => rejected,
  );
  return { error, retries, errors };
}

test('maxContentLength exceeded rejects with the axios error at once, sent once, as plain axios does', async () => {
  const { error, retries } = await refusal((api) => api.get('/2/users/me'), { maxContentLength: 20 });

  expect(isAxiosError(error) && error.code).toBe('ERR_BAD_RESPONSE');
  expect(isAxiosError(error) && error.message).toBe('maxContentLength size of 20 exceeded');
  expect(retries).toEqual([]);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});

test('an unsupported protocol is never sent, retried or waited on', async () => {
  const { error, retries } = await refusal((api) => api.get('htp://127.0.0.1:9/2/users/me'));

  expect(isAxiosError(error) && error.code).toBe('ERR_BAD_REQUEST');
  expect(retries).toEqual([]);
});

test('a paced Sorsa request refused by maxBodyLength is not retried either', async () => {
  const { error, retries } = await refusal(
    (api) => api.post('/v3/search-tweets', { query: 'x'.repeat(200) }, { headers: { ApiKey: 'key-1' } }),
    { maxBodyLength: 50 },
  );

  expect(isAxiosError(error) && error.code).toBe('ERR_BAD_REQUEST');
  expect(retries).toEqual([]);
});

test('a refused connection is still a network failure, retried', async () => {
  const { error, retries } = await refusal((api) => api.get('http://127.0.0.1:9/2/users/me'));

  expect(isAxiosError(error)).toBe(false);
  expect(retries.map((event) => event.classification.kind)).toEqual(['network', 'network', 'network']);
});

test('strict JSON parsing that refuses a cut-off 2xx body rejects with the axios error, as plain axios does', async () => {
  sim.script('GET /2/users/me', ['truncated-json']);
  const { error, retries } = await refusal((api) => api.get('/2/users/me'), {
    transitional: { silentJSONParsing: false },
    responseType: 'json',
  });

  // axios 1.7 attaches no response to this error; later versions attach the 200.
  expect(isAxiosError(error) && error.code).toBe('ERR_BAD_RESPONSE');
  expect(isAxiosError(error) && error.cause).toBeInstanceOf(SyntaxError);
  expect(retries).toEqual([]);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});
