import { rejectionOf, useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { isXApiError, withXApi } from '../src/index.ts';

// A 429 reset a minute ahead: a wait that would outlast the test time-out if abort did not cut it.
const sim = useSimulator({ beforeAll, beforeEach, afterAll }, { scriptedResetMs: 55_000 });

test('aborting during a retry wait rejects with the abort reason and sends nothing more', async () => {
  sim.script('GET /2/users/me', ['v2/http-429', 'ok']);
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  const xfetch = withXApi(fetch, { onRetry: () => controller.abort(reason) });

  const error = await rejectionOf(xfetch(`${sim.url}/2/users/me`, { signal: controller.signal }));

  expect(error).toBe(reason);
  expect(isXApiError(error)).toBe(false);
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});

test("a Request's own signal cancels the wait too", async () => {
  sim.script('GET /2/users/me', ['v2/http-429', 'ok']);
  const controller = new AbortController();
  const xfetch = withXApi(fetch, { onRetry: () => controller.abort() });

  const error = await rejectionOf(
    xfetch(new Request(`${sim.url}/2/users/me`, { signal: controller.signal })),
  );

  expect((error as DOMException).name).toBe('AbortError');
  expect(sim.requestCount('GET /2/users/me')).toBe(1);
});

test('aborting while the pacer holds a request back rejects it before it is sent', async () => {
  const controller = new AbortController();
  const reason = new Error('stop waiting');
  const xfetch = withXApi(fetch, { pacer: { perWindow: 1, windowMs: 60_000 } });
  const headers = { ApiKey: 'paced-key' };
  await xfetch(`${sim.url}/v3/info`, { headers });

  const waiting = xfetch(`${sim.url}/v3/info`, { headers, signal: controller.signal });
  // Everything before the pacer's wait is microtasks: by the next macrotask the request is waiting.
  setTimeout(() => controller.abort(reason), 0);

  expect(await rejectionOf(waiting)).toBe(reason);
  expect(sim.requestCount()).toBe(1);
});

test('aborting a request queued behind one the pacer holds rejects it at once, not when the queue moves', async () => {
  const xfetch = withXApi(fetch, { pacer: { perWindow: 1, windowMs: 60_000 } });
  const headers = { ApiKey: 'queued-key' };
  await xfetch(`${sim.url}/v3/info`, { headers });
  const ahead = new AbortController();
  const held = xfetch(`${sim.url}/v3/info`, { headers, signal: ahead.signal });
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  const queued = xfetch(`${sim.url}/v3/info`, { headers, signal: controller.signal });
  const started = Date.now();
  setTimeout(() => controller.abort(reason), 20);

  expect(await rejectionOf(queued)).toBe(reason);
  // The one ahead still waits out most of a minute: only an abort noticed in the queue is this quick.
  expect(Date.now() - started).toBeLessThan(1_000);
  ahead.abort();
  await rejectionOf(held);
  expect(sim.requestCount()).toBe(1);
});

test('an already aborted signal sends no request at all', async () => {
  const reason = new Error('never mind');
  const xfetch = withXApi();

  const error = await rejectionOf(xfetch(`${sim.url}/2/users/me`, { signal: AbortSignal.abort(reason) }));

  expect(error).toBe(reason);
  expect(sim.requestCount()).toBe(0);
});

test('aborting a request that hangs rejects with the reason, not a network XApiError', async () => {
  sim.script('GET /2/users/me', ['hang']);
  const controller = new AbortController();
  const reason = new Error('too slow');
  const xfetch = withXApi();

  const pending = xfetch(`${sim.url}/2/users/me`, { signal: controller.signal });
  while (sim.requestCount() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  controller.abort(reason);

  expect(await rejectionOf(pending)).toBe(reason);
});
