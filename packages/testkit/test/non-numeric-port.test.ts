import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { type SimulatorOptions, startSimulator } from '../src/index.ts';

/** The built CLI, as `npx xapi-sim` runs it. */
const cliPath = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

test.each(['sim-socket', '8123'])(
  'a port given as the string %j is rejected instead of naming a Unix socket',
  async (port) => {
    await expect(startSimulator({ port } as unknown as SimulatorOptions)).rejects.toThrow(
      new RangeError(`xapi-sim: port must be a whole number from 0 to 65535, got ${JSON.stringify(port)}`),
    );
  },
);

test('xapi-sim exits 2 with one line for a string port in its config file', async () => {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: build @xapi-errors/testkit first`);
  // The CLI runs here, so a socket file it might create lands in a scratch directory.
  const dir = mkdtempSync(join(tmpdir(), 'xapi-sim-port-'));
  const config = join(dir, 'sim.json');
  writeFileSync(config, JSON.stringify({ port: 'sim-socket' }));
  const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [cliPath, '--config', config],
      { timeout: 10_000, cwd: dir },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number | null) : 0, stdout, stderr }),
    );
  });
  expect(run).toEqual({
    code: 2,
    stdout: '',
    stderr: 'xapi-sim: port must be a whole number from 0 to 65535, got "sim-socket"\n',
  });
});
