import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { startSimulator } from '../src/index.ts';
import { untilRecorded } from './http.ts';

/** The built package, as a script that imports `@xapi-errors/testkit` runs it. */
const indexPath = fileURLToPath(new URL('../dist/index.mjs', import.meta.url));

test('a stream whose client gave up during the latency frees its slot: the next client connects', async () => {
  const sim = await startSimulator({ latencyMs: 100 });
  const streamUrl = `${sim.url}/2/tweets/search/stream`;
  try {
    const gaveUp = new AbortController();
    const first = fetch(streamUrl, { signal: gaveUp.signal }).catch((error: unknown) => error);
    await untilRecorded(sim, 1);
    gaveUp.abort();
    await first;
    // Past the first answer's latency, when its stream would have started.
    await new Promise((resolve) => setTimeout(resolve, 150));

    const open = new AbortController();
    const second = await fetch(streamUrl, { signal: open.signal });
    expect(second.status).toBe(200);
    open.abort();
  } finally {
    await sim.close();
  }
});

/**
 * Runs a script that sends one request to `path`, gives up on it during the latency, then closes
 * the simulator; resolves with how the process ended and how long it took.
 */
function abandonAndClose(path: string): Promise<{ code: number | null; ms: number }> {
  if (!existsSync(indexPath)) throw new Error(`${indexPath} is missing: build @xapi-errors/testkit first`);
  const script = `
    const { startSimulator } = await import(process.argv[1]);
    const sim = await startSimulator({ latencyMs: 200, slowBodyMs: 60_000 });
    sim.script('GET /2/users/me', ['slow-body']);
    const gaveUp = new AbortController();
    const answer = fetch(sim.url + process.argv[2], { signal: gaveUp.signal }).catch(() => {});
    while (sim.requestCount() === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    gaveUp.abort();
    await answer;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await sim.close();`;
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script, indexPath, path],
      { timeout: 10_000, cwd: tmpdir() },
      (error) =>
        resolve({ code: error ? (error.code as number | null) : 0, ms: performance.now() - started }),
    );
  });
}

test.each(['/2/users/me', '/2/tweets/search/stream'])(
  'nothing an abandoned answer on %s would have started keeps the process alive after close()',
  async (path) => {
    const { code, ms } = await abandonAndClose(path);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5_000);
  },
);
