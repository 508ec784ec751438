import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { scriptedResetMs: 10_000 });

test('aborting during a retry wait rejects with the abort reason and sends nothing more', async () => {
  sim.script('GET /2/users/me', ['v2/rate-limit-exceeded', 'ok']);
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  const api = withXApi(createKy(sim.url, { timeout: false }), {
    onRetry: () => setTimeout(() => controller.abort(reason), 20),
  });

  const outcome = await api
    .get('2/users/me', { signal: controller.signal })
    .catch((caught: unknown) => caught);

  expect(outcome).toBe(reason);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});

test('aborting while the pacer holds a request back rejects with the reason before it is sent', async () => {
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  const api = withXApi(createKy(sim.url, { headers: { ApiKey: 'abort-key' }, timeout: false }), {
    pacer: { perWindow: 1, windowMs: 10_000 },
  });
  await api.get('v3/users/first');

  const held = api.get('v3/users/second', { signal: controller.signal }).catch((caught: unknown) => caught);
  setTimeout(() => controller.abort(reason), 20);

  expect(await held).toBe(reason);
  expect(sim.requestCount()).toBe(1);
});

test('aborting while a response is awaited rejects with the reason and is not retried', async () => {
  sim.script('GET /2/users/me', ['hang', 'ok']);
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  const api = withXApi(createKy(sim.url, { timeout: false }));

  const pending = api.get('2/users/me', { signal: controller.signal }).catch((caught: unknown) => caught);
  while (sim.requestCount() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  controller.abort(reason);

  expect(await pending).toBe(reason);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});
