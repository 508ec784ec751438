import { rejectionOf, useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { isAxiosError } from 'axios';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import type { XApiAxiosResponse } from '../src/index.ts';
import { fastRetry, xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

test('an HTML 502 page from a proxy is classified, with the page kept as text', async () => {
  sim.script('GET /2/users/me', ['html-502']);
  const api = xapiClient(sim.url, { retry: false });

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(error.status).toBe(502);
  expect(error.kind).toBe('server-error');
  expect(error.retryable).toBe(true);
  expect((error.response as XApiAxiosResponse).data).toEqual(expect.stringContaining('<html>'));
});

test('an HTML 502 is retried like any transient failure', async () => {
  sim.script('GET /2/users/me', ['html-502', 'ok']);
  const api = xapiClient(sim.url, { retry: fastRetry });

  const response = await api.get('/2/users/me');

  expect(response.status).toBe(200);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});

test('a 200 whose JSON is cut in half is classified instead of throwing a parse error', async () => {
  sim.script('GET /2/users/me', ['truncated-json']);
  const api = xapiClient(sim.url, { retry: fastRetry });

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(error.status).toBe(200);
  expect(error.kind).toBe('unknown');
  const { data } = error.response as XApiAxiosResponse;
  expect(typeof data).toBe('string');
  expect(() => JSON.parse(data as string)).toThrow(SyntaxError);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});

test('an error status with truncated JSON is classified from its status', async () => {
  sim.script('GET /2/users/me', [
    { status: 503, headers: { 'content-type': 'application/json' }, body: '{"title":"Service Unava' },
  ]);
  const api = xapiClient(sim.url, { retry: false });

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(error.status).toBe(503);
  expect(error.kind).toBe('unavailable');
  expect((error.response as XApiAxiosResponse).data).toBe('{"title":"Service Unava');
});

test("a 2xx the caller's own validateStatus refuses keeps axios's error", async () => {
  const api = xapiClient(sim.url, { retry: fastRetry });

  const error = await rejectionOf(
    api.post('/2/tweets', { text: 'hi' }, { validateStatus: (status) => status === 200 }),
  );

  expect(isAxiosError(error) && error.response?.status).toBe(201);
  expect(sim.requestCount('POST /2/tweets')).toBe(1);
});

test('a non-2xx that validateStatus accepts still rejects with an XApiError', async () => {
  sim.script('GET /2/users/me', ['v2/http-401']);
  const api = xapiClient(sim.url, { retry: fastRetry });

  const error = await xapiErrorOf(api.get('/2/users/me', { validateStatus: () => true }));

  expect(error.status).toBe(401);
  expect(error.kind).toBe('authentication');
});
