import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { type ErrorEvent, withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

// A reset ten seconds ahead: a wait the caller's abort must cut short.
const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { scriptedResetMs: 10_000 });

// Guards against: the caller's signal not given to the retry loop. The request still
// rejects with the reason, but only once the wait is over (here 10 s; a real reset: up to 15 min).
test('aborting during a retry wait rejects at once, not when the wait would have ended', async () => {
  sim.script('GET /2/users/me', ['v2/rate-limit-exceeded', 'ok']);
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  const api = withXApi(createKy(sim.url, { timeout: false }), {
    onRetry: () => setTimeout(() => controller.abort(reason), 20),
  });
  const started = Date.now();

  const outcome = await api
    .get('2/users/me', { signal: controller.signal })
    .catch((caught: unknown) => caught);

  expect(outcome).toBe(reason);
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});

// Likewise: the pacer's hold is a wait of the loop.
test('aborting while the pacer holds a request back rejects at once', async () => {
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  const api = withXApi(createKy(sim.url, { headers: { ApiKey: 'abort-key' }, timeout: false }), {
    pacer: { perWindow: 1, windowMs: 10_000 },
  });
  await api.get('v3/users/first');
  const started = Date.now();

  const held = api.get('v3/users/second', { signal: controller.signal }).catch((caught: unknown) => caught);
  setTimeout(() => controller.abort(reason), 20);

  expect(await held).toBe(reason);
  expect(Date.now() - started).toBeLessThan(2_000);
  expect(sim.requestCount()).toBe(1);
});

// Guards against: ky's timeout replaces the caller's smaller retry.maxTotalMs instead of
// capping it, so with ky's default 10 s timeout `maxTotalMs` is ignored.
test("retry.maxTotalMs still bounds the loop when ky's timeout is longer", async () => {
  sim.script('GET /2/users/me', [
    { status: 429, headers: { 'retry-after': '3' }, body: { title: 'Too Many Requests', status: 429 } },
    'ok',
  ]);
  const errors: ErrorEvent[] = [];
  // ky's default timeout (10 s) stays in force.
  const api = withXApi(createKy(sim.url), {
    retry: { maxTotalMs: 1_000 },
    onError: (event) => errors.push(event),
  });

  const error = await api.get('2/users/me').catch((caught: unknown) => caught);

  expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3_000 });
  expect(errors.map((event) => event.reason)).toEqual(['exceeds-max-total']);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});
