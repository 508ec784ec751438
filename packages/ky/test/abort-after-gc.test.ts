import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { useSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { withXApi } from '../src/index.ts';
import { createKy } from './support/create-ky.ts';

setFlagsFromString('--expose-gc');
/** V8's collector, made callable without starting Node with `--expose-gc`. */
const collectGarbage = runInNewContext('gc') as () => void;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const sim = useSimulator({ beforeAll, beforeEach, afterAll });

// Each attempt of a request with a body is sent as a copy; a copy's signal followed the caller's
// only until the garbage collector took the link (Node 20), and the abort was then lost.
test('an abort reaches an attempt with a body even after a garbage collection', async () => {
  sim.script('POST /2/tweets', ['hang']);
  const controller = new AbortController();
  const reason = new Error('caller gave up');
  const api = withXApi(createKy(sim.url, { timeout: false }));

  const pending = api
    .post('2/tweets', { json: { text: 'hello' }, signal: controller.signal })
    .catch((caught: unknown) => caught);
  while (sim.requestCount('POST /2/tweets') === 0) await delay(5);
  collectGarbage();
  await delay(20);
  controller.abort(reason);

  expect(await Promise.race([pending, delay(2_000).then(() => 'still pending')])).toBe(reason);
  expect(sim.requestCount('POST /2/tweets')).toBe(1);
});
