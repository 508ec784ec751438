import { spawn } from 'node:child_process';

/** The last 15 lines of a child's output, for an error report. */
export function tail(text) {
  return text.trim().split('\n').slice(-15).join('\n');
}

/**
 * Runs `binary` with `args` until it exits or `timeoutMs` passes, when it is killed (with its
 * whole process group when `group`, for children that fork workers). Resolves with
 * `{ code, signal, stdout, stderr, output, timedOut }` (`output`: both streams in arrival order),
 * or `{ error }` when it cannot start.
 */
export function runBounded({ binary, args, cwd, env, timeoutMs, group = false }) {
  return new Promise((resolve) => {
    const child = spawn(binary, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: group });
    let stdout = '';
    let stderr = '';
    let output = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      output += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (group) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ error: `could not start ${binary}: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, output, timedOut });
    });
  });
}
