import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative } from 'node:path';
import { runBounded, tail } from './bounded-child.mjs';
import { repoRoot } from './paths.mjs';

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
export async function runVitest({ binary, config, reportFile, runtime, timeoutMs }) {
  rmSync(reportFile, { force: true });
  const run = await runBounded({
    binary,
    args: [vitestEntry(), 'run', '--config', config, '--reporter=json', `--outputFile=${reportFile}`],
    cwd: repoRoot,
    env: { ...process.env, NO_COLOR: '1' },
    timeoutMs,
    group: true,
  });
  if (run.error !== undefined) return run;
  const { code, signal, output, timedOut } = run;
  if (timedOut) return { error: `timed out after ${timeoutMs} ms\n${tail(output)}` };
  if (!existsSync(reportFile))
    return { error: `vitest exited with ${code ?? signal} and no report\n${tail(output)}` };
  try {
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    return { runtime, ...fromJsonReport(report, code ?? signal, output) };
  } catch (error) {
    return { error: `unreadable vitest report ${reportFile}: ${error.message}` };
  }
}
