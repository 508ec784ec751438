import { expect, test } from 'vitest';
import { startSimulator } from '../src/index.ts';

test('reset() ends an open stream, so the next test can connect instead of meeting a 429', async () => {
  const sim = await startSimulator({ stream: { keepAliveMs: 5, maxConnections: 1 } });
  try {
    const leaked = await fetch(`${sim.url}/2/tweets/search/stream`);
    expect(leaked.status).toBe(200);
    const ended = leaked.text();
    sim.reset();
    // The stream a test forgot ends cleanly: its reader sees the end of the body, not an error.
    expect(typeof (await ended)).toBe('string');
    const next = await fetch(`${sim.url}/2/tweets/search/stream`);
    expect(next.status).toBe(200);
    await next.body?.cancel();
  } finally {
    await sim.close();
  }
});

test('reset() cuts off a stream still waiting out its latency, and frees its slot', async () => {
  const sim = await startSimulator({ latencyMs: 200, stream: { maxConnections: 1 } });
  try {
    const pending = fetch(`${sim.url}/2/tweets/search/stream`).then(
      (res) => res.status,
      (error: unknown) => (error instanceof Error ? error.name : 'other'),
    );
    while (sim.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    sim.reset();
    expect(await pending).toBe('TypeError');
    const next = await fetch(`${sim.url}/2/tweets/search/stream`);
    expect(next.status).toBe(200);
    await next.body?.cancel();
  } finally {
    await sim.close();
  }
});
