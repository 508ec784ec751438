import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

function tail(text) {
  return text.trim().split('\n').slice(-15).join('\n');
}

/**
 * Runs the suite in a child runtime (`binary` with `args(hostPath)`), bounded by `timeoutMs`.
 * Resolves with the child's report (`{ runtime, passed, failed, results }`) or `{ error }`.
 */
export function runCli({ binary, args, timeoutMs, simUrl, controlUrl }) {
  return new Promise((resolve) => {
    const child = spawn(binary, [...args(host), simUrl, controlUrl], {
      cwd: packageDir,
      env: { ...process.env, ...quietEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ error: `could not start ${binary}: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((candidate) => candidate.startsWith(marker));
      if (line !== undefined) {
        resolve(JSON.parse(line.slice(marker.length)));
        return;
      }
      const why = timedOut
        ? `timed out after ${timeoutMs} ms`
        : `exited with ${code ?? signal} and no report`;
      resolve({ error: `${why}\n${tail(`${stdout}\n${stderr}`)}` });
    });
  });
}
