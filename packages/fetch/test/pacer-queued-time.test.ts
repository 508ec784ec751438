import { startSimulator } from '@xapi-errors/testkit';
import { expect, test } from 'vitest';
import { isXApiError, withXApi } from '../src/index.ts';

// Real time: the simulator's one-second windows reset while the queued requests wait for them.
test('a request queued behind others counts its time in the queue towards maxDelayMs, window after window', async () => {
  const sim = await startSimulator({ xLimits: { 'GET /2/users/:id': { limit: 1, windowMs: 1000 } } });
  try {
    // Windows are whole seconds of the clock: started just past one, the spent window has ~1 s left.
    // Queued more than half a second into it (a loaded machine's late timer or slow first answer),
    // the second would wait under 1.5 s in all and go: then start over in the next window.
    const spentEarly = async () => {
      for (let attempt = 1; ; attempt++) {
        sim.reset();
        await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
        const xfetch = withXApi(fetch, { pace: { x: true }, retry: { maxDelayMs: 1500 } });
        expect((await xfetch(`${sim.url}/2/users/1001`)).status).toBe(200);
        if (Date.now() % 1000 < 300) return xfetch;
        if (attempt === 5) throw new Error('the first answer came late in its window five times over');
      }
    };
    const xfetch = await spentEarly();

    // The first waits about 1 s for the reset; the others would each wait one window more after
    // queueing about as long, 2 s in all: past the bound, so they are refused unsent.
    const outcomes = await Promise.all(
      [1002, 1003, 1004].map((id) =>
        xfetch(`${sim.url}/2/users/${id}`).then(
          (response) => response.status,
          (error: unknown) => (isXApiError(error) ? [error.kind, error.attempts] : error),
        ),
      ),
    );

    expect(outcomes).toEqual([200, ['rate-limited', 0], ['rate-limited', 0]]);
    expect(sim.requestCount('GET /2/users/:id')).toBe(2);
  } finally {
    await sim.close();
  }
}, 15_000);
