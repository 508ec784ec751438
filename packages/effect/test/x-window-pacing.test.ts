import { startSimulator } from '@xapi-errors/testkit';
import { Effect } from 'effect';
import { expect, test } from 'vitest';
import { simClient, withClient } from './harness.ts';

// Real time: the simulator's one-second windows reset while the calls wait for them.
test('over HTTP: a burst to an endpoint not heard from yet waits for its first answer; none gets RateLimited', async () => {
  // Answers arrive 100 ms after the server counted them, so the burst is all out before any lands.
  const sim = await startSimulator({
    latencyMs: 100,
    xLimits: { 'GET /2/users/:id': { limit: 3, windowMs: 1000 } },
  });
  try {
    const outcomes = await Effect.runPromise(
      withClient(simClient(sim, { pace: { x: true } }), (x) =>
        Effect.forEach(
          Array.from({ length: 8 }, (_, i) => 3001 + i),
          (id) =>
            x.get(`/2/users/${id}`).pipe(
              Effect.map((response) => response.status),
              Effect.catch((error) => Effect.succeed(error._tag)),
            ),
          { concurrency: 'unbounded' },
        ),
      ),
    );

    expect(outcomes).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
    expect(sim.requestCount('GET /2/users/:id')).toBe(8);
  } finally {
    await sim.close();
  }
});

test('over HTTP: calls queued at a reset go only as many as the window allows; none gets RateLimited', async () => {
  const sim = await startSimulator({
    // Answers arrive 100 ms after the server counted them, as over a network: pacing must hold
    // the rest back before they arrive.
    latencyMs: 100,
    xLimits: { 'GET /2/users/:id': { limit: 3, windowMs: 1000 } },
  });
  try {
    const outcomes = await Effect.runPromise(
      withClient(simClient(sim, { pace: { x: true } }), (x) =>
        Effect.gen(function* () {
          for (const id of [1001, 1002, 1003]) yield* x.get(`/2/users/${id}`);
          return yield* Effect.forEach(
            Array.from({ length: 7 }, (_, i) => 2001 + i),
            (id) =>
              x.get(`/2/users/${id}`).pipe(
                Effect.map((response) => response.status),
                Effect.catch((error) => Effect.succeed(error._tag)),
              ),
            { concurrency: 'unbounded' },
          );
        }),
      ),
    );

    expect(outcomes).toEqual([200, 200, 200, 200, 200, 200, 200]);
    expect(sim.requestCount('GET /2/users/:id')).toBe(10);
  } finally {
    await sim.close();
  }
});
