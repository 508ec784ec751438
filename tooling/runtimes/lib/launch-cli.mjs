import { fileURLToPath } from 'node:url';
import { runBounded, tail } from './bounded-child.mjs';
import { packageDir } from './paths.mjs';

const host = fileURLToPath(new URL('../hosts/cli.mjs', import.meta.url));
const marker = 'XAPI-CONFORMANCE ';

/** Nothing but the npm registry: no update checks, no telemetry, no prompts, no colours in logs. */
const quietEnv = {
  DENO_NO_UPDATE_CHECK: '1',
  DENO_NO_PROMPT: '1',
  DO_NOT_TRACK: '1',
  NO_COLOR: '1',
};

/**
 * Runs the suite in a child runtime (`binary` with `args(hostPath)`), bounded by `timeoutMs`.
 * Resolves with the child's report (`{ runtime, passed, failed, results }`) or `{ error }`.
 */
export async function runCli({ binary, args, timeoutMs, simUrl, controlUrl }) {
  const run = await runBounded({
    binary,
    args: [...args(host), simUrl, controlUrl],
    cwd: packageDir,
    env: { ...process.env, ...quietEnv },
    timeoutMs,
  });
  if (run.error !== undefined) return run;
  const { code, signal, stdout, stderr, timedOut } = run;
  const line = stdout.split('\n').find((candidate) => candidate.startsWith(marker));
  if (line !== undefined) return JSON.parse(line.slice(marker.length));
  const why = timedOut ? `timed out after ${timeoutMs} ms` : `exited with ${code ?? signal} and no report`;
  return { error: `${why}\n${tail(`${stdout}\n${stderr}`)}` };
}
