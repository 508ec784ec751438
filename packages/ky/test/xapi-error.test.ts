import { useSimulator } from '@xapi-errors/testkit';
import { HTTPError } from 'ky';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { getClassification, isXApiError, withXApi, XApiError } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';
import { kyMajor } from './support/ky-major.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

function api() {
  return withXApi(createKy(sim.url), { retry: false });
}

async function failure(promise: Promise<unknown>): Promise<XApiError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!isXApiError(error)) throw new Error(`expected an XApiError, got ${String(error)}`);
  return error;
}

test("a non-2xx rejects with an XApiError whose cause is ky's HTTPError", async () => {
  sim.script('GET /2/users/me', ['v2/http-503']);

  const error = await failure(api().get('2/users/me'));

  expect(error).toBeInstanceOf(XApiError);
  expect(error.cause).toBeInstanceOf(HTTPError);
  const cause = error.cause as HTTPError;
  expect(cause.response.status).toBe(503);
  if (kyMajor === 1) {
    expect(error.response).toBe(cause.response);
  } else {
    // ky 2 reads the body of the response it wraps into `HTTPError.data`; the error keeps an unread copy.
    expect(cause.response.bodyUsed).toBe(true);
    expect(Reflect.get(cause, 'data')).toMatchObject({ title: 'Service Unavailable', status: 503 });
    expect(error.response).not.toBe(cause.response);
    expect(error.response).toMatchObject({ status: 503, bodyUsed: false });
  }
  expect(error.request).toEqual({ method: 'GET', url: `${sim.url}/2/users/me` });
  expect(error.classification.entry?.id).toBe('v2/http-503');
});

test('the response on the error is unread, and getClassification knows it', async () => {
  sim.script('GET /2/users/me', ['v2/http-503']);

  const error = await failure(api().get('2/users/me'));
  const response = error.response as Response;

  expect(await response.json()).toMatchObject({ title: 'Service Unavailable', status: 503 });
  expect(getClassification(response)).toBe(error.classification);
});

test('an HTML 502 from a proxy is classified, not thrown as a parse error', async () => {
  sim.script('GET /2/users/me', ['html-502']);

  const error = await failure(api().get('2/users/me').json());

  expect(error).toMatchObject({ status: 502, kind: 'server-error', retryable: true });
  expect(await (error.response as Response).text()).toContain('<html>');
});

test('an HTML 502 is retried like any server error', async () => {
  sim.script('GET /2/users/me', ['html-502', 'ok']);
  const retrying = withXApi(createKy(sim.url), { retry: { baseDelayMs: 5 } });

  const body = await retrying.get('2/users/me').json<{ data: { id: string } }>();

  expect(body.data.id).toMatch(/^\d+$/);
  expect(sim.requestCount('GET /2/users/me')).toBe(2);
});

test('a 200 with truncated JSON rejects with a classification, not a SyntaxError', async () => {
  sim.script('GET /2/users/me', ['truncated-json']);

  const error = await failure(api().get('2/users/me').json());

  expect(error).toMatchObject({ status: 200, kind: 'unknown', retryable: false });
  expect(error.cause).toBeUndefined();
  const text = await (error.response as Response).text();
  expect(() => JSON.parse(text)).toThrow(SyntaxError);
});

test('a 200 carrying only errors (no data) rejects with the error it carries', async () => {
  sim.script('GET /2/users/by/username/:name', [
    {
      status: 200,
      body: {
        errors: [
          {
            value: 'nobody',
            detail: 'Could not find user with username: [nobody].',
            title: 'Not Found Error',
            resource_type: 'user',
            parameter: 'username',
            resource_id: 'nobody',
            type: 'https://api.twitter.com/2/problems/resource-not-found',
          },
        ],
      },
    },
  ]);

  const error = await failure(api().get('2/users/by/username/nobody'));

  expect(error).toMatchObject({ status: 200, kind: 'not-found' });
  expect(error.classification.problems[0]).toMatchObject({ resourceType: 'user', resourceId: 'nobody' });
});

test('toJSON carries the classification and the attempts', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503']);
  const retrying = withXApi(createKy(sim.url), { retry: { baseDelayMs: 5, limit: 1 } });

  const error = await failure(retrying.get('2/users/me'));

  expect(JSON.parse(JSON.stringify(error))).toMatchObject({
    name: 'XApiError',
    status: 503,
    kind: 'unavailable',
    attempts: 2,
    request: { method: 'GET', url: `${sim.url}/2/users/me` },
  });
});
