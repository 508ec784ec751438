import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { type Client, hookedStacks, Interrupted, makeClient, type Stack, stacks } from './support/clients.ts';
import { settle } from './support/settle.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

/** The bound from abort to rejection. */
const abortBoundMs = 10;
const waitMs = 1_000;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 5_000) throw new Error('the request never reached the simulator');
    await delay(5);
  }
}

/**
 * The first rejection of each adapter in a test worker costs more: vitest formats error stacks
 * through the source maps of the modules on them, decoding each map on first use, and axios reads
 * the stack of every error it rejects with (to append its own). That is 5–15 ms once, and nothing
 * of the adapter's abort handling: each stack rejects one already aborted call first, so the timed
 * aborts measure only what they are about.
 */
beforeAll(async () => {
  for (const stack of stacks) {
    const controller = new AbortController();
    controller.abort(new Error('warm-up'));
    await settle(makeClient(stack).call({ url: `${sim.url}/2/users/me`, signal: controller.signal }));
  }
});

/** A 429 that says exactly how long to wait. */
const rateLimited = {
  status: 429,
  headers: { 'content-type': 'application/problem+json', 'retry-after': String(waitMs / 1000) },
  body: { title: 'Too Many Requests', type: 'about:blank', status: 429, detail: 'Too Many Requests' },
} as const;

/**
 * Aborts a call `sent` requests into it, while it is waiting, and returns how long the rejection
 * took, what it rejected with, and whether anything more reached the simulator once the wait
 * would have ended.
 */
async function abortWhileWaiting(client: Client, url: string, route: string, sent: number) {
  const controller = new AbortController();
  const reason = new Error('the caller gave up');
  const pending = settle(client.call({ url, signal: controller.signal }));
  await until(() => sim.requestCount(route) === sent);
  await delay(50);
  const aborted = performance.now();
  controller.abort(reason);
  const ending = await pending;
  const elapsedMs = performance.now() - aborted;
  await delay(waitMs + 200);
  return { ending, elapsedMs, reason, sentAfterwards: sim.requestCount(route) - sent };
}

/**
 * Runs `abortOnce` (a fresh call aborted while it waits, every other outcome checked inside) until
 * its rejection meets the bound, three times at most, and returns the quickest. The bound is
 * wall-clock time on a machine shared with other work (CI's two cores run two test files at once),
 * where a process is now and then held up for tens of ms: an abort honoured at once meets it in
 * about 1 ms, while one noticed only when its wait ends (a second later) misses every time.
 */
async function quickestAbort(abortOnce: () => Promise<number>): Promise<number> {
  let quickest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3 && !(quickest < abortBoundMs); run++) {
    sim.reset();
    quickest = Math.min(quickest, await abortOnce());
  }
  return quickest;
}

function expectAbortedWith(stack: Stack, error: unknown, reason: Error): void {
  // Effect's idiom for an aborted signal is interruption; it has no error value to carry the reason.
  if (stack === 'effect') expect(error).toBeInstanceOf(Interrupted);
  else expect(error).toBe(reason);
}

describe.each(stacks)('%s', (stack) => {
  test('an abort during a Retry-After wait rejects at once and sends nothing more', async () => {
    const elapsedMs = await quickestAbort(async () => {
      sim.script('GET /2/users/me', [rateLimited, 'ok']);
      const client = makeClient(stack);

      const result = await abortWhileWaiting(client, `${sim.url}/2/users/me`, 'GET /2/users/me', 1);

      expect(result.ending.ok).toBe(false);
      if (!result.ending.ok) expectAbortedWith(stack, result.ending.error, result.reason);
      expect(result.sentAfterwards).toBe(0);
      return result.elapsedMs;
    });
    expect(elapsedMs).toBeLessThan(abortBoundMs);
  });

  test('an abort while the Sorsa pacer holds the request rejects at once and sends nothing', async () => {
    const elapsedMs = await quickestAbort(async () => {
      const client = makeClient(stack, { pacer: { perWindow: 1 } });
      const url = `${sim.url}/v3/search-tweets`;
      const headers = { ApiKey: `abort-${stack}` };
      await client.call({ url, headers });

      const controller = new AbortController();
      const reason = new Error('the caller gave up');
      const pending = settle(client.call({ url, headers, signal: controller.signal }));
      await delay(50);
      const heldBack = sim.requestCount('GET /v3/search-tweets');
      const aborted = performance.now();
      controller.abort(reason);
      const ending = await pending;
      const elapsed = performance.now() - aborted;
      await delay(waitMs + 200);

      expect(heldBack).toBe(1);
      expect(ending.ok).toBe(false);
      if (!ending.ok) expectAbortedWith(stack, ending.error, reason);
      expect(sim.requestCount('GET /v3/search-tweets')).toBe(1);
      return elapsed;
    });
    expect(elapsedMs).toBeLessThan(abortBoundMs);
  });
});

// Effect's backoff jitter comes from Effect's Random, which this harness does not pin, so a 503
// backoff wait of known length is checked on the promise adapters; Effect's waits are covered above.
describe.each(hookedStacks)('%s', (stack) => {
  test('an abort during a backoff wait after a 503 rejects at once and sends nothing more', async () => {
    const elapsedMs = await quickestAbort(async () => {
      sim.script('GET /2/users/me', ['v2/http-503', 'ok']);
      const client = makeClient(stack, {
        retry: { baseDelayMs: waitMs, capDelayMs: waitMs, random: () => 0.999 },
      });

      const result = await abortWhileWaiting(client, `${sim.url}/2/users/me`, 'GET /2/users/me', 1);

      expect(result.ending.ok).toBe(false);
      if (!result.ending.ok) expect(result.ending.error).toBe(result.reason);
      expect(result.sentAfterwards).toBe(0);
      return result.elapsedMs;
    });
    expect(elapsedMs).toBeLessThan(abortBoundMs);
  });
});
