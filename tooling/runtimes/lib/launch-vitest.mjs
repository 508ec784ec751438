import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative } from 'node:path';
import { repoRoot } from './paths.mjs';

function tail(text) {
  return text.trim().split('\n').slice(-15).join('\n');
}

/** The repository's own vitest (the root devDependency), so the suite runs as `pnpm vitest` runs it. */
function vitestEntry() {
  const manifest = createRequire(`${repoRoot}package.json`).resolve('vitest/package.json');
  return `${dirname(manifest)}/vitest.mjs`;
}

/**
 * Turns vitest's JSON report into `{ passed, failed, results }`. A test file that fails outside
 * any test (it cannot load, a hook throws) counts as one failed test, and so does an unhandled
 * error that fails the run while every test passed.
 */
function fromJsonReport(report, exitCode, output) {
  const results = [];
  let brokenFiles = 0;
  for (const file of report.testResults) {
    const name = relative(repoRoot, file.name);
    const failedTests = file.assertionResults.filter((test) => test.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) {
      brokenFiles += 1;
      results.push({ name, ok: false, error: file.message || 'the file failed outside its tests' });
    }
    for (const test of file.assertionResults) {
      if (test.status !== 'passed' && test.status !== 'failed') continue;
      const ok = test.status === 'passed';
      results.push({
        name: `${name} › ${test.fullName}`,
        ok,
        ...(ok ? {} : { error: test.failureMessages.join('\n').split('\n').slice(0, 8).join('\n') }),
      });
    }
  }
  let failed = report.numFailedTests + brokenFiles;
  if (exitCode !== 0 && failed === 0) {
    failed = 1;
    results.push({ name: 'vitest run', ok: false, error: `exited with ${exitCode}\n${tail(output)}` });
  }
  if (report.numTotalTests === 0) {
    failed += 1;
    results.push({ name: 'vitest run', ok: false, error: 'no test ran' });
  }
  return { passed: report.numPassedTests, failed, results };
}

/**
 * Runs `vitest run --config <config>` with the Node `binary` (its workers are forks of that same
 * binary) and the JSON reporter writing to `reportFile`, bounded by `timeoutMs`: on expiry the
 * whole process group (vitest and its workers) is killed. Resolves with `{ runtime, passed,
 * failed, results }` or `{ error }`.
 */
export function runVitest({ binary, config, reportFile, runtime, timeoutMs }) {
  rmSync(reportFile, { force: true });
  return new Promise((resolve) => {
    const child = spawn(
      binary,
      [vitestEntry(), 'run', '--config', config, '--reporter=json', `--outputFile=${reportFile}`],
      {
        cwd: repoRoot,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ error: `could not start ${binary}: ${error.message}` });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) {
        resolve({ error: `timed out after ${timeoutMs} ms\n${tail(output)}` });
        return;
      }
      if (!existsSync(reportFile)) {
        resolve({ error: `vitest exited with ${code ?? signal} and no report\n${tail(output)}` });
        return;
      }
      try {
        const report = JSON.parse(readFileSync(reportFile, 'utf8'));
        resolve({ runtime, ...fromJsonReport(report, code ?? signal, output) });
      } catch (error) {
        resolve({ error: `unreadable vitest report ${reportFile}: ${error.message}` });
      }
    });
  });
}
