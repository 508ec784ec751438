import { Readable } from 'node:stream';
import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { xapiClient } from './support.ts';

const sim = useSimulator({ beforeAll, beforeEach, afterAll });
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('an abort while a stalled stream body is read before sending rejects at once; nothing is sent', async () => {
  const controller = new AbortController();
  const reason = new Error('the caller gave up');
  const stalled = new Readable({ read() {} });
  stalled.push('{"text":');
  const api = xapiClient(sim.url);

  const pending = api
    .post('/2/tweets', stalled, {
      signal: controller.signal,
      headers: { 'content-type': 'application/json' },
    })
    .catch((caught: unknown) => caught);
  setTimeout(() => controller.abort(reason), 50);

  expect(await Promise.race([pending, delay(2_000).then(() => 'still pending')])).toBe(reason);
  expect(sim.requestCount()).toBe(0);
  stalled.destroy();
});
