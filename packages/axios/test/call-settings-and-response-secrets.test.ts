import { useSimulator, xapiErrorOf } from '@xapi-errors/testkit';
import axios, { isAxiosError } from 'axios';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type RetryEvent, withXApi } from '../src/index.ts';
import { fastRetry, xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { scriptedResetMs: 0 });

// Guards against: a retry re-sent without the headers the call itself was given
// (the instance's defaults are merged back in by axios, so only per-call ones are lost).
test("a retry carries the call's own headers, not only the instance's", async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const api = withXApi(axios.create({ baseURL: sim.url, headers: { 'x-instance': 'kept' } }), {
    retry: fastRetry,
  });

  const response = await api.get('/2/users/me', {
    headers: { authorization: 'Bearer per-call-token', 'x-trace-id': 'trace-1' },
  });

  expect(response.status).toBe(200);
  expect(
    sim.requests.map(({ headers }) => [
      headers['authorization'],
      headers['x-trace-id'],
      headers['x-instance'],
    ]),
  ).toEqual([
    ['Bearer per-call-token', 'trace-1', 'kept'],
    ['Bearer per-call-token', 'trace-1', 'kept'],
  ]);
});

// Guards against: the `dialect` option ignored, so a proxy path is classified without
// the catalogue the caller chose.
test('behind a proxy path the dialect option picks the catalogue to match against', async () => {
  sim.script('GET /proxy/users/me', [{ status: 503, headers: { 'content-type': 'text/plain' }, body: '' }]);
  const api = xapiClient(sim.url, { retry: false, dialect: 'v2' });

  const error = await xapiErrorOf(api.get('/proxy/users/me'));

  expect(error.classification.dialect).toBe('v2');
  expect(error.classification.entry?.id).toBe('v2/http-503');
});

// Guards against: `maxRedirects` exceeded taken for a network failure and retried.
test('maxRedirects exceeded rejects with the axios error at once, unretried, as plain axios does', async () => {
  const loop = { status: 302, headers: { location: '/2/users/me' }, body: '' } as const;
  sim.script(
    'GET /2/users/me',
    Array.from({ length: 12 }, () => loop),
  );
  const retries: RetryEvent[] = [];
  const api = withXApi(axios.create({ baseURL: sim.url, maxRedirects: 1 }), {
    retry: fastRetry,
    onRetry: (event) => retries.push(event),
  });

  const error = await api.get('/2/users/me').then(
    () => undefined,
    (rejected: unknown) => rejected,
  );

  expect(isAxiosError(error) && error.code).toBe('ERR_FR_TOO_MANY_REDIRECTS');
  expect(retries).toEqual([]);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});

// Guards against: the response headers kept on the XApiError no longer redacted, so a
// session cookie the API (or a proxy) sets ends up in every log of the error.
test("a credential in the response's headers (set-cookie) is redacted on the error's response copy", async () => {
  const cookie = 'CANARY-SETCOOKIE-2b9d71';
  sim.script('GET /2/users/me', [
    {
      status: 401,
      headers: { 'set-cookie': `auth_token=${cookie}; Path=/; HttpOnly`, 'x-guest-token': cookie },
      body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' },
    },
  ]);
  const api = xapiClient(sim.url, { retry: false });

  const error = await xapiErrorOf(api.get('/2/users/me'));

  expect(error.status).toBe(401);
  expect(JSON.stringify(error.response)).not.toContain(cookie);
  expect(JSON.stringify(error)).not.toContain(cookie);
});
