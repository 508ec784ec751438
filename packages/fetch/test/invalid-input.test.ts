import { rejectionOf, useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
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
