import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { closedPort } from '@xapi-errors/vitest-config/closed-port';
import axios, { isAxiosError } from 'axios';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type RetryEvent, withXApi } from '../src/index.ts';
import { fastRetry, xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

test('a refused connection is a network error, retried for GET up to the limit', async () => {
  const retries: RetryEvent[] = [];
  const api = xapiClient(`http://127.0.0.1:${await closedPort()}`, {
    retry: { ...fastRetry, limit: 2 },
    onRetry: (event) => retries.push(event),
  });

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(error.kind).toBe('network');
  expect(error.status).toBe(0);
  expect(error.attempts).toBe(3);
  expect(error.message).toContain('ECONNREFUSED');
  expect(isAxiosError(error.cause) && error.cause.code).toBe('ECONNREFUSED');
  expect(retries.map((event) => event.classification.kind)).toEqual(['network', 'network']);
});

test("with axios's fetch adapter, a refused connection names the socket's code, not axios's ERR_NETWORK", async () => {
  const api = withXApi(
    axios.create({ baseURL: `http://127.0.0.1:${await closedPort()}`, adapter: 'fetch' }),
    {
      retry: false,
    },
  );

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(error.kind).toBe('network');
  expect(error.classification.processed).toBe(false);
  expect(isAxiosError(error.cause) && error.cause.code).toBe('ERR_NETWORK');
  expect(error.message).toMatch(/^network: ECONNREFUSED \(GET http:\/\/127\.0\.0\.1:\d+\/2\/users\/me\)$/);
});

test('a refused connection is retried for POST too: no connection was made, so nothing was sent', async () => {
  const api = xapiClient(`http://127.0.0.1:${await closedPort()}`, { retry: { ...fastRetry, limit: 2 } });

  const error = await xapiErrorOf(api.post('/2/tweets', { text: 'hi' }));

  expect(error.kind).toBe('network');
  expect(error.classification.processed).toBe(false);
  expect(error.attempts).toBe(3);
});

test('a connection reset before the response is retried for GET and then succeeds', async () => {
  sim.script('GET /2/users/me', ['reset', 'ok']);
  const api = xapiClient(sim.url, { retry: fastRetry });

  const response = await api.get('/2/users/me');

  expect(response.status).toBe(200);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});

test('a connection reset halfway through the body is retried for GET and then succeeds', async () => {
  sim.script('GET /2/users/me', ['reset-mid-body', 'ok']);
  const retries: RetryEvent[] = [];
  const api = xapiClient(sim.url, { retry: fastRetry, onRetry: (event) => retries.push(event) });

  const response = await api.get('/2/users/me');

  expect(response.status).toBe(200);
  expect(retries.map((event) => event.classification.kind)).toEqual(['network']);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});

test('a connection reset on a POST rejects after one request', async () => {
  sim.script('POST /2/tweets', ['reset', 'ok']);
  const api = xapiClient(sim.url, { retry: fastRetry });

  const error = await xapiErrorOf(api.post('/2/tweets', { text: 'hi' }));

  expect(error.kind).toBe('network');
  expect(error.attempts).toBe(1);
  expect(sim.requestCount('POST /2/tweets')).toBe(1);
});

test("axios's own timeout is classified as a timeout and retried for GET", async () => {
  sim.script('GET /2/users/me', ['hang', 'ok']);
  const retries: RetryEvent[] = [];
  const api = xapiClient(sim.url, { retry: fastRetry, onRetry: (event) => retries.push(event) });

  const response = await api.get('/2/users/me', { timeout: 500 });

  expect(response.status).toBe(200);
  expect(retries.map((event) => event.classification.kind)).toEqual(['timeout']);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});
