import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { withXApi } from '../src/index.ts';

setFlagsFromString('--expose-gc');
/** V8's collector, made callable without starting Node with `--expose-gc`. */
const collectGarbage = runInNewContext('gc') as () => void;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const stillPending = () => delay(2_000).then(() => 'still pending');

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

// A `Request` with a body is sent as a copy per attempt; the copy's signal followed the caller's
// only until the garbage collector took the link (Node 20), and the abort was then lost.
test('an abort reaches an attempt of a Request with a body even after a garbage collection', async () => {
  sim.script('POST /2/tweets', ['hang']);
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  const xfetch = withXApi(fetch);
  const request = new Request(`${sim.url}/2/tweets`, {
    method: 'POST',
    body: '{"text":"hello"}',
    signal: controller.signal,
  });

  const pending = xfetch(request).catch((caught: unknown) => caught);
  while (sim.requestCount('POST /2/tweets') === 0) await delay(5);
  collectGarbage();
  await delay(20);
  controller.abort(reason);

  expect(await Promise.race([pending, stillPending()])).toBe(reason);
  expect(sim.requestCount('POST /2/tweets')).toBe(1);
});

test('an abort while a stalled stream body is read before sending rejects at once; nothing is sent', async () => {
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  const stalled = new ReadableStream<Uint8Array>({
    start(stream) {
      stream.enqueue(new TextEncoder().encode('{"text":'));
    },
    pull: () => new Promise<void>(() => undefined),
  });
  const init = { method: 'POST', body: stalled, duplex: 'half', signal: controller.signal } as RequestInit;

  const pending = withXApi(fetch)(`${sim.url}/2/tweets`, init).catch((caught: unknown) => caught);
  setTimeout(() => controller.abort(reason), 50);

  expect(await Promise.race([pending, stillPending()])).toBe(reason);
  expect(sim.requestCount()).toBe(0);
});
