import { createRetryBudget } from '@xapi-errors/core';
import { rejectionOf, useSimulator } from '@xapi-errors/testkit';
import { closedPort } from '@xapi-errors/vitest-config/closed-port';
import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { isXApiError, withXApi } from '../src/index.ts';
import { fastRetry } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

test('invalid request headers reject with fetch’s TypeError at once, not as a network failure to retry', async () => {
  const xfetch = withXApi(fetch, { retry: fastRetry });

  const error = await rejectionOf(xfetch(`${sim.url}/2/users/me`, { headers: { 'x-note': 'line\nbreak' } }));

  expect(error).toBeInstanceOf(TypeError);
  expect(isXApiError(error)).toBe(false);
  expect(sim.requests).toHaveLength(0);
});

test('the TypeError does not quote the refused header value, which may be a credential', async () => {
  const xfetch = withXApi(fetch, { retry: fastRetry });
  const token = 'Bearer CANARYheader42\nx';

  const fromInit = await rejectionOf(xfetch(`${sim.url}/2/users/me`, { headers: { authorization: token } }));
  const fromRequest = await rejectionOf(
    xfetch(new Request(`${sim.url}/2/users/me`), { headers: { authorization: token } }),
  );

  // Sorsa requests are paced by their key, so their headers are read before anything is sent.
  const paced = await rejectionOf(xfetch(`${sim.url}/v3/info`, { headers: { ApiKey: 'CANARYheader42\nx' } }));

  for (const error of [fromInit, fromRequest, paced]) {
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toContain('a header value is invalid');
    expect(String(error)).not.toContain('CANARYheader42');
  }
  expect(sim.requests).toHaveLength(0);
});

test('headers given as a record, a Headers object or pairs are all sent', async () => {
  const xfetch = withXApi();
  const forms: HeadersInit[] = [
    { 'x-form': 'record' },
    new Headers({ 'x-form': 'headers' }),
    [['x-form', 'pairs']],
  ];

  for (const headers of forms) await (await xfetch(`${sim.url}/2/users/me`, { headers })).json();

  expect(sim.requests.map((request) => request.headers['x-form'])).toEqual(['record', 'headers', 'pairs']);
});

test('a request fetch could never send rejects at once with a TypeError: no retry, no budget spent', async () => {
  const onError = vi.fn();
  const budget = createRetryBudget({ capacity: 10, retryCost: 5 });
  const xfetch = withXApi(fetch, { retry: fastRetry, budget, onError });
  const port = new URL(sim.url).port;
  const calls: [string, RequestInit | undefined][] = [
    [`htp://127.0.0.1:${port}/2/users/me`, undefined],
    [`ftp://127.0.0.1:${port}/2/users/me`, undefined],
    ['not a url at all', undefined],
    [`http://user:CANARYpw42@127.0.0.1:${port}/2/users/me`, undefined],
    [`${sim.url}/2/users/me`, { method: 'BAD METHOD' }],
    [`${sim.url}/2/users/me`, { method: 'GET', body: 'x' }],
    ['http://127.0.0.1:6000/2/users/me?access_token=CANARYtoken42', undefined],
  ];
  for (const [url, init] of calls) {
    const error = await rejectionOf(xfetch(url, init));
    expect(error, url).toBeInstanceOf(TypeError);
    expect(isXApiError(error), url).toBe(false);
    expect(String(error), url).toMatch(/^TypeError: Request could not be built \(/);
    expect(String(error), url).not.toMatch(/CANARY/);
  }
  expect(sim.requests).toHaveLength(0);
  expect(onError).not.toHaveBeenCalled();
  // Nothing spent: a real outage on the same client is still retried.
  expect(budget.available).toBe(10);
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  expect((await xfetch(`${sim.url}/2/users/me`)).status).toBe(200);
});

test('a refused connection stays a network failure, retried', async () => {
  const xfetch = withXApi(fetch, { retry: fastRetry });
  const port = await closedPort();
  const error = await rejectionOf(xfetch(`http://127.0.0.1:${port}/2/users/me`));
  expect(isXApiError(error) && [error.kind, error.attempts]).toEqual(['network', 4]);
});

test('a Request with a body follows a 307 or 308 to its new location, body and all', async () => {
  const xfetch = withXApi(fetch, { retry: fastRetry });
  for (const status of [307, 308]) {
    sim.reset();
    sim.script('POST /2/tweets', [{ status, headers: { location: '/2/tweets/moved' }, body: '' }]);
    const response = await xfetch(
      new Request(`${sim.url}/2/tweets`, { method: 'POST', body: '{"text":"hi"}' }),
    );
    expect(response.status, String(status)).toBe(200);
    expect(sim.requests.map(({ method, path, body }) => [method, path, body])).toEqual([
      ['POST', '/2/tweets', '{"text":"hi"}'],
      ['POST', '/2/tweets/moved', '{"text":"hi"}'],
    ]);
  }
});

test('a failure that may have reached the network is retried whatever the fetcher accepts, even a URL Request would refuse', async () => {
  const failures = [
    new TypeError('fetch failed', { cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }) }),
    new TypeError('fetch failed', {
      cause: Object.assign(new Error('tls'), { code: 'ERR_SSL_WRONG_VERSION_NUMBER' }),
    }),
    new DOMException('The operation was aborted due to timeout', 'TimeoutError'),
  ];
  for (const failure of failures) {
    const xfetch = withXApi(async () => Promise.reject(failure), { retry: fastRetry });
    const error = await rejectionOf(xfetch('users/me'));
    expect(isXApiError(error) && error.attempts, String(failure)).toBe(4);
  }
});

test('a URL that does not parse is not shown at all: its password may hold the / that stopped the parser', async () => {
  const xfetch = withXApi(fetch, { retry: fastRetry });
  const port = new URL(sim.url).port;
  const error = await rejectionOf(xfetch(`http://user:pa/ss-CANARYpw42@127.0.0.1:${port}/2/users/me`));
  expect(String(error)).toMatch(/^TypeError: Request could not be built \(/);
  expect(String(error)).not.toContain('CANARY');
});

test('a path with no base is refused once, shown redacted: it holds no userinfo to hide', async () => {
  const xfetch = withXApi(fetch, { retry: fastRetry });
  const error = await rejectionOf(xfetch('/2/users/me?access_token=CANARYtok42'));
  expect(error).toBeInstanceOf(TypeError);
  expect((error as Error).message).toBe(
    'Request could not be built (Failed to parse URL from /2/users/me?access_token=[REDACTED]): GET /2/users/me?access_token=[REDACTED]',
  );
});

test('a stream body follows a 307 too: it was read into memory once', async () => {
  const xfetch = withXApi(fetch, { retry: fastRetry });
  sim.script('POST /2/tweets', [{ status: 307, headers: { location: '/2/tweets/moved' }, body: '' }]);
  const body = new Blob(['{"text":"hi"}']).stream();
  const response = await xfetch(`${sim.url}/2/tweets`, {
    method: 'POST',
    body,
    duplex: 'half',
  } as RequestInit);
  expect(response.status).toBe(200);
  expect(sim.requests.map(({ path, body: sent }) => [path, sent])).toEqual([
    ['/2/tweets', '{"text":"hi"}'],
    ['/2/tweets/moved', '{"text":"hi"}'],
  ]);
});
