import { useSimulator } from '@xapi-errors/testkit';
import { HTTPError } from 'ky';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type Classification, getClassification, isXApiError, withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';
import { afterResponse, beforeError, beforeRequest } from './support/ky-hooks.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

test("the extended instance keeps the user's prefix (prefixUrl in ky 1) and headers", async () => {
  const api = withXApi(createKy(`${sim.url}/2`, { headers: { 'x-client': 'demo' } }));

  await api.get('users/me', { headers: { 'x-call': 'one' } });

  expect(
    sim.requests.map(({ method, path, headers }) => [method, path, headers['x-client'], headers['x-call']]),
  ).toEqual([['GET', '/2/users/me', 'demo', 'one']]);
});

test("the user's own ky hooks still run, and beforeError sees ky's HTTPError", async () => {
  sim.script('GET /2/users/me', ['v2/http-503']);
  const seen: string[] = [];
  const base = createKy(sim.url, {
    hooks: {
      beforeRequest: [beforeRequest((request) => void seen.push(`beforeRequest ${request.method}`))],
      afterResponse: [afterResponse((response) => void seen.push(`afterResponse ${response.status}`))],
      beforeError: [beforeError((error) => void seen.push(`beforeError ${error instanceof HTTPError}`))],
    },
  });
  const api = withXApi(base, { retry: false });

  const error = await api.get('2/users/me').catch((caught: unknown) => caught);

  expect(isXApiError(error)).toBe(true);
  expect(seen).toEqual(['beforeRequest GET', 'afterResponse 503', 'beforeError true']);
});

test('afterResponse hooks can read the classification from the clone ky gives them', async () => {
  const classifications: (Classification | undefined)[] = [];
  const api = withXApi(
    createKy(sim.url, {
      hooks: {
        afterResponse: [afterResponse((response) => void classifications.push(getClassification(response)))],
      },
    }),
  );

  await api.get('2/users/me');

  expect(classifications).toHaveLength(1);
  expect(classifications[0]).toMatchObject({ ok: true, status: 200, dialect: 'v2' });
});

test('a hook that returns the clone it was given keeps the classification on the final response', async () => {
  sim.script('GET /2/users/me', ['v2/http-503']);
  const api = withXApi(
    createKy(sim.url, { hooks: { afterResponse: [afterResponse((response) => response)] } }),
    { retry: false },
  );

  const error = await api.get('2/users/me').catch((caught: unknown) => caught);

  expect(error).toMatchObject({ kind: 'unavailable', status: 503 });
});

test("the user's own fetch is the one that sends every attempt", async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const sent: string[] = [];
  const api = withXApi(
    createKy(sim.url, {
      fetch: (input, init) => {
        sent.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    }),
    { retry: { baseDelayMs: 5 } },
  );

  await api.get('2/users/me');

  expect(sent).toEqual([`${sim.url}/2/users/me`, `${sim.url}/2/users/me`]);
});

test('with throwHttpErrors: false the final non-2xx resolves, retried and classified', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-500']);
  const api = withXApi(createKy(sim.url, { throwHttpErrors: false }), {
    retry: { baseDelayMs: 5, limit: 1 },
  });

  const response = await api.get('2/users/me');

  expect(response.status).toBe(500);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
  expect(getClassification(response)).toMatchObject({ ok: false, kind: 'server-error' });
});

test("a 304 resolves, as through the other adapters, instead of rejecting with ky's raw HTTPError", async () => {
  sim.script('GET /1.1/statuses/home_timeline.json', ['v1.1/http-304']);
  const api = withXApi(createKy(sim.url));

  const response = await api.get('1.1/statuses/home_timeline.json?access_token=CANARY304', {
    headers: { 'if-none-match': '"v1"' },
  });

  expect(response.status).toBe(304);
  expect(getClassification(response)).toMatchObject({ ok: true, status: 304 });
});

test('a throwHttpErrors function of the instance still decides every other status', async () => {
  sim.script('GET /2/users/me', ['v2/http-404']);
  const api = withXApi(createKy(sim.url, { throwHttpErrors: (status) => status !== 404 }));

  const response = await api.get('2/users/me');

  expect(response.status).toBe(404);
  expect(getClassification(response)).toMatchObject({ ok: false, kind: 'not-found' });
});

test("ky's own retry stays off even when a later extend raises its limit", async () => {
  sim.script('GET /2/users/me', ['v2/http-500', 'ok']);
  const api = withXApi(createKy(sim.url), { retry: false }).extend({ retry: { limit: 3 } });

  await expect(api.get('2/users/me')).rejects.toMatchObject({ kind: 'server-error' });
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});

test('withXApi on an instance that came from withXApi replaces its retry loop instead of nesting a second one', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'v2/http-503', 'v2/http-503', 'v2/http-503']);
  const first = withXApi(createKy(sim.url), { retry: { limit: 3, baseDelayMs: 1, capDelayMs: 2 } });
  const again = withXApi(first, { retry: { limit: 1, baseDelayMs: 1, capDelayMs: 2 } });

  const error = await again.get('2/users/me').then(
    () => undefined,
    (rejected: unknown) => rejected,
  );

  expect(isXApiError(error) && [error.kind, error.attempts]).toEqual(['unavailable', 2]);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});
