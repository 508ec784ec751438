import { type StreamOptions, startSimulator } from '@xapi-errors/testkit';
import { Cause, Effect, Exit, Stream } from 'effect';
import { FetchHttpClient, HttpClientRequest } from 'effect/http';
import { expect, test } from 'vitest';
import { XApiClient } from '../src/index.ts';
import { simClient, withClient } from './harness.ts';

const streamRequest = HttpClientRequest.get('/2/tweets/search/stream');

/**
 * How a stream from a simulator with `stream` settings fails, read with a 600 ms `stallTimeout`.
 * The simulator's timers share the test's event loop: a loaded machine can hold it up for a few
 * hundred ms, after which the stall timer runs before the keep-alive written meanwhile is read.
 */
async function streamFailure(stream: StreamOptions) {
  const sim = await startSimulator({ stream });
  try {
    return await Effect.runPromise(
      Effect.flip(
        withClient(simClient(sim, { stallTimeout: '600 millis' }), (x) =>
          Stream.runCollect(x.stream(streamRequest)),
        ),
      ),
    );
  } finally {
    await sim.close();
  }
}

test('a stream silent past stallTimeout fails with Timeout, so streamReconnect can reconnect', async () => {
  const error = await streamFailure({ keepAliveMs: 600_000, dataIntervalMs: 600_000 });
  expect(error._tag).toBe('Timeout');
  expect(error.message).toContain('stream stalled');
  expect(error.classification.retryable).toBe(true);
});

test('keep-alives count as life: a quiet stream that sends them does not stall', async () => {
  const error = await streamFailure({ keepAliveMs: 20, dataIntervalMs: 1_500, disconnectAfter: 1 });
  // A second and a half without a post, yet alive: it ends with the server's own disconnect line.
  expect(error._tag).toBe('StreamDisconnect');
});

test('stallTimeout must be a positive duration or false', async () => {
  for (const stallTimeout of [0, 'bogus']) {
    const exit = await Effect.runPromiseExit(
      XApiClient.make({ stallTimeout } as never).pipe(Effect.provide(FetchHttpClient.layer)),
    );
    expect(Exit.isFailure(exit) && Cause.pretty(exit.cause)).toMatch(
      /stallTimeout must be a (duration \('5 seconds', 5000, Duration.seconds\(5\)\) or false|positive duration)/,
    );
  }
  const made = await Effect.runPromise(
    XApiClient.make({ stallTimeout: false }).pipe(Effect.provide(FetchHttpClient.layer)),
  );
  expect(typeof made.stream).toBe('function');
});
