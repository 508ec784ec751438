import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';

/** The built CLI, as `npx xapi-sim` runs it. */
const cliPath = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));

let blocker: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve())));

function runCli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!existsSync(cliPath)) {
    throw new Error(`${cliPath} is missing: run \`pnpm --filter @xapi-errors/testkit build\` first`);
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [cliPath, ...args], { timeout: 10_000 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

test('a port in use exits 1 with one line on stderr and no stack trace', async () => {
  const server = createServer();
  blocker = server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };

  const run = await runCli(['--port', String(port)]);

  expect(run).toEqual({ code: 1, stdout: '', stderr: `xapi-sim: port ${port} is already in use\n` });
});
