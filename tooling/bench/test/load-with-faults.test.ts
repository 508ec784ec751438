import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type FaultName, type Simulator, startSimulator } from '@xapi-errors/testkit';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Client, isAdapterError, makeClient, stacks } from './support/clients.ts';
import { leftOpen, liveResources } from './support/resources.ts';
import { describeThrown, settle } from './support/settle.ts';

// Heap figures are only comparable after a full collection.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const requests = 2_000;
const concurrency = 100;
/** Connection pools, JIT and lazily built tables settle within the first few hundred requests. */
const warmup = 1_000;
/** Every fault but `hang` (which needs a client timeout to end); 429s are scripted below. */
const faults: FaultName[] = [
  'over-capacity-503',
  'server-error-500',
  'reset',
  'reset-mid-body',
  'slow-body',
  'html-502',
  'truncated-json',
];
/** Random faults on 26% of requests plus a scripted 429 for every 20th: ~30% in all. */
const faultRate = 0.26;
const rateLimitedEvery = 20;
/** A leak of 4 kB per request would pass 8 MB; JIT and allocator noise stay far below. */
const heapGrowthLimit = 8 * 1024 * 1024;
const route = 'GET /2/users/me';

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

function isUserBody(value: unknown): boolean {
  const data = (value as { data?: { id?: unknown } } | null)?.data;
  return typeof data?.id === 'string';
}

/** How the requests of a load ended: counts of data and of our errors, and anything else in full. */
interface Tally {
  data: number;
  errors: number;
  readonly unexpected: string[];
}

/** Sends `count` requests at `concurrency`, adding how each ended to `tally`. */
async function load(sim: Simulator, client: Client, count: number, tally: Tally): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      if (index % rateLimitedEvery === 0) sim.script(route, ['v2/http-429']);
      const ending = await settle(client.call({ url: `${sim.url}/2/users/me` }));
      if (ending.ok && isUserBody(ending.value)) tally.data += 1;
      else if (ending.ok) tally.unexpected.push(`resolved ${JSON.stringify(ending.value)}`);
      else if (isAdapterError(client.stack, ending.error)) tally.errors += 1;
      else tally.unexpected.push(describeThrown(ending.error));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

function heapUsed(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe.each(stacks)('%s under load with 30% mixed faults', (stack) => {
  test(`${requests} requests at concurrency ${concurrency}: data or an XApiError each, nothing left behind`, async () => {
    unhandled = [];
    const baseline = liveResources();
    const sim = await startSimulator({
      seed: 2024,
      slowBodyMs: 200,
      scriptedResetMs: 0,
      faults: { rate: faultRate, kinds: faults },
    });
    const client = makeClient(stack, { retry: { baseDelayMs: 1, capDelayMs: 5 } });

    const tally: Tally = { data: 0, errors: 0, unexpected: [] };
    await load(sim, client, warmup, tally);
    sim.reset();
    const heapBefore = heapUsed();
    await load(sim, client, requests, tally);
    const sent = sim.requestCount();
    sim.reset();
    const heapGrowth = heapUsed() - heapBefore;
    await sim.close();

    expect(tally.unexpected).toEqual([]);
    expect(tally.data + tally.errors).toBe(warmup + requests);
    // Faults really happened: some requests failed for good, and retries added traffic.
    expect(tally.errors).toBeGreaterThan(0);
    expect(sent).toBeGreaterThan(requests);
    expect(unhandled).toEqual([]);
    expect(heapGrowth).toBeLessThan(heapGrowthLimit);
    expect(await leftOpen(baseline)).toEqual({});
  });

  test('a process that ran a faulty load through it exits by itself', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/exits-by-itself.mjs', import.meta.url));
    // Killed at the time limit (code null) if a timer or socket kept it alive.
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      execFile(process.execPath, [fixture, stack], { timeout: 30_000 }, (error, out) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout: out }),
      );
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ stack });
  });
});
