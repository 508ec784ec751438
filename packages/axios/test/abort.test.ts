import { rejectionOf, useSimulator } from '@xapi-errors/testkit';
import { isCancel } from 'axios';
import { afterAll, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

/** A backoff of about 30 s: the test would time out long before such a wait ends on its own. */
const longWait = { baseDelayMs: 30_000, capDelayMs: 30_000, random: () => 0.99 };

test('aborting during a retry wait rejects with the abort reason at once and sends nothing more', async () => {
  sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
  const controller = new AbortController();
  const reason = new Error('the caller gave up');
  const api = xapiClient(sim.url, {
    retry: longWait,
    onRetry: () => setTimeout(() => controller.abort(reason), 20),
  });

  const error = await rejectionOf(api.get('/2/users/me', { signal: controller.signal }));

  expect(error).toBe(reason);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});

test('aborting while the pacer holds a request back rejects with the reason before it is sent', async () => {
  const api = xapiClient(sim.url, { pacer: { perWindow: 1, windowMs: 60_000 } });
  const headers = { ApiKey: 'paced-key' };
  await api.get('/v3/info', { headers });
  const controller = new AbortController();
  const reason = new Error('not worth the wait');

  const pending = rejectionOf(api.get('/v3/info', { headers, signal: controller.signal }));
  setTimeout(() => controller.abort(reason), 20);

  expect(await pending).toBe(reason);
  expect(sim.requestCount()).toBe(1);
});

test('an already aborted signal rejects without sending', async () => {
  const api = xapiClient(sim.url);
  const reason = new Error('aborted up front');

  const error = await rejectionOf(api.get('/2/users/me', { signal: AbortSignal.abort(reason) }));

  expect(error).toBe(reason);
  expect(sim.requestCount()).toBe(0);
});

test('aborting a request in flight gives axios its own cancellation, without a retry', async () => {
  sim.script('GET /2/users/me', ['hang', 'ok']);
  const controller = new AbortController();
  const api = xapiClient(sim.url, { retry: { baseDelayMs: 1, capDelayMs: 5 } });

  const pending = rejectionOf(api.get('/2/users/me', { signal: controller.signal }));
  await vi.waitFor(() => expect(sim.requestCount('GET /2/users/me')).toBe(1));
  controller.abort();

  expect(isCancel(await pending)).toBe(true);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});
