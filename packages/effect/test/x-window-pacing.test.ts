import { startSimulator } from '@xapi-errors/testkit';
import { Effect } from 'effect';
import { expect, test } from 'vitest';
import type { XApiClientService } from '../src/index.ts';
import { simClient, withClient } from './harness.ts';

/**
 * Runs `calls` through an X-paced client of a simulator whose `GET /2/users/:id` allows 3 requests
 * a second, answering 100 ms after the server counted each (as over a network: pacing must hold the
 * rest back before any answer lands). Resolves with what `calls` gave and the requests the route saw.
 */
async function withWindowOf3<A>(
  calls: (x: XApiClientService) => Effect.Effect<A, unknown>,
): Promise<{ readonly outcomes: A; readonly sent: number }> {
  const sim = await startSimulator({
    latencyMs: 100,
    xLimits: { 'GET /2/users/:id': { limit: 3, windowMs: 1000 } },
  });
  // The simulator's windows are whole seconds of the clock. Started just past one, the first
  // answers land well inside it: a request sent in one window that the server counts in the next
  // (under load, near the boundary) is no part of what these tests check.
  await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
  try {
    const outcomes = await Effect.runPromise(withClient(simClient(sim, { pace: { x: true } }), calls));
    return { outcomes, sent: sim.requestCount('GET /2/users/:id') };
  } finally {
    await sim.close();
  }
}

/** `GET /2/users/:id` for each id at once: the status of each call, or the tag it failed with. */
const statusesOf = (x: XApiClientService, ids: readonly number[]) =>
  Effect.forEach(
    ids,
    (id) =>
      x.get(`/2/users/${id}`).pipe(
        Effect.map((response) => response.status),
        Effect.catch((error) => Effect.succeed(error._tag)),
      ),
    { concurrency: 'unbounded' },
  );

// Real time: the simulator's one-second windows reset while the calls wait for them.
test('over HTTP: a burst to an endpoint not heard from yet waits for its first answer; none gets RateLimited', async () => {
  const { outcomes, sent } = await withWindowOf3((x) =>
    statusesOf(
      x,
      Array.from({ length: 8 }, (_, i) => 3001 + i),
    ),
  );

  expect(outcomes).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
  expect(sent).toBe(8);
});

test('over HTTP: calls queued at a reset go only as many as the window allows; none gets RateLimited', async () => {
  const { outcomes, sent } = await withWindowOf3((x) =>
    Effect.gen(function* () {
      for (const id of [1001, 1002, 1003]) yield* x.get(`/2/users/${id}`);
      return yield* statusesOf(
        x,
        Array.from({ length: 7 }, (_, i) => 2001 + i),
      );
    }),
  );

  expect(outcomes).toEqual([200, 200, 200, 200, 200, 200, 200]);
  expect(sent).toBe(10);
});
