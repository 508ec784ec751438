import { createServer } from 'node:net';
import { expect, test } from 'vitest';
import { drivers } from '../src/drivers/index.ts';
import { cannotRun, type LiveCheck, liveChecks, runLive } from '../src/live.ts';

/** A loopback port nothing listens on: taken from the OS, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function recorder(): { out: (text: string) => void; err: (text: string) => void; text: () => string } {
  const lines: string[] = [];
  return { out: (text) => lines.push(text), err: (text) => lines.push(text), text: () => lines.join('') };
}

test('without credentials nothing runs and the message names what to set', async () => {
  const io = recorder();

  const result = await runLive({}, drivers, io);

  expect(result.exitCode).toBe(cannotRun);
  expect(result.scenarios).toEqual([]);
  expect(io.text()).toContain('X_BEARER_TOKEN (an X API bearer token) or SORSA_API_KEY (a Sorsa API key)');
});

test('an API that cannot be reached stops the live run before any credential is sent', async () => {
  const io = recorder();
  const [xCheck] = liveChecks;
  if (!xCheck) throw new Error('no live checks');
  const offline: LiveCheck = { ...xCheck, baseUrl: `http://127.0.0.1:${await closedPort()}` };

  const result = await runLive({ X_BEARER_TOKEN: 'secret-token-value' }, drivers, io, undefined, [offline]);

  expect(result.exitCode).toBe(cannotRun);
  expect(io.text()).toContain(`${offline.baseUrl} is not reachable (ECONNREFUSED)`);
  expect(io.text()).not.toContain('secret-token-value');
});

test('a credential that is only whitespace counts as missing', async () => {
  const io = recorder();

  const result = await runLive({ X_BEARER_TOKEN: '  ', SORSA_API_KEY: '' }, drivers, io);

  expect(result.exitCode).toBe(cannotRun);
  expect(io.text()).toContain('no credentials');
});

test('live checks send the path as it is, with no tag in the query, and an invalid-request answer fails the run', async () => {
  const { startSimulator } = await import('@xapi-errors/testkit');
  const sim = await startSimulator();
  try {
    const [xCheck] = liveChecks;
    if (!xCheck) throw new Error('no live checks');
    const local: LiveCheck = { ...xCheck, baseUrl: sim.url };

    const passed = await runLive({ X_BEARER_TOKEN: 'token' }, drivers, recorder(), undefined, [local]);

    expect(passed.exitCode).toBe(0);
    // The reachability probe is a HEAD of the base URL; every adapter then sends the check once.
    const checks = sim.requests.filter((request) => request.method === 'GET');
    expect(checks.map(({ path, query }) => ({ path, query }))).toEqual(
      drivers.map(() => ({ path: '/2/users/by/username/XDevelopers', query: {} })),
    );

    sim.reset();
    sim.script(
      'GET /2/users/by/username/XDevelopers',
      drivers.map(() => 'v2/invalid-request'),
    );
    const refused = await runLive({ X_BEARER_TOKEN: 'token' }, drivers, recorder(), undefined, [local]);

    expect(refused.exitCode).toBe(1);
    expect(refused.scenarios[0]?.results.map((result) => result.mismatches)).toEqual(
      drivers.map(() => ['the API refused the check itself as an invalid request']),
    );
  } finally {
    await sim.close();
  }
});
