import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, withXApi } from '../src/index.ts';
import { fastRetry } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

test('an HTML 502 from a proxy is classified as a server error, with the page still readable', async () => {
  sim.script('GET /2/users/me', ['html-502']);
  const xfetch = withXApi(fetch, { retry: false });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/users/me`));

  expect(error.status).toBe(502);
  expect(error.kind).toBe('server-error');
  expect(error.retryable).toBe(true);
  expect(await (error.response as Response).text()).toMatch(/^<!DOCTYPE html>/);
});

test('an HTML 502 is retried like any transient error', async () => {
  sim.script('GET /2/users/me', ['html-502', 'ok']);
  const xfetch = withXApi(fetch, { retry: fastRetry });

  const response = await xfetch(`${sim.url}/2/users/me`);

  expect(response.status).toBe(200);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});

test('an error body cut in half is classified from its status, not thrown as a parse error', async () => {
  sim.script('GET /2/users/me', [
    {
      status: 503,
      headers: { 'content-type': 'application/problem+json' },
      body: '{"title":"Service Unavailable","detail":"Serv',
    },
  ]);
  const xfetch = withXApi(fetch, { retry: false });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/users/me`));

  expect(error.status).toBe(503);
  expect(error.kind).toBe('unavailable');
  expect(await (error.response as Response).text()).toBe('{"title":"Service Unavailable","detail":"Serv');
});

test('a 200 with truncated JSON rejects as an unknown failure, with the received bytes on the error', async () => {
  sim.script('GET /2/users/me', ['truncated-json']);
  const xfetch = withXApi(fetch, { retry: false });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/users/me`));

  expect(error.status).toBe(200);
  expect(error.kind).toBe('unknown');
  expect(getClassification(error.response as Response)).toBe(error.classification);
  const text = await (error.response as Response).text();
  expect(text.startsWith('{"data"')).toBe(true);
  expect(() => JSON.parse(text)).toThrow(SyntaxError);
});

test('a 200 JSON body containing only errors is not a success', async () => {
  sim.script('GET /2/tweets/:id', ['v2/resource-not-found']);
  const xfetch = withXApi(fetch, { retry: false });

  const error = await xapiErrorOf(xfetch(`${sim.url}/2/tweets/20`));

  expect(error.status).toBe(200);
  expect(error.kind).toBe('not-found');
  expect(error.classification.entry?.id).toBe('v2/resource-not-found');
});
