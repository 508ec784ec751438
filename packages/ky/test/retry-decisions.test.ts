import { startSimulator, useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type ErrorEvent, isXApiError, type RetryEvent, withXApi, XApiError } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';
import { kyMajor } from './support/ky-major.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { scriptedResetMs: 200 });

const fastBackoff = { baseDelayMs: 5 };

describe('transient failures', () => {
  test('503, 503, then 200 succeeds on the third attempt', async () => {
    sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'ok']);
    const retries: RetryEvent[] = [];
    const api = withXApi(createKy(sim.url), {
      retry: fastBackoff,
      onRetry: (event) => retries.push(event),
    });

    const body = await api.get('2/users/me').json<{ data: { id: string } }>();

    expect(body.data.id).toMatch(/^\d+$/);
    expect(sim.requestCount('GET /2/users/me')).toBe(3);
    expect(retries.map((event) => [event.attempt, event.classification.kind, event.reason])).toEqual([
      [1, 'unavailable', 'backoff'],
      [2, 'unavailable', 'backoff'],
    ]);
  });

  test('gives up after retry.limit retries and reports the attempts', async () => {
    sim.script('GET /2/users/me', ['v2/http-503', 'v2/http-503', 'v2/http-503', 'ok']);
    const api = withXApi(createKy(sim.url), { retry: { ...fastBackoff, limit: 2 } });

    const error = await api.get('2/users/me').catch((caught: unknown) => caught);

    expect(isXApiError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'unavailable', status: 503, attempts: 3 });
    expect(sim.requestCount('GET /2/users/me')).toBe(3);
  });

  test('a connection reset is retried for GET', async () => {
    sim.script('GET /2/users/me', ['reset', 'ok']);
    const api = withXApi(createKy(sim.url), { retry: fastBackoff });

    const response = await api.get('2/users/me');

    expect(response.status).toBe(200);
    expect(sim.requestCount('GET /2/users/me')).toBe(2);
  });

  test('a body cut off by a reset is a network failure, retried for GET', async () => {
    sim.script('GET /2/users/me', ['reset-mid-body', 'ok']);
    const retries: RetryEvent[] = [];
    const api = withXApi(createKy(sim.url), {
      retry: fastBackoff,
      onRetry: (event) => retries.push(event),
    });

    const body = await api.get('2/users/me').json<{ data: { id: string } }>();

    expect(body.data.id).toMatch(/^\d+$/);
    expect(retries.map((event) => event.classification.kind)).toEqual(['network']);
  });

  test('retry: false sends exactly one request', async () => {
    sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
    const api = withXApi(createKy(sim.url), { retry: false });

    await expect(api.get('2/users/me')).rejects.toMatchObject({ kind: 'unavailable', attempts: 1 });
    expect(sim.requestCount('GET /2/users/me')).toBe(1);
  });
});

describe('methods', () => {
  test('POST on 500 is not retried: the API may have acted on it', async () => {
    sim.script('POST /2/tweets', ['v2/http-500', 'ok']);
    const api = withXApi(createKy(sim.url), { retry: fastBackoff });

    const error = await api.post('2/tweets', { json: { text: 'hello' } }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(XApiError);
    expect(error).toMatchObject({ kind: 'server-error', status: 500, attempts: 1 });
    expect(sim.requestCount('POST /2/tweets')).toBe(1);
  });

  test('POST on 429 is retried with the same body after the reset', async () => {
    sim.script('POST /2/tweets', ['v2/http-429', 'ok']);
    const retries: RetryEvent[] = [];
    const api = withXApi(createKy(sim.url), { onRetry: (event) => retries.push(event) });

    const response = await api.post('2/tweets', { json: { text: 'hello' } });

    expect(response.status).toBe(201);
    expect(sim.requestCount('POST /2/tweets')).toBe(2);
    expect(sim.requests.map((request) => request.body)).toEqual(['{"text":"hello"}', '{"text":"hello"}']);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ reason: 'server-timing', classification: { kind: 'rate-limited' } });
  });

  test('a streamed request body is resent whole on retry', async () => {
    sim.script('POST /2/tweets', ['v2/http-429', 'ok']);
    const api = withXApi(createKy(sim.url));
    const chunks = ['{"text":', '"streamed"}'];
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const chunk = chunks.shift();
        if (chunk === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(chunk));
      },
    });

    const response = await api.post('2/tweets', { body, headers: { 'content-type': 'application/json' } });

    expect(response.status).toBe(201);
    expect(sim.requests.map((request) => request.body)).toEqual([
      '{"text":"streamed"}',
      '{"text":"streamed"}',
    ]);
  });

  test('POST on a connection reset is not retried', async () => {
    sim.script('POST /2/tweets', ['reset', 'ok']);
    const api = withXApi(createKy(sim.url), { retry: fastBackoff });

    const error = await api.post('2/tweets', { json: { text: 'hello' } }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ kind: 'network', status: 0, attempts: 1 });
    expect((error as XApiError).cause).toBeInstanceOf(TypeError);
    expect(sim.requestCount('POST /2/tweets')).toBe(1);
  });
});

describe('limits that must not be waited out', () => {
  test('a usage cap rejects after exactly one request', async () => {
    const capped = await startSimulator({ usageCap: { limit: 0 } });
    try {
      const errors: ErrorEvent[] = [];
      const api = withXApi(createKy(capped.url), { onError: (event) => errors.push(event) });

      const error = await api.get('2/users/me').catch((caught: unknown) => caught);

      expect(error).toMatchObject({ kind: 'usage-capped', status: 429, retryable: false, attempts: 1 });
      expect(capped.requestCount()).toBe(1);
      expect(errors.map((event) => event.reason)).toEqual(['not-retryable']);
    } finally {
      await capped.close();
    }
  });

  test('a wait longer than maxDelayMs rejects at once instead of sleeping', async () => {
    sim.script('GET /2/users/me', [
      { status: 429, headers: { 'retry-after': '30' }, body: { title: 'Too Many Requests', status: 429 } },
      'ok',
    ]);
    const errors: ErrorEvent[] = [];
    const api = withXApi(createKy(sim.url), {
      retry: { maxDelayMs: 1000 },
      onError: (event) => errors.push(event),
    });

    const error = await api.get('2/users/me').catch((caught: unknown) => caught);

    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 30_000, attempts: 1 });
    expect(errors.map((event) => event.reason)).toEqual(['exceeds-max-delay']);
    expect(sim.requestCount('GET /2/users/me')).toBe(1);
  });

  test("a wait that would outlast ky's timeout rejects with the classification, not ky's TimeoutError", async () => {
    sim.script('GET /2/users/me', [
      { status: 429, headers: { 'retry-after': '5' }, body: { title: 'Too Many Requests', status: 429 } },
      'ok',
    ]);
    const errors: ErrorEvent[] = [];
    const api = withXApi(createKy(sim.url, { timeout: 2000 }), {
      onError: (event) => errors.push(event),
    });

    const error = await api.get('2/users/me').catch((caught: unknown) => caught);

    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 5000 });
    expect(errors.map((event) => event.reason)).toEqual(['exceeds-max-total']);
    expect(sim.requestCount('GET /2/users/me')).toBe(1);
  });

  test('a timeout passed with the call counts like one on the instance', async () => {
    sim.script('GET /2/users/me', [
      { status: 429, headers: { 'retry-after': '5' }, body: { title: 'Too Many Requests', status: 429 } },
      'ok',
    ]);
    const errors: ErrorEvent[] = [];
    const api = withXApi(createKy(sim.url, { timeout: false }), { onError: (event) => errors.push(event) });

    const error = await api.get('2/users/me', { timeout: 2000 }).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 5000 });
    expect(errors.map((event) => event.reason)).toEqual(['exceeds-max-total']);
    expect(sim.requestCount('GET /2/users/me')).toBe(1);
  });

  test.runIf(kyMajor === 2)(
    "a wait that would outlast ky 2's totalTimeout rejects with the classification",
    async () => {
      sim.script('GET /2/users/me', [
        { status: 429, headers: { 'retry-after': '5' }, body: { title: 'Too Many Requests', status: 429 } },
        'ok',
      ]);
      const errors: ErrorEvent[] = [];
      // ky 1's types have no `totalTimeout`.
      const ky2Options = { totalTimeout: 2000 };
      const api = withXApi(createKy(sim.url, { timeout: false, ...ky2Options }), {
        onError: (event) => errors.push(event),
      });

      const error = await api.get('2/users/me').catch((caught: unknown) => caught);

      expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 5000 });
      expect(errors.map((event) => event.reason)).toEqual(['exceeds-max-total']);
      expect(sim.requestCount('GET /2/users/me')).toBe(1);
    },
  );
});
